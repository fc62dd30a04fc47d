package ner

import (
	"strings"
	"sync"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	tags    []string
	allowed []bool
	table   featureTable // feature key → row of weights
	weights []float32    // table.n rows of len(tags)
	trans   []float32    // (len(tags)+1) × len(tags); the last row is the start
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
func (m *Model) Features() int { return m.table.n }

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
	emit  []float32
	rows  []int32  // the weight rows of the token being scored
	one   [1]token // a new word as a sentence of its own
	lat   lattice
	path  []int
	// forms are the wordForms of a document's tokens, and sentForms the
	// same cut into its sentences, for propagation.
	forms     []wordForm
	sentForms [][]wordForm
	edge      wordInfo // the boundary before the first word and after the last, as a neighbour
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
	word   string    // the word as a document had it
	tok    token     // before the gazetteer's phrases mark it
	scores []float32 // the weights of its wordFeatures, added in order
	// inline holds scores for a model of no more tags than Tags, so a
	// new word is one allocation, not two.
	inline [9]float32
	form   wordForm // what propagation compares
	// near are the weight rows (or -1) of the word as each of the
	// neighbours of another token.
	near [len(neighbours)]int32
	// own are the weight rows of the first nown of the word's context
	// features that are its own (ownTemplate), in contextValues' order:
	// frequency and definiteness always, clitics, spelling and cluster
	// when the word has them.
	own  [maxOwn]int32
	nown uint8
	// as are the rows of the context features that read the word's
	// trigger class, frequency or cluster when it is another token's
	// neighbour (asTrigPrev1 ...).
	as [numAs]int32
}

// maxOwn is the most own context features a word has: frequency,
// definiteness, clitics, three of spelling and two of cluster.
const maxOwn = 8

// The context features of a token that read one neighbour's own values,
// as indexes of wordInfo.as.
const (
	asTrigPrev1 = iota
	asTrigPrev2
	asTrigNext1
	asFreqPrev
	asFreqNext
	asClusterPrev
	asClusterNext
	numAs
)

// asRows returns the rows of wordInfo.as for a neighbour of trigger
// class trig, frequency bucket freq and cluster.
func (t *featureTable) asRows(trig, freq uint8, cluster uint32) [numAs]int32 {
	return [numAs]int32{
		asTrigPrev1:   t.feature(num(fTrigPrev1, uint64(trig))),
		asTrigPrev2:   t.feature(num(fTrigPrev2, uint64(trig))),
		asTrigNext1:   t.feature(num(fTrigNext1, uint64(trig))),
		asFreqPrev:    t.feature(num(fFreqPrev, uint64(freq))),
		asFreqNext:    t.feature(num(fFreqNext, uint64(freq))),
		asClusterPrev: t.feature(num(fClusterPrev, uint64(cluster))),
		asClusterNext: t.feature(num(fClusterNext, uint64(cluster))),
	}
}

// maxPooledWords bounds the words of a document whose map a pooled
// tagger keeps for the next.
const maxPooledWords = 4096

func newDocTagger(m *Model) *docTagger {
	d := docTaggers.Get().(*docTagger)
	d.m = m
	for k, n := range neighbours {
		d.edge.near[k] = m.table.row(n.key(nil, -1))
	}
	// What trigAt, freqAt and clusterAt say beyond the sentence.
	d.edge.as = m.table.asRows(trigAt(nil, -1), freqAt(nil, -1), clusterAt(nil, -1))
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
		// The cache outlives the document: the word and the forms cut
		// from it are copied out of the article's text, which it would
		// otherwise keep from being collected.
		info = d.newInfo(strings.Clone(w))
		d.fresh[info.word] = info
	case old:
		d.fresh[info.word] = info // back into the cache's current generation
	}
	d.words[w] = info
	return info
}

// newInfo works out what the tagger needs of a word it has not seen.
func (d *docTagger) newInfo(w string) *wordInfo {
	m := d.m
	trimmed := trimPunct(w)
	info := &wordInfo{word: w, tok: newTrimmedToken(w, trimmed, m.gaz, m.lex, m.spell)}
	info.form = m.formOf(w, trimmed, &info.tok)
	d.feats = wordFeatures(&info.tok, d.feats[:0])
	// All the rows are found before any is added: the lookups, most of
	// them cache misses in a table of megabytes, then overlap.
	rows := d.rows[:0]
	for _, f := range d.feats {
		rows = append(rows, m.table.row(f))
	}
	d.rows = rows
	if len(m.tags) <= len(info.inline) {
		info.scores = info.inline[:len(m.tags):len(m.tags)]
	} else {
		info.scores = make([]float32, len(m.tags))
	}
	m.addRows(info.scores, rows)
	d.one[0] = info.tok
	one := d.one[:]
	for k, n := range neighbours {
		info.near[k] = m.table.row(n.key(one, 0))
	}
	var buf [32]ctxFeature
	for _, f := range contextValues(one, 0, buf[:0]) {
		if ownTemplate(f.tmpl) {
			info.own[info.nown] = m.table.feature(f)
			info.nown++
		}
	}
	info.as = m.table.asRows(info.tok.trigger, info.tok.freq, info.tok.cluster)
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
			rows = append(rows, d.at(i + n.at).near[k])
		}
		rows = d.contextRows(i, rows)
		d.rows = rows
		row := emit[i*T : (i+1)*T]
		copy(row, d.infos[i].scores)
		d.m.addRows(row, rows)
	}
	return emit
}

// at returns what the tagger knows of the sentence's word j, or of the
// boundary when j is outside the sentence.
func (d *docTagger) at(j int) *wordInfo {
	if j >= 0 && j < len(d.infos) {
		return d.infos[j]
	}
	return &d.edge
}

// contextRows appends the weight rows of the context features of token
// i, those of contextValues in its order. Only the gazetteer's and the
// heads' are worked out here: the rest are the word's own, or read a
// neighbour's own values, and its wordInfo holds their rows.
func (d *docTagger) contextRows(i int, rows []int32) []int32 {
	t := &d.m.table
	info, prev, prev2, next := d.infos[i], d.at(i-1), d.at(i-2), d.at(i+1)
	var buf [8]ctxFeature
	for _, f := range gazValues(d.toks, i, buf[:0]) {
		rows = append(rows, t.feature(f))
	}
	rows = append(rows, prev.as[asTrigPrev1], prev2.as[asTrigPrev2], next.as[asTrigNext1])
	if i == 0 {
		rows = append(rows, t.feature(num(fFirst, 1)))
	}
	rows = append(rows, info.own[0], info.own[1], prev.as[asFreqPrev], next.as[asFreqNext])
	rows = append(rows, info.own[2:info.nown]...)
	rows = append(rows, prev.as[asClusterPrev], next.as[asClusterNext])
	for _, f := range heads(d.toks, i, buf[:0]) {
		rows = append(rows, t.feature(f))
	}
	return rows
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
