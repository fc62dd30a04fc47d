package ner

import (
	"math"
	"unicode/utf8"
)

// charLM is a character trigram model of how a kind of word is spelled.
// Comparing a word's likelihood under a model of person names, one of
// place names and one of ordinary news words tells a transliterated
// foreign name (فاليانتسين, شوفكوفسكي) from a common word even when
// neither the training data nor the gazetteer has it. The models are
// rebuilt from the gazetteer and lexicon when a model is loaded, so they
// cost nothing in the model file.
type charLM struct {
	tri map[uint64]float32 // trigram counts, then (after finish) log probabilities
	bi  map[uint64]float32 // context counts, then the log probability of an unseen letter
}

// charVocab is about the number of distinct letters; it sets add-one
// smoothing.
const charVocab = 40

const (
	wordStart = '^'
	wordEnd   = '$'
)

func newCharLM() *charLM {
	return &charLM{tri: map[uint64]float32{}, bi: map[uint64]float32{}}
}

// Runes fit in 21 bits, so a context or a trigram packs into one integer
// key: map lookups on it are several times faster than on arrays.
func pack2(a, b rune) uint64    { return uint64(a)<<21 | uint64(b) }
func pack3(a, b, c rune) uint64 { return pack2(a, b)<<21 | uint64(c) }

func (lm *charLM) add(w string, weight float32) {
	a, b := rune(wordStart), rune(wordStart)
	for _, c := range w {
		lm.tri[pack3(a, b, c)] += weight
		lm.bi[pack2(a, b)] += weight
		a, b = b, c
	}
	lm.tri[pack3(a, b, wordEnd)] += weight
	lm.bi[pack2(a, b)] += weight
}

// charCounts counts what charLM.add counts, into dense arrays indexed by
// small letter codes instead of a map assignment per letter: building
// the spelling models at every Load added some two million letters to
// maps (a third of a Load's instructions). A letter gets a code when
// first seen, while codes last; a trigram or context with a letter
// without one is counted in the model's maps as before. Either way each
// key is summed in the order its words come, so flush leaves the maps
// holding the very sums add would have left.
type charCounts struct {
	lm    *charLM
	code  [denseRunes]uint8 // 0: no code yet
	runes []rune            // runes[code]
	ctx   []*ctxCounts      // by context: first code·denseCodes + second
	keys  []int32           // the contexts counted, as ctx's indexes
}

// ctxCounts are the counts of one context and of the letters after it.
type ctxCounts struct {
	n    float32
	next [denseCodes]float32
	seen [denseCodes]bool
}

const (
	// denseRunes bounds the runes that take a code: the word marks and
	// the Latin and Arabic blocks.
	denseRunes = 0x700
	// denseCodes is the codes there are, code 0 meaning none: the names
	// and words of a model use some 170 letters.
	denseCodes = 256
)

func newCharCounts(lm *charLM) *charCounts {
	return &charCounts{lm: lm, runes: []rune{0}, ctx: make([]*ctxCounts, denseCodes*denseCodes)}
}

// codeOf returns r's code, giving it one if it has none and codes are
// left, or 0.
func (c *charCounts) codeOf(r rune) int {
	if r < 0 || r >= denseRunes {
		return 0
	}
	if k := c.code[r]; k != 0 {
		return int(k)
	}
	if len(c.runes) == denseCodes {
		return 0
	}
	c.code[r] = uint8(len(c.runes))
	c.runes = append(c.runes, r)
	return len(c.runes) - 1
}

