package furniture

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// FuzzText checks the properties every cut must keep: no panic, no empty
// or untrimmed paragraph, the headline not repeated as the first
// paragraph, and no text silently lost or invented: the non-space runes
// of the input are exactly those of the title, paragraphs and removed
// pieces together.
func FuzzText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("عنوان\n\nكتبه فلان تعليق 3 دقيقة قراءة\n(أ ف ب)\n")
	f.Fuzz(func(t *testing.T, body string) {
		p := Text(body, Options{})
		var out strings.Builder
		out.WriteString(p.Title)
		for _, para := range p.Paragraphs {
			if para == "" || para != trim(para) {
				t.Fatalf("paragraph %q is empty or untrimmed", para)
			}
			out.WriteString("\n" + para)
		}
		if len(p.Paragraphs) > 0 && p.Title != "" && p.Paragraphs[0] == p.Title {
			t.Fatalf("title %q repeated as first paragraph", p.Title)
		}
		for _, r := range p.Removed {
			out.WriteString("\n" + r.Text) // a separator, so no two pieces' bytes fuse into a rune
		}
		if a, b := nonSpace(body), nonSpace(out.String()); a != b {
			t.Fatalf("text lost or invented:\n in: %q\nout: %q", a, b)
		}
		if p.Published == "" && p.PublishedFrom != "none" {
			t.Fatalf("PublishedFrom %q without a date", p.PublishedFrom)
		}
	})
}

// nonSpace returns the runes of s that are not space, sorted, so that
// two texts made of the same pieces in any order compare equal.
func nonSpace(s string) string {
	var rs []rune
	for _, r := range s {
		if !unicode.IsSpace(r) && !isSpace(r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return string(rs)
}
