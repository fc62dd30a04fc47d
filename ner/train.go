package ner

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand"
	"slices"
	"time"
)

// TrainOptions configure Train. The zero value trains for DefaultEpochs
// with seed 0, no gazetteer, no lexicon and no progress log.
type TrainOptions struct {
	Epochs    int
	Seed      int64
	Gazetteer *Gazetteer
	Lexicon   *Lexicon
	// Dev, when set, is scored and logged after every epoch (with Runs
	// above 1, once at the end): it is how the number of epochs is chosen
	// without looking at the test set.
	Dev []Sentence
	// MinFeatureCount drops features seen fewer times in the training
	// data (default 1: keep all).
	MinFeatureCount int
	// Runs, when above 1, trains that many models on seeds Seed, Seed+1,
	// ... and averages their weights: one order of the sentences leaves
	// its mark on a perceptron, several cancel out.
	Runs   int
	Logger *slog.Logger
}

// DefaultEpochs is the number of passes over the training data when
// TrainOptions.Epochs is zero.
const DefaultEpochs = 8

// encoded is a training sentence reduced to feature rows and tag indexes.
type encoded struct {
	feats []int32 // the rows of all tokens, token i's in feats[offs[i]:offs[i+1]]
	offs  []int32
	gold  []int
	// weight scales the sentence's updates (Sentence.Weight).
	weight float32
}

// trainer holds the perceptron's current weights and, for averaging, the
// sum of every update weighted by the step it was made at: the average
// over all steps is then w - u/c, without touching every weight per step.
type trainer struct {
	T       int
	index   map[uint64]int32
	w, u    []float32
	tw, tu  []float32
	step    float32
	allowed []bool
	emitBuf []float32
	pathBuf []int
	counts  []int32 // occurrences of each feature in the training data
	spell   *spelling
}

// Train learns a Model from tagged sentences. Sentences are visited in an
// order shuffled by opts.Seed, so the same data and options give the same
// model.
func Train(ctx context.Context, sents []Sentence, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = DefaultEpochs
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tr := &trainer{T: len(Tags), index: map[uint64]int32{}, allowed: allowedTransitions(Tags), spell: newSpelling(opts.Gazetteer, opts.Lexicon)}
	data, err := tr.encodeAll(sents, opts)
	if err != nil {
		return nil, err
	}
	tr.prune(data, opts.MinFeatureCount)
	log.Info("features", "sentences", len(data), "features", len(tr.index))
	runs := max(1, opts.Runs)
	sum := make([]float32, len(tr.index)*tr.T)
	sumT := make([]float32, (tr.T+1)*tr.T)
	for run := range runs {
		if err := tr.run(ctx, data, opts, opts.Seed+int64(run), log.With("run", run+1)); err != nil {
			return nil, err
		}
		tr.addAverage(sum, tr.w, tr.u)
		tr.addAverage(sumT, tr.tw, tr.tu)
	}
	for i := range sum {
		sum[i] /= float32(runs)
	}
	for i := range sumT {
		sumT[i] /= float32(runs)
	}
	m := tr.model(opts, sum, sumT)
	if len(opts.Dev) > 0 {
		log.Info("dev", scoreAttrs(Evaluate(m, opts.Dev))...)
	}
	return m, nil
}

// run trains the weights from zero for opts.Epochs passes over data, in an
// order shuffled by seed.
func (tr *trainer) run(ctx context.Context, data []encoded, opts TrainOptions, seed int64, log *slog.Logger) error {
	tr.w = make([]float32, len(tr.index)*tr.T)
	tr.u = make([]float32, len(tr.w))
	tr.tw = make([]float32, (tr.T+1)*tr.T)
	tr.tu = make([]float32, len(tr.tw))
	tr.step = 0
	rng := rand.New(rand.NewSource(seed))
	order := rng.Perm(len(data))
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start, mistakes := time.Now(), 0
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			if err := ctx.Err(); err != nil {
				return err
			}
			if tr.learn(&data[k]) {
				mistakes++
			}
		}
		attrs := []any{"epoch", epoch, "mistaken_sentences", mistakes, "took", time.Since(start).Round(time.Millisecond)}
		if len(opts.Dev) > 0 && opts.Runs <= 1 {
			attrs = append(attrs, scoreAttrs(Evaluate(tr.model(opts, tr.averaged(tr.w, tr.u), tr.averaged(tr.tw, tr.tu)), opts.Dev))...)
		}
		log.Info("epoch", attrs...)
	}
	return nil
}

// scoreAttrs are the log attributes of dev scores.
func scoreAttrs(sc Scores) []any {
	return []any{"dev_f1", round3(sc.Micro.F1), "pers", round3(sc.ByType["PERS"].F1),
		"loc", round3(sc.ByType["LOC"].F1), "org", round3(sc.ByType["ORG"].F1)}
}

// averaged returns the weights w averaged over every step so far.
func (tr *trainer) averaged(w, u []float32) []float32 {
	avg := make([]float32, len(w))
	tr.addAverage(avg, w, u)
	return avg
}

