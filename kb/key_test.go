package kb

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

func TestKeySameName(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"g as ghain or jeem", "بيونغ يانغ", "بيونج يانج"},
		{"dropped long vowel", "بوتين", "بوتن"},
		{"g in shoigu", "شويغو", "شويجو"},
		{"g as qaf (Gulf)", "غوغل", "قوقل"},
		{"medial kaf as g (Iraq)", "إنكلترا", "إنجلترا"},
		{"hamza seat and diacritics", "أُوكْرانيا", "اوكرانيا"},
		{"alef maqsura and yeh", "موسى", "موسي"},
		{"teh marbuta", "غزة", "غزه"},
		{"space inside a name", "أبو ظبي", "أبوظبي"},
		{"hyphen", "كيم جونغ-أون", "كيم جونغ أون"},
		{"tatweel", "لافـــروف", "لافروف"},
		{"doubled letter", "عمّان", "عمان"},
		{"zelensky", "زيلينسكي", "زيلنسكي"},
		{"extra yeh", "بيلوسوف", "بلوسوف"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ka, kb := Key(tt.a), Key(tt.b); ka != kb {
				t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", tt.a, ka, tt.b, kb)
			}
		})
	}
}

// Near misses: real names one letter apart that must stay apart.
func TestKeyDistinct(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"Korea and Cuba", "كوريا", "كوبا"},
		{"Kenya and Guinea", "كينيا", "غينيا"},
		{"Iran and Iraq", "إيران", "العراق"},
		{"Syria and Russia", "سوريا", "روسيا"},
		{"Libya and Lebanon", "ليبيا", "لبنان"},
		{"Austria and Australia", "النمسا", "أستراليا"},
		{"Niger and Nigeria", "النيجر", "نيجيريا"},
		{"state and its adjective", "كوريا", "كوري"},
		{"Oman and Yemen", "عمان", "اليمن"},
		{"Kim Jong Un and Kim Jong Il", "كيم جونغ أون", "كيم جونغ إيل"},
		{"Lee and Li", "لي جاي ميونغ", "لي تشيانغ"},
		{"Li Qiang and Li Keqiang", "لي تشيانغ", "لي كه تشيانغ"},
		{"Gaza and Giza", "غزة", "الجيزة"},
		{"Bhutan and Putin", "بوتان", "بوتين"},
		{"Switzerland and Syria", "سويسرا", "سوريا"},
		{"Mali and Malawi", "مالي", "مالاوي"},
		{"Ghana and Guinea", "غانا", "غينيا"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ka, kb := Key(tt.a), Key(tt.b); ka == kb {
				t.Errorf("Key(%q) = Key(%q) = %q; want distinct", tt.a, tt.b, ka)
			}
		})
	}
}

func TestKeyExamples(t *testing.T) {
	tests := []struct{ in, want string }{
		{"بوتين", "بتن"},
		{"كوريا", "كرا"},
		{"أون", "ان"},
		{"كيم جونغ أون", "كمقنقان"},
		{"", ""},
		{"  ", ""},
		{"Putin", "putin"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzKey checks Key's properties: folding first changes nothing, a space
// between two parts of a name changes nothing, and the key is valid UTF-8
// without spaces.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"بيونغ يانغ", "كيم جونغ-أون", "أبو ظبي", "x\u064e y", "ـ", "\xff"} {
		f.Add(s, "روسيا")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		k := Key(a)
		if !utf8.ValidString(k) || strings.ContainsAny(k, " \t\n") {
			t.Fatalf("Key(%q) = %q: invalid or spaced", a, k)
		}
		if kf := Key(arabic.Fold(a)); kf != k {
			t.Fatalf("Key(Fold(%q)) = %q, Key = %q", a, kf, k)
		}
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		if got, want := Key(a+" "+b), Key(a+b); got != want {
			t.Fatalf("Key(%q + %q) = %q, want %q", a, b, got, want)
		}
	})
}

// TestIsKeySep checks isKeySep against its definition on every code point.
func TestIsKeySep(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsSpace(r) || strings.ContainsRune(`-._'"/`, r)
		if got := isKeySep(r); got != want {
			t.Fatalf("isKeySep(%U) = %v, want %v", r, got, want)
		}
	}
}
