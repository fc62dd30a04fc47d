package arabic

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// fuzzSeeds are short news-style lines with the hard cases: marks,
// ligatures, quotes of every kind, abbreviations, numbers.
var fuzzSeeds = []string{
	"قَالَ الرَّئِيسُ: “لا، لن نقبل. هذا موقفنا”.",
	"وصل د. أحمد إلى القاهرة في ٣٠.١١.٢٠٢٤ وقال «الوضع خطير. جدا»",
	"\uFEFB \uFDF2 \u200fبوتين\u200f  U.S. 3.5%",
	"و”ربما حتى بشكل شخصي”. \"سنرد\" ‘قليلا’",
	"1. البند الأول\n\n2. البند الثاني",
	"والرئيس للصحفيين وبوتين لأنه",
	"a\xffb\u064E",
	"قال الرئيس في بيان  نشره\tamس",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzFold(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent on %q: %q then %q", s, got, again)
		}
		if strings.Contains(got, "  ") {
			t.Fatalf("Fold(%q) = %q keeps a run of spaces", s, got)
		}
	})
}

// FuzzFoldTrimmed checks FoldTrimmed, which trims only the ASCII space,
// against its definition.
func FuzzFoldTrimmed(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{"\u00a0قال\u2028", "\u3000 \t", "\u0085a\u1680", " \ufeffب\u200b "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldTrimmed(s), strings.TrimSpace(Fold(s)); got != want {
			t.Fatalf("FoldTrimmed(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzFoldedWords checks FoldedWords against strings.Fields on what Fold
// returns.
func FuzzFoldedWords(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{"  قال  الرئيس ", "\u00a0a\u2028b\u3000", "", " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		got, want := FoldedWords(folded), strings.Fields(folded)
		if !slices.Equal(got, want) || len(got) != cap(got) {
			t.Fatalf("FoldedWords(%q) = %q (cap %d), want %q", folded, got, cap(got), want)
		}
	})
}

// FuzzArabicRatio checks ArabicRatio, which reads the Arabic block's
// bytes in place, against its definition over the decoded code points.
func FuzzArabicRatio(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		var letters, arabic int
		for _, r := range s {
			if unicode.IsLetter(r) && r != Tatweel {
				letters++
				if IsArabicLetter(r) {
					arabic++
				}
			}
		}
		want := 0.0
		if letters > 0 {
			want = float64(arabic) / float64(letters)
		}
		if got := ArabicRatio(s); got != want {
			t.Fatalf("ArabicRatio(%q) = %v, want %v", s, got, want)
		}
	})
}

func FuzzFoldMap(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		m := FoldMap(s)
		if m.Text != Fold(s) {
			t.Fatalf("FoldMap(%q).Text = %q, Fold = %q", s, m.Text, Fold(s))
		}
		if !slices.Equal(m.Runes(), []rune(m.Text)) {
			t.Fatalf("FoldMap(%q).Runes() = %q, not the text's code points", s, m.Runes())
		}
		n, total := utf8.RuneCountInString(m.Text), utf8.RuneCountInString(s)
		if n > 0 && m.Orig(0) != 0 {
			t.Fatalf("Orig(0) = %d", m.Orig(0))
		}
		if m.Orig(n) != total {
			t.Fatalf("Orig(%d) = %d, want %d", n, m.Orig(n), total)
		}
		prev := 0
		for i := 0; i <= n; i++ {
			o := m.Orig(i)
			if o < prev || o > total {
				t.Fatalf("Orig(%d) = %d after %d (input length %d)", i, o, prev, total)
			}
			prev = o
			if s, e := m.OrigSpan(i, n); s > e || e > total {
				t.Fatalf("OrigSpan(%d, %d) = %d, %d", i, n, s, e)
			}
		}
	})
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		toks := Tokenize(s)
		spans := make([]isnad.Span, len(toks))
		for k, tok := range toks {
			spans[k] = isnad.Span{tok.Start, tok.End}
			if tok.End <= len(rs) && tok.Start >= 0 && tok.Start <= tok.End &&
				string(rs[tok.Start:tok.End]) != string([]rune(tok.Text)) {
				t.Fatalf("token %+v: text is not the slice %q", tok, string(rs[tok.Start:tok.End]))
			}
		}
		checkPartition(t, rs, spans)
	})
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		spans := Sentences(s)
		checkPartition(t, rs, spans)
		for _, sp := range spans {
			if IsSpace(rs[sp[0]]) || IsSpace(rs[sp[1]-1]) {
				t.Fatalf("span %v not trimmed: %q", sp, string(rs[sp[0]:sp[1]]))
			}
		}
	})
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"والرئيس", "وللصحفيين", "بيلوسوف", "لأنه", "سيدفعون", "وَبِالْأَسْلِحَةِ", "فـقد", "ل\u064E"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		seg := Segment(word)
		if got := strings.Join(seg.Pre, "") + seg.Stem + seg.Suf; got != word {
			t.Fatalf("Segment(%q) = %v: parts join to %q", word, seg, got)
		}
		for _, p := range seg.Pre {
			if p == "" {
				t.Fatalf("Segment(%q) = %#v: empty proclitic", word, seg)
			}
		}
	})
}

// checkPartition fails unless the spans are non-empty, inside rs, in
// order, not overlapping, and together cover every character that is not
// space.
func checkPartition(t *testing.T, rs []rune, spans []isnad.Span) {
	t.Helper()
	covered := make([]bool, len(rs))
	prevEnd := 0
	for _, sp := range spans {
		if sp[0] < prevEnd || sp[1] <= sp[0] || sp[1] > len(rs) {
			t.Fatalf("span %v after offset %d (length %d)", sp, prevEnd, len(rs))
		}
		for k := sp[0]; k < sp[1]; k++ {
			covered[k] = true
		}
		prevEnd = sp[1]
	}
	for k, r := range rs {
		if !covered[k] && !IsSpace(r) {
			t.Fatalf("character %d (%U) of %q is covered by nothing", k, r, string(rs))
		}
	}
}

func FuzzRunes(f *testing.F) {
	addSeeds(f)
	f.Add("\x80\xc2\xe0\xa0ب\xef\xbf\xbd")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Runes(s), []rune(s); !slices.Equal(got, want) {
			t.Fatalf("Runes(%q) = %q, want %q", s, got, want)
		}
		if got, want := countRunes(s), leadBytes(s); got != want {
			t.Fatalf("countRunes(%q) = %d, want %d", s, got, want)
		}
	})
}

// leadBytes counts the bytes of s that are no UTF-8 continuation byte,
// one at a time: what countRunes computes eight at a time.
func leadBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			n++
		}
	}
	return n
}
