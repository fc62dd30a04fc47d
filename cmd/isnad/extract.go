package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"runtime"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/document"
	"github.com/isnad/isnad/input"
	"github.com/isnad/isnad/kb"
	"github.com/isnad/isnad/ner"
)

type extractConfig struct {
	published string
	jobs      int
	maxBytes  int64
	log       string
	verbose   bool
	stats     bool
	kb        string
	textOnly  bool
}

func extractFlags(stderr io.Writer) (*flag.FlagSet, *extractConfig) {
	cfg := &extractConfig{}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.published, "published", "", "publication date `YYYY-MM-DD` for articles that give none")
	fs.IntVar(&cfg.jobs, "j", runtime.GOMAXPROCS(0), "articles processed in parallel (output order is kept)")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", 0, "largest article accepted, in bytes (0: the default, 8 MiB)")
	fs.StringVar(&cfg.log, "log", "text", "diagnostics format on stderr: text or json")
	fs.BoolVar(&cfg.verbose, "v", false, "log each article processed")
	fs.StringVar(&cfg.kb, "kb", kb.UserPath(), "user knowledge base `file` (JSON Lines, see isnad kb import) merged onto the built-in one")
	fs.BoolVar(&cfg.textOnly, "text-only", false, "run only the page and text layers (main text, metadata, sentences, agencies, dateline): no dates, entities, quotes or events")
	fs.BoolVar(&cfg.stats, "stats", false, "print throughput (articles/s, MB/s) and peak memory to stderr at the end")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: isnad extract [flags] PATH... (files, folders, or - for stdin)")
		fs.PrintDefaults()
	}
	return fs, cfg
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, cfg := extractFlags(stderr)
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if cfg.published != "" && !document.ValidDate(cfg.published) {
		fmt.Fprintf(stderr, "isnad extract: --published %q is not a date of the form YYYY-MM-DD\n", cfg.published)
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	log, err := newLogger(stderr, cfg.log, cfg.verbose)
	if err != nil {
		fmt.Fprintf(stderr, "isnad extract: %v\n", err)
		return errUsage
	}
	log = log.With("component", "extract")

	// The tagger's model takes a few hundred milliseconds to load; start it
	// now so that it loads on the other core while the knowledge base and
	// its gazetteer are built for the first article (whose Build reports a
	// load error, if any).
	if !cfg.textOnly {
		go ner.Default()
	}
	base, err := kb.Load(ctx, cfg.kb)
	if err != nil {
		return fmt.Errorf("knowledge base: %w", err)
	}

	out := bufio.NewWriterSize(stdout, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed, written := 0, 0
	meter := startMeter()
	articles := input.Read(ctx, fs.Args(), stdin, input.Options{MaxBytes: cfg.maxBytes})
	opts := document.Options{Published: cfg.published, KB: base, TextOnly: cfg.textOnly}
	for r := range buildAll(ctx, articles, opts, cfg.jobs) {
		meter.add(r.bytes)
		if r.err != nil {
			// One line per bad input, naming it and the reason; the batch goes on.
			fmt.Fprintf(stderr, "isnad: %v\n", r.err)
			failed++
			continue
		}
		for _, w := range r.doc.Warnings {
			fmt.Fprintf(stderr, "isnad: %s: warning: %s\n", r.doc.Source.URI, w)
		}
		if err := enc.Encode(r.doc); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		written++
		if log.Enabled(ctx, slog.LevelDebug) {
			// Guarded: the arguments would count every text's code points
			// even with -v off.
			log.Debug("extracted", "uri", r.doc.Source.URI, "id", r.doc.ID, "chars", len([]rune(r.doc.Text)))
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	log.Debug("done", "documents", written, "failed", failed)
	if cfg.stats {
		meter.report(stderr, written, failed, cfg.jobs)
	}
	if failed > 0 {
		return errFailedInputs
	}
	return nil
}

// result is one article's document or the reason it has none.
type result struct {
	doc   isnad.Document
	err   error
	bytes int // size of the article's input
}

// buildAll builds documents on jobs goroutines and yields them in input
// order: each article gets a one-slot channel that its worker fills, and
// the channels are queued in order, so a slow article holds back only the
// writer, never the workers beyond the queue's depth.
func buildAll(ctx context.Context, articles iter.Seq2[isnad.Article, error], opts document.Options, jobs int) <-chan result {
	if jobs < 1 {
		jobs = 1
	}
	type job struct {
		a   isnad.Article
		out chan result
	}
	work := make(chan job)
	queue := make(chan chan result, 4*jobs)
	for range jobs {
		go func() {
			for j := range work {
				doc, err := document.Build(j.a, opts)
				if err != nil {
					err = fmt.Errorf("%s: %w", j.a.URI, err)
				}
				j.out <- result{doc, err, len(j.a.Body)}
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(work)
		for a, err := range articles {
			out := make(chan result, 1)
			if err != nil {
				out <- result{err: err}
			} else {
				select {
				case work <- job{a, out}:
				case <-ctx.Done():
					return
				}
			}
			select {
			case queue <- out:
			case <-ctx.Done():
				return
			}
		}
	}()
	results := make(chan result)
	go func() {
		defer close(results)
		for out := range queue {
			results <- <-out
		}
	}()
	return results
}

// newLogger makes the slog logger for diagnostics on stderr.
func newLogger(w io.Writer, format string, verbose bool) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: slog.LevelInfo}
	if verbose {
		opts.Level = slog.LevelDebug
	}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log %q: want text or json", format)
}
