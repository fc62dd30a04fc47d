package dates

import (
	"regexp"
	"testing"
	"unicode/utf8"
)

var contractDate = regexp.MustCompile(`^([0-9]{4}|XXXX)(-([0-9]{2}|XX)(-([0-9]{2}|XX))?)?$`)

// FuzzFind checks the properties every caller relies on: no panic, offsets
// inside the text, Text equal to the slice it names, values in the
// contract's date pattern, spans in order and not overlapping.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"قال الوزير يوم الثلاثاء 5 سبتمبر 2023 إن",
		"الخميس (9 تشرين الثاني/نوفمبر)",
		"في ١٤-٠٩-١٤٣٢ هـ و30/11/2024 و2024-11-30",
		"مطلع العام المقبل وأواخر الشهر الماضي",
		"اليوم الأحد، أمس، غداً، في مارس/آذار 2022",
		"ولد في 1 رمضان 1445 هـ",
		"/2022/09/22/",
		"يوم", "عام 99999999999", "(",
	} {
		f.Add(s, "2023-09-05")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) {
			return
		}
		runes := []rune(text)
		last := 0
		for _, d := range Find(text, published, Options{}) {
			if d.Start < last || d.End <= d.Start || d.End > len(runes) {
				t.Fatalf("span [%d,%d) after %d in %d runes", d.Start, d.End, last, len(runes))
			}
			if string(runes[d.Start:d.End]) != d.Text {
				t.Fatalf("text %q is not the slice [%d,%d)", d.Text, d.Start, d.End)
			}
			if !contractDate.MatchString(d.Value) {
				t.Fatalf("value %q of %q breaks the contract pattern", d.Value, d.Text)
			}
			last = d.End
		}
	})
}
