// Package lexfile reads the line-oriented word lists that stages embed
// as data (dates' and quote's lexicon/*.tsv): one entry a line, blank
// lines and lines starting with # left out. What a line holds is the
// caller's: each lexicon has its own columns and its own errors.
package lexfile

import (
	"bufio"
	"io/fs"
	"strings"
)

// Lines calls fn with the 1-based line number and the trimmed text of
// every line of the file name in fsys that is neither blank nor a comment,
// in order, and stops at the first error fn returns. The line number lets
// the caller name the faulty line in its own words.
func Lines(fsys fs.FS, name string, fn func(n int, line string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}
