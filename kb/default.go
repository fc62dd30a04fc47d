package kb

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// data holds the compiled knowledge base that kb/cmd/kbgen writes.
//
//go:embed data/kb.jsonl data/names.tsv
var data embed.FS

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the built-in knowledge base, loaded on first use. It is
// shared: Merge on it fails with ErrShared; Clone it to add entries.
func Default() (*KB, error) {
	defaultOnce.Do(func() { defaultKB, defaultErr = loadDefault() })
	return defaultKB, defaultErr
}

func loadDefault() (*KB, error) {
	b, err := data.ReadFile("data/kb.jsonl")
	if err != nil {
		return nil, err
	}
	entries, err := ReadJSONL(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("kb: built-in data: %w", err)
	}
	k, err := New(entries)
	if err != nil {
		return nil, fmt.Errorf("kb: built-in data: %w", err)
	}
	k.shared = true
	return k, nil
}

// ReadJSONL reads entries written one JSON object per line, as WriteJSONL
// writes them and as the user KB file holds them. Blank lines and lines
// starting with # are skipped. A bad line does not stop the rest: the
// entries read are returned with every line's error joined, each naming
// its line number.
func ReadJSONL(r io.Reader) ([]Entry, error) {
	var entries []Entry
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var e Entry
		if err := json.Unmarshal(line, &e); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n, err))
			continue
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return entries, errors.Join(errs...)
}

// WriteJSONL writes entries one JSON object per line.
func WriteJSONL(w io.Writer, entries []Entry) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range entries {
		if err := enc.Encode(&entries[i]); err != nil {
			return err
		}
	}
	return nil
}

// UserPath is where the user's own entries live: $ISNAD_KB, else
// $XDG_DATA_HOME/isnad/kb.jsonl, else ~/.local/share/isnad/kb.jsonl.
func UserPath() string {
	if p := os.Getenv("ISNAD_KB"); p != "" {
		return p
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "isnad", "kb.jsonl")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(".isnad", "kb.jsonl")
	}
	return filepath.Join(home, ".local", "share", "isnad", "kb.jsonl")
}

// Load returns the built-in knowledge base with the entries of the JSON
// Lines file at path merged onto it (same ID: the file's entry wins). A
// path of "" or one that does not exist gives the built-in KB alone. Bad
// lines are an error: a KB that silently drops the user's entries would
// link mentions wrongly without saying so.
func Load(ctx context.Context, path string) (*KB, error) {
	base, err := Default()
	if err != nil {
		return nil, err
	}
	if path == "" {
		return base, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return base, nil
	}
	if err != nil {
		return nil, fmt.Errorf("kb: %w", err)
	}
	defer f.Close()
	entries, err := ReadJSONL(f)
	if err != nil {
		return nil, fmt.Errorf("kb: %s: %w", path, err)
	}
	k := base.Clone()
	if err := k.Merge(entries); err != nil {
		return nil, fmt.Errorf("kb: %s: %w", path, err)
	}
	return k, nil
}
