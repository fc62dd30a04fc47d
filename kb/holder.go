package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// demonymKey reduces a nationality adjective to the form the index keeps:
// folded, with the feminine ending يه (from ية) of each word cut to ي, so
// الروسية and الروسي share a key. The article is not stripped here: ال is
// also the start of folded ألماني, so the index holds the definite forms
// too (kbgen writes them).
func demonymKey(adj string) string {
	folded := arabic.Fold(adj)
	if isDemonymKey(folded) {
		return folded
	}
	words := arabic.FoldedWords(folded)
	for i, w := range words {
		if strings.HasSuffix(w, "يه") {
			words[i] = strings.TrimSuffix(w, "ه")
		}
	}
	return strings.Join(words, " ")
}

// isDemonymKey reports whether a folded text is its own demonym key: words
// between single spaces, none ending in يه. Most texts the gazetteer and
// the linker ask about are one word, which then needs no splitting and
// joining.
func isDemonymKey(f string) bool {
	if strings.HasSuffix(f, "يه") || strings.Contains(f, "يه ") {
		return false
	}
	space := true // before the first word a space would lead
	for _, r := range f {
		switch {
		case r == ' ' && !space:
			space = true
		case isFieldSpace(r):
			return false
		default:
			space = false
		}
	}
	return !space || f == ""
}

// isFieldSpace is unicode.IsSpace, which strings.Fields splits at, with
// no table search below U+1680: below it only ASCII space, NEL and the
// no-break space are white space.
func isFieldSpace(r rune) bool {
	if r < oghamSpace {
		return r == ' ' || '\t' <= r && r <= '\r' || r == nextLine || r == arabic.NoBreakSpace
	}
	return unicode.IsSpace(r)
}

// nextLine (NEL) is the last white space below oghamSpace but for the
// no-break space.
const (
	nextLine   = '\u0085'
	oghamSpace = '\u1680'
)

// Demonym returns the state a nationality adjective names: الروسي,
// الروسية, روسي and روسية all give Russia, الكورية الشمالية North Korea;
// a clinging و, ف, ب, ك or ل (والروسي, بالروسية, للأمريكية) is allowed.
// It returns nil for anything else; a demonym is not a name of the state,
// so Lookup does not find it.
func (k *KB) Demonym(adj string) *Entry {
	key := demonymKey(adj)
	if e := k.byDem[key]; e != nil {
		return e
	}
	switch {
	case strings.HasPrefix(key, "لل"):
		return k.byDem["ال"+strings.TrimPrefix(key, "لل")]
	case strings.HasPrefix(key, "و") || strings.HasPrefix(key, "ف") || strings.HasPrefix(key, "ب") ||
		strings.HasPrefix(key, "ك") || strings.HasPrefix(key, "ل"):
		_, size := utf8.DecodeRuneInString(key)
		return k.byDem[key[size:]]
	}
	return nil
}

// Holder returns the person who held role (one of Roles) for the entry
// countryID on date (ISO, YYYY-MM-DD; a YYYY-MM or YYYY date is read as
// its first day), or nil. An empty date asks for the latest holder: the
// one still in office, else the one who left last. When two terms touch
// on the day of a handover, the one that began that day wins.
func (k *KB) Holder(role, countryID, date string) *Entry {
	var best *Entry
	var bestFrom string
	for _, e := range k.holders[role+"|"+countryID] {
		for _, o := range e.Offices {
			if o.Role != role || o.Country != countryID || !o.covers(date) {
				continue
			}
			from := o.From
			if date == "" {
				from = o.sortKey()
			}
			if best == nil || from > bestFrom {
				best, bestFrom = e, from
			}
		}
	}
	return best
}

// covers says whether date falls in the term; "" covers every term.
func (o Office) covers(date string) bool {
	if date == "" {
		return true
	}
	d := padDate(date, "01")
	if d < padDate(o.From, "01") {
		return false
	}
	return o.To == "" || d <= padDate(o.To, "31")
}

// sortKey orders terms by how recent they are: open terms last, then by
// end, for "the latest holder".
func (o Office) sortKey() string {
	if o.To == "" {
		return "9999" + padDate(o.From, "01")
	}
	return padDate(o.To, "31")
}

// padDate completes YYYY or YYYY-MM with month and day fill (01 for the
// start of a range, 31 — also 12 for a month — for its end). Strings
// compare as dates once they are all YYYY-MM-DD.
func padDate(d, fill string) string {
	month := fill
	if fill == "31" {
		month = "12"
	}
	switch len(d) {
	case 4:
		return d + "-" + month + "-" + fill
	case 7:
		return d + "-" + fill
	}
	return d
}
