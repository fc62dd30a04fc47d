package dates

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/isnad/isnad/internal/lexfile"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// Guards on words that are dates only in some contexts.
const (
	guardFree   = "free"
	guardPrep   = "prep"
	guardStrict = "strict"
	guardAdverb = "adverb"
	guardNone   = "none"
	// guardAnaphor marks a phrase counted from the last date the text
	// gave ("في اليوم نفسه", "في العام التالي") instead of publication.
	guardAnaphor = "anaphor"
)

// Units a relative phrase moves by.
const (
	unitDay   = "day"
	unitWeek  = "week"
	unitMonth = "month"
	unitYear  = "year"
)

// Roles of the small words around dates (context.tsv).
const (
	rolePrep       = "prep"
	rolePrepWeak   = "prep-weak"
	roleThis       = "this"
	roleCurrent    = "current"
	roleFuture     = "future"
	rolePeriod     = "period"
	roleYearWord   = "yearword"
	roleMonthWord  = "monthword"
	roleDayWord    = "dayword"
	roleAdverbPrev = "adverbprev"
	roleComplement = "complement"
	roleNounHead   = "nounhead"
	roleDirection  = "direction"
	roleGroupName  = "groupname"
)

// phrase is a lexicon entry of one or more folded words.
type phrase struct {
	words  []string
	month  int    // months.tsv: 1..12
	hijri  bool   // months.tsv: a Hijri month
	unit   string // relative.tsv
	offset int    // relative.tsv
	day    int    // ordinals.tsv: 1..31
	guard  string
}

// lexicon is the loaded data of lexicon/, keyed by the folded first word.
type lexicon struct {
	months    map[string][]phrase
	relative  map[string][]phrase
	ordinals  map[string][]phrase
	weekdays  map[string]int
	roles     map[string]map[string]bool
	direction map[string]int
	// starters are the folded words an expression can begin with; the
	// scanner skips every other word without asking the matchers.
	starters map[string]bool
	// startPairs holds the first two letters of the starters: most words
	// of a text begin with two letters no starter does, and a bit is read
	// for less than the word is hashed to be looked up.
	startPairs letterPairs
}

// letterPairs is a set of pairs of code points of the Arabic block
// (U+0600 to U+06FF), a bit per pair.
type letterPairs [256 * 256 / 64]uint64

// add puts the first two letters of w in the set, if both are in the
// block.
func (p *letterPairs) add(w string) {
	if k, ok := firstPair(w); ok {
		p[k/64] |= 1 << (k % 64)
	}
}

// mayStart reports whether w may be a word added: false only when its
// first two letters are in the block and no word added begins with them.
func (p *letterPairs) mayStart(w string) bool {
	k, ok := firstPair(w)
	return !ok || p[k/64]&(1<<(k%64)) != 0
}

// firstPair returns the index of the pair of w's first two code points,
// read off their UTF-8 (two bytes each in the block), and whether both are
// in the block.
func firstPair(w string) (int, bool) {
	if len(w) < 4 || w[0]&0xFC != 0xD8 || w[1]&0xC0 != 0x80 || w[2]&0xFC != 0xD8 || w[3]&0xC0 != 0x80 {
		return 0, false
	}
	return (int(w[0]&0x03)<<6|int(w[1]&0x3F))<<8 | int(w[2]&0x03)<<6 | int(w[3]&0x3F), true
}

var lex = mustLoad()

func mustLoad() *lexicon {
	l, err := load()
	if err != nil {
		panic(err) // the lexicon is compiled in: a bad line is a build bug
	}
	return l
}

