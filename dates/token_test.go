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
