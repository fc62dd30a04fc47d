package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

// compileNames turns the Wikidata English→Arabic person-name token list
// (CC0; one token a line: English, Arabic letters spaced, count) into
// kb/data/names.tsv: each folded Arabic spelling with the English
// spellings it transliterates, most frequent first (at most three), and
// how many names used it.
func compileNames(dir, out string) error {
	in := filepath.Join(dir, "data_wd_arabic.normalized.aligned.tokens")
	b, err := os.ReadFile(in)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "kbgen: %s absent: kept %s\n", in, out)
		return nil
	}
	if err != nil {
		return err
	}
	type latin struct {
		en string
		n  int
	}
	byAr := map[string][]latin{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(f[2]))
		ar := arabic.Fold(strings.ReplaceAll(f[1], " ", ""))
		if err != nil || utf8.RuneCountInString(ar) < 2 || len(f[0]) < 2 || !isArabicWord(ar) {
			continue
		}
		byAr[ar] = append(byAr[ar], latin{f[0], n})
	}
	keys := make([]string, 0, len(byAr))
	for k := range byAr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString("# Person-name tokens: folded Arabic spelling, English spellings (| separated, most used first), count.\n# Compiled by kb/cmd/kbgen from Wikidata (CC0) via Merhav & Ash 2018, see NOTICE.\n")
	for _, k := range keys {
		l := byAr[k]
		sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].en < l[j].en })
		total := 0
		var ens []string
		for i, x := range l {
			total += x.n
			if i < 3 {
				ens = append(ens, x.en)
			}
		}
		fmt.Fprintf(&sb, "%s\t%s\t%d\n", k, strings.Join(ens, "|"), total)
	}
	fmt.Fprintf(os.Stderr, "kbgen: %d name spellings\n", len(keys))
	return os.WriteFile(out, []byte(sb.String()), 0o644)
}

func isArabicWord(s string) bool {
	for _, r := range s {
		if r < 0x621 || r > 0x64a {
			return false
		}
	}
	return true
}
