package link

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	ahocorasick "github.com/BobuSumisu/aho-corasick"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// hit is one report of a walk.
type hit struct{ end, n, pat int }

// libraryHits walks code with the library automaton the gazetteer used
// before automaton, built from the same patterns.
func libraryHits(patterns []string, code []byte) []hit {
	b := ahocorasick.NewTrieBuilder()
	for _, p := range patterns {
		b.AddString(p)
	}
	var hits []hit
	b.Build().Walk(code, func(end, n, pat int64) bool {
		hits = append(hits, hit{int(end), int(n), int(pat)})
		return true
	})
	return hits
}

func automatonHits(a *automaton, code []byte) []hit {
	var hits []hit
	a.walk(code, func(end, n, pat int) { hits = append(hits, hit{end, n, pat}) })
	return hits
}

// TestAutomaton checks that the automaton reports what the library's did,
// hit for hit and in the same order, on small pattern sets with shared
// prefixes, suffixes and patterns inside patterns.
func TestAutomaton(t *testing.T) {
	for _, tc := range []struct {
		name     string
		patterns []string
		text     string
	}{
		{"classic", []string{"he", "she", "his", "hers"}, "ushers and his shell, she said"},
		{"inside one another", []string{"a", "ab", "bab", "abab", "b"}, "ababababbba"},
		{"no hit", []string{"xyz"}, "abcabc"},
		{"codes no pattern has", []string{"ab"}, "a\x00b\xffab\x01"},
		{"one pattern, repeated", []string{"aa"}, "aaaaa"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := automatonHits(newAutomaton(tc.patterns), []byte(tc.text))
			if want := libraryHits(tc.patterns, []byte(tc.text)); !slices.Equal(got, want) {
				t.Errorf("hits %v, want %v", got, want)
			}
		})
	}
}

// TestAutomatonKnowledgeBase checks the automaton of the embedded
// knowledge base's names against the library's on articles of the shared
// sample, when it is there.
func TestAutomatonKnowledgeBase(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("sample absent: %v", err)
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, patterns := matcherPatterns(k)
	a := newAutomaton(patterns)
	text := []rune(arabic.Fold(string(data[:min(len(data), 1<<20)])))
	code := m.codes.text(nil, text)
	got := automatonHits(a, code)
	if len(got) == 0 {
		t.Fatal("no names found in a megabyte of news")
	}
	if want := libraryHits(patterns, code); !slices.Equal(got, want) {
		t.Errorf("%d hits, the library's %d, or in another order", len(got), len(want))
	}
}
