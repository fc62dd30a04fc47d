package event

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/isnad/isnad/arabic"
)

// formCacheSize bounds the spellings whose forms are kept across
// documents. News repeats its vocabulary from article to article, so most
// tokens find their forms worked out already; a cache that kept every
// spelling would grow without end.
const formCacheSize = 1 << 16

// wordForms is the process's memory of forms, shared by the documents
// Find reads at the same time or one after another.
var wordForms = newFormCache(formCacheSize)

// formCache maps a token's text to its forms. It keeps two generations of
// up to max/2 spellings: those used since the last turnover and those of
// the generation before, each stamped with its generation. When the
// current generation fills, the spellings of the old one that no document
// used again are forgotten, so the words every article has stay.
type formCache struct {
	mu  sync.RWMutex
	m   map[string]*cached
	gen uint32       // the current generation
	n   atomic.Int64 // the spellings of the current generation
	max int          // spellings kept: formCacheSize but in tests
}

// cached is a spelling's forms stamped with the generation that last
// used them.
type cached struct {
	forms
	gen uint32
}

func newFormCache(max int) *formCache { return &formCache{m: map[string]*cached{}, max: max} }

// lookup fills ws with toks and their forms: from the cache, else worked
// out once per spelling of the document and then kept.
func (c *formCache) lookup(toks []arabic.Token, ws []word) {
	var fresh map[string]*cached // the document's spellings the cache lacks
	c.mu.RLock()
	for i, t := range toks {
		e := c.m[t.Text]
		var f *forms
		switch {
		case e != nil && e.kind == t.Kind:
			f = &e.forms
			// A spelling of the old generation becomes current: its
			// stamp changes under the read lock, so it is atomic.
			if old := atomic.LoadUint32(&e.gen); old != c.gen && atomic.CompareAndSwapUint32(&e.gen, old, c.gen) {
				c.n.Add(1)
			}
		case e != nil:
			// The same text as another kind of token: not what the
			// tokenizer does, but then these forms are not cached.
			f = newForms(t.Text, t.Kind)
		default:
			if g := fresh[t.Text]; g != nil && g.kind == t.Kind {
				f = &g.forms
				break
			}
			// The cache outlives the document: its forms must not hold
			// the article's text in memory.
			key := strings.Clone(t.Text)
			g := &cached{forms: *newForms(key, t.Kind)}
			if fresh == nil {
				fresh = map[string]*cached{}
			}
			fresh[key] = g
			f = &g.forms
		}
		ws[i] = word{tok: t, forms: f}
	}
	c.mu.RUnlock()
	c.add(fresh)
}

// add keeps a document's new spellings, taking the lock once.
func (c *formCache) add(fresh map[string]*cached) {
	if len(fresh) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if int(c.n.Load())+len(fresh) > c.max/2 {
		c.turnover()
	}
	for k, e := range fresh {
		if c.m[k] == nil {
			e.gen = c.gen
			c.m[k] = e
			c.n.Add(1)
		}
	}
}

// turnover forgets the old generation and makes the current one old.
func (c *formCache) turnover() {
	for k, e := range c.m {
		if e.gen != c.gen {
			delete(c.m, k)
		}
	}
	c.gen++
	c.n.Store(0)
}