// addAverage adds the weights w averaged over every step so far to sum.
func (tr *trainer) addAverage(sum, w, u []float32) {
	for i := range sum {
		sum[i] += w[i] - u[i]/tr.step
	}
}

func (tr *trainer) encodeAll(sents []Sentence, opts TrainOptions) ([]encoded, error) {
	data := make([]encoded, 0, len(sents))
	var toks []token
	var feats []uint64
	for si, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("sentence %d: %d words, %d tags", si+1, len(s.Words), len(s.Tags))
		}
		if len(s.Words) == 0 {
			continue
		}
		e := encoded{offs: []int32{0}, weight: s.Weight}
		if e.weight <= 0 {
			e.weight = 1
		}
		for _, t := range s.Tags {
			k := indexOf(Tags, CanonicalTag(t))
			if k < 0 {
				return nil, fmt.Errorf("sentence %d: unknown tag %q", si+1, t)
			}
			e.gold = append(e.gold, k)
		}
		toks = prepare(s.Words, opts.Gazetteer, opts.Lexicon, tr.spell, toks)
		for i := range toks {
			feats = features(toks, i, feats[:0])
			for _, f := range feats {
				r, ok := tr.index[f]
				if !ok {
					r = int32(len(tr.index))
					tr.index[f] = r
					tr.counts = append(tr.counts, 0)
				}
				tr.counts[r]++
				e.feats = append(e.feats, r)
			}
			e.offs = append(e.offs, int32(len(e.feats)))
		}
		data = append(data, e)
	}
	return data, nil
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// learn decodes one sentence with the current weights and, if the path is
// wrong, moves the weights towards the gold path. It reports whether it
// made a mistake.
func (tr *trainer) learn(e *encoded) bool {
	T, n := tr.T, len(e.gold)
	tr.step++
	if cap(tr.emitBuf) < n*T {
		tr.emitBuf = make([]float32, n*T)
	}
	emit := tr.emitBuf[:n*T]
	clear(emit)
	for i := range n {
		row := emit[i*T : (i+1)*T]
		for _, r := range e.feats[e.offs[i]:e.offs[i+1]] {
			w := tr.w[int(r)*T : int(r+1)*T]
			for c := range row {
				row[c] += w[c]
			}
		}
	}
	tr.pathBuf = viterbi(emit, tr.tw, tr.allowed, T, tr.pathBuf)
	pred, wrong, d := tr.pathBuf, false, e.weight
	prevG, prevP := T, T
	for i := range n {
		g, p := e.gold[i], pred[i]
		if g != p {
			wrong = true
			for _, r := range e.feats[e.offs[i]:e.offs[i+1]] {
				tr.update(tr.w, tr.u, int(r)*T+g, d)
				tr.update(tr.w, tr.u, int(r)*T+p, -d)
			}
		}
		if g != p || prevG != prevP {
			tr.update(tr.tw, tr.tu, prevG*T+g, d)
			tr.update(tr.tw, tr.tu, prevP*T+p, -d)
		}
		prevG, prevP = g, p
	}
	return wrong
}

func (tr *trainer) update(w, u []float32, i int, d float32) {
	w[i] += d
	u[i] += tr.step * d
}

// model returns weights w and transition weights trans as a Model,
// dropping features whose weights are all zero.
func (tr *trainer) model(opts TrainOptions, w, trans []float32) *Model {
	T := tr.T
	m := &Model{tags: Tags, allowed: tr.allowed, gaz: opts.Gazetteer, lex: opts.Lexicon, spell: tr.spell}
	index := map[uint64]int32{}
	for f, r := range tr.index {
		row := w[int(r)*T : int(r+1)*T]
		if slices.ContainsFunc(row, func(x float32) bool { return x != 0 }) {
			index[f] = int32(len(index))
			m.weights = append(m.weights, row...)
		}
	}
	m.trans = trans
	m.table = newFeatureTable(index)
	m.seen = newWordCache()
	return m
}

// prune removes the features seen fewer than min times from the index and
// from every encoded sentence.
func (tr *trainer) prune(data []encoded, min int) {
	if min <= 1 {
		return
	}
	remap := make([]int32, len(tr.counts))
	for k, r := range tr.index {
		if int(tr.counts[r]) < min {
			delete(tr.index, k)
			remap[r] = -1
		}
	}
	next := int32(0)
	for r := range remap {
		if remap[r] == 0 {
			remap[r] = next
			next++
		}
	}
	for k, r := range tr.index {
		tr.index[k] = remap[r]
	}
	for d := range data {
		e := &data[d]
		feats := e.feats[:0]
		start := int32(0)
		for i := 1; i < len(e.offs); i++ {
			end := e.offs[i]
			for _, r := range e.feats[start:end] {
				if remap[r] >= 0 {
					feats = append(feats, remap[r])
				}
			}
			start, e.offs[i] = end, int32(len(feats))
		}
		e.feats = feats
	}
}
