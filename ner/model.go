package ner

import "sync"

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	tags    []string
	allowed []bool
	index   map[uint64]int32 // feature key → row of weights
	table   featureTable     // index again, for fast lookup when tagging
	weights []float32        // len(index) rows of len(tags)
	trans   []float32        // (len(tags)+1) × len(tags); the last row is the start
	gaz     *Gazetteer
	lex     *Lexicon
	spell   *spelling  // derived from gaz and lex when loaded
	seen    *wordCache // what documents tagged so far found of their words
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
	d := newDocTagger(m)
	defer d.done()
	return d.tagIndexes(tokens, path)
}

// docTagger tags the sentences of one document. News repeats its words,
// so it works out each distinct word's own forms and the summed weights of
// its word features once, and reuses them wherever the word comes back,
// in this document or, through the model's cache, in later ones.
type docTagger struct {
	m     *Model
	words map[string]*wordInfo // this document's words
	fresh map[string]*wordInfo // those not yet in the model's cache
	infos []*wordInfo          // per token of the sentence being tagged
	toks  []token
	feats []uint64
	ctx   []ctxFeature
	emit  []float32
	rows  []int32 // the weight rows of the token being scored
	lat   lattice
	path  []int
	// forms are the wordForms of a document's tokens, and sentForms the
	// same cut into its sentences, for propagation.
	forms     []wordForm
	sentForms [][]wordForm
	edge      [len(neighbours)]int32 // the rows of the boundary as each neighbour
}

// docTaggers keeps the taggers of finished documents, maps and buffers
// grown, for the next: a document's garbage otherwise costs as much
// collecting as its tagging.
var docTaggers = sync.Pool{New: func() any {
	return &docTagger{words: map[string]*wordInfo{}, fresh: map[string]*wordInfo{}, feats: make([]uint64, 0, 96)}
}}

// wordInfo is what a docTagger remembers of one word. It is never changed
// once made, so documents tagged at the same time can share it.
type wordInfo struct {
	tok    token     // before the gazetteer's phrases mark it
	scores []float32 // the weights of its wordFeatures, added in order
	form   wordForm  // what propagation compares
	// near are the weight rows (or -1) of the word as each of the
	// neighbours of another token.
	near [len(neighbours)]int32
}

// maxPooledWords bounds the words of a document whose map a pooled
// tagger keeps for the next.
const maxPooledWords = 4096

func newDocTagger(m *Model) *docTagger {
	d := docTaggers.Get().(*docTagger)
	d.m = m
	for k, n := range neighbours {
		d.edge[k] = m.table.row(n.key(nil, -1))
	}
	return d
}

// info returns what the tagger knows of w, working it out if need be.
func (d *docTagger) info(w string) *wordInfo {
	if info := d.words[w]; info != nil {
		return info
	}
	info, old := d.m.seen.get(w)
	switch {
	case info == nil:
		info = d.newInfo(w)
		d.fresh[w] = info
	case old:
		d.fresh[w] = info // back into the cache's current generation
	}
	d.words[w] = info
	return info
}

// newInfo works out what the tagger needs of a word it has not seen.
func (d *docTagger) newInfo(w string) *wordInfo {
	m := d.m
	trimmed := trimPunct(w)
	info := &wordInfo{tok: newTrimmedToken(w, trimmed, m.gaz, m.lex, m.spell)}
	info.form = m.formOf(w, trimmed, &info.tok)
	d.feats = wordFeatures(&info.tok, d.feats[:0])
	info.scores = make([]float32, len(m.tags))
	m.addWeights(info.scores, d.feats)
	one := []token{info.tok}
	for k, n := range neighbours {
		info.near[k] = m.table.row(n.key(one, 0))
	}
	return info
}

// done hands the document's new words to the model's cache and the
// tagger back to the pool; d is not to be used after.
func (d *docTagger) done() {
	d.m.seen.add(d.fresh)
	clear(d.fresh)
	if len(d.words) > maxPooledWords {
		d.words = map[string]*wordInfo{} // clearing a map costs its size
	} else {
		clear(d.words)
	}
	clear(d.infos[:cap(d.infos)]) // let the cache forget words
	d.m = nil
	docTaggers.Put(d)
}

func (d *docTagger) tagIndexes(tokens []string, path []int) []int {
	m := d.m
	d.toks, d.infos = d.toks[:0], d.infos[:0]
	for _, w := range tokens {
		info := d.info(w)
		d.toks = append(d.toks, info.tok)
		d.infos = append(d.infos, info)
	}
	if m.gaz != nil {
		m.gaz.mark(d.toks)
	}
	return d.lat.decode(d.emissions(), m.trans, m.allowed, len(m.tags), path)
}

// emissions scores every tag at every token: the sum of the weight rows of
// the token's features.
func (d *docTagger) emissions() []float32 {
	T := len(d.m.tags)
	// Each row starts as a copy of the word's scores: no clearing needed.
	d.emit = resize(d.emit, len(d.toks)*T)
	emit := d.emit
	for i := range d.toks {
		rows := d.rows[:0]
		for k, n := range neighbours {
			r := d.edge[k]
			if j := i + n.at; j >= 0 && j < len(d.infos) {
				r = d.infos[j].near[k]
			}
			rows = append(rows, r)
		}
		d.ctx = contextValues(d.toks, i, d.ctx[:0])
		for _, f := range d.ctx {
			rows = append(rows, d.m.table.feature(f))
		}
		d.rows = rows
		row := emit[i*T : (i+1)*T]
		copy(row, d.infos[i].scores)
		d.m.addRows(row, rows)
	}
	return emit
}

// addWeights adds the weight rows of feats to row, in order.
func (m *Model) addWeights(row []float32, feats []uint64) {
	for _, f := range feats {
		m.addRow(row, m.table.row(f))
	}
}

// addRows adds the weight rows rows to row, in order; -1 adds nothing.
// For the nine tags of Tags it keeps the sums in registers rather than
// store and load row once per weight row: the same float32 additions in
// the same order, so the same sums.
func (m *Model) addRows(row []float32, rows []int32) {
	if len(row) != 9 {
		for _, r := range rows {
			m.addRow(row, r)
		}
		return
	}
	a0, a1, a2, a3, a4, a5, a6, a7, a8 := row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]
	for _, r := range rows {
		if r < 0 {
			continue
		}
		w := m.weights[int(r)*9:]
		w = w[:9]
		a0, a1, a2, a3, a4, a5, a6, a7, a8 = a0+w[0], a1+w[1], a2+w[2], a3+w[3], a4+w[4], a5+w[5], a6+w[6], a7+w[7], a8+w[8]
	}
	row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] = a0, a1, a2, a3, a4, a5, a6, a7, a8
}

// addRow adds weight row r to row; -1 adds nothing.
func (m *Model) addRow(row []float32, r int32) {
	if r < 0 {
		return
	}
	T := len(row)
	w := m.weights[int(r)*T : int(r+1)*T]
	for c := range row {
		row[c] += w[c]
	}
}
