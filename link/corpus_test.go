package link

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// corpusPath is a pool of real news articles (SaudiNewsNet, politics) in
// the shared data; tests that read it skip when it is absent.
var corpusPath = filepath.Join("..", "..", "shared", "data", "news", "saudinewsnet", "politics_pool_dev.jsonl")

type corpusArticle struct {
	ID      string `json:"id"`
	Content string `json:"content"`
	Date    string `json:"date_extracted"`
}

func readCorpus(tb testing.TB) []corpusArticle {
	tb.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		tb.Skip("no shared news corpus")
	}
	defer f.Close()
	var out []corpusArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a corpusArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		if a.Content != "" {
			out = append(out, a)
		}
	}
	return out
}

// TestCorpusProperties runs Entities over real articles and checks what
// must hold for any text: mentions inside the text, on name boundaries,
// never overlapping, each printed as one of its entity's spellings; ids
// in order of first mention. With LINK_DUMP set it prints the entities for
// eyeballing.
func TestCorpusProperties(t *testing.T) {
	arts := readCorpus(t)
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		date, _, _ := strings.Cut(a.Date, " ")
		ents := run(t, a.Content, Options{Published: date})
		checkEntities(t, a.ID, a.Content, ents, k)
		if os.Getenv("LINK_DUMP") != "" {
			for _, e := range ents {
				t.Logf("%s %s %s %s %q %q", a.ID, e.ID, e.Type, e.Name, e.Roles, printed(&e, a.Content))
			}
		}
	}
}

// checkEntities asserts the properties every output must have.
func checkEntities(t *testing.T, id, text string, ents []isnad.Entity, k *kb.KB) {
	t.Helper()
	r := []rune(text)
	var all []isnad.Span
	prevFirst := -1
	for i, e := range ents {
		if e.ID != "E"+strconv.Itoa(i+1) {
			t.Errorf("%s: entity %d has id %s", id, i, e.ID)
		}
		if len(e.Mentions) == 0 || e.Roles == nil || e.Name == "" {
			t.Errorf("%s: %s incomplete: %+v", id, e.ID, e)
			continue
		}
		if e.Mentions[0][0] < prevFirst {
			t.Errorf("%s: %s is out of first-mention order", id, e.ID)
		}
		prevFirst = e.Mentions[0][0]
		for _, m := range e.Mentions {
			if m[0] < 0 || m[0] >= m[1] || m[1] > len(r) {
				t.Fatalf("%s: %s mention %v outside the text", id, e.ID, m)
			}
			// Scripts and digits are separate tokens (2024م), so only a
			// letter of the same script next to a mention cuts a word.
			if (m[0] > 0 && sameScript(r[m[0]-1], r[m[0]]) && !cliticBefore(r, m[0])) || (m[1] < len(r) && sameScript(r[m[1]-1], r[m[1]])) {
				t.Errorf("%s: %s mention %q cuts a word", id, e.ID, string(r[m[0]:m[1]]))
			}
			if !spellsEntity(string(r[m[0]:m[1]]), e, k) {
				t.Errorf("%s: %s mention %q is no spelling of %q", id, e.ID, string(r[m[0]:m[1]]), e.Name)
			}
			all = append(all, m)
		}
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if all[i][0] < all[j][1] && all[j][0] < all[i][1] {
				t.Errorf("%s: mentions %v and %v overlap", id, all[i], all[j])
			}
		}
	}
}

// cliticBefore reports whether the letters before i in its word are
// proclitics (or the لل of an elided article).
func cliticBefore(r []rune, i int) bool {
	s := i
	for s > 0 && arabic.IsArabicLetter(r[s-1]) {
		s--
	}
	pre := arabic.Fold(string(r[s:i]))
	c, art := cutArticle(pre)
	return isProclitics(c) && (art == "" || art == "ل")
}

// spellsEntity reports whether a mention is printed as one of the
// entity's spellings: its name or one of the words of its name (short
// forms), the name of its knowledge base entry or of a capital standing for
// it, or, for names found by the tagger, anything sharing a word's
// phonetic key with another mention (the entity was built from them).
func spellsEntity(mention string, e isnad.Entity, k *kb.KB) bool {
	m := strings.TrimSpace(arabic.Fold(mention))
	names := []string{e.Name}
	if e.KB == nil {
		return true // an unlinked entity is its mentions
	}
	if kingdoms[*e.KB] && kingdomHead[stripArticle(m)] {
		return true // "المملكة", the kingdom the article speaks of
	}
	// The mention, the mention with the article its لل elided, or the
	// known surname a first name was joined to (فرانسوا + هولاند).
	spellings := []string{mention, "ال" + m}
	if w := strings.Fields(m); len(w) > 1 {
		spellings = append(spellings, w[len(w)-1])
	}
	for _, spelling := range spellings {
		for _, x := range k.Lookup(spelling) {
			if x.ID == *e.KB || x.CapitalOf == *e.KB {
				return true
			}
		}
	}
	for _, n := range names {
		f := arabic.Fold(n)
		if f == m || strings.Contains(" "+f+" ", " "+m+" ") || strings.Contains(" "+m+" ", " "+stripArticle(f)+" ") {
			return true
		}
	}
	return false
}

// sameScript reports whether two letters are of one word: both Arabic, or
// both letters of another script.
func sameScript(a, b rune) bool {
	if !unicode.IsLetter(a) || !unicode.IsLetter(b) {
		return false
	}
	return arabic.IsArabicLetter(a) == arabic.IsArabicLetter(b) && (arabic.IsArabicLetter(a) || unicode.In(a, unicode.Latin) == unicode.In(b, unicode.Latin))
}
