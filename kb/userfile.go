package kb

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Import formats (ReadFile's format argument).
const (
	FormatCSV      = "csv"
	FormatWikidata = "wikidata"
	FormatJSONL    = "jsonl"
)

// ReadFile reads entries from the file at path in format: FormatCSV,
// FormatWikidata (the JSON dump, one entity a line) or FormatJSONL (the
// user KB's own format); "" picks by extension (.csv; .jsonl; anything
// else is taken for a Wikidata dump). As with the readers, the entries of
// the good lines come back with the errors of the bad ones.
func ReadFile(path, format string) ([]Entry, error) {
	if format == "" {
		format = formatOf(path)
	}
	read, ok := map[string]func(io.Reader) ([]Entry, error){
		FormatCSV: ReadCSV, FormatWikidata: ReadWikidata, FormatJSONL: ReadJSONL,
	}[format]
	if !ok {
		return nil, fmt.Errorf("kb: unknown format %q (want csv, wikidata or jsonl)", format)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f)
}

func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return FormatCSV
	case ".jsonl":
		return FormatJSONL
	}
	return FormatWikidata
}

// AddToUserFile merges entries into the JSON Lines file at path (created,
// with its folder, when absent): an entry with an ID already there
// replaces it, the others are appended. The result is validated as a
// whole before the file is replaced, atomically, so a failed import leaves
// the file as it was. It returns how many entries were added and replaced.
func AddToUserFile(path string, entries []Entry) (added, replaced int, err error) {
	var old []Entry
	if f, err := os.Open(path); err == nil {
		old, err = ReadJSONL(f)
		f.Close()
		if err != nil {
			return 0, 0, fmt.Errorf("kb: %s: %w", path, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return 0, 0, err
	}
	at := make(map[string]int, len(old))
	for i, e := range old {
		at[e.ID] = i
	}
	for _, e := range entries {
		if i, ok := at[e.ID]; ok {
			old[i] = e
			replaced++
			continue
		}
		at[e.ID] = len(old)
		old = append(old, e)
		added++
	}
	if _, err := New(old); err != nil {
		return 0, 0, err
	}
	return added, replaced, writeAtomic(path, old)
}

func writeAtomic(path string, entries []Entry) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kb-*.jsonl")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if err := WriteJSONL(tmp, entries); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
