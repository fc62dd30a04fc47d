package quote

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/isnad/isnad/arabic"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// Verb classes (lexicon/verbs.tsv).
const (
	classSay        = "say"
	classAdd        = "add"
	classRelay      = "relay"
	classPoint      = "point"
	classDescribe   = "describe"
	classParticiple = "participle"
	classBelief     = "belief"
)

// Nominal cue classes (lexicon/nominal.tsv).
const (
	classAccording = "according"
	classStatement = "statement"
	classSelf      = "self"
)

// Complementizer classes (lexicon/complementizers.tsv).
const (
	classThat = "that"
	classQawl = "qawl"
	classPrep = "prep"
)

// Speaker word classes (lexicon/speakers.tsv) and stop words (stops.tsv).
const (
	classUnnamed  = "unnamed"
	classAnaphor  = "anaphor"
	classMedium   = "medium"
	classAdjunct  = "adjunct"
	classRelative = "relative"
	classPassive  = "passive"
	classVerbal   = "verbal"
	classNegation = "negation"
)

// nominalCue is one phrase of nominal.tsv, as folded words; glue means its
// last word is a prefix of the next word of the text (وفقا ل+).
type nominalCue struct {
	words []string
	glue  bool
	class string
}

// lexicon is the parsed content of lexicon/: every key is folded.
type lexicon struct {
	verbs    map[string]string
	comps    map[string]string
	speakers map[string]string
	stops    map[string]string
	nominal  map[string][]nominalCue // by first word
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon parses the embedded lexicon once. The files are part of the
// binary, so a malformed line is a programming error and panics.
func theLexicon() *lexicon {
	lexOnce.Do(func() {
		l, err := parseLexicon()
		if err != nil {
			panic(err)
		}
		lex = l
	})
	return lex
}

func parseLexicon() (*lexicon, error) {
	l := &lexicon{nominal: map[string][]nominalCue{}}
	var err error
	for _, f := range []struct {
		name string
		dst  *map[string]string
	}{{"verbs.tsv", &l.verbs}, {"complementizers.tsv", &l.comps}, {"speakers.tsv", &l.speakers}, {"stops.tsv", &l.stops}} {
		if *f.dst, err = readWordClasses(f.name); err != nil {
			return nil, err
		}
	}
	err = eachLine("nominal.tsv", func(class, rest string) error {
		c := nominalCue{class: class}
		for _, w := range strings.Fields(rest) {
			c.glue = strings.HasSuffix(w, "+")
			c.words = append(c.words, arabic.Fold(strings.TrimSuffix(w, "+")))
		}
		l.nominal[c.words[0]] = append(l.nominal[c.words[0]], c)
		return nil
	})
	return l, err
}

// readWordClasses reads a file of "class<TAB>form form ..." lines into a
// map from folded form to class.
func readWordClasses(name string) (map[string]string, error) {
	m := map[string]string{}
	err := eachLine(name, func(class, rest string) error {
		for _, w := range splitFields(rest) {
			m[arabic.Fold(w)] = class
		}
		return nil
	})
	return m, err
}

// eachLine calls fn with the class and the rest of every non-comment line.
func eachLine(name string, fn func(class, rest string) error) error {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, rest, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(rest) == "" {
			return fmt.Errorf("quote: lexicon/%s:%d: want class<TAB>words", name, n)
		}
		if err := fn(class, rest); err != nil {
			return err
		}
	}
	return sc.Err()
}

// splitFields splits the word list of a lexicon line.
func splitFields(s string) []string { return strings.Fields(s) }
