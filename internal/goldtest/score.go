package goldtest

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/isnad/isnad/arabic"
)

// scorePunct is score.py's PUNCT class beside white space: every run of
// them is one space.
const scorePunct = "\u200e\u200f\u00a0\"“”«»'‘’.,،؛:;!?؟()[]{}-–—_/\\*"

// Norm is score.py's norm: NFKC, diacritics and tatweel dropped, hamza
// carriers, alef maksura and teh marbuta folded, runs of white space and
// punctuation made one space, the ends trimmed, lower case.
func Norm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKC.String(s) {
		switch {
		case isScoreDiacritic(r):
			continue
		case unicode.IsSpace(r) || strings.ContainsRune(scorePunct, r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(scoreFold(r)))
	}
	return b.String()
}

// isScoreDiacritic is score.py's DIAC class, its ranges as the scorer
// writes them: narrower than arabic.Fold's marks.
func isScoreDiacritic(r rune) bool {
	return r >= '\u0610' && r <= '\u061a' || r >= '\u064b' && r <= '\u065f' || r == '\u0670' ||
		r >= '\u06d6' && r <= '\u06ed' || r == '\u0640'
}

// scoreFold is the letter folding of score.py's norm, a narrower one than
// arabic.Fold: the scorer's, not the pipeline's.
func scoreFold(r rune) rune { return arabic.FoldLetter(r) }

// NameForms is score.py's name_forms: the normalised name and its forms
// without a leading clitic (و ف ب ل ك, لل → ال) or ال.
func NameForms(s string) map[string]bool {
	n := Norm(s)
	out := map[string]bool{n: true}
	rl := func(w string) int { return len([]rune(w)) }
	for _, w := range slices.Sorted(maps.Keys(out)) {
		if rl(w) > 3 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) {
			out[string([]rune(w)[1:])] = true
		}
	}
	for _, w := range slices.Sorted(maps.Keys(out)) {
		r := []rune(w)
		if strings.HasPrefix(w, "لل") && rl(w) > 4 {
			out["ال"+string(r[2:])] = true
		} else if rl(w) > 4 && strings.ContainsRune("بلك", r[0]) && string(r[1:3]) == "ال" {
			out[string(r[1:])] = true
		}
	}
	for _, w := range slices.Sorted(maps.Keys(out)) {
		if strings.HasPrefix(w, "ال") && rl(w) > 4 {
			out[string([]rune(w)[2:])] = true
		}
	}
	delete(out, "")
	return out
}

// PRF is score.py's prf: precision, recall and F1, 0 where undefined.
func PRF(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
