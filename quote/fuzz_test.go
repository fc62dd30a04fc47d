package quote

import (
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// FuzzFind checks the properties every output must have, whatever the
// text: no panic; spans inside the text and equal to Text; Speaker and Via
// pointing at given entities; a known Kind; quotes in text order, never
// overlapping.
func FuzzFind(f *testing.F) {
	f.Add("وقال الوزير سامي ناصر إن المفاوضات متعثرة، بحسب وكالة رويترز.", uint16(12), uint16(9))
	f.Add("“لن نتراجع”، قال رئيس النقابة. “سنواصل الإضراب حتى النهاية”", uint16(20), uint16(5))
	f.Add("ونقلت وكالة الأنباء عن الوزير قوله: «الحدود مغلقة» و\"", uint16(6), uint16(14))
	f.Add("قال إن\n\n”أ“ «» \"\" ووفقا لـ، فإن", uint16(0), uint16(3))
	f.Fuzz(func(t *testing.T, text string, at, n uint16) {
		if !utf8.ValidString(text) {
			return
		}
		size := utf8.RuneCountInString(text)
		ents := fuzzEntities(size, int(at), int(n))
		var dates []isnad.DateRef
		if size > 0 {
			s := int(at) % size
			dates = append(dates, isnad.DateRef{Start: s, End: min(size, s+int(n%6)+1), Value: "2024-01-01"})
		}
		qs := Find(text, arabic.Sentences(text), ents, dates, Options{})
		checkProperties(t, text, ents, qs)
	})
}

// fuzzEntities makes a person and a medium with mentions derived from the
// fuzz input, plus one mention out of range that Find must ignore.
func fuzzEntities(size, at, n int) []isnad.Entity {
	per := isnad.Entity{ID: "E1", Type: "PERS", Roles: []string{"الوزير"}}
	med := isnad.Entity{ID: "E2", Type: "ORG", Mentions: []isnad.Span{{size + 3, size + 9}}}
	if size > 0 {
		s := at % size
		per.Mentions = append(per.Mentions, isnad.Span{s, min(size, s+n%12+1)})
		s = (at * 7) % size
		med.Mentions = append(med.Mentions, isnad.Span{s, min(size, s+n%9+1)})
	}
	return []isnad.Entity{per, med}
}

func checkProperties(t *testing.T, text string, ents []isnad.Entity, qs []isnad.Quote) {
	t.Helper()
	rs := []rune(text)
	ids := map[string]bool{}
	for _, e := range ents {
		ids[e.ID] = true
	}
	for i, q := range qs {
		if q.Start < 0 || q.Start >= q.End || q.End > len(rs) {
			t.Fatalf("quote %d span [%d, %d) outside text of %d", i, q.Start, q.End, len(rs))
		}
		if string(rs[q.Start:q.End]) != q.Text {
			t.Fatalf("quote %d text %q is not text[%d:%d] = %q", i, q.Text, q.Start, q.End, string(rs[q.Start:q.End]))
		}
		if q.Speaker != nil && !ids[*q.Speaker] {
			t.Fatalf("quote %d speaker %q is no entity", i, *q.Speaker)
		}
		if q.Via == nil {
			t.Fatalf("quote %d via is nil: the contract wants an array", i)
		}
		for _, v := range q.Via {
			if !ids[v] {
				t.Fatalf("quote %d via %q is no entity", i, v)
			}
		}
		if q.Kind != Direct && q.Kind != Indirect {
			t.Fatalf("quote %d kind %q", i, q.Kind)
		}
		if i > 0 && qs[i-1].End > q.Start {
			t.Fatalf("quote %d [%d, %d) overlaps or precedes quote %d [%d, %d)", i, q.Start, q.End, i-1, qs[i-1].Start, qs[i-1].End)
		}
	}
}
