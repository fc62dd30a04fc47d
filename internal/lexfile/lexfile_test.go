package lexfile

import (
	"errors"
	"io/fs"
	"slices"
	"strconv"
	"testing"
	"testing/fstest"
)

func TestLines(t *testing.T) {
	stop := errors.New("stop")
	tests := []struct {
		name    string
		file    string
		stopAt  int // line number at which fn fails; 0 never
		want    []string
		wantErr error
	}{
		{"entries with their line numbers", "أمس\tday\n\nاليوم\tday\n", 0, []string{"1:أمس\tday", "3:اليوم\tday"}, nil},
		{"comments and blanks skipped", "# months\n   \n  يناير\t1  \n#\n", 0, []string{"3:يناير\t1"}, nil},
		{"no final newline", "قال", 0, []string{"1:قال"}, nil},
		{"empty file", "", 0, nil, nil},
		{"fn error stops the reading", "أ\nب\nج\n", 2, []string{"1:أ", "2:ب"}, stop},
		{"missing file", "", 0, nil, fs.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"lexicon/words.tsv": {Data: []byte(tt.file)}}
			name := "lexicon/words.tsv"
			if tt.wantErr == fs.ErrNotExist {
				name = "lexicon/absent.tsv"
			}
			var got []string
			err := Lines(fsys, name, func(n int, line string) error {
				got = append(got, strconv.Itoa(n)+":"+line)
				if n == tt.stopAt {
					return stop
				}
				return nil
			})
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
		})
	}
}
