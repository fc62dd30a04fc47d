package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/isnad/isnad/ner"
)

// runTag runs "isnad tag --conll": it reads CoNLL on stdin and writes each
// line back with the predicted BIO tag appended (see ner.Model.TagCoNLL).
func runTag(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	conll := fs.Bool("conll", false, "read CoNLL (one token per line, blank line between sentences) on stdin")
	modelFile := fs.String("model", "", "model file to tag with (from isnad train ner) instead of the embedded one")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if !*conll || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: isnad tag --conll [--model FILE] < FILE")
		return errUsage
	}
	m, err := loadTagger(*modelFile)
	if err != nil {
		return err
	}
	if err := m.TagCoNLL(ctx, stdin, stdout); err != nil {
		return fmt.Errorf("tag: stdin: %w", err)
	}
	return nil
}

// loadTagger returns the embedded model, or the one in path when it is
// set: a candidate model is scored without rebuilding the binary.
func loadTagger(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
