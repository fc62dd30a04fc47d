package arabic

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden runs the whole layer over a news-style article written for
// the test and compares a readable dump (sentences; each token with its
// kind, offsets, segmentation and fold) with testdata/article.golden. Run
// with -update after an intended change, and read the diff.
func TestGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(string(in))
	path := filepath.Join("testdata", "article.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s; run go test -update and review the diff\n%s", path, firstDiff(got, string(want)))
	}
}

func dump(text string) string {
	var b strings.Builder
	rs := []rune(text)
	for i, sp := range Sentences(text) {
		fmt.Fprintf(&b, "S%d [%d,%d] %s\n", i, sp[0], sp[1], string(rs[sp[0]:sp[1]]))
		for _, tok := range Tokenize(string(rs[sp[0]:sp[1]])) {
			fmt.Fprintf(&b, "\t%-6s %3d %3d  %-12s", tok.Kind, tok.Start+sp[0], tok.End+sp[0], tok.Text)
			if tok.Kind == Word {
				fmt.Fprintf(&b, "  %s  %s", Segment(tok.Text), Fold(tok.Text))
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %q\nwant %q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}
