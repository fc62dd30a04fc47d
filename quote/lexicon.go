package quote

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/lexfile"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// Verb classes (lexicon/verbs.tsv).
const (
	classSay        = "say"
	classAdd        = "add"
	classRelay      = "relay"
	classLearn      = "learn"
	classPoint      = "point"
	classDescribe   = "describe"
	classCall       = "call"
	classRenew      = "renew"
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
	classThat        = "that"
	classQawl        = "qawl"
	classPrep        = "prep"
	classConjunction = "conjunction"
	classEmphasis    = "emphasis"
)

// Speaker word classes (lexicon/speakers.tsv) and stop words (stops.tsv).
const (
	classUnnamed     = "unnamed"
	classAnaphor     = "anaphor"
	classInst        = "institution"
	classDocument    = "document"
	classMedium      = "medium"
	classNameHead    = "namehead"
	classQuantifier  = "quantifier"
	classHonorific   = "honorific"
	classAdjunct     = "adjunct"
	classRelative    = "relative"
	classPassive     = "passive"
	classVerbal      = "verbal"
	classAux         = "auxiliary"
	classSubjunctive = "subjunctive"
	classNegation    = "negation"
	classWhen        = "when"
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
	genders  map[string]gender       // of the verb forms
	present  map[string]bool         // verb forms in the present tense
	// honorifics maps an honorific pronoun (سموه) to the title words of
	// those it may stand for (lexicon/honorifics.tsv).
	honorifics map[string][]string
}

// gender is the subject agreement a verb form shows, used to pick the
// speaker a pronoun subject points back to (قالت إنها: the last woman or
// feminine organisation or state that spoke).
type gender byte

const (
	anyGender gender = iota
	masculine
	feminine
	plural
)

// formGender reads the agreement of form from its line, whose first form
// is the masculine past (قال): the feminine past adds ت (قالت، لفتت) or
// ends in it where the masculine does not (نفى، نفت); present forms with
// ت are feminine (تقول); وا and ون are plural; ة ends a feminine
// participle and ين a plural one.
func formGender(form, first string) gender {
	switch {
	case form == first:
		return masculine
	case strings.HasSuffix(form, "وا") || strings.HasSuffix(form, "ون") || strings.HasSuffix(form, "ين"):
		return plural
	case strings.HasSuffix(form, "ان") || strings.HasSuffix(form, "تا"):
		return anyGender // duals
	case form == first+"ت" || strings.HasSuffix(form, "ت") && !strings.HasSuffix(first, "ت"),
		strings.HasPrefix(form, "ت"), strings.HasSuffix(form, "ه"):
		return feminine
	}
	return masculine
}

// presentPrefixes open the present tense (يقول، تقول، نقول، أقول, folded).
var presentPrefixes = []string{string(arabic.Yeh), string(arabic.Teh), string(arabic.Noon), string(arabic.Alef)}

// isPresent reads the tense of form from its line, whose first form is
// the masculine past: a present form starts with a prefix letter the past
// does not (يؤكد for أكد; تابعت is past, as تابع starts with ت too).
func isPresent(form, first string) bool {
	for _, p := range presentPrefixes {
		if strings.HasPrefix(form, p) && !strings.HasPrefix(first, p) {
			return true
		}
	}
	return false
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
	l.genders, l.present = map[string]gender{}, map[string]bool{}
	err = eachLine("verbs.tsv", func(_, rest string) error {
		fs := splitFields(rest)
		for _, f := range fs {
			l.genders[arabic.Fold(f)] = formGender(arabic.Fold(f), arabic.Fold(fs[0]))
			l.present[arabic.Fold(f)] = isPresent(arabic.Fold(f), arabic.Fold(fs[0]))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.honorifics = map[string][]string{}
	err = eachLine("honorifics.tsv", func(forms, rest string) error {
		var titles []string
		for _, w := range splitFields(rest) {
			titles = append(titles, arabic.Fold(w))
		}
		for _, f := range strings.Split(forms, ",") {
			l.honorifics[arabic.Fold(f)] = titles
			l.speakers[arabic.Fold(f)] = classHonorific
		}
		return nil
	})
	if err != nil {
		return nil, err
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
	return lexfile.Lines(lexiconFS, "lexicon/"+name, func(n int, line string) error {
		class, rest, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(rest) == "" {
			return fmt.Errorf("quote: lexicon/%s:%d: want class<TAB>words", name, n)
		}
		return fn(class, rest)
	})
}

// splitFields splits the word list of a lexicon line.
func splitFields(s string) []string { return strings.Fields(s) }
