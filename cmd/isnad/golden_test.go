package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestExtractGolden pins the whole output of isnad extract over the
// bundled examples (scraped text, HTML, JSON Lines, two encodings): any
// change to any stage shows up here as a diff to review, and -update
// records it once reviewed.
func TestExtractGolden(t *testing.T) {
	var out, errb bytes.Buffer
	if err := Run(context.Background(), []string{"extract", "-j", "1", filepath.Join("..", "..", "examples")}, nil, &out, &errb); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb.String())
	}
	// Source URIs are relative paths; keep them slash-separated so the
	// golden file reads the same on every system.
	got := strings.ReplaceAll(out.String(), `\\`, "/")
	golden := filepath.Join("testdata", "examples.golden.jsonl")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/isnad -run Golden -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("line %d differs from %s:\ngot  %s\nwant %s", i+1, golden, g, w)
			}
		}
	}
}
