// Package ner finds the persons, places, organisations and other names in
// Arabic text: it owns the sequence tagger that labels each token with a
// BIO tag (B-PERS, I-ORG, O, ...), its features, its training and its
// embedded model.
//
// The tagger is an averaged structured perceptron over a first-order chain
// of BIO tags, decoded with Viterbi. A linear-chain CRF uses the same
// features and decoder and is usually within a point of it, but needs
// gradient computation over all paths and a regulariser to tune; the
// perceptron trains in seconds, has no hyper-parameter but the number of
// epochs, and its averaged weights generalise about as well. What matters
// for Arabic is in the features (features.go): clitic-stripped forms,
// affixes, spelling-folded forms, neighbouring words, gazetteers, trigger
// words and distributional word clusters.
//
// Tag, TagDocument and Default are pure: no network, no files at run
// time; the model is compiled into the binary. TagDocument (and TagCoNLL,
// which treats every 20 consecutive sentences as a document) also lets a
// name found in one sentence label its repetitions in the others, and
// gives a name the type the document gives it at least twice as often.
//
// The embedded model is rebuilt from the repository root, with ../shared
// present, by
//
//	isnad train lexicon   # ner/model/lexicon.txt.gz from SaudiNewsNet
//	isnad train ner       # ner/model/ner.model.gz from ANERcorp train
//
// with AQMAR (Wikipedia) and the Wojood sample (many domains, some
// dialect) as further training data at a fifth of the weight of an
// ANERcorp sentence: at full weight their guidelines pull the tagger away
// from ANERcorp's (two points lower on its held-out tail); at a fifth they
// cost under half a point there and teach names, organisations above all,
// that ANERcorp lacks. The model is the mean of three trained on three
// seeds (--runs 3): a perceptron keeps a trace of the order it saw the
// sentences in, and the mean is a quarter point better on held-out data.
// Both commands are deterministic (fixed seeds).
//
// The number of epochs was chosen with "isnad train ner --dev 0.1", which
// holds out the last tenth of the training file, and features are kept or
// dropped by cross-validation over held-out tenths ("--dev 0.1 --fold K",
// K from 0 to 9). One seed's six-fold mean moves by half a point when only
// the seed changes, as much as most single features gain, so a change is
// judged on all ten folds with two seeds. The ANERcorp test split is never
// used to choose anything.
package ner

import (
	"strings"
)

// Tags are the labels the tagger predicts, in the order of a model's weight
// rows. Types follow ANERcorp: PERS, LOC, ORG, MISC.
var Tags = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// Sentence is a tokenised sentence with one tag per word (Tags may be nil
// for text to tag).
type Sentence struct {
	Words []string
	Tags  []string
	// Weight scales what training learns from the sentence: below 1 for
	// data annotated by other guidelines, which should widen what the
	// tagger knows without overruling the main corpus. Zero means 1.
	Weight float32
}

// CanonicalTag maps the tag spellings of other corpora (B-PER, I_LOC, MIS,
// AQMAR's MIS0-MIS3, GPE) onto Tags, so training data in those schemes can
// be used as is. It returns "" for a tag outside the PERS/LOC/ORG/MISC
// scheme.
func CanonicalTag(t string) string {
	switch t {
	case "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC":
		return t // the tagger's own tags, without building them again
	}
	t = strings.ReplaceAll(strings.TrimSpace(t), "_", "-")
	if t == "O" {
		return t
	}
	bio, typ, ok := strings.Cut(t, "-")
	if !ok || (bio != "B" && bio != "I") {
		return ""
	}
	switch typ {
	case "PERS", "PER", "PERSON":
		typ = "PERS"
	case "LOC", "LOCATION", "GPE":
		typ = "LOC"
	case "ORG", "ORGANIZATION":
		typ = "ORG"
	case "MISC", "MIS", "MIS0", "MIS1", "MIS2", "MIS3", "MIS-0", "MIS-1", "MIS-2", "MIS-3":
		typ = "MISC"
	default:
		return ""
	}
	return bio + "-" + typ
}

// allowedTransitions returns, for tags, which (previous, current) pairs a
// well-formed BIO sequence may contain: I-X only after B-X or I-X. Row
// len(tags) is the start of the sentence.
func allowedTransitions(tags []string) []bool {
	n := len(tags)
	ok := make([]bool, (n+1)*n)
	for p := 0; p <= n; p++ {
		for c, ct := range tags {
			typ, isI := strings.CutPrefix(ct, "I-")
			if !isI {
				ok[p*n+c] = true
				continue
			}
			ok[p*n+c] = p < n && (tags[p] == "B-"+typ || tags[p] == ct)
		}
	}
	return ok
}
