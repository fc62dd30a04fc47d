package ner

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	tags    []string
	allowed []bool
	index   map[uint64]int32 // feature key → row of weights
	weights []float32        // len(index) rows of len(tags)
	trans   []float32        // (len(tags)+1) × len(tags); the last row is the start
	gaz     *Gazetteer
	lex     *Lexicon
	spell   *spelling // derived from gaz and lex when loaded
}

// Tag returns one BIO tag per token (see Tags). Tokens are words and
// punctuation as a tokeniser cut them; they are never split or merged.
func (m *Model) Tag(tokens []string) []string {
	path := m.tagIndexes(tokens, nil)
	out := make([]string, len(path))
	for i, p := range path {
		out[i] = m.tags[p]
	}
	return out
}

// Features reports the number of weighted features of the model.
func (m *Model) Features() int { return len(m.index) }

func (m *Model) tagIndexes(tokens []string, path []int) []int {
	toks := prepare(tokens, m.gaz, m.lex, m.spell, make([]token, 0, len(tokens)))
	emit := m.emissions(toks)
	return viterbi(emit, m.trans, m.allowed, len(m.tags), path)
}

// emissions scores every tag at every token: the sum of the weight rows of
// the token's features.
func (m *Model) emissions(toks []token) []float32 {
	T := len(m.tags)
	emit := make([]float32, len(toks)*T)
	feats := make([]uint64, 0, 96)
	for i := range toks {
		feats = features(toks, i, feats[:0])
		row := emit[i*T : (i+1)*T]
		for _, f := range feats {
			r, ok := m.index[f]
			if !ok {
				continue
			}
			w := m.weights[int(r)*T : int(r+1)*T]
			for c := range row {
				row[c] += w[c]
			}
		}
	}
	return emit
}
