package dates

import (
	"strings"
	"unicode/utf8"
)

// Roles for era words after a year (context.tsv).
const (
	roleEraG = "era-g"
	roleEraH = "era-h"
)

// scanner walks the tokens of one text once, left to right; at each token
// it asks every matcher for the longest expression starting there.
type scanner struct {
	text []rune
	toks []token
	ref  ref
	// given are the values reported so far, in text order: what an
	// anaphoric phrase ("في اليوم نفسه") counts from.
	given []val
}

// hit is one expression: tokens [from, to), the code point it starts at
// (after a leading clitic), and its value. A hit whose value is empty is
// consumed but not reported: it names a time the publication date cannot
// resolve (a weekday with no publication date, a Hijri year).
type hit struct {
	from, to int
	start    int
	v        val
}

func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord {
		return ""
	}
	return s.toks[i].norm
}

func (s *scanner) punct(i int, set string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokPunct && strings.Contains(set, s.toks[i].norm)
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (s *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start
}

// variants returns w and w without its leading clitics: the conjunctions
// و ف, then the prepositions ب ل ك (لل → ال, since ل swallows the
// alef of the article). skip is how many folded runes each one dropped.
func variants(w string) (forms [3]string, skips [3]int, n int) {
	forms[0], n = w, 1
	rest := w
	if r, size := utf8.DecodeRuneInString(rest); (r == 'و' || r == 'ف') && len(rest) > size+2 {
		rest = rest[size:]
		forms[n], skips[n] = rest, 1
		n++
	}
	r, size := utf8.DecodeRuneInString(rest)
	if (r == 'ب' || r == 'ل' || r == 'ك') && len(rest) > size+2 {
		skip := skips[n-1] + 1
		stem := rest[size:]
		if r == 'ل' && strings.HasPrefix(stem, "ل") {
			stem = "ا" + stem // لل + noun = ل + ال + noun
		}
		// A preposition clitic is taken off definite nouns, year words
		// and demonstratives ("لهذا العام") only: elsewhere the letter
		// is more often the word's own ("باب" is a door, not ب + آب;
		// "فلامس" is no ف + ل + أمس).
		if strings.HasPrefix(stem, "ال") || lex.has(stem, roleYearWord) || lex.has(stem, roleThis) {
			forms[n], skips[n] = stem, skip
			n++
		}
	}
	return forms, skips, n
}

// startAfter is the code point offset of token i once skip folded runes
// of clitic are left out.
func (s *scanner) startAfter(i, skip int) int {
	p := s.toks[i].start
	for skip > 0 && p < s.toks[i].end {
		if foldRune(s.text[p]) >= 0 {
			skip--
		}
		p++
	}
	for p < s.toks[i].end && isMark(s.text[p]) {
		p++
	}
	return p
}

// role reports whether token i, with or without clitics, has a role.
func (s *scanner) role(i int, role string) bool {
	_, ok := s.formSkip(i, func(f string) bool { return lex.has(f, role) })
	return ok
}

// formSkip returns how many code points of clitics come before the form
// of token i that match accepts, the form with the most clitics cut when
// several do, and whether any does.
func (s *scanner) formSkip(i int, match func(string) bool) (int, bool) {
	w := s.word(i)
	if w == "" {
		return 0, false
	}
	forms, skips, n := variants(w)
	for k := n - 1; k >= 0; k-- {
		if match(forms[k]) {
			return skips[k], true
		}
	}
	return 0, false
}

// phraseAt finds the longest entry of table starting at token i; the first
// word may carry clitics, the others must match exactly.
func (s *scanner) phraseAt(table map[string][]phrase, i int) (p phrase, end, skip int, ok bool) {
	w := s.word(i)
	if w == "" {
		return phrase{}, 0, 0, false
	}
	forms, skips, n := variants(w)
	for k, f := range forms[:n] {
		for _, p := range table[f] {
			if s.wordsAt(i+1, p.words[1:]) {
				return p, i + len(p.words), skips[k], true
			}
		}
	}
	return phrase{}, 0, 0, false
}

func (s *scanner) wordsAt(i int, words []string) bool {
	for k, w := range words {
		if s.word(i+k) != w {
			return false
		}
	}
	return true
}

// weekdayAt returns the weekday named by token i, and the clitic skip.
func (s *scanner) weekdayAt(i int) (wd, skip int, ok bool) {
	w := s.word(i)
	if w == "" {
		return 0, 0, false
	}
	forms, skips, n := variants(w)
	for k, f := range forms[:n] {
		if d, ok := lex.weekdays[f]; ok {
			return d, skips[k], true
		}
	}
	return 0, 0, false
}

// direction returns the shift of a direction word at token i (الماضي -1).
func (s *scanner) direction(i int) (int, bool) {
	d, ok := lex.direction[s.word(i)]
	return d, ok
}
