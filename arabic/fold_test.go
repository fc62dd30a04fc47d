package arabic

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"harakat", "قَالَ الرَّئِيسُ", "قال الرييس"},
		{"tanwin and superscript alef", "شكرًا هٰذا", "شكرا هذا"},
		{"quranic marks", "الرحيم\u06DA\u0610", "الرحيم"},
		{"tatweel", "الـــرئيس", "الرييس"},
		{"alef forms", "أحمد إبراهيم آمال ٱلقدس", "احمد ابراهيم امال القدس"},
		{"alef maksura", "مصطفى على", "مصطفي علي"},
		{"teh marbuta", "الحكومة", "الحكومه"},
		{"hamza seats", "مسؤول رئيس هيئة", "مسوول رييس هييه"},
		{"arabic-indic digits", "٢٠٢٤/١١/٣٠", "2024/11/30"},
		{"persian digits", "۱۴۰۳", "1403"},
		{"arabic decimal separators", "٣٫٥ و١٠٬٠٠٠", "3.5 و10,000"},
		{"lam alef ligature", "\uFEFBجئ", "لاجي"},
		{"allah ligature", "\uFDF2", "الله"},
		{"final form letters", "\uFEE3\uFEA4\uFEE4\uFEAA", "محمد"},
		{"isolated haraka form", "ب\uFE70", "ب"},
		{"persian kaf and yeh", "کیم", "كيم"},
		{"veh and gaf", "ڤلاديمير گاز", "فلاديمير كاز"},
		{"urdu heh", "ہدف", "هدف"},
		{"latin lowercased", "NATO and U.S.", "nato and u.s."},
		{"greek lowercased", "ΑΒΓ", "αβγ"},
		{"bidi and zero width", "\u200fقال\u200b \u202bبوتين\u202c\uFEFF\u061C", "قال بوتين"},
		{"soft hyphen", "بو\u00ADتين", "بوتين"},
		{"whitespace runs", "قال\u00a0\u00a0  \t\nبوتين", "قال بوتين"},
		{"space collapse across removed marks", "قال \u200f بوتين", "قال بوتين"},
		{"ends kept", " قال ", " قال "},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Fold(tc.in)
			if got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Fold(got); again != got {
				t.Errorf("Fold not idempotent: %q -> %q", got, again)
			}
		})
	}
}

// TestFoldPresentationForms checks every presentation form: the fold is
// idempotent and leaves no presentation form behind.
func TestFoldPresentationForms(t *testing.T) {
	for r := rune(0xFB50); r <= 0xFEFF; r++ {
		if r > 0xFDFF && r < 0xFE70 {
			continue
		}
		got := Fold(string(r))
		if Fold(got) != got || !utf8.ValidString(got) {
			t.Fatalf("U+%04X: Fold = %q, not a fixed point", r, got)
		}
		for _, g := range got {
			if (0xFB50 <= g && g <= 0xFDFF || 0xFE70 <= g && g <= 0xFEFF) && g != r {
				t.Errorf("U+%04X folds to another presentation form U+%04X", r, g)
			}
		}
	}
}

func TestFoldMap(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		match    string // substring of Fold(in)
		wantOrig string // the input text the match maps back to
	}{
		{"diacritics trail the span end", "قَالَ بوتين", "قال", "قَالَ"},
		{"span end before the next letter", "بوتينُ قال", "بوتين", "بوتينُ"},
		{"tatweel inside", "الـرئيس قال", "الرييس", "الـرئيس"},
		{"hamza folded", "وأضاف المسؤول", "المسوول", "المسؤول"},
		{"collapsed spaces", "قال   بوتين", "قال بوتين", "قال   بوتين"},
		{"leading invisible mark", "\u200fبوتين", "بوتين", "\u200fبوتين"},
		{"after a ligature", "\uFEFBعب", "عب", "عب"},
		{"digits", "عام ٢٠٢٤ م", "2024", "٢٠٢٤"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := FoldMap(tc.in)
			if f.Text != Fold(tc.in) {
				t.Fatalf("FoldMap text %q != Fold %q", f.Text, Fold(tc.in))
			}
			start, end := runeIndex(f.Text, tc.match)
			if start < 0 {
				t.Fatalf("%q not in %q", tc.match, f.Text)
			}
			in := []rune(tc.in)
			got := string(in[f.Orig(start):f.Orig(end)])
			if got != tc.wantOrig {
				t.Errorf("span maps to %q, want %q", got, tc.wantOrig)
			}
		})
	}
}

