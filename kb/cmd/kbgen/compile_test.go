package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

func TestDemonymForms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"one word", "روسي", []string{"روسي", "روسية", "الروسي", "الروسية"}},
		{"chain of adjectives", "كوري شمالي", []string{"كوري شمالي", "كورية شمالية", "الكوري الشمالي", "الكورية الشمالية"}},
		{"noun then adjective", "جنوب أفريقي", []string{"جنوب أفريقي", "جنوب أفريقية", "الجنوب أفريقي", "الجنوب أفريقية"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := demonymForms([]string{tt.in}); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("demonymForms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSafeVariant(t *testing.T) {
	demonyms[arabic.Fold("الألمانية")] = true
	tests := []struct {
		in   string
		want bool
	}{
		{"وكالة فرانس برس", true},
		{"رويترز", true},
		{"أ ف ب", false}, // initialism
		{"أ.ش.أ", false}, // initialism with dots, folded to one word of four
		{"afp", false},   // Latin
		{"وفا", false},   // also a word
		{"الجزيرة نت", true},
		{"الألمانية", false}, // a demonym
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := safeVariant(tt.in); got != tt.want {
				t.Errorf("safeVariant(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestCompiledUpToDate fails when kb/data was edited without running
// kbgen: the committed files must be what the sources compile to.
func TestCompiledUpToDate(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	data := filepath.Join(root, "kb", "data")
	committed, err := os.ReadFile(filepath.Join(data, "countries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, cldrCountries()) {
		t.Error("kb/data/countries.tsv is not what CLDR gives: run go run ./kb/cmd/kbgen")
	}
	entries, err := compile(data, filepath.Join(root, "furniture", "agencies.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := render(entries)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(data, "kb.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("kb/data/kb.jsonl is out of date: run go run ./kb/cmd/kbgen")
	}
}

func TestNamesUpToDate(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	src := filepath.Join(root, "..", "shared", "data", "names", "wikidata")
	if _, err := os.Stat(src); err != nil {
		t.Skip("shared name list absent")
	}
	out := filepath.Join(t.TempDir(), "names.tsv")
	if err := compileNames(src, out); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile(filepath.Join(root, "kb", "data", "names.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("kb/data/names.tsv is out of date: run go run ./kb/cmd/kbgen")
	}
}
