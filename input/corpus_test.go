package input

import (
	"context"
	"testing"
	"unicode/utf8"
)

// TestDecodeCorpusSingleByte re-encodes real articles in each Arabic
// single-byte encoding and checks that Decode picks the right one, for the
// whole text and for its first 80 characters (a headline's length, where
// statistics have least to go on). An all-ASCII text is right as UTF-8.
func TestDecodeCorpusSingleByte(t *testing.T) {
	var texts []string
	for a, err := range Read(context.Background(), []string{throughputSample}, nil, Options{}) {
		if err != nil {
			t.Skipf("corpus absent: %v", err)
		}
		texts = append(texts, a.Body)
		if len(texts) == 1000 {
			break
		}
	}
	for _, c := range arabicCharmaps {
		for _, n := range []int{20, 80, 1 << 30} {
			right, total := 0, 0
			for _, s := range texts {
				if r := []rune(s); len(r) > n {
					s = string(r[:n])
				}
				b, err := c.cm.NewEncoder().Bytes([]byte(s))
				if err != nil {
					continue // a character the encoding lacks
				}
				total++
				if got, enc, err := Decode(b, false); err == nil && got == s && (enc == c.name || enc == UTF8 && utf8.Valid(b)) {
					right++
				}
			}
			t.Logf("%s, first %d characters: %d/%d right", c.name, min(n, 1<<20), right, total)
			if right*100 < total*98 {
				t.Errorf("%s, first %d characters: only %d/%d decoded right", c.name, n, right, total)
			}
		}
	}
}
