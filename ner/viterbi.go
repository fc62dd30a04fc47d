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
	from  []arc   // the allowed predecessors of every tag, in tag order
	preds [][]arc // from, cut per tag
}

// arc is an allowed transition into a tag: the tag before and its score.
// Decoding reads both together, without indexing trans at every token.
type arc struct {
	from int32
	w    float32
}

// predecessors lists, for each tag, the tags allowed before it, in
// increasing order, so that decoding skips the forbidden pairs (most of
// the I- tags' predecessors) without testing them at every token. The
// order keeps ties broken as before, by the first best predecessor.
func (l *lattice) predecessors(trans []float32, allowed []bool, T int) [][]arc {
	l.from, l.preds = l.from[:0], resize(l.preds, T)
	for c := range T {
		start := len(l.from)
		for p := range T {
			if allowed[p*T+c] {
				l.from = append(l.from, arc{from: int32(p), w: trans[p*T+c]})
			}
		}
		l.preds[c] = l.from[start:len(l.from):len(l.from)]
	}
	return l.preds
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
	preds := l.predecessors(trans, allowed, T)
	for i := 1; i < n; i++ {
		step(score[(i-1)*T:i*T], score[i*T:(i+1)*T], emit[i*T:(i+1)*T], back[i*T:(i+1)*T], preds)
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

// step scores one token's tags, cur, from the previous token's, prev. A
// predecessor that cannot be reached (-Inf) needs no test of its own: its
// sum stays -Inf and never beats the best so far.
func step(prev, cur, emit []float32, back []int32, preds [][]arc) {
	cur, emit, back = cur[:len(preds)], emit[:len(preds)], back[:len(preds)]
	for c, arcs := range preds {
		best, arg := float32(math.Inf(-1)), int32(0)
		for _, a := range arcs {
			if s := prev[a.from] + a.w; s > best {
				best, arg = s, a.from
			}
		}
		cur[c] = best + emit[c]
		back[c] = arg
	}
}

// resize returns s with length n, reallocated only when it is too short.
func resize[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	return s[:n]
}
