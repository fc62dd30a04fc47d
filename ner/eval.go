package ner

import "strings"

// PRF is precision, recall and F1 of one entity type.
type PRF struct {
	P, R, F1   float64
	TP, FP, FN int
}

// Scores are entity-level scores, conlleval style: an entity counts only
// when its type and both its ends are right.
type Scores struct {
	ByType map[string]PRF // PERS, LOC, ORG, MISC
	Micro  PRF            // over PERS, LOC and ORG, as isnad is judged
}

type span struct {
	start, end int
	typ        string
}

// spans reads entities out of BIO tags the way conlleval and score.py do:
// an I- whose type differs from the running entity starts a new one.
func spans(tags []string) []span {
	var out []span
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		bio, ty := "O", ""
		if i < len(tags) && tags[i] != "O" { // most tags are O: no need to read them
			b, t, _ := strings.Cut(CanonicalTag(tags[i]), "-")
			bio, ty = b, t
		}
		if bio == "B" || bio == "O" || bio == "" || ty != typ {
			if typ != "" {
				out = append(out, span{start, i, typ})
			}
			start, typ = -1, ""
			if bio == "B" || bio == "I" {
				start, typ = i, ty
			}
		}
	}
	return out
}

// Score compares predicted tags with gold tags, sentence by sentence.
func Score(gold, pred [][]string) Scores {
	counts := map[string]*PRF{}
	for _, t := range []string{"PERS", "LOC", "ORG", "MISC"} {
		counts[t] = &PRF{}
	}
	for k := range gold {
		g, p := map[span]bool{}, map[span]bool{}
		for _, s := range spans(gold[k]) {
			g[s] = true
		}
		for _, s := range spans(pred[k]) {
			p[s] = true
		}
		for s := range p {
			if c := counts[s.typ]; c != nil && g[s] {
				c.TP++
			} else if c != nil {
				c.FP++
			}
		}
		for s := range g {
			if c := counts[s.typ]; c != nil && !p[s] {
				c.FN++
			}
		}
	}
	sc := Scores{ByType: map[string]PRF{}}
	for t, c := range counts {
		sc.ByType[t] = c.finish()
		if t != "MISC" {
			sc.Micro.TP += c.TP
			sc.Micro.FP += c.FP
			sc.Micro.FN += c.FN
		}
	}
	sc.Micro = sc.Micro.finish()
	return sc
}

func (c PRF) finish() PRF {
	if c.TP+c.FP > 0 {
		c.P = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.R = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.P+c.R > 0 {
		c.F1 = 2 * c.P * c.R / (c.P + c.R)
	}
	return c
}

// Evaluate tags sents with m as TagCoNLL does (docWindow consecutive
// sentences as one document) and scores them against their gold tags.
func Evaluate(m *Model, sents []Sentence) Scores {
	var gold, pred [][]string
	for i := 0; i < len(sents); i += docWindow {
		doc := sents[i:min(i+docWindow, len(sents))]
		words := make([][]string, len(doc))
		for j, s := range doc {
			words[j] = s.Words
			gold = append(gold, s.Tags)
		}
		pred = append(pred, m.TagDocument(words)...)
	}
	return Score(gold, pred)
}
