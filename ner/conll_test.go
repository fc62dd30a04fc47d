package ner

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

func toyModel(t testing.TB) *Model {
	t.Helper()
	train := toyCorpus([]string{"سامر", "خالد", "فريد"}, []string{"حلب", "طنطا"})
	m, err := Train(context.Background(), train, TrainOptions{Epochs: 3})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTagCoNLLKeepsLines(t *testing.T) {
	in := "# doc 1\nقال\tx\tO\nالرئيس\nسامر B-PERS\n\n\nفي\r\n مدينة\nحلب"
	var out bytes.Buffer
	if err := toyModel(t).TagCoNLL(context.Background(), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(strings.ReplaceAll(in, "\r", ""), "\n")
	outLines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out.String())
	}
	for i, l := range inLines {
		o := outLines[i]
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "# ") {
			if o != l {
				t.Errorf("line %d: %q copied as %q", i+1, l, o)
			}
			continue
		}
		rest, ok := strings.CutPrefix(o, l+" ")
		if !ok || strings.ContainsAny(rest, " \t") || indexOf(Tags, rest) < 0 {
			t.Errorf("line %d: %q tagged as %q", i+1, l, o)
		}
	}
}

func TestTagCoNLLBadInput(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		line   string
		target error
	}{
		{"invalid UTF-8", "قال\nفي\n\n\xff\xfe\n", "line 4", isnad.ErrEncoding},
		{"NUL byte", "قال\x00\n", "line 1", isnad.ErrBinary},
		{"line too long", "قال\n" + strings.Repeat("ب", maxLine) + "\n", "line 2", isnad.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := toyModel(t).TagCoNLL(context.Background(), strings.NewReader(tt.in), &out)
			if err == nil || !strings.Contains(err.Error(), tt.line) || !errors.Is(err, tt.target) {
				t.Errorf("err = %v, want %q and %v", err, tt.line, tt.target)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestTagCoNLLLongSentence(t *testing.T) {
	var in strings.Builder
	n := 2*maxChunk + 17
	for i := range n {
		in.WriteString([]string{"قال", "الرئيس", "سامر"}[i%3])
		in.WriteByte('\n')
	}
	var out bytes.Buffer
	if err := toyModel(t).TagCoNLL(context.Background(), strings.NewReader(in.String()), &out); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "\n"); got != n {
		t.Errorf("%d lines out for %d tokens", got, n)
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "\ufeffبغداد B-LOC\n# comment\nقال O\nأمس\textra\tO\n\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[1].Words) != 2 || got[0].Words[0] != "بغداد" || got[1].Tags[1] != "O" {
		t.Errorf("ReadCoNLL = %+v", got)
	}
	if _, err := ReadCoNLL(strings.NewReader("قال O\nبغداد\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("missing tag: err = %v, want line 2", err)
	}
}

func TestReadCoNLLTagColumn(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"one tag column", "بغداد B-LOC", "B-LOC"},
		{"outer entity first", "الأسد I-ORG B-PERS", "I-ORG"},
		{"name inside an untagged type", "اللجنة I-OCC B-ORG", "B-ORG"},
		{"no tag known", "أمس x DATE", "DATE"},
		{"O then a name", "نابلس O B-GPE", "B-GPE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.line + "\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Tags[0] != tt.want {
				t.Errorf("ReadCoNLL(%q) = %+v, want tag %s", tt.line, got, tt.want)
			}
		})
	}
}

// FuzzReadCoNLL checks that whatever ReadCoNLL accepts has one tag per
// word, each word and tag taken from the columns of one line.
func FuzzReadCoNLL(f *testing.F) {
	f.Add("بغداد B-LOC\nقال O\n\nالأسد I-ORG B-PERS\n")
	f.Add("# c\nاللجنة I-OCC B-ORG x\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		var cols [][]string
		for _, l := range strings.Split(in, "\n") {
			if f := strings.Fields(strings.TrimPrefix(strings.TrimRight(l, "\r"), byteOrderMark)); len(f) > 0 && !isComment(l) {
				cols = append(cols, f)
			}
		}
		k := 0
		for _, s := range sents {
			if len(s.Words) == 0 || len(s.Words) != len(s.Tags) {
				t.Fatalf("%d words, %d tags", len(s.Words), len(s.Tags))
			}
			for i := range s.Words {
				if k >= len(cols) || cols[k][0] != s.Words[i] || !slices.Contains(cols[k][1:], s.Tags[i]) {
					t.Fatalf("word %q tag %q is not line %d's", s.Words[i], s.Tags[i], k+1)
				}
				k++
			}
		}
	})
}

func FuzzTagCoNLL(f *testing.F) {
	m := toyModel(f)
	f.Add("قال\nالرئيس\n\nفي حلب\n")
	f.Add("# c\n\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		if err := m.TagCoNLL(context.Background(), strings.NewReader(in), &out); err != nil {
			return // bad input is reported, not tagged
		}
		ins := strings.Split(strings.TrimSuffix(strings.ReplaceAll(in, "\r\n", "\n"), "\n"), "\n")
		outs := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if in == "" {
			ins = nil
			if out.Len() == 0 {
				outs = nil
			}
		}
		if len(ins) != len(outs) {
			t.Fatalf("%d lines in, %d out", len(ins), len(outs))
		}
		for i, l := range ins {
			if !strings.HasPrefix(outs[i], strings.TrimSuffix(l, "\r")) {
				t.Fatalf("line %d: %q became %q", i+1, l, outs[i])
			}
		}
	})
}

func TestCanonicalTag(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"own tag kept", "B-PERS", "B-PERS"},
		{"outside", "O", "O"},
		{"other corpus's type", "I-PER", "I-PERS"},
		{"underscore", "B_LOC", "B-LOC"},
		{"AQMAR miscellany", "I-MIS2", "I-MISC"},
		{"padded", " B-ORG ", "B-ORG"},
		{"unknown type", "B-DATE", ""},
		{"no prefix", "PERS", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanonicalTag(tt.in); got != tt.want {
				t.Errorf("CanonicalTag(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
