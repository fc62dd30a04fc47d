// Command kbgen compiles the knowledge base that package kb embeds. Run it
// from the repository root:
//
//	go run ./kb/cmd/kbgen
//
// It writes kb/data/countries.tsv (every ISO 3166 region with its Arabic
// and English name from CLDR, via golang.org/x/text/language/display),
// then kb/data/kb.jsonl from that, the hand-written tables in kb/data/src
// and the agency list of package furniture (furniture/agencies.tsv), and
// kb/data/names.tsv from the Wikidata person-name list at
// ../shared/data/names/wikidata (skipped, keeping the committed file, when
// that folder is absent). The output is deterministic: the same inputs
// give the same bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/isnad/isnad/kb"
)

func main() {
	root := flag.String("root", ".", "repository root")
	names := flag.String("names", filepath.Join("..", "shared", "data", "names", "wikidata"), "folder of the Wikidata name list, relative to -root")
	flag.Parse()
	if err := run(*root, *names); err != nil {
		fmt.Fprintln(os.Stderr, "kbgen:", err)
		os.Exit(1)
	}
}

func run(root, names string) error {
	dataDir := filepath.Join(root, "kb", "data")
	countries := filepath.Join(dataDir, "countries.tsv")
	if err := os.WriteFile(countries, cldrCountries(), 0o644); err != nil {
		return err
	}
	entries, err := compile(dataDir, filepath.Join(root, "furniture", "agencies.tsv"))
	if err != nil {
		return err
	}
	b, err := render(entries)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dataDir, "kb.jsonl"), b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "kbgen: %d entries\n", len(entries))
	return compileNames(filepath.Join(root, names), filepath.Join(dataDir, "names.tsv"))
}

// render validates the entries as package kb will and writes them as
// kb.jsonl holds them.
func render(entries []kb.Entry) ([]byte, error) {
	if _, err := kb.New(entries); err != nil {
		return nil, fmt.Errorf("compiled entries do not validate: %w", err)
	}
	var buf bytes.Buffer
	buf.WriteString("# Compiled by kb/cmd/kbgen from kb/data/src, kb/data/countries.tsv and furniture/agencies.tsv: do not edit.\n")
	if err := kb.WriteJSONL(&buf, entries); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
