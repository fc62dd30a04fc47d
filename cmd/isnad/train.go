package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/isnad/isnad/ner"
)

// runTrain runs "isnad train ner", which trains the NER tagger from CoNLL
// data and writes the model file that ner embeds, and "isnad train
// lexicon", which builds the word counts and clusters that model uses.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "lexicon" {
		return runTrainLexicon(ctx, args[1:], stderr)
	}
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprintln(stderr, "usage: isnad train ner [--train FILE] [--also FILE|DIR]... [--also-weight W] [--out FILE] [--epochs N] [--seed N] [--names DIR] [--lexicon FILE] [--dev FRACTION [--fold K]] [--min-count N] [--runs N]")
		fmt.Fprintln(stderr, "       isnad train lexicon [--corpus FILE.jsonl] [--out FILE]")
		return errUsage
	}
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := filepath.Join("..", "shared", "data")
	trainFile := fs.String("train", filepath.Join(shared, "ner", "anercorp", "ANERCorp_CamelLab_train.txt"), "CoNLL training data (token ... tag)")
	out := fs.String("out", filepath.Join("ner", "model", "ner.model.gz"), "model file to write")
	epochs := fs.Int("epochs", ner.DefaultEpochs, "passes over the training data")
	seed := fs.Int64("seed", 1, "seed of the order sentences are visited in")
	names := fs.String("names", filepath.Join(shared, "names"), "folder of name lists to compile the gazetteer from; empty for none")
	lexicon := fs.String("lexicon", filepath.Join("ner", "model", "lexicon.txt.gz"), "word counts and clusters (from isnad train lexicon); empty for none")
	// Other corpora widen what the tagger knows of names (Wikipedia
	// articles, Wojood's many domains and its dialect) at a fraction of
	// the weight of ANERcorp, whose guidelines the tags follow.
	also := []string{filepath.Join(shared, "ner", "aqmar"),
		filepath.Join(shared, "ner", "wojood_sample", "train.txt"),
		filepath.Join(shared, "ner", "wojood_sample", "val.txt"),
		filepath.Join(shared, "ner", "wojood_sample", "test.txt")}
	alsoGiven := false
	fs.Func("also", "more CoNLL training data, a file or a folder of .txt files (repeatable; replaces the default AQMAR and Wojood sample; \"\" for none); tags outside PERS/LOC/ORG/MISC become O", func(s string) error {
		if !alsoGiven {
			also, alsoGiven = nil, true
		}
		if s != "" {
			also = append(also, s)
		}
		return nil
	})
	alsoWeight := fs.Float64("also-weight", 0.2, "how much an --also sentence counts against one of --train")
	dev := fs.Float64("dev", 0, "hold out this last fraction of the training sentences, train on the rest and report F1 on it per epoch")
	fold := fs.Int("fold", 0, "with --dev: hold out the fold-th slice of that size counted back from the end (0: the last), for cross-validation")
	minCount := fs.Int("min-count", 1, "drop features seen fewer times in the training data")
	runs := fs.Int("runs", 3, "train this many models on consecutive seeds and average their weights")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	if *dev < 0 || *dev >= 1 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "isnad train ner: --dev must be in [0, 1); no positional arguments")
		return errUsage
	}
	log := slog.New(slog.NewTextHandler(stderr, nil)).With("component", "ner-train")
	sents, err := readCoNLLFile(*trainFile)
	if err != nil {
		return err
	}
	opts := ner.TrainOptions{Epochs: *epochs, Seed: *seed, Logger: log, MinFeatureCount: *minCount, Runs: *runs}
	if *dev > 0 {
		if sents, opts.Dev, err = holdOut(sents, *dev, *fold); err != nil {
			fmt.Fprintln(stderr, "isnad train ner:", err)
			return errUsage
		}
	}
	for _, path := range also {
		more, err := readCoNLLPath(path)
		if err != nil {
			return err
		}
		for i := range more {
			more[i].Weight = float32(*alsoWeight)
		}
		sents = append(sents, retag(more)...)
	}
	if *names != "" {
		if opts.Gazetteer, err = ner.LoadNames(*names); err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
		log.Info("gazetteer", "entries", opts.Gazetteer.Len())
	}
	if *lexicon != "" {
		if opts.Lexicon, err = readLexicon(*lexicon); err != nil {
			return err
		}
		log.Info("lexicon", "words", opts.Lexicon.Len())
	}
	start := time.Now()
	m, err := ner.Train(ctx, sents, opts)
	if err != nil {
		return err
	}
	log.Info("trained", "sentences", len(sents), "features", m.Features(), "took", time.Since(start).Round(time.Millisecond))
	return writeModel(m, *out)
}

