package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/isnad/isnad/ner"
)

// runTag runs "isnad tag --conll": it reads CoNLL on stdin and writes each
// line back with the predicted BIO tag appended (see ner.Model.TagCoNLL).
func runTag(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	conll := fs.Bool("conll", false, "read CoNLL (one token per line, blank line between sentences) on stdin")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if !*conll || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: isnad tag --conll < FILE")
		return errUsage
	}
	m, err := ner.Default()
	if err != nil {
		return err
	}
	if err := m.TagCoNLL(ctx, stdin, stdout); err != nil {
		return fmt.Errorf("tag: stdin: %w", err)
	}
	return nil
}
