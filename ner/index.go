package ner

import (
	"math/bits"
	"sync"
)

// featureTable finds a feature key's weight row. It holds the model's
// feature keys and their rows in one open-addressed array (a model file's
// keys go straight into it, with no map of them kept besides): tagging looks up some sixty
// keys per token, most of them absent from the model, and a lookup here is
// a multiply and, usually, one cache line. The keys are hashes already, so
// they need no hashing again, only spreading over the table.
type featureTable struct {
	slots []featureSlot
	shift uint // 64 - log2(len(slots))
	n     int  // the keys held
	// small holds, per template, the rows of keyN(template, n) for every
	// n below smallSizes[template]: most context features are small
	// numbers (gazetteer bits, trigger classes, frequency buckets, word
	// clusters), and an array index costs neither the hash nor the probe.
	small [len(smallSizes)][]int32
}

// smallSizes bounds the numbers of each context template that
// featureTable.small holds; larger numbers, and other templates, are
// hashed as ever. Only the values a template takes are ever read, so a
// generous bound costs memory, not cache.
var smallSizes = [...]int{
	fGazB: 8, fGazI: 8, fGazPrev: 8, fGazNext: 8,
	fGazSource:     1 << 14, // two sets of six gazetteer bits: gazB<<8 | gazI
	fGazWindow:     1 << 12,
	fTrigPrev1:     256,
	fTrigPrev2:     256,
	fTrigNext1:     256,
	fFirst:         2,
	fFreq:          256,
	fDefinite:      256,
	fFreqPrev:      256,
	fFreqNext:      256,
	fCliticProfile: 1 << 12,
	fSpellPERS:     256,
	fSpellLOC:      256,
	fCluster:       clusterSmall << clusterCoarseShift,
	fClusterPrev:   clusterSmall << clusterCoarseShift,
	fClusterNext:   clusterSmall << clusterCoarseShift,
	fClusterPrefix: clusterSmall,
	fHeadORG:       maxHead + 1,
	fHeadPERS:      maxHead + 1,
}

// clusterSmall is the coarse clusters the small tables cover (the
// lexicon's default is 16; a model with more hashes the rest).
const clusterSmall = 32

type featureSlot struct {
	key uint64
	row int32 // -1 marks an empty slot
}

// newFeatureTable returns the table of index.
func newFeatureTable(index map[uint64]int32) featureTable {
	t := emptyFeatureTable(len(index))
	for k, r := range index {
		t.insert(k, r)
	}
	t.fillSmall()
	return t
}

// emptyFeatureTable sizes a table for n keys to under half full, so that a
// missing key is found missing after a probe or two, and no larger: every
// slot more is cache missed. The keys are then inserted, and the small
// tables filled last.
func emptyFeatureTable(n int) featureTable {
	logSize := bits.Len(uint(2 * n)) // 2^logSize > 2·n
	t := featureTable{slots: make([]featureSlot, 1<<logSize), shift: uint(64 - logSize)}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	return t
}

// insert adds key k, not in the table, with row r.
func (t *featureTable) insert(k uint64, r int32) {
	mask := len(t.slots) - 1
	h := t.home(k)
	for t.slots[h].row >= 0 {
		h = (h + 1) & mask
	}
	t.slots[h] = featureSlot{key: k, row: r}
	t.n++
}

// fillSmall fills the small tables from the keys inserted.
func (t *featureTable) fillSmall() {
	for tmpl, n := range smallSizes {
		if n == 0 {
			continue
		}
		rows := make([]int32, n)
		for v := range rows {
			rows[v] = t.row(keyN(uint8(tmpl), uint64(v)))
		}
		t.small[tmpl] = rows
	}
}

// index returns the table's keys and rows as a map.
func (t *featureTable) index() map[uint64]int32 {
	out := make(map[uint64]int32, t.n)
	for _, s := range t.slots {
		if s.row >= 0 {
			out[s.key] = s.row
		}
	}
	return out
}

// feature returns the weight row of context feature f, or -1.
func (t *featureTable) feature(f ctxFeature) int32 {
	if s := t.small[f.tmpl]; !f.str && f.n < uint64(len(s)) {
		return s[f.n]
	}
	return t.row(f.key())
}

// home is a key's first slot: Fibonacci hashing takes the well-mixed high
// bits of the product.
func (t *featureTable) home(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

// row returns the weight row of key k, or -1.
func (t *featureTable) row(k uint64) int32 {
	mask := len(t.slots) - 1
	for h := t.home(k); ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.row < 0 || s.key == k {
			return s.row
		}
	}
}

// wordCacheSize bounds the words a model remembers across documents: a
// news vocabulary's commonest words cover most tokens, and a cache that
// kept every word would grow without end. (On 4,000 articles 1<<16 words
// left 162,560 to work out, 3<<15 134,500 and 1<<17 121,507, for some
// 17 and 36 MB more at peak: a new word costs some microseconds of cache
// misses in the model's tables, a cached one a few hundred bytes.)
const wordCacheSize = 3 << 15

// wordCache is the model's memory of words already tagged, shared by the
// documents it tags, at the same time or one after another. A nil cache
// remembers nothing.
//
// It keeps two generations of up to wordCacheSize/2 words: those used
// since the last turnover, and those of the generation before. When the
// current generation is full it becomes the old one, and the words of the
// old one that no document used again are forgotten. The words every
// article has thus stay, where a cache that started over when full had to
// work them all out again. Both generations are held in one map, each
// word stamped with its generation, so a word is looked up once, not once
// per generation.
type wordCache struct {
	mu    sync.RWMutex
	words map[string]cachedWord
	gen   uint32 // the current generation
	n     int    // the words of the current generation
}

type cachedWord struct {
	info *wordInfo
	gen  uint32
}

func newWordCache() *wordCache {
	return &wordCache{words: map[string]cachedWord{}}
}

// get returns what the cache knows of w, and whether it is of the old
// generation: the caller hands such words back to add, which makes them
// current again.
func (c *wordCache) get(w string) (info *wordInfo, old bool) {
	if c == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	e := c.words[w]
	return e.info, e.info != nil && e.gen != c.gen
}

// add records a document's new words (and the old ones it used) in one
// go, so that documents tagged in parallel take the lock once each rather
// than once per word.
func (c *wordCache) add(words map[string]*wordInfo) {
	if c == nil || len(words) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n+len(words) > wordCacheSize/2 {
		c.turnover()
	}
	for w, info := range words {
		if e, ok := c.words[w]; !ok || e.gen != c.gen {
			c.n++
		}
		c.words[w] = cachedWord{info: info, gen: c.gen}
	}
}

// turnover forgets the old generation and makes the current one old.
func (c *wordCache) turnover() {
	for w, e := range c.words {
		if e.gen != c.gen {
			delete(c.words, w)
		}
	}
	c.gen++
	c.n = 0
}
