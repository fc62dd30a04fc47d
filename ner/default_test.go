package ner

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// anercorpFloor is a little below the micro F1 (PERS/LOC/ORG) the
// embedded model scored on the ANERcorp CAMeL test split when it was
// trained: a regression guard, not a target.
const anercorpFloor = 0.74

func sharedData(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

// sharedCoNLL reads a CoNLL file of ../shared/data, or skips.
func sharedCoNLL(t testing.TB, parts ...string) []Sentence {
	t.Helper()
	f, err := os.Open(sharedData(t, parts...))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestDefaultOnANERcorpTest(t *testing.T) {
	sents := sharedCoNLL(t, "ner", "anercorp", "ANERCorp_CamelLab_test.txt")
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(m, sents)
	for _, typ := range []string{"PERS", "LOC", "ORG", "MISC"} {
		s := sc.ByType[typ]
		t.Logf("%-4s P %.3f R %.3f F1 %.3f", typ, s.P, s.R, s.F1)
	}
	t.Logf("micro PERS/LOC/ORG F1 %.3f", sc.Micro.F1)
	if sc.Micro.F1 < anercorpFloor {
		t.Errorf("micro F1 %.3f fell below %.3f", sc.Micro.F1, anercorpFloor)
	}
}

func TestDefaultLoadsFast(t *testing.T) {
	start := time.Now()
	if _, err := Load(bytes.NewReader(defaultModel)); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("loading the embedded model took %v", d)
	}
}

// newsSentence is a short news-style sentence written for these tests.
const newsSentence = "قال وزير الخارجية الفرنسي جان إيف لودريان في باريس يوم الاثنين إن الاتحاد الأوروبي سيرسل وفدا إلى بغداد لبحث الأزمة مع الحكومة العراقية ."

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(newsSentence)
	b.SetBytes(int64(len(newsSentence)))
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(words)
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadGzipped(defaultModel); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTagCoNLL(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var in strings.Builder
	for range 40 {
		for _, w := range strings.Fields(newsSentence) {
			in.WriteString(w + "\n")
		}
		in.WriteString("\n")
	}
	text := in.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := m.TagCoNLL(context.Background(), strings.NewReader(text), io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
