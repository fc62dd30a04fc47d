package arabic

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestAppendTokens checks that AppendTokens adds what Tokenize returns and
// keeps the tokens already in the table.
func TestAppendTokens(t *testing.T) {
	prefix := Tokenize("قال المتحدث:")
	for _, tc := range []struct{ name, s string }{
		{"words", "وصل الوفد إلى الرياض"},
		{"empty", ""},
		{"spaces only", " \n "},
		{"numbers and marks", "في 30.11.2024، قالَ «لا»"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := AppendTokens(slices.Clone(prefix), tc.s)
			if want := append(slices.Clone(prefix), Tokenize(tc.s)...); !slices.Equal(got, want) {
				t.Errorf("AppendTokens = %v, want %v", got, want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // tokens as text/kind, space separated
	}{
		{"words and arabic comma", "قال الوزير، اليوم",
			"قال/Word الوزير/Word ،/Punct اليوم/Word"},
		{"curly quotes cut off", "“لن نقبل”",
			"“/Punct لن/Word نقبل/Word ”/Punct"},
		{"guillemets and question mark", "«هل تقبل؟»",
			"«/Punct هل/Word تقبل/Word ؟/Punct »/Punct"},
		{"straight and single quotes", "\"نعم\" و'لا' ‘ربما’",
			"\"/Punct نعم/Word \"/Punct و/Word '/Punct لا/Word '/Punct ‘/Punct ربما/Word ’/Punct"},
		{"brackets and dashes", "(رويترز) - القاهرة",
			"(/Punct رويترز/Word )/Punct -/Punct القاهرة/Word"},
		{"thousands and decimals", "10,000 جندي و3.5 مليار",
			"10,000/Number جندي/Word و/Word 3.5/Number مليار/Word"},
		{"date and time", "2024/11/30 الساعة 10:30",
			"2024/11/30/Number الساعة/Word 10:30/Number"},
		{"arabic-indic number with year letter", "٢٠٢٤م",
			"٢٠٢٤/Number م/Word"},
		{"sentence-final number", "بلغ 30.",
			"بلغ/Word 30/Number ./Punct"},
		{"latin names and codes", "F-16 وG7",
			"F/Latin -/Punct 16/Number و/Word G7/Latin"},
		{"repeated marks grouped", "ماذا؟!... حسنا",
			"ماذا/Word ؟/Punct !/Punct .../Punct حسنا/Word"},
		{"diacritics and tatweel stay in the word", "قَالَـ الرئيسُ",
			"قَالَـ/Word الرئيسُ/Word"},
		{"soft hyphen stays in the word", "بو\u00ADتين Pu\u00ADtin",
			"بو\u00ADتين/Word Pu\u00ADtin/Latin"},
		{"tatweel dash", "العمالة ــ وربما",
			"العمالة/Word ــ/Punct وربما/Word"},
		{"stray diacritic", "\u064E قال",
			"\u064E/Symbol قال/Word"},
		{"invisible marks separate", "\u200fقال\u200f بوتين",
			"قال/Word بوتين/Word"},
		{"symbols", "100$ +5 ☺",
			"100/Number $/Symbol +/Symbol 5/Number ☺/Symbol"},
		{"other script", "Путин قال",
			"Путин/Other قال/Word"},
		{"latin abbreviation and domain", "U.S. وexample.com.",
			"U.S/Latin ./Punct و/Word example.com/Latin ./Punct"},
		{"url without trailing punctuation", "المصدر: https://www.example.com/a/2024/11/30/news-1.html، ثم",
			"المصدر/Word :/Punct https://www.example.com/a/2024/11/30/news-1.html/URL ،/Punct ثم/Word"},
		{"www address in brackets", "(www.example.org)",
			"(/Punct www.example.org/URL )/Punct"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tc.in) {
				got = append(got, tok.Text+"/"+tok.Kind.String())
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, g, tc.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	in := "قَالَ “بوتين” ٣٫٥"
	want := []Token{
		{"قَالَ", 0, 5, Word},
		{"“", 6, 7, Punct},
		{"بوتين", 7, 12, Word},
		{"”", 12, 13, Punct},
		{"٣٫٥", 14, 17, Number},
	}
	got := Tokenize(in)
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestIsDigit checks the short cut through the Arabic block against
// unicode.IsDigit on every code point.
func TestIsDigit(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isDigit(r), unicode.IsDigit(r); got != want {
			t.Errorf("isDigit(%U) = %v, want %v", r, got, want)
		}
	}
}
