package arabic

import (
	"strings"
	"testing"
)

// benchText is a news-style article of about 60 KB, written for the
// benchmark: quotes, numbers, diacritics and clitics in realistic doses.
var benchText = strings.Repeat(`قال وزير الخارجية، يوم الثلاثاء، إن المحادثات مع الوفد الروسي “تتقدم بشكل جيد. لكننا لم نصل إلى اتفاق بعد”.
وأضاف الوزير للصحفيين في العاصمة أن بلاده ستواصل الضغط، وأن نحو 10,000 جندي سيشاركون في التدريبات التي تبدأ في 30.11.2024.
وكان المتحدث باسم الحكومة د. سامي قد صرّح بأنَّ «الأمن القومي خطٌّ أحمر»، وأكد أن الميزانية ارتفعت بنسبة 3.5% هذا العام.

`, 120)

func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(benchText)
	}
}

// BenchmarkFoldWords folds a text word by word, as the stages fold their
// tokens: most words come back as they are.
func BenchmarkFoldWords(b *testing.B) {
	words := strings.Fields(benchText[:len(benchText)/120])
	b.SetBytes(int64(len(benchText) / 120))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}

func BenchmarkFoldMap(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		FoldMap(benchText)
	}
}

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(benchText)
	}
}

func BenchmarkSentences(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(benchText)
	}
}

func BenchmarkSegment(b *testing.B) {
	var words []string
	for _, t := range Tokenize(benchText[:len(benchText)/120]) {
		if t.Kind == Word {
			words = append(words, t.Text)
		}
	}
	size := 0
	for _, w := range words {
		size += len(w)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Segment(w)
		}
	}
}

// BenchmarkRunes compares Runes with the runtime's []rune(s).
func BenchmarkRunes(b *testing.B) {
	for _, bc := range []struct {
		name  string
		runes func(string) []rune
	}{
		{"Runes", Runes},
		{"runtime", func(s string) []rune { return []rune(s) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(benchText)))
			b.ReportAllocs()
			for b.Loop() {
				bc.runes(benchText)
			}
		})
	}
}
