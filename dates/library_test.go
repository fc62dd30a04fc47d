package dates

import (
	"os"
	"testing"
	"time"

	dp "github.com/markusmobius/go-dateparser"

	"github.com/isnad/isnad/internal/contracttest"
)

func TestLibraryForm(t *testing.T) {
	tests := []struct {
		name, expr, want string
		ok               bool
	}{
		{"paired Levantine month", "9 تشرين الثاني/نوفمبر 2023", "9 نوفمبر 2023", true},
		{"weekday, Arabic-Indic digits", "الخميس ٢٣ مارس ٢٠٢٣", "23 مارس 2023", true},
		{"ordinal day", "الحادي والعشرين من مارس 1990", "21 مارس 1990", true},
		{"bracketed pair", "يونيو (حزيران) 15، 2024", "15 يونيو 2024", true},
		{"no year", "9 تشرين الثاني", "", false},
		{"Hijri month", "15 رمضان 1445", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := LibraryForm(tc.expr)
			if got != tc.want || ok != tc.ok {
				t.Errorf("LibraryForm(%q) = %q, %v; want %q, %v", tc.expr, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestLibraryAgrees runs the pre-normaliser and go-dateparser on every full
// date Find detects in the shared date corpora and 2,000 news articles, and
// checks that the library
// resolves it as Find does.
func TestLibraryAgrees(t *testing.T) {
	if _, err := os.Stat(dataDir); err != nil {
		t.Skip("no ../shared/data/dates")
	}
	cases := recognizersCases(t, "DateExtractor")
	cases = append(cases, recognizersCases(t, "DateParser")...)
	cases = append(cases, ducklingCases(t)...)
	for _, text := range contracttest.NewsContents(t, 2000) {
		cases = append(cases, corpusCase{input: text, published: "2015-07-26"})
	}
	cfg := &dp.Configuration{Languages: []string{"ar"}, DateOrder: dp.DMY, CurrentTime: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	checked := 0
	for _, c := range cases {
		for _, d := range Find(c.input, c.published, Options{}) {
			form, ok := LibraryForm(d.Text)
			if !ok || len(d.Value) != len("2006-01-02") {
				continue
			}
			r, err := dp.Parse(cfg, form)
			if err != nil {
				t.Errorf("go-dateparser cannot read %q (from %q): %v", form, d.Text, err)
				continue
			}
			if got := r.Time.Format("2006-01-02"); got != d.Value {
				t.Errorf("%q → %q: go-dateparser %s, Find %s", d.Text, form, got, d.Value)
			}
			checked++
		}
	}
	if checked < 10 {
		t.Fatalf("only %d full dates checked", checked)
	}
	t.Logf("%d full dates: go-dateparser agrees with Find on all", checked)
}
