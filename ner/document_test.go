package ner

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestPropagate(t *testing.T) {
	m := &Model{lex: &Lexicon{words: map[string]lexEntry{"كان": {count: 50000}}}}
	tests := []struct {
		name  string
		sents []string
		tags  []string
		want  []string
	}{
		{
			name:  "a person's surname alone is the person",
			sents: []string{"قال المدرب ارسين فينغر", "واضاف فينغر ان"},
			tags:  []string{"O O B-PERS I-PERS", "O O O"},
			want:  []string{"O O B-PERS I-PERS", "O B-PERS O"},
		},
		{
			name:  "the whole name, with a proclitic on its first word",
			sents: []string{"فاز نادي دينامو كييف", "وخسر ودينامو كييف امس"},
			tags:  []string{"O O B-ORG I-ORG", "O O O O"},
			want:  []string{"O O B-ORG I-ORG", "O B-ORG I-ORG O"},
		},
		{
			name:  "tagged words are left alone",
			sents: []string{"زار بغداد", "مطار بغداد الدولي"},
			tags:  []string{"O B-LOC", "B-LOC I-LOC I-LOC"},
			want:  []string{"O B-LOC", "B-LOC I-LOC I-LOC"},
		},
		{
			name:  "a name takes the type the document gives it twice as often",
			sents: []string{"فاز ليون على بنفيكا", "وتعادل ليون", "وصل الى ليون"},
			tags:  []string{"O B-ORG O B-ORG", "O B-ORG", "O O B-LOC"},
			want:  []string{"O B-ORG O B-ORG", "O B-ORG", "O O B-ORG"},
		},
		{
			name:  "no clear majority, no change",
			sents: []string{"فاز ليون", "وصل الى ليون"},
			tags:  []string{"O B-ORG", "O O B-LOC"},
			want:  []string{"O B-ORG", "O O B-LOC"},
		},
		{
			name:  "a tie names an untagged mention with the first type in order",
			sents: []string{"فاز ليون", "وصل الى ليون", "ثم ليون"},
			tags:  []string{"O B-ORG", "O O B-LOC", "O O"},
			want:  []string{"O B-ORG", "O O B-LOC", "O B-LOC"},
		},
		{
			name:  "common words are not propagated",
			sents: []string{"كان", "قال انه كان"},
			tags:  []string{"B-PERS", "O O O"},
			want:  []string{"B-PERS", "O O O"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sents, tags [][]string
			for i := range tt.sents {
				sents = append(sents, strings.Fields(tt.sents[i]))
				tags = append(tags, strings.Fields(tt.tags[i]))
			}
			m.propagate(sents, tags)
			for i, w := range tt.want {
				if got := strings.Join(tags[i], " "); got != w {
					t.Errorf("sentence %d: %q, want %q", i+1, got, w)
				}
			}
		})
	}
}

func TestTagDocumentKeepsShape(t *testing.T) {
	m := toyModel(t)
	sents := [][]string{{"قال", "الرئيس", "سامر"}, {}, {"في", "مدينة", "حلب", "."}}
	got := m.TagDocument(sents)
	for i := range sents {
		if len(got[i]) != len(sents[i]) {
			t.Errorf("sentence %d: %d tags for %d words", i, len(got[i]), len(sents[i]))
		}
	}
}

// BenchmarkTagDocument tags the ANERcorp test split as documents of 20
// sentences each, as the pipeline tags articles: the model's word cache
// is warm after the first pass, as it is a few hundred articles in.
func BenchmarkTagDocument(b *testing.B) {
	sents := sharedCoNLL(b, "ner", "anercorp", "ANERCorp_CamelLab_test.txt")
	var docs [][][]string
	for i := 0; i < len(sents); i += 20 {
		var doc [][]string
		for _, s := range sents[i:min(i+20, len(sents))] {
			doc = append(doc, s.Words)
		}
		docs = append(docs, doc)
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			m.TagDocument(doc)
		}
	}
}

// BenchmarkNewWords works out every distinct word of the ANERcorp test
// split as a word the tagger has not seen: what a document's new words
// cost, lookups in the model's large tables included.
func BenchmarkNewWords(b *testing.B) {
	seen := map[string]bool{}
	var words []string
	for _, s := range sharedCoNLL(b, "ner", "anercorp", "ANERCorp_CamelLab_test.txt") {
		for _, w := range s.Words {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := newDocTagger(m)
	defer d.done()
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			d.newInfo(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

// TestFormOf checks that the form read off a word's token is the one
// wordForm works out from the word itself.
func TestFormOf(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"والرياض", "بالمملكة", "«الشرق", "بغداد،", "2015", "،", "London", "وللأمم", "إلى"} {
		t.Run(w, func(t *testing.T) {
			tok := newToken(w, m.gaz, m.lex, m.spell)
			if got, want := m.formOf(w, trimPunct(w), &tok), m.wordForm(w); got != want {
				t.Errorf("formOf = %+v, wordForm = %+v", got, want)
			}
		})
	}
}

// TestTagDocumentConcurrent tags documents from several goroutines at
// once, sharing the model's word cache and the pool of taggers, and
// checks each gets the tags it gets alone.
func TestTagDocumentConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := [][]string{
		{"التقى وزير الخارجية السعودي في الرياض نظيره الفرنسي", "وقال الوزير إن المحادثات تناولت الوضع في اليمن"},
		{"أعلنت شركة أرامكو عن أرباحها", "وقالت أرامكو في بيان إن الأرباح ارتفعت"},
		{"فاز نادي الهلال على النصر", "وسجل هدف الهلال محمد الشلهوب"},
	}
	split := func(doc []string) [][]string {
		var out [][]string
		for _, s := range doc {
			out = append(out, strings.Fields(s))
		}
		return out
	}
	want := make([][][]string, len(docs))
	for i, doc := range docs {
		want[i] = m.TagDocument(split(doc))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(docs))
	for g := range 8 {
		wg.Go(func() {
			for k := range 20 {
				i := (g + k) % len(docs)
				if got := m.TagDocument(split(docs[i])); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("document %d: %v, alone %v", i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