func load() (*lexicon, error) {
	l := &lexicon{
		months:    map[string][]phrase{},
		relative:  map[string][]phrase{},
		ordinals:  map[string][]phrase{},
		weekdays:  map[string]int{},
		roles:     map[string]map[string]bool{},
		direction: map[string]int{},
	}
	steps := []struct {
		file string
		cols int
		add  func([]string) error
	}{
		{"months.tsv", 4, l.addMonth},
		{"weekdays.tsv", 2, l.addWeekday},
		{"relative.tsv", 4, l.addRelative},
		{"ordinals.tsv", 2, l.addOrdinal},
		{"context.tsv", 2, l.addRole},
	}
	for _, s := range steps {
		if err := readTSV(s.file, s.cols, s.add); err != nil {
			return nil, err
		}
	}
	l.starters = map[string]bool{}
	for _, table := range []map[string][]phrase{l.months, l.relative, l.ordinals} {
		for w := range table {
			l.starters[w] = true
		}
	}
	for w := range l.weekdays {
		l.starters[w] = true
	}
	for w, roles := range l.roles {
		if roles[roleDayWord] || roles[roleMonthWord] || roles[roleYearWord] || roles[rolePeriod] || roles[roleThis] {
			l.starters[w] = true
		}
	}
	for w := range l.starters {
		l.startPairs.add(w)
	}
	return l, nil
}

func readTSV(name string, cols int, add func([]string) error) error {
	return lexfile.Lines(lexiconFS, "lexicon/"+name, func(n int, line string) error {
		fields := strings.Split(line, "\t")
		if len(fields) != cols {
			return fmt.Errorf("dates lexicon %s:%d: want %d columns, have %d", name, n, cols, len(fields))
		}
		if err := add(fields); err != nil {
			return fmt.Errorf("dates lexicon %s:%d: %w", name, n, err)
		}
		return nil
	})
}

func (l *lexicon) addMonth(f []string) error {
	m, err := strconv.Atoi(f[1])
	if err != nil || m < 1 || m > 12 {
		return fmt.Errorf("bad month %q", f[1])
	}
	p := phrase{words: strings.Fields(fold(f[0])), month: m, hijri: f[2] == "h", guard: f[3]}
	addPhrase(l.months, p)
	return nil
}

func (l *lexicon) addOrdinal(f []string) error {
	d, err := strconv.Atoi(f[1])
	if err != nil || d < 1 || d > 31 {
		return fmt.Errorf("bad day %q", f[1])
	}
	addPhrase(l.ordinals, phrase{words: strings.Fields(fold(f[0])), day: d, guard: guardNone})
	return nil
}

func (l *lexicon) addWeekday(f []string) error {
	d, err := strconv.Atoi(f[1])
	if err != nil || d < 0 || d > 6 {
		return fmt.Errorf("bad weekday %q", f[1])
	}
	l.weekdays[fold(f[0])] = d
	return nil
}

func (l *lexicon) addRelative(f []string) error {
	off, err := strconv.Atoi(f[2])
	if err != nil {
		return fmt.Errorf("bad offset %q", f[2])
	}
	switch f[1] {
	case unitDay, unitWeek, unitMonth, unitYear:
	default:
		return fmt.Errorf("bad unit %q", f[1])
	}
	addPhrase(l.relative, phrase{words: strings.Fields(fold(f[0])), unit: f[1], offset: off, guard: f[3]})
	return nil
}

func (l *lexicon) addRole(f []string) error {
	w, role := fold(f[0]), f[1]
	if d, ok := strings.CutPrefix(role, roleDirection); ok {
		n, err := strconv.Atoi(d)
		if err != nil {
			return fmt.Errorf("bad direction %q", role)
		}
		l.direction[w] = n
		role = roleDirection
	}
	if l.roles[w] == nil {
		l.roles[w] = map[string]bool{}
	}
	l.roles[w][role] = true
	return nil
}

// addPhrase files p under its first word, longest phrases first so that the
// matcher can stop at the first fit.
func addPhrase(m map[string][]phrase, p phrase) {
	list := append(m[p.words[0]], p)
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	m[p.words[0]] = list
}

func (l *lexicon) has(word, role string) bool {
	return l.roles[word][role]
}