func TestFoldMapLigatureSpan(t *testing.T) {
	in := "\uFEFBجئ" // lam-alef ligature, then two letters
	f := FoldMap(in)
	if f.Text != "لاجي" {
		t.Fatalf("Text = %q", f.Text)
	}
	// A match of the lam alone starts and ends inside the ligature: Orig
	// gives an empty span, OrigSpan the whole ligature.
	if s, e := f.Orig(0), f.Orig(1); s != 0 || e != 0 {
		t.Errorf("Orig(0), Orig(1) = %d, %d, want 0, 0", s, e)
	}
	if s, e := f.OrigSpan(0, 1); s != 0 || e != 1 {
		t.Errorf("OrigSpan(0, 1) = %d, %d, want 0, 1", s, e)
	}
	if s, e := f.OrigSpan(2, 4); s != 1 || e != 3 {
		t.Errorf("OrigSpan(2, 4) = %d, %d, want 1, 3", s, e)
	}
}

func TestFoldMapBounds(t *testing.T) {
	f := FoldMap("\u064E\u064E") // only removed marks
	if f.Text != "" || f.Orig(0) != 2 {
		t.Errorf("all-removed input: Text %q, Orig(0) = %d, want \"\", 2", f.Text, f.Orig(0))
	}
	g := FoldMap("قال")
	if g.Orig(-1) != 0 || g.Orig(99) != 3 {
		t.Errorf("clamping: Orig(-1) = %d, Orig(99) = %d", g.Orig(-1), g.Orig(99))
	}
}

// runeIndex returns the code point span of the first sub in s, or -1, -1.
func runeIndex(s, sub string) (int, int) {
	rs, sr := []rune(s), []rune(sub)
	for i := 0; i+len(sr) <= len(rs); i++ {
		if string(rs[i:i+len(sr)]) == sub {
			return i, i + len(sr)
		}
	}
	return -1, -1
}

func TestFoldLetter(t *testing.T) {
	for _, tc := range []struct{ in, want rune }{
		{AlefHamzaAbove, Alef}, {AlefHamzaBelow, Alef}, {AlefMadda, Alef}, {AlefWasla, Alef},
		{AlefMaksura, Yeh}, {YehHamza, Yeh}, {TehMarbuta, Heh}, {WawHamza, Waw},
		{Alef, Alef}, {'ب', 'ب'}, {Tatweel, Tatweel}, {'a', 'a'}, {'٣', '٣'},
	} {
		if got := FoldLetter(tc.in); got != tc.want {
			t.Errorf("FoldLetter(%q) = %q, want %q", tc.in, got, tc.want)
		}
		// Fold agrees with FoldLetter on the letters FoldLetter folds.
		if tc.in != tc.want && Fold(string(tc.in)) != string(tc.want) {
			t.Errorf("Fold(%q) = %q, FoldLetter gives %q", tc.in, Fold(string(tc.in)), tc.want)
		}
	}
}

// TestFoldTrimmedEveryCodePoint checks on every code point, alone and at
// either end of a word, that FoldTrimmed is TrimSpace after Fold: that
// Fold leaves no white space but the ASCII space.
func TestFoldTrimmedEveryCodePoint(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), string(r) + "ب", "ب" + string(r)} {
			if got, want := FoldTrimmed(s), strings.TrimSpace(Fold(s)); got != want {
				t.Fatalf("FoldTrimmed(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