// holdOut splits off the fold-th slice of frac of the sentences, counted
// back from the end, as dev data. The training part is a new slice, so
// appending to it never overwrites the held-out sentences.
func holdOut(sents []ner.Sentence, frac float64, fold int) (train, dev []ner.Sentence, err error) {
	size := int(float64(len(sents)) * frac)
	end := len(sents) - fold*size
	if fold < 0 || size == 0 || end-size < 0 {
		return nil, nil, fmt.Errorf("--fold %d of --dev %g is outside the %d sentences", fold, frac, len(sents))
	}
	train = append(slices.Clip(sents[:end-size]), sents[end:]...)
	return train, sents[end-size : end], nil
}

// readCoNLLPath reads a CoNLL file, or every .txt file of a folder in
// name order.
func readCoNLLPath(path string) ([]ner.Sentence, error) {
	fi, err := os.Stat(path)
	if err != nil || !fi.IsDir() {
		return readCoNLLFile(path)
	}
	files, err := filepath.Glob(filepath.Join(path, "*.txt"))
	if err != nil {
		return nil, err
	}
	var sents []ner.Sentence
	for _, f := range files {
		more, err := readCoNLLFile(f)
		if err != nil {
			return nil, err
		}
		sents = append(sents, more...)
	}
	return sents, nil
}

func readCoNLLFile(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

func readLexicon(path string) (*ner.Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := ner.ReadLexicon(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// writeModel writes through a temporary file so a failed run never leaves
// a truncated model where the build embeds it.
func writeModel(m *ner.Model, path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// retag maps the tags of another corpus onto ner.Tags; the types ner does
// not tag (dates, occupations, ...) become O.
func retag(sents []ner.Sentence) []ner.Sentence {
	for _, s := range sents {
		for i, t := range s.Tags {
			if s.Tags[i] = ner.CanonicalTag(t); s.Tags[i] == "" {
				s.Tags[i] = "O"
			}
		}
		for i, t := range s.Tags {
			// An I- left without its B- by the mapping starts the entity.
			if typ, ok := strings.CutPrefix(t, "I-"); ok && (i == 0 || !strings.HasSuffix(s.Tags[i-1], "-"+typ)) {
				s.Tags[i] = "B-" + typ
			}
		}
	}
	return sents
}

// runTrainLexicon runs "isnad train lexicon": it counts and clusters the
// words of an unlabelled news corpus (JSON Lines with "title" and
// "content") into the lexicon "isnad train ner" builds its model with.
func runTrainLexicon(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("train lexicon", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", filepath.Join("..", "shared", "data", "news", "saudinewsnet", "throughput_sample_5000.jsonl"), "JSON Lines news corpus")
	out := fs.String("out", filepath.Join("ner", "model", "lexicon.txt.gz"), "lexicon file to write")
	seed := fs.Int64("seed", 1, "seed of the initial cluster centroids")
	var lo ner.LexiconOptions
	fs.IntVar(&lo.Clusters, "clusters", 0, "fine clusters (0: default)")
	fs.IntVar(&lo.Clustered, "clustered", 0, "how many frequent words get a cluster (0: default)")
	fs.IntVar(&lo.Contexts, "contexts", 0, "how many frequent words serve as contexts (0: default)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return errUsage
	}
	log := slog.New(slog.NewTextHandler(stderr, nil)).With("component", "ner-lexicon")
	texts, err := readCorpus(ctx, *corpus)
	if err != nil {
		return err
	}
	start := time.Now()
	lo.Seed = *seed
	lex := ner.BuildLexicon(texts, lo)
	log.Info("lexicon", "texts", len(texts), "words", lex.Len(), "took", time.Since(start).Round(time.Millisecond))
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := ner.WriteLexicon(f, lex); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readCorpus reads the title and content of each record, one text per
// paragraph so that no context crosses a paragraph break.
func readCorpus(ctx context.Context, path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var rec struct{ Title, Content string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		texts = append(texts, ner.Words(rec.Title))
		for _, p := range strings.Split(rec.Content, "\n") {
			texts = append(texts, ner.Words(p))
		}
	}
	return texts, sc.Err()
}
