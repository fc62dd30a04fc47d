package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/internal/contracttest"
)

// run runs one isnad command line and returns its documents, stderr and error.
func run(t *testing.T, stdin string, args ...string) ([]isnad.Document, [][]byte, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	var docs []isnad.Document
	var raw [][]byte
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		line := append([]byte(nil), sc.Bytes()...)
		var d isnad.Document
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatalf("output line is not a document: %v\n%s", err, line)
		}
		docs = append(docs, d)
		raw = append(raw, line)
	}
	return docs, raw, errb.String(), err
}

func TestExtractExamples(t *testing.T) {
	docs, raw, stderr, err := run(t, "", "extract", filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatalf("extract examples: %v\nstderr: %s", err, stderr)
	}
	if len(docs) != 6 {
		t.Fatalf("got %d documents, want 6 (txt, html, 2 jsonl records, 2 encodings)", len(docs))
	}
	for _, line := range raw {
		contracttest.Validate(t, line)
	}
	byURI := map[string]isnad.Document{}
	for _, d := range docs {
		byURI[filepath.Base(d.Source.URI)] = d
	}
	// The same text in two encodings decodes to the same main text and id.
	a, b := byURI["rain-windows-1256.txt"], byURI["rain-utf16.txt"]
	if a.ID == "" || a.ID != b.ID || a.Text != b.Text {
		t.Errorf("windows-1256 and UTF-16 copies differ:\n%q\n%q", a.Text, b.Text)
	}
	jsonl := byURI["wire-digest.jsonl:1"]
	if jsonl.Published == nil || *jsonl.Published != "2024-05-12" || jsonl.PublishedFrom != isnad.FromText {
		t.Errorf("JSONL record date: got %v from %q, want 2024-05-12 from text", jsonl.Published, jsonl.PublishedFrom)
	}
	if jsonl.Title != "أوبك+ تبقي على خفض الإنتاج حتى نهاية العام" {
		t.Errorf("JSONL title = %q", jsonl.Title)
	}
}

func TestExtractScrapedText(t *testing.T) {
	docs, raw, stderr, err := run(t, "", "extract", "--published", "2024-03-10", filepath.Join("..", "..", "examples", "ceasefire-talks.txt"))
	if err != nil || len(docs) != 1 {
		t.Fatalf("extract: %v, %d docs\n%s", err, len(docs), stderr)
	}
	contracttest.Validate(t, raw[0])
	d := docs[0]
	if d.Title != "وزير الخارجية المصري يبحث مع نظيره الأردني التهدئة في غزة" {
		t.Errorf("title = %q", d.Title)
	}
	for _, gone := range []string{"مساحة اعلانية", "دقيقة قراءة", "شارك هذه المقالة", "ترك تقييم", "المصدر:", "كتبه", "النهار الرقمي"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("furniture %q left in text", gone)
		}
	}
	for _, kept := range []string{"عمان - بحث وزير الخارجية المصري", "لا بديل عن وقف فوري لإطلاق النار", "موقف عربي موحد", "التي أقرتها الجامعة العربية في مارس/آذار."} {
		if !strings.Contains(d.Text, kept) {
			t.Errorf("text lost %q", kept)
		}
	}
	if d.Published == nil || *d.Published != "2024-03-10" || d.PublishedFrom != isnad.FromFlag {
		t.Errorf("published = %v from %q, want the flag's date", d.Published, d.PublishedFrom)
	}
	if len(d.Agencies) != 1 {
		t.Fatalf("agencies = %v, want Reuters", d.Agencies)
	}
	ag := entity(d, d.Agencies[0])
	if ag.NameEn == nil || *ag.NameEn != "Reuters" {
		t.Errorf("agency entity = %+v", ag)
	}
	if d.Dateline == nil || mentionText(d, entity(d, *d.Dateline)) != "عمان" {
		t.Errorf("dateline = %v", d.Dateline)
	}
}

func entity(d isnad.Document, id string) isnad.Entity {
	for _, e := range d.Entities {
		if e.ID == id {
			return e
		}
	}
	return isnad.Entity{}
}

func mentionText(d isnad.Document, e isnad.Entity) string {
	if len(e.Mentions) == 0 {
		return ""
	}
	r := []rune(d.Text)
	return string(r[e.Mentions[0][0]:e.Mentions[0][1]])
}

// Every bad input gets one line on stderr naming it, the good inputs are
// still written, and the exit status says something failed.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join("..", "..", "examples", "ceasefire-talks.txt")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := write("huge.txt", nil)
	if err := os.Truncate(big, 50<<20); err != nil {
		t.Fatal(err)
	}
	bad := []string{
		write("empty.txt", nil),
		write("binary.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 250}, 64)...)),
		big,
		write("invalid-utf8.txt", []byte("قال المتحدث باسم الوزارة إن الاجتماع \xc3\x28 انتهى \xa0\xa1 دون اتفاق.")),
		write("english.txt", []byte("The minister said on Tuesday that the talks would resume next week in Geneva.\n\nOfficials declined to comment.")),
		write("cut-before-body.html", []byte("<html><head><title>خبر</title></head><body><div class=\"nav\"><a href=\"/\">الرئيسية")),
		filepath.Join(dir, "does-not-exist.txt"),
	}
	args := append([]string{"extract", good}, bad...)
	args = append(args, good)
	docs, _, stderr, err := run(t, "", args...)
	if !errors.Is(err, errFailedInputs) {
		t.Errorf("error = %v, want errFailedInputs", err)
	}
	if len(docs) != 2 {
		t.Errorf("got %d documents, want the 2 good ones", len(docs))
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != len(bad) {
		t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), len(bad), stderr)
	}
	for _, p := range bad {
		if !strings.Contains(stderr, p+":") {
			t.Errorf("no stderr line names %s:\n%s", p, stderr)
		}
	}
}

// A page cut off after its article still yields the article, with a warning.
func TestExtractTruncatedHTML(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "examples", "summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	cut := string(page[:bytes.Index(page, []byte("<aside>"))+10])
	docs, _, stderr, err := run(t, cut, "extract", "-")
	if err != nil || len(docs) != 1 {
		t.Fatalf("truncated page: %v, %d docs, stderr %s", err, len(docs), stderr)
	}
	if !strings.Contains(docs[0].Text, "اختتم قادة دول مجلس التعاون الخليجي") {
		t.Errorf("article text lost: %q", docs[0].Text)
	}
	if !strings.Contains(stderr, "-: warning:") {
		t.Errorf("no truncation warning: %q", stderr)
	}
}

func TestExtractUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"extract"},
		{"extract", "--published", "12/09/2023", "x.txt"},
	} {
		if _, _, _, err := run(t, "", args...); !errors.Is(err, errUsage) {
			t.Errorf("%q: error %v, want usage", args, err)
		}
	}
}
