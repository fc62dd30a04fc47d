package link

// automaton is the gazetteer's Aho-Corasick automaton over the matcher's
// one-byte codes, as a full transition table: a state and a code give the
// next state in one lookup, failure links already followed.
//
// It replaces a library automaton whose table gave every state 256 int64
// transitions (2 KB: 31 MB for the embedded knowledge base, zeroed and
// paged in at every start, and a likely cache miss per step). The names
// use about 50 codes, so a row here is one int32 per code a name has plus
// one for all the others: about 200 bytes. The hits come in the same
// order as the library's Walk gave them: at each position the name ending
// in the state reached, then those its dictionary links reach, longest
// first.
type automaton struct {
	width int32      // columns per row
	col   [256]uint8 // column of each code; 0 for codes no name has
	next  []int32    // next[s*width+col]: the state after s on a code
	// pat is the pattern that ends in each state, or -1; plen its
	// length in codes.
	pat, plen []int32
	// dict is the nearest state on the failure chain (root excluded)
	// where a pattern ends, or -1.
	dict []int32
}

// newAutomaton builds the automaton of patterns, each reported by its
// index. Every pattern is distinct and not empty.
func newAutomaton(patterns []string) *automaton {
	a := &automaton{}
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			if a.col[p[i]] == 0 {
				a.width++
				a.col[p[i]] = uint8(a.width)
			}
		}
	}
	a.width++ // column 0: the codes no pattern has
	a.addState()
	for k, p := range patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			cell := s*a.width + int32(a.col[p[i]])
			if a.next[cell] <= 0 {
				a.next[cell] = a.addState()
			}
			s = a.next[cell]
		}
		a.pat[s], a.plen[s] = int32(k), int32(len(p))
	}
	a.link()
	return a
}

// addState adds a state with no transitions (0 stands for none while the
// trie is built: no transition leads back to the root then) and returns
// it.
func (a *automaton) addState() int32 {
	s := int32(len(a.pat))
	a.next = append(a.next, make([]int32, a.width)...)
	a.pat = append(a.pat, -1)
	a.plen = append(a.plen, 0)
	a.dict = append(a.dict, -1)
	return s
}

// link fills the missing transitions with those of the failure state and
// sets the dictionary links, breadth first from the root, so that a
// state's failure state is complete before the state is.
func (a *automaton) link() {
	fail := make([]int32, len(a.pat))
	queue := make([]int32, 0, len(a.pat))
	for c := int32(0); c < a.width; c++ {
		if t := a.next[c]; t > 0 {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := fail[s]
		if a.pat[f] >= 0 {
			a.dict[s] = f
		} else {
			a.dict[s] = a.dict[f]
		}
		for c := int32(0); c < a.width; c++ {
			cell := s*a.width + c
			if t := a.next[cell]; t > 0 {
				fail[t] = a.next[f*a.width+c]
				queue = append(queue, t)
			} else {
				a.next[cell] = a.next[f*a.width+c]
			}
		}
	}
}

// walk calls hit for every pattern that ends in code, at each position
// end (inclusive) with the pattern's length n and index.
func (a *automaton) walk(code []byte, hit func(end, n, pat int)) {
	s := int32(0)
	for i, c := range code {
		s = a.next[s*a.width+int32(a.col[c])]
		if p := a.pat[s]; p >= 0 {
			hit(i, int(a.plen[s]), int(p))
		}
		for u := a.dict[s]; u >= 0; u = a.dict[u] {
			hit(i, int(a.plen[u]), int(a.pat[u]))
		}
	}
}
