package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"hamza alefs fold to alef", "أحمد إبراهيم آمال", "احمد ابراهيم امال"},
		{"alef maksura and teh marbuta", "مصطفى مدينة", "مصطفي مدينه"},
		{"diacritics and tatweel dropped", "مُحَمَّـــد", "محمد"},
		{"latin lower-cased", "NATO", "nato"},
		{"already normal is unchanged", "بغداد", "بغداد"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"أَحْمَد", "مدينة", "ABC", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("not idempotent: %q → %q → %q", s, n, Normalize(n))
		}
		if !utf8.ValidString(n) {
			t.Errorf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if utf8.RuneCountInString(n) > utf8.RuneCountInString(s) {
			t.Errorf("Normalize(%q) = %q grew", s, n)
		}
	})
}

// tinyLexicon knows common words, so the splitter can tell clitics from
// the first letter of a name.
func tinyLexicon() *Lexicon {
	return &Lexicon{words: map[string]lexEntry{
		"قال": {count: 900}, "وقال": {count: 300}, "بغداد": {count: 50}, "بوتين": {count: 40},
		"حكومه": {count: 200}, "حكومته": {count: 30}, "كتاب": {count: 80},
	}}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, word     string
		lex            *Lexicon
		pre, stem, suf string
	}{
		{"article after conjunction", "والعراق", nil, "و", "العراق", ""},
		{"article after conjunction and preposition", "وبالعراق", nil, "وب", "العراق", ""},
		{"lam lam restores the article", "للحكومه", nil, "ل", "الحكومه", ""},
		{"conjunction without lexicon", "وطلوزه", nil, "و", "طلوزه", ""},
		{"preposition kept without lexicon", "بغداد", nil, "", "بغداد", ""},
		{"lexicon: more frequent remainder is split", "وقال", tinyLexicon(), "و", "قال", ""},
		{"lexicon: frequent name is kept", "بوتين", tinyLexicon(), "", "بوتين", ""},
		{"lexicon: conjunction before a name", "وبغداد", tinyLexicon(), "و", "بغداد", ""},
		{"lexicon: suffix after teh marbuta", "حكومته", tinyLexicon(), "", "حكومه", "ه"},
		{"short word kept whole", "وزن", nil, "", "وزن", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pre, stem, suf := Segment(tt.word, tt.lex)
			if pre != tt.pre || stem != tt.stem || suf != tt.suf {
				t.Errorf("Segment(%q) = %q %q %q, want %q %q %q", tt.word, pre, stem, suf, tt.pre, tt.stem, tt.suf)
			}
		})
	}
}

func TestShape(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"arabic word", "القاهرة", "ar"},
		{"western digits", "2024", "num"},
		{"arabic-indic digits", "١٩٩٠", "num"},
		{"capitalised latin", "Reuters", "Latin"},
		{"lower latin", "www", "latin"},
		{"punctuation", "،", "punct"},
		{"digits and letters", "F16", "alnum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shape(tt.in); got != tt.want {
				t.Errorf("shape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzSplitProclitics checks the byte-wise splitter against splitting the
// runes of the word, as the definition reads: the same clitics, the same
// rest, for any normalised word.
func FuzzSplitProclitics(f *testing.F) {
	for _, s := range []string{"والعراق", "وبالعراق", "للحكومه", "وقال", "بوتين", "وزن", "ولل", "فس", "x"} {
		f.Add(s)
	}
	lex := tinyLexicon()
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		for _, l := range []*Lexicon{nil, lex} {
			pre, rest := splitProclitics(n, l)
			wantPre, wantRest := runeProclitics(n, l)
			if pre != wantPre || rest != wantRest {
				t.Errorf("splitProclitics(%q) = %q %q, want %q %q", n, pre, rest, wantPre, wantRest)
			}
		}
	})
}

// runeProclitics is splitProclitics written over the word's runes.
func runeProclitics(n string, lex *Lexicon) (pre, rest string) {
	rs := []rune(n)
	for k := min(2, len(rs)-3); k >= 1; k-- {
		ok := (k == 1 && (isConj(rs[0]) || isPrep(rs[0]))) || (k == 2 && isConj(rs[0]) && isPrep(rs[1]))
		if !ok {
			continue
		}
		r := string(rs[k:])
		switch {
		case rs[k-1] == lam && rs[k] == lam && len(rs)-k > 3:
			return string(rs[:k]), "ا" + r
		case strings.HasPrefix(r, "ال") && len(rs)-k > 3, lex != nil && lex.count(r) > lex.count(n):
			return string(rs[:k]), r
		case (lex == nil || lex.count(n)+lex.count(r) == 0) && k == 1 && rs[0] == waw:
			return string(rs[:k]), r
		}
	}
	return "", n
}

// FuzzTrimPunct checks trimPunct and shape's table of rune classes
// against the Unicode categories they stand for.
func FuzzTrimPunct(f *testing.F) {
	for _, s := range []string{"بغداد،", "«الشرق»", "،", "", "\xff", "—", "F16", "١٩٩٠"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if want == "" {
			want = s
		}
		if got := trimPunct(s); got != want {
			t.Errorf("trimPunct(%q) = %q, want %q", s, got, want)
		}
		for _, r := range s {
			if got, want := classOf(r), classify(r); got != want {
				t.Errorf("classOf(%U) = %d, classify = %d", r, got, want)
			}
		}
	})
}
