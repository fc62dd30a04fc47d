package event

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/isnad/isnad/arabic"
)

// lookupText runs c over text's tokens.
func lookupText(c *formCache, text string) []word {
	toks := arabic.Tokenize(text)
	ws := make([]word, len(toks))
	c.lookup(toks, ws)
	return ws
}

// TestFormCacheGenerations fills a small cache past two turnovers: a
// spelling every document uses stays, one no later document uses is
// forgotten, and the cache never holds more than its bound.
func TestFormCacheGenerations(t *testing.T) {
	c := newFormCache(8)
	first := lookupText(c, "زار الوزير")
	for i := range 6 {
		lookupText(c, fmt.Sprintf("الوزير كلمة%c كلمة%c", 'ا'+rune(i), 'ب'+rune(i)))
		if len(c.m) > c.max {
			t.Fatalf("document %d: %d spellings cached, bound %d", i, len(c.m), c.max)
		}
	}
	if e := c.m["الوزير"]; e == nil || &e.forms != first[1].forms {
		t.Errorf("a spelling every document used was worked out again")
	}
	if _, ok := c.m["زار"]; ok {
		t.Errorf("a spelling unused for two generations is still cached")
	}
}

// TestFormCacheKeepsNoText checks that the forms the cache keeps do not
// share the bytes of the article they came from: the cache would hold
// whole articles in memory.
func TestFormCacheKeepsNoText(t *testing.T) {
	c := newFormCache(formCacheSize)
	text := "وزيارته للعاصمة، بالأسلحة 2024"
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && lo <= p && p < hi
	}
	for _, w := range lookupText(c, text) {
		for _, s := range append([]string{w.text, w.folded, w.bare, w.stem, w.fullStem}, w.nouns...) {
			if inText(s) {
				t.Errorf("%q: cached form %q points into the article", w.tok.Text, s)
			}
		}
	}
}

// TestFormCacheConcurrent looks documents up from several goroutines at
// once (run it with -race): every word gets the forms it has on its own.
func TestFormCacheConcurrent(t *testing.T) {
	c := newFormCache(16)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				text := strings.Repeat(fmt.Sprintf("وزارة%c دعمها للنظام ", 'ا'+rune((g+i)%20)), 3)
				for _, w := range lookupText(c, text) {
					if want := newForms(w.tok.Text, w.tok.Kind); !reflect.DeepEqual(w.forms, want) {
						t.Errorf("%q: forms %+v, want %+v", w.tok.Text, w.forms, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
