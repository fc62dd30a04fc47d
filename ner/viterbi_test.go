package ner

import (
	"math/rand"
	"slices"
	"testing"
)

func TestViterbiHandBuilt(t *testing.T) {
	tags := []string{"O", "B-PERS", "I-PERS"}
	allowed := allowedTransitions(tags)
	// Three tokens. Emissions alone would say O, I-PERS, I-PERS, but I-PERS
	// cannot follow O; the transitions reward B-PERS → I-PERS.
	emit := []float32{
		0, 1, 0,
		0, 0.4, 2,
		1, 0, 1.5,
	}
	trans := make([]float32, 4*3)
	trans[1*3+2] = 0.5 // B-PERS → I-PERS
	trans[2*3+2] = 0.5 // I-PERS → I-PERS
	got := viterbi(emit, trans, allowed, 3, nil)
	want := []int{1, 2, 2} // B-PERS I-PERS I-PERS: 1 + 2.5 + 2 = 5.5
	if !slices.Equal(got, want) {
		t.Errorf("viterbi = %v, want %v", got, want)
	}
}

func TestAllowedTransitions(t *testing.T) {
	tags := []string{"O", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}
	ok := allowedTransitions(tags)
	n := len(tags)
	tests := []struct {
		name      string
		prev, cur int
		want      bool
	}{
		{"O to I", 0, 2, false},
		{"start to I", n, 2, false},
		{"B to its I", 1, 2, true},
		{"I to its I", 2, 2, true},
		{"B to another type's I", 1, 4, false},
		{"anything to B", 4, 1, true},
		{"start to O", n, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ok[tt.prev*n+tt.cur]; got != tt.want {
				t.Errorf("allowed[%d→%d] = %v, want %v", tt.prev, tt.cur, got, tt.want)
			}
		})
	}
}

// TestViterbiMatchesBruteForce checks the decoder against enumerating
// every allowed path on random small problems.
func TestViterbiMatchesBruteForce(t *testing.T) {
	tags := []string{"O", "B-PERS", "I-PERS", "B-LOC"}
	T := len(tags)
	allowed := allowedTransitions(tags)
	rng := rand.New(rand.NewSource(7))
	for trial := range 200 {
		n := 1 + rng.Intn(5)
		emit := randomScores(rng, n*T)
		trans := randomScores(rng, (T+1)*T)
		got := viterbi(emit, trans, allowed, T, nil)
		best, _ := bruteForce(emit, trans, allowed, T, n)
		if s := pathScore(got, emit, trans, T); s < best-1e-4 {
			t.Fatalf("trial %d: viterbi path %v scores %v, brute force %v", trial, got, s, best)
		}
	}
}

func randomScores(rng *rand.Rand, n int) []float32 {
	out := make([]float32, n)
	for i := range out {
		out[i] = float32(rng.NormFloat64())
	}
	return out
}

func pathScore(path []int, emit, trans []float32, T int) float32 {
	var s float32
	prev := T
	for i, c := range path {
		s += trans[prev*T+c] + emit[i*T+c]
		prev = c
	}
	return s
}

func bruteForce(emit, trans []float32, allowed []bool, T, n int) (float32, []int) {
	best, arg := float32(-1e30), []int(nil)
	path := make([]int, n)
	var rec func(i, prev int)
	rec = func(i, prev int) {
		if i == n {
			if s := pathScore(path, emit, trans, T); s > best {
				best, arg = s, slices.Clone(path)
			}
			return
		}
		for c := range T {
			if allowed[prev*T+c] {
				path[i] = c
				rec(i+1, c)
			}
		}
	}
	rec(0, T)
	return best, arg
}

// TestLatticeReuse decodes sentences of varying lengths in one lattice, as
// a document tagger does, and checks each path against a fresh decoding
// and brute force. Scores are small integers, so ties are common.
func TestLatticeReuse(t *testing.T) {
	tags := []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"}
	T := len(tags)
	allowed := allowedTransitions(tags)
	rng := rand.New(rand.NewSource(11))
	ints := func(n int) []float32 {
		out := make([]float32, n)
		for i := range out {
			out[i] = float32(rng.Intn(3))
		}
		return out
	}
	var l lattice
	var path []int
	for trial := range 100 {
		n := []int{6, 1, 3, 0, 5}[trial%5]
		emit, trans := ints(n*T), ints((T+1)*T)
		path = l.decode(emit, trans, allowed, T, path)
		if fresh := viterbi(emit, trans, allowed, T, nil); !slices.Equal(path, fresh) {
			t.Fatalf("trial %d: reused lattice %v, fresh %v", trial, path, fresh)
		}
		if n == 0 {
			continue
		}
		if best, _ := bruteForce(emit, trans, allowed, T, n); pathScore(path, emit, trans, T) != best {
			t.Fatalf("trial %d: path %v is not the best", trial, path)
		}
	}
}
