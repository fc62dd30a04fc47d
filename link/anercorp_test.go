package link

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/goldtest"
	"github.com/isnad/isnad/ner"
)

// TestANERcorpMentions measures the mentions Entities finds on the
// ANERcorp test split against its gold tags, conlleval style (typed token
// spans), beside the tagger alone: the gazetteer, the merge and the junk
// filters should not lose what the tagger finds. Each document is a window
// of sentences joined by newlines. ANERcorp tags some things the
// guidelines do not count (nationality adjectives are sometimes LOC), so
// the numbers compare the two readings rather than score either.
func TestANERcorpMentions(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "shared", "data", "ner", "anercorp", "ANERCorp_CamelLab_test.txt"))
	if err != nil {
		t.Skip("no shared ANERcorp")
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	const window = 20
	var linkS, tagS spanScore
	for i := 0; i < len(sents); i += window {
		part := sents[i:min(i+window, len(sents))]
		text, starts := joinSentences(part)
		ents, err := Entities(text, sentenceSpans(text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var words [][]string
		for _, s := range part {
			words = append(words, s.Words)
		}
		tags := m.TagDocument(words)
		for j, s := range part {
			gold := tokenSpans(s.Tags)
			end := len([]rune(text))
			if j+1 < len(starts) {
				end = starts[j+1][0] - 1
			}
			got, tg := entitySpans(ents, starts[j], end), tokenSpans(tags[j])
			linkS.add(gold, got)
			tagS.add(gold, tg)
			if os.Getenv("LINK_DUMP") != "" {
				for g := range gold {
					if tg[g] && !got[g] {
						t.Logf("lost %s %q in %q", g.typ, strings.Join(s.Words[g.from:g.to], " "), strings.Join(s.Words[max(0, g.from-4):min(len(s.Words), g.to+3)], " "))
					}
				}
				for g := range got {
					if !gold[g] && !tg[g] {
						t.Logf("added %s %q", g.typ, strings.Join(s.Words[g.from:g.to], " "))
					}
				}
			}
		}
	}
	lp, lr, lf := linkS.prf()
	tp, tr, tf := tagS.prf()
	t.Logf("ANERcorp test mentions: link P %.3f R %.3f F1 %.3f; tagger alone P %.3f R %.3f F1 %.3f", lp, lr, lf, tp, tr, tf)
	if lf < tf-0.10 {
		t.Errorf("link F1 %.3f is far below the tagger's %.3f", lf, tf)
	}
}

type tokSpan struct {
	from, to int
	typ      string
}

type spanScore struct{ tp, fp, fn int }

func (s *spanScore) add(gold, got map[tokSpan]bool) {
	for g := range got {
		if gold[g] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for g := range gold {
		if !got[g] {
			s.fn++
		}
	}
}

func (s spanScore) prf() (float64, float64, float64) { return goldtest.PRF(s.tp, s.fp, s.fn) }

func tokenSpans(tags []string) map[tokSpan]bool {
	out := map[tokSpan]bool{}
	for _, b := range bioSpans(tags) {
		out[tokSpan{b.from, b.to, b.typ}] = true
	}
	return out
}

// joinSentences writes the sentences one per line, tokens separated by a
// space, and returns where each token starts.
func joinSentences(sents []ner.Sentence) (string, [][]int) {
	var b strings.Builder
	var starts [][]int
	n := 0
	for _, s := range sents {
		var st []int
		for k, tok := range s.Words {
			if k > 0 {
				b.WriteByte(' ')
				n++
			}
			st = append(st, n)
			b.WriteString(tok)
			n += len([]rune(tok))
		}
		b.WriteByte('\n')
		n++
		starts = append(starts, st)
	}
	return b.String(), starts
}

// sentenceSpans makes each line a sentence, as the corpus has them.
func sentenceSpans(text string) []isnad.Span {
	var out []isnad.Span
	start := 0
	for i, r := range []rune(text) {
		if r == '\n' {
			out = append(out, isnad.Span{start, i})
			start = i + 1
		}
	}
	return out
}

// entitySpans maps the mentions inside one sentence (its tokens start at
// starts, it ends at end) to token spans.
func entitySpans(ents []isnad.Entity, starts []int, end int) map[tokSpan]bool {
	out := map[tokSpan]bool{}
	tokOf := func(pos int) int {
		k := 0
		for k+1 < len(starts) && starts[k+1] <= pos {
			k++
		}
		return k
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m[0] >= starts[0] && m[1] <= end {
				out[tokSpan{tokOf(m[0]), tokOf(m[1]-1) + 1, e.Type}] = true
			}
		}
	}
	return out
}
