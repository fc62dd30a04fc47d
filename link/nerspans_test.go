package link

import (
	"slices"
	"testing"
)

func TestBioSpans(t *testing.T) {
	for _, tc := range []struct {
		name string
		tags []string
		want []bioSpan
	}{
		{"none", []string{"O", "O"}, nil},
		{"empty", nil, nil},
		{"span to the end", []string{"O", "B-PERS", "I-PERS"}, []bioSpan{{1, 3, "PERS"}}},
		{"two spans side by side", []string{"B-LOC", "B-LOC", "O"}, []bioSpan{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"I of a new type starts a span", []string{"B-ORG", "I-LOC", "O"}, []bioSpan{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"tag spellings made canonical", []string{"B_PER", "I-PERSON", "O"}, []bioSpan{{0, 2, "PERS"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := bioSpans(tc.tags); !slices.Equal(got, tc.want) {
				t.Errorf("bioSpans(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

func TestJoinSplitNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []bioSpan
		want []bioSpan
	}{
		{"one-word name then a name", []bioSpan{{0, 1, "PERS"}, {1, 3, "PERS"}}, []bioSpan{{0, 3, "PERS"}}},
		{"two-word name then a name", []bioSpan{{0, 2, "PERS"}, {2, 3, "PERS"}}, []bioSpan{{0, 2, "PERS"}, {2, 3, "PERS"}}},
		{"a word between", []bioSpan{{0, 1, "PERS"}, {2, 3, "PERS"}}, []bioSpan{{0, 1, "PERS"}, {2, 3, "PERS"}}},
		{"a place then a person", []bioSpan{{0, 1, "LOC"}, {1, 2, "PERS"}}, []bioSpan{{0, 1, "LOC"}, {1, 2, "PERS"}}},
		{"three one-word names", []bioSpan{{0, 1, "PERS"}, {1, 2, "PERS"}, {2, 3, "PERS"}}, []bioSpan{{0, 2, "PERS"}, {2, 3, "PERS"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := joinSplitNames(slices.Clone(tc.in)); !slices.Equal(got, tc.want) {
				t.Errorf("joinSplitNames(%v) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
