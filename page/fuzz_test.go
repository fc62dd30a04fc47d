package page

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
)

// FuzzExtract checks properties that hold for any input: no panic, the
// only error is ErrNoText, paragraphs are non-empty, valid UTF-8 and
// already normalised, and Published and PublishedFrom agree.
func FuzzExtract(f *testing.F) {
	for _, p := range ownPages(f) {
		f.Add(string(p.src))
	}
	f.Add("<p>نص قصير<br><br>سطر ثان.</p>")
	f.Add("<html><body><div><p>غير مغلق")
	f.Add("\xff\xfe<\x00p>")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Extract(src, Options{})
		if err != nil {
			if !errors.Is(err, isnad.ErrNoText) {
				t.Fatalf("error %v does not wrap ErrNoText", err)
			}
			return
		}
		if len(p.Paragraphs) == 0 {
			t.Fatal("no error but no paragraphs")
		}
		for _, s := range p.Paragraphs {
			if s == "" || !utf8.ValidString(s) || normalize(s) != s {
				t.Fatalf("bad paragraph %q", s)
			}
		}
		for _, r := range p.Removed {
			if !utf8.ValidString(r.Text) || r.Kind == "" {
				t.Fatalf("bad removed entry %+v", r)
			}
		}
		if (p.Published == "") != (p.PublishedFrom == isnad.FromNone) {
			t.Fatalf("Published %q with PublishedFrom %q", p.Published, p.PublishedFrom)
		}
	})
}
