package link

// automaton is an Aho-Corasick automaton over code points, compiled to a
// full transition table: every step of a match is one table read, with no
// failure links to follow, and the table is indexed by a small alphabet of
// the code points the names use (all others share column 0), so that it
// stays a few megabytes and the states the text visits stay in cache.
// Matching code points rather than bytes also takes half the steps on
// Arabic text and gives code point offsets, which the mentions need.
type automaton struct {
	low   [lowRunes]int32 // column of each code point below lowRunes
	high  map[rune]int32  // column of the others the names use
	width int32           // columns
	next  []int32         // next[state*width+column]
	// term is the pattern a state spells in full, or -1; dict is the
	// nearest state on its failure chain that spells one, or -1, so the
	// shorter names ending at the same place are found too.
	term, dict []int32
	runes      []int32 // length of each pattern in code points
}

// lowRunes covers ASCII and the Arabic block, where nearly every code point
// of a folded news text is.
const lowRunes = 0x0700

// newAutomaton builds the automaton of the patterns; pattern i is reported
// as i.
func newAutomaton(patterns []string) *automaton {
	a := &automaton{high: map[rune]int32{}, width: 1}
	for _, p := range patterns {
		for _, r := range p {
			if a.column(r) == 0 {
				a.setColumn(r, a.width)
				a.width++
			}
		}
	}
	a.addState()
	for i, p := range patterns {
		s, n := int32(0), int32(0)
		for _, r := range p {
			c := a.column(r)
			if a.next[s*a.width+c] < 0 {
				a.next[s*a.width+c] = a.addState()
			}
			s = a.next[s*a.width+c]
			n++
		}
		a.term[s] = int32(i)
		a.runes = append(a.runes, n)
	}
	a.link()
	return a
}

func (a *automaton) column(r rune) int32 {
	if 0 <= r && r < lowRunes {
		return a.low[r]
	}
	return a.high[r]
}

func (a *automaton) setColumn(r rune, c int32) {
	if 0 <= r && r < lowRunes {
		a.low[r] = c
	} else {
		a.high[r] = c
	}
}

func (a *automaton) addState() int32 {
	for range a.width {
		a.next = append(a.next, -1)
	}
	a.term = append(a.term, -1)
	a.dict = append(a.dict, -1)
	return int32(len(a.term) - 1)
}

// link fills the table breadth first: a state's missing transitions are
// those of its failure state, which is shallower and so already complete.
func (a *automaton) link() {
	w := a.width
	fail := make([]int32, len(a.term))
	var queue []int32
	for c := range w {
		if t := a.next[c]; t > 0 {
			queue = append(queue, t) // fail[t] = 0, the root
		} else {
			a.next[c] = 0
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := range w {
			t, f := a.next[s*w+c], a.next[fail[s]*w+c]
			if t < 0 {
				a.next[s*w+c] = f
				continue
			}
			fail[t] = f
			if a.term[f] >= 0 {
				a.dict[t] = f
			} else {
				a.dict[t] = a.dict[f]
			}
			queue = append(queue, t)
		}
	}
}

// walk calls found for every occurrence of every pattern in text, by the
// code point index where it ends, and at one end longest first; it stops
// when found returns false.
func (a *automaton) walk(text []rune, found func(end, pattern int) bool) {
	s := int32(0)
	for i, r := range text {
		s = a.next[s*a.width+a.columnOf(r)]
		for u := s; u >= 0; u = a.dict[u] {
			if a.term[u] >= 0 && !found(i, int(a.term[u])) {
				return
			}
		}
	}
}

// columnOf is column for a rune of the text, which need not be a name's.
func (a *automaton) columnOf(r rune) int32 {
	if 0 <= r && r < lowRunes {
		return a.low[r]
	}
	if len(a.high) == 0 {
		return 0
	}
	return a.high[r]
}
