package dates

import (
	"slices"
	"testing"
)

// TestTokenBuffersReused checks that tokenizing into buffers a longer or
// shorter text used before gives the tokens a fresh tokenize gives, and
// that reset lets go of the text's spellings.
func TestTokenBuffersReused(t *testing.T) {
	long := []rune("أعلنت الوزارة يوم الأحد 12 مارس 2023، بعد اجتماع عقد أمس، أن الخطة تبدأ في ٢٠٢٤م.")
	short := []rune("غدا الاثنين")
	for _, tc := range []struct {
		name  string
		texts [][]rune
	}{
		{"longer then shorter", [][]rune{long, short}},
		{"shorter then longer", [][]rune{short, long}},
		{"the same text twice", [][]rune{long, long}},
		{"an empty text between", [][]rune{long, nil, short}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b tokenBuffers
			for _, text := range tc.texts {
				if got, want := b.tokenize(text), tokenize(text); !slices.Equal(got, want) {
					t.Fatalf("reused buffers give %v, want %v", got, want)
				}
				if !b.reset() {
					t.Fatalf("buffers of %d tokens not kept", len(text))
				}
				for _, tok := range b.toks[:cap(b.toks)] {
					if tok.norm != "" {
						t.Fatalf("reset buffers still hold %q", tok.norm)
					}
				}
			}
		})
	}
}

// TestLetterPairs checks the starters' pair set against its definition:
// every starter may start, a word whose first two letters (both in the
// Arabic block) begin no starter may not, and words it cannot read (short,
// or with a letter outside the block) always may.
func TestLetterPairs(t *testing.T) {
	begins := map[[2]rune]bool{}
	for w := range lex.starters {
		if !lex.startPairs.mayStart(w) {
			t.Errorf("starter %q is filtered out", w)
		}
		if rs := []rune(w); len(rs) >= 2 {
			begins[[2]rune{rs[0], rs[1]}] = true
		}
	}
	rejected := 0
	for a := rune(0x0600); a <= 0x06FF; a++ {
		for _, b := range []rune{0x0627, 0x0644, 0x0645, 0x064A, 0x06CC} {
			w := string([]rune{a, b, 0x0646})
			if got, want := lex.startPairs.mayStart(w), begins[[2]rune{a, b}]; got != want {
				t.Errorf("mayStart(%q) = %v, want %v", w, got, want)
			}
			if !begins[[2]rune{a, b}] {
				rejected++
			}
		}
	}
	if rejected == 0 {
		t.Error("no pair is left out: the test cannot tell the filter works")
	}
	for _, w := range []string{"", "ب", "2024", "مaرس", "aمن", "ﻻم"} {
		if !lex.startPairs.mayStart(w) {
			t.Errorf("mayStart(%q) = false for a word the set cannot read", w)
		}
	}
}