// add counts w as charLM.add does: its letters as range decodes them,
// then the word's end.
func (c *charCounts) add(w string, weight float32) {
	a, b := rune(wordStart), rune(wordStart)
	ka, kb := c.codeOf(a), c.codeOf(b)
	for i := 0; i <= len(w); {
		r, n := rune(wordEnd), 1
		if i < len(w) {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		i += n
		kr := c.codeOf(r)
		if ka == 0 || kb == 0 {
			c.lm.tri[pack3(a, b, r)] += weight
			c.lm.bi[pack2(a, b)] += weight
		} else {
			x := c.context(ka*denseCodes + kb)
			if kr == 0 {
				c.lm.tri[pack3(a, b, r)] += weight
			} else {
				x.next[kr] += weight
				x.seen[kr] = true
			}
			x.n += weight
		}
		a, b, ka, kb = b, r, kb, kr
	}
}

// context returns the counts of context i, made when first asked.
func (c *charCounts) context(i int) *ctxCounts {
	x := c.ctx[i]
	if x == nil {
		x = new(ctxCounts)
		c.ctx[i] = x
		c.keys = append(c.keys, int32(i))
	}
	return x
}

// flush puts the dense counts into the model's maps, which then hold
// what charLM.add would have counted.
func (c *charCounts) flush() {
	for _, i := range c.keys {
		x := c.ctx[i]
		a, b := c.runes[int(i)/denseCodes], c.runes[int(i)%denseCodes]
		c.lm.bi[pack2(a, b)] = x.n
		for k, seen := range x.seen {
			if seen {
				c.lm.tri[pack3(a, b, c.runes[k])] = x.next[k]
			}
		}
	}
}

// finish turns counts into add-one smoothed log probabilities, computed
// once here rather than on every lookup.
func (lm *charLM) finish() {
	for k, n := range lm.tri {
		lm.tri[k] = float32(math.Log((float64(n) + 1) / (float64(lm.bi[k>>21]) + charVocab)))
	}
	for k, n := range lm.bi {
		lm.bi[k] = float32(math.Log(1 / (float64(n) + charVocab)))
	}
}

// unseenContext is the log probability of a letter after a context never
// seen.
var unseenContext = float32(math.Log(1.0 / charVocab))

// logProb is the mean log probability per letter of w.
func (lm *charLM) logProb(w string) float64 {
	a, b := rune(wordStart), rune(wordStart)
	var s float32
	n := 0
	step := func(c rune) {
		if p, ok := lm.tri[pack3(a, b, c)]; ok {
			s += p
		} else if p, ok := lm.bi[pack2(a, b)]; ok {
			s += p
		} else {
			s += unseenContext
		}
		n++
		a, b = b, c
	}
	for _, c := range w {
		step(c)
	}
	step(wordEnd)
	return float64(s) / float64(n)
}

// spelling holds the class models and the background model.
type spelling struct {
	pers, loc, general *charLM
	joint              jointLM // the three again, for one lookup per letter
}

// newSpelling builds the models: names from the gazetteer's one-word
// entries, ordinary words from the lexicon weighted by the log of their
// count so the commonest words dominate without drowning the rest.
func newSpelling(g *Gazetteer, lex *Lexicon) *spelling { return newSpellingSorted(g, lex, nil) }

// newSpellingSorted is newSpelling for a caller that may hold the
// lexicon's words in order already, as a model file lists them: sorted
// is used when it is every word once in sorted order (checked in one
// pass), else the words are sorted here.
func newSpellingSorted(g *Gazetteer, lex *Lexicon, sorted []string) *spelling {
	if g == nil || lex == nil || len(g.words) == 0 || len(lex.words) == 0 {
		return nil
	}
	if len(sorted) != len(lex.words) || !strictlySorted(sorted) {
		sorted = sortedKeys(lex.words)
	}
	sp := &spelling{pers: newCharLM(), loc: newCharLM(), general: newCharLM()}
	pers, loc, general := newCharCounts(sp.pers), newCharCounts(sp.loc), newCharCounts(sp.general)
	// Names add whole counts, exact in any order; the lexicon's weights
	// are fractional, so it is added in a fixed order to keep the sums,
	// and so the features, the same from run to run.
	for w, c := range g.words {
		w = stripArticle(w)
		if c&gazPERS != 0 {
			pers.add(w, 1)
		}
		if c&gazLOC != 0 {
			loc.add(w, 1)
		}
	}
	for _, w := range sorted {
		general.add(stripArticle(w), float32(math.Log2(float64(lex.words[w].count)+1)))
	}
	pers.flush()
	loc.flush()
	general.flush()
	sp.pers.finish()
	sp.loc.finish()
	sp.general.finish()
	sp.joint = newJointLM(sp.general, sp.pers, sp.loc)
	return sp
}

// classes returns bucketed log-likelihood ratios of w being spelled like a
// person name and like a place name rather than like an ordinary word;
// 0 means too short to say.
func (sp *spelling) classes(w string) (pers, loc uint8) {
	if sp == nil || utf8.RuneCountInString(w) < 3 {
		return 0, 0
	}
	lp := sp.joint.logProbs(w) // general, pers, loc
	bucket := func(p float64) uint8 {
		d := (p - lp[0]) * 2
		return uint8(max(-8, min(8, int(math.Round(d)))) + 9)
	}
	return bucket(lp[1]), bucket(lp[2])
}

// jointModels is the number of charLMs a jointLM scores with at once.
const jointModels = 3

// jointLM holds the probabilities of several charLMs under one key, so
// that scoring a word with all of them looks each letter's context up
// once rather than once per model. Each model's sum is the one its own
// logProb adds up, term for term and in the same order.
type jointLM struct {
	tri, bi map[uint64]jointProbs
}

type jointProbs struct {
	p  [jointModels]float32
	ok [jointModels]bool // the model has the trigram (or context)
}

func newJointLM(lms ...*charLM) jointLM {
	j := jointLM{tri: map[uint64]jointProbs{}, bi: map[uint64]jointProbs{}}
	for k, lm := range lms[:jointModels] {
		join(j.tri, lm.tri, k)
		join(j.bi, lm.bi, k)
	}
	return j
}

// join records model k's probabilities in joint.
func join(joint map[uint64]jointProbs, probs map[uint64]float32, k int) {
	for key, p := range probs {
		e := joint[key]
		e.p[k], e.ok[k] = p, true
		joint[key] = e
	}
}

// logProbs is the logProb of w under each model.
func (j *jointLM) logProbs(w string) (out [jointModels]float64) {
	a, b := rune(wordStart), rune(wordStart)
	var s [jointModels]float32
	n := 0
	step := func(c rune) {
		tri := j.tri[pack3(a, b, c)]
		var bi jointProbs
		biRead := false
		for k := range jointModels {
			if tri.ok[k] {
				s[k] += tri.p[k]
				continue
			}
			if !biRead {
				bi, biRead = j.bi[pack2(a, b)], true
			}
			if bi.ok[k] {
				s[k] += bi.p[k]
			} else {
				s[k] += unseenContext
			}
		}
		n++
		a, b = b, c
	}
	for _, c := range w {
		step(c)
	}
	step(wordEnd)
	for k := range out {
		out[k] = float64(s[k]) / float64(n)
	}
	return out
}

// strictlySorted reports whether words are in increasing order with no
// word twice: then, as many as a map's keys, they are its keys sorted.
func strictlySorted(words []string) bool {
	for i := 1; i < len(words); i++ {
		if words[i-1] >= words[i] {
			return false
		}
	}
	return true
}
