package kb

import (
	"strconv"
	"strings"
	"sync"

	"github.com/isnad/isnad/arabic"
)

// NameToken is what the Wikidata person-name list knows of one Arabic
// spelling of a name part.
type NameToken struct {
	Latin []string // English spellings it transliterates, most used first
	Count int      // how many Wikidata person names use it
}

var (
	namesOnce sync.Once
	// names maps a folded spelling to the rest of its line ("latin\tcount"),
	// both slices of the one embedded file, parsed only when asked.
	names map[string]string
)

// loadNames reads data/names.tsv on first use; kept apart from Default so
// that a caller that never asks about names does not pay for 50,000 rows.
func loadNames() {
	b, err := data.ReadFile("data/names.tsv")
	names = make(map[string]string, 1<<16)
	if err != nil {
		return // the embed guarantees the file; a test checks it loads
	}
	text := string(b)
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if k, rest, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(k, "#") {
			names[k] = rest
		}
	}
}

// PersonName reports whether word (one token) is an Arabic spelling of a
// part of a person's name in Wikidata, with the English spellings it
// stands for. The list holds about 50,000 spellings of first and last
// names, foreign ones included (بيلوسوف, سوليفان); it says a word can be
// a name, not that it is one here (many are also ordinary words).
func PersonName(word string) (NameToken, bool) {
	namesOnce.Do(loadNames)
	rest, ok := names[arabic.FoldTrimmed(word)]
	if !ok {
		return NameToken{}, false
	}
	latin, count, _ := strings.Cut(rest, "\t")
	n, _ := strconv.Atoi(count)
	return NameToken{Latin: strings.Split(latin, "|"), Count: n}, true
}

// Romanize gives an English spelling for an Arabic person name, token by
// token from the Wikidata name list (جيك سوليفان → Jake Sullivan). ok is
// false when a token is not in the list; the result is a guess for
// display, not an identity.
func Romanize(name string) (string, bool) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return "", false
	}
	out := make([]string, len(words))
	for i, w := range words {
		t, ok := PersonName(w)
		if !ok {
			return "", false
		}
		out[i] = titleCase(t.Latin[0])
	}
	return strings.Join(out, " "), true
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}
