package furniture

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// tagLabels open the tag list that WordPress-style sites print under an
// article ("سمات الشرق الأوسط إيران ...", "الوسوم: ..."), folded. Scrapers
// often glue it onto the last paragraph, after its final full stop.
var tagLabels = []string{"سمات", "الوسوم", "وسوم", "كلمات مفتاحيه", "الكلمات المفتاحيه", "الكلمات الدلاليه", "tags"}

// maxTagWords bounds a tag list: longer, it is more likely prose.
const maxTagWords = 25

// trailingTags cuts a tag list from the end of the last paragraph: a run
// that starts with a tag label, either the whole paragraph or right after
// a sentence end, and has no sentence punctuation of its own.
func (c *cutter) trailingTags() {
	n := len(c.kept)
	if n == 0 {
		return
	}
	p := c.kept[n-1]
	// A tag list holds no sentence punctuation, so only the sentence after
	// the last mark (or a paragraph with none) can be one: the scan starts
	// there, instead of testing every sentence's tail to the end.
	last := strings.LastIndexAny(p, sentenceMarks)
	from := max(last, 0)
	for _, at := range sentenceStarts(p[from:]) {
		at += from
		tail := p[at:]
		if at <= last || !isTagList(tail) || (at == 0 && n == 1) {
			continue
		}
		c.cut(trim(tail), isnad.RemovedNav)
		if head := trim(p[:at]); head != "" {
			c.kept[n-1] = head
		} else {
			c.kept = c.kept[:n-1]
		}
		return
	}
}

// sentenceStarts returns 0 and the byte offset of every sentence that
// starts after a full stop, question or exclamation mark in p (and the
// closing quotation marks or brackets that may follow it).
func sentenceStarts(p string) []int {
	out := []int{0}
	for i, r := range p {
		if !strings.ContainsRune(sentenceMarks, r) {
			continue
		}
		j := i + utf8.RuneLen(r)
		j += len(p[j:]) - len(strings.TrimLeft(p[j:], "”»\"')]"))
		k := j + len(p[j:]) - len(strings.TrimLeft(p[j:], " \u00a0\t"))
		if k > j && k < len(p) {
			out = append(out, k)
		}
	}
	return out
}

// sentenceMarks end a sentence.
const sentenceMarks = ".!?؟…"

// isTagList reports whether s is a tag label followed by tags: short, with
// no sentence punctuation. A label alone is not enough ("سمات" is also the
// common noun "traits").
func isTagList(s string) bool {
	if strings.ContainsAny(s, sentenceMarks) || wordCount(s) > maxTagWords {
		return false
	}
	f := fold(s)
	for _, l := range tagLabels {
		if strings.HasPrefix(f, l+" ") {
			return true
		}
	}
	return false
}
