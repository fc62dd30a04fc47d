package ner

import "math"

// viterbi returns the best tag path for emission scores emit (n×T, row
// per token) and transition scores trans ((T+1)×T, row T is the start),
// considering only allowed transitions. It runs in O(n·T²) time, so a
// sentence of any length is decoded in time linear in its length.
func viterbi(emit, trans []float32, allowed []bool, T int, path []int) []int {
	var l lattice
	return l.decode(emit, trans, allowed, T, path)
}

// lattice is the scratch space of viterbi, which a tagger keeps from one
// sentence to the next rather than allocate it for each.
type lattice struct {
	score []float32
	back  []int32
}

// decode is viterbi in the lattice's space.
func (l *lattice) decode(emit, trans []float32, allowed []bool, T int, path []int) []int {
	n := len(emit) / T
	path = path[:0]
	if n == 0 {
		return path
	}
	// Every cell read is written first: no clearing is needed.
	l.score, l.back = resize(l.score, n*T), resize(l.back, n*T)
	score, back := l.score, l.back
	negInf := float32(math.Inf(-1))
	for c := 0; c < T; c++ {
		score[c] = negInf
		if allowed[T*T+c] {
			score[c] = trans[T*T+c] + emit[c]
		}
	}
	for i := 1; i < n; i++ {
		prev, cur := score[(i-1)*T:i*T], score[i*T:(i+1)*T]
		for c := 0; c < T; c++ {
			best, arg := negInf, int32(0)
			for p := 0; p < T; p++ {
				if !allowed[p*T+c] || prev[p] == negInf {
					continue
				}
				if s := prev[p] + trans[p*T+c]; s > best {
					best, arg = s, int32(p)
				}
			}
			cur[c] = best + emit[i*T+c]
			back[i*T+c] = arg
		}
	}
	last, best := 0, negInf
	for c := 0; c < T; c++ {
		if s := score[(n-1)*T+c]; s > best {
			best, last = s, c
		}
	}
	for range n {
		path = append(path, 0)
	}
	for i := n - 1; i >= 0; i-- {
		path[i] = last
		last = int(back[i*T+last])
	}
	return path
}

// resize returns s with length n, reallocated only when it is too short.
func resize[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	return s[:n]
}
