package arabic

import (
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
)

func TestArabicRatio(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
	}{
		{"arabic", "قال الرئيس إن المحادثات مستمرة", 1},
		{"english", "The president said talks go on", 0},
		{"half", "abc ابت", 0.5},
		{"digits and punctuation do not count", "قال: 2024، 100%!", 1},
		{"no letters", "2024 - 11", 0},
		{"persian letters count", "گزارش", 1},
		{"presentation forms count", "\uFEFB\uFEE3", 1},
		{"tatweel counts for neither side", "قـــال ab", 0.6},
		{"bad bytes count for neither side", "قال\xd8 \xdb\xff ab\xd9", 0.6},
		{"the block's edges", "\u0600\u06ff\u0620ab", 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ArabicRatio(tc.in); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("ArabicRatio(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestIsArabicLetter(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		want bool
	}{
		{"alef", Alef, true},
		{"teh marbuta", TehMarbuta, true},
		{"keheh", KehehLetter, true},
		{"ligature", '\uFEFB', true},
		{"fatha is a mark", '\u064E', false},
		{"tatweel", Tatweel, false},
		{"arabic digit", '\u0663', false},
		{"arabic comma", ArabicComma, false},
		{"latin", 'a', false},
		{"hebrew", '\u05D0', false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsArabicLetter(tc.r); got != tc.want {
				t.Errorf("IsArabicLetter(%U) = %v, want %v", tc.r, got, tc.want)
			}
		})
	}
}

func TestIsSpace(t *testing.T) {
	for _, r := range []rune{' ', '\n', NoBreakSpace, ZeroWidthSpace, '\u200F', '\u202B', '\u2067', ByteOrderMark, ArabicLetterMark} {
		if !IsSpace(r) {
			t.Errorf("IsSpace(%U) = false", r)
		}
	}
	for _, r := range []rune{ZeroWidthNonJoiner, ZeroWidthJoiner, Tatweel, 'a', Alef} {
		if IsSpace(r) {
			t.Errorf("IsSpace(%U) = true", r)
		}
	}
	// The short cuts below U+1680 must agree with the definition on
	// every code point.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsSpace(r) || isInvisible(r) && r != ZeroWidthNonJoiner && r != ZeroWidthJoiner
		if IsSpace(r) != want {
			t.Errorf("IsSpace(%U) = %v, want %v", r, !want, want)
		}
	}
}

func TestCountRunes(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"seven ASCII bytes", "abcdefg"},
		{"eight ASCII bytes", "abcdefgh"},
		{"nine ASCII bytes", "abcdefghi"},
		{"four Arabic letters in one word of eight bytes", "مصري"},
		{"Arabic across words of eight bytes", "قال وزير الخارجية إن"},
		{"three- and four-byte code points across a word's end", "abcde€😀ab€"},
		{"stray continuation bytes", "ab\x80\x80cd\xbfefgh\x80"},
		{"lead bytes without continuation", "\xd8\xd8\xd8\xd8\xd8\xd8\xd8\xd8\xd8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := countRunes(tc.in), leadBytes(tc.in); got != want {
				t.Errorf("countRunes(%q) = %d, want %d", tc.in, got, want)
			}
		})
	}
}

// TestRunesKept checks that a kept text's code points come back right and
// as the caller's own slice, and that texts of one length are told apart.
func TestRunesKept(t *testing.T) {
	long := strings.Repeat("قال الوزير إن المحادثات ستستمر. ", 40)
	other := strings.Replace(long, "الوزير", "السفير", 1) // the same length
	for _, tc := range []struct {
		name  string
		texts []string
	}{
		{"the same text twice", []string{long, long}},
		{"a copy of the text", []string{long, strings.Clone(long)}},
		{"two texts of one length", []string{long, other, long, other}},
		{"more texts than are kept", []string{long + "1", long + "2", long + "3", long + "4", long + "5", long + "6", long + "7", long + "8", long + "9", long + "1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range tc.texts {
				got := Runes(s)
				if want := []rune(s); !slices.Equal(got, want) {
					t.Fatalf("Runes(%.20q...) differs from []rune", s)
				}
				got[0] = 'x' // must not reach what the next call returns
			}
		})
	}
}

// TestSharedRunes checks that SharedRunes gives the code points of []rune,
// one slice for every caller of a kept text, and that Runes still hands
// out copies of it that the shared slice does not see changed.
func TestSharedRunes(t *testing.T) {
	long := strings.Repeat("أعلنت الحكومة خطة جديدة للنقل. ", 40)
	for _, tc := range []struct {
		name   string
		text   string
		shared bool // a second call returns the same slice
	}{
		{"a short text is decoded each time", "قال المتحدث", false},
		{"a long text is kept", long, true},
		{"a long text not valid UTF-8", long + "\xff", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := []rune(tc.text)
			first := SharedRunes(tc.text)
			if !slices.Equal(first, want) {
				t.Fatalf("SharedRunes(%.20q...) differs from []rune", tc.text)
			}
			second := SharedRunes(strings.Clone(tc.text))
			if got := &second[0] == &first[0]; got != tc.shared {
				t.Errorf("second call shares the first's slice: %v, want %v", got, tc.shared)
			}
			own := Runes(tc.text)
			own[0] = 'x'
			if !slices.Equal(SharedRunes(tc.text), want) {
				t.Errorf("changing a Runes copy reached the shared slice")
			}
		})
	}
}

func TestRunesConcurrent(t *testing.T) {
	texts := []string{strings.Repeat("أ", 600), strings.Repeat("ب", 600), strings.Repeat("ت", 600)}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				s := texts[(g+i)%len(texts)]
				if r := Runes(s); !slices.Equal(r, []rune(s)) {
					t.Errorf("Runes of text %d differs from []rune", (g+i)%len(texts))
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestIsLetter checks IsLetter against unicode.IsLetter on every code point.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("IsLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
