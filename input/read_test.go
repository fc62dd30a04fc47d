package input

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

var sentinels = []error{
	isnad.ErrUnreadable, isnad.ErrEmpty, isnad.ErrTooLarge, isnad.ErrBinary,
	isnad.ErrEncoding, isnad.ErrBadRecord, isnad.ErrUnsupported,
}

// sentinelOf names the hub sentinel err wraps, or "" for none.
func sentinelOf(err error) error {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return s
		}
	}
	return nil
}

// result is one thing Read yielded, flattened for comparison.
type result struct {
	a   isnad.Article
	err error
}

func readAll(t *testing.T, paths []string, stdin string, opts Options) []result {
	t.Helper()
	var out []result
	for a, err := range Read(context.Background(), paths, strings.NewReader(stdin), opts) {
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) || sentinelOf(err) == nil {
				t.Fatalf("error %v is not an *Error wrapping a hub sentinel", err)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("error %q spans lines", err)
			}
		}
		out = append(out, result{a, err})
	}
	return out
}

// render prints results one per line, the body cut short.
func render(rs []result) string {
	var b strings.Builder
	for _, r := range rs {
		if r.err != nil {
			fmt.Fprintf(&b, "ERROR %s\n", r.err)
			continue
		}
		a := r.a
		body := []rune(strings.Join(strings.Fields(a.Body), " "))
		fmt.Fprintf(&b, "%s [%s] title=%q outlet=%q byline=%q url=%q published=%q body=%q\n",
			a.URI, a.Format, a.Title, a.Outlet, a.Byline, a.URL, a.Published, string(body[:min(len(body), 40)]))
	}
	return b.String()
}

func TestReadTreeGolden(t *testing.T) {
	got := render(readAll(t, []string{filepath.Join("testdata", "tree")}, "", Options{}))
	golden := filepath.Join("testdata", "tree.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("Read(testdata/tree) =\n%s\nwant\n%s", got, want)
	}
}

// writeFile writes a fixture into dir and returns its path.
func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadBadInputs(t *testing.T) {
	dir := t.TempDir()
	big := writeFile(t, dir, "big.txt", nil)
	if err := os.Truncate(big, 50<<20); err != nil {
		t.Fatal(err)
	}
	emptyDir := filepath.Join(dir, "x.txt")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	linkDir := filepath.Join(dir, "links")
	os.Mkdir(linkDir, 0o755)
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(linkDir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		kind error
		msg  string // the whole Error(), after the path and ": "
	}{
		{"empty file", writeFile(t, dir, "empty.txt", nil), isnad.ErrEmpty, "empty file"},
		{"whitespace only", writeFile(t, dir, "blank.txt", []byte(" \n\t\u200f\n")), isnad.ErrEmpty, "empty file (only whitespace)"},
		{"binary", writeFile(t, dir, "image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x01\x02")), isnad.ErrBinary,
			"binary data (NUL bytes at offset 8), not text"},
		{"over MaxBytes", big, isnad.ErrTooLarge, "file is 52.4 MB, over the 8 MiB limit"},
		{"invalid utf-8", writeFile(t, dir, "latin.txt", []byte("caf\xe9 cr\xe8me")), isnad.ErrEncoding,
			"invalid UTF-8 at byte 3 and not a known Arabic single-byte encoding"},
		{"nonexistent", filepath.Join(dir, "missing.txt"), isnad.ErrUnreadable, "no such file or directory"},
		{"folder named x.txt with nothing in it", emptyDir, isnad.ErrEmpty, "folder holds no .txt, .html, .htm, .jsonl or .json files"},
		{"dangling link in a folder", linkDir, isnad.ErrUnreadable, "no such file or directory"},
		{"pdf", writeFile(t, dir, "report.pdf", []byte("%PDF-1.4")), isnad.ErrUnsupported,
			"unsupported format .pdf (want .txt, .html, .htm, .jsonl or .json)"},
		{"json neither object nor array", writeFile(t, dir, "n.json", []byte("42\n")), isnad.ErrBadRecord,
			"not a JSON object or array of objects"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			rs := readAll(t, []string{tt.path}, "", Options{})
			if len(rs) != 1 || rs[0].err == nil {
				t.Fatalf("Read(%s) = %s, want one error", tt.path, render(rs))
			}
			if elapsed := time.Since(start); elapsed > time.Second {
				t.Errorf("took %v", elapsed)
			}
			err := rs[0].err
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %v, want %v", err, tt.kind)
			}
			if got := err.Error(); !strings.HasSuffix(got, ": "+tt.msg) {
				t.Errorf("Error() = %q, want %q after the path", got, tt.msg)
			}
		})
	}
}

func TestReadFolderThroughLink(t *testing.T) {
	dir := t.TempDir()
	tree, err := filepath.Abs(filepath.Join("testdata", "tree"))
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "news")
	if err := os.Symlink(tree, link); err != nil {
		t.Fatal(err)
	}
	rs := readAll(t, []string{link}, "", Options{})
	if len(rs) != 7 || rs[0].a.URI != filepath.Join(link, "01-خبر.txt") {
		t.Errorf("Read(link to testdata/tree) =\n%s", render(rs))
	}
}

func TestReadNotFoundKeepsCause(t *testing.T) {
	rs := readAll(t, []string{filepath.Join(t.TempDir(), "nope.html")}, "", Options{})
	if len(rs) != 1 || !errors.Is(rs[0].err, fs.ErrNotExist) {
		t.Fatalf("got %s, want an error matching fs.ErrNotExist", render(rs))
	}
}

// TestReadKeepsGoing checks that bad inputs between good ones are reported
// in place and the good ones still come out, in order.
func TestReadKeepsGoing(t *testing.T) {
	dir := t.TempDir()
	paths := []string{
		writeFile(t, dir, "a.txt", []byte(sampleHeadline)),
		filepath.Join(dir, "missing.txt"),
		writeFile(t, dir, "b.jsonl", []byte(
			`{"content": "`+sampleHeadline+`"}`+"\n"+
				"not json at all\n"+
				"\n"+
				`{"title": "بلا نص"}`+"\n"+
				`{"content": ""}`+"\n"+
				`["an", "array"]`+"\n"+
				`{"content": "`+sampleHeadline+`", "title": "الأخير"}`)),
		writeFile(t, dir, "c.txt", nil),
		writeFile(t, dir, "d.htm", []byte(page("", sampleHeadline, samplePlain))),
	}
	want := []struct {
		uri  string
		kind error
	}{
		{paths[0], nil},
		{paths[1], isnad.ErrUnreadable},
		{paths[2] + ":1", nil},
		{paths[2] + ":2", isnad.ErrBadRecord},
		{paths[2] + ":4", isnad.ErrBadRecord},
		{paths[2] + ":5", isnad.ErrEmpty},
		{paths[2] + ":6", isnad.ErrBadRecord},
		{paths[2] + ":7", nil},
		{paths[3], isnad.ErrEmpty},
		{paths[4], nil},
	}
	rs := readAll(t, paths, "", Options{})
	if len(rs) != len(want) {
		t.Fatalf("got %d results, want %d:\n%s", len(rs), len(want), render(rs))
	}
	for i, w := range want {
		uri := rs[i].a.URI
		var ie *Error
		if errors.As(rs[i].err, &ie) {
			uri = ie.URI
		}
		if uri != w.uri || sentinelOf(rs[i].err) != w.kind {
			t.Errorf("result %d = %s, want %s %v", i, render(rs[i:i+1]), w.uri, w.kind)
		}
	}
	if rs[7].a.Title != "الأخير" || rs[9].a.Format != isnad.FormatHTML {
		t.Errorf("articles after errors came out wrong:\n%s", render(rs))
	}
}

func TestReadLineLimits(t *testing.T) {
	record := func(body string) string { return `{"content": "` + body + `"}` }
	long := strings.Repeat("خبر طويل جدا ", 40)  // 935 bytes
	huge := strings.Repeat("خبر طويل جدا ", 1e5) // 2.3 MB: more than bufio's buffer
	tests := []struct {
		name  string
		lines []string
		max   int64
		want  string // the error for line 2, or "" when it is read
	}{
		{"short lines, crlf", []string{record(sampleHeadline), record(sampleHeadline)}, 200, ""},
		{"over the limit", []string{record(sampleHeadline), record(long), record(sampleHeadline)}, 200,
			":2: line is 935 bytes, over the 200 bytes limit"},
		{"longer than the read buffer", []string{record(sampleHeadline), record(huge), record(sampleHeadline)}, 0, ""},
		{"longer than the read buffer and the limit", []string{record(sampleHeadline), record(huge), record(sampleHeadline)}, 2 << 20,
			":2: line is 2.3 MB, over the 2 MiB limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := writeFile(t, t.TempDir(), "lines.jsonl", []byte(strings.Join(tt.lines, "\r\n")))
			rs := readAll(t, []string{file}, "", Options{MaxBytes: tt.max})
			if len(rs) != len(tt.lines) || rs[0].err != nil || rs[len(rs)-1].err != nil {
				t.Fatalf("got\n%s\nwant %d results, the first and last read", render(rs), len(tt.lines))
			}
			switch {
			case tt.want == "" && rs[1].err != nil:
				t.Errorf("line 2: %v", rs[1].err)
			case tt.want == "" && len(rs[1].a.Body) < len(tt.lines[1])-20:
				t.Errorf("line 2 body is %d bytes, line %d", len(rs[1].a.Body), len(tt.lines[1]))
			case tt.want != "" && (rs[1].err == nil || rs[1].err.Error() != file+tt.want):
				t.Errorf("line 2 error = %v, want %q", rs[1].err, file+tt.want)
			}
		})
	}
}

func TestReadStdin(t *testing.T) {
	jsonl := `{"content": "` + sampleHeadline + `", "title": "عنوان"}` + "\n\n" + `{"text": "` + samplePlain[:40] + `"}` + "\n"
	htmlUTF16 := string(encode(t, utf16(true, xunicode.LittleEndian), page("", sampleHeadline, samplePlain)))
	tests := []struct {
		name    string
		stdin   string
		max     int64
		want    []string // URI [format] per article, or an error message
		kind    error
		wantOne string // the body of the first article, when checked
	}{
		{"text", sampleNews, 0, []string{"- [text]"}, nil, sampleNews},
		{"windows-1256 text", string(encode(t, charmap.Windows1256, sampleNews)), 0, []string{"- [text]"}, nil, sampleNews},
		{"html", "\n  " + page("", sampleHeadline, samplePlain), 0, []string{"- [html]"}, nil, ""},
		{"utf-16 html", htmlUTF16, 0, []string{"- [html]"}, nil, ""},
		{"json lines", jsonl, 0, []string{"-:1 [text]", "-:3 [text]"}, nil, sampleHeadline},
		{"one json object and a text line", jsonl + "نص عادي\n", 0, []string{"- [text]"}, nil, ""},
		{"json lines longer than the limit", strings.Repeat(jsonl, 10), 200, nil, nil, ""},
		{"text longer than the limit", sampleNews, 100, []string{"-: input is over the 100 bytes limit"}, isnad.ErrTooLarge, ""},
		{"empty", "", 0, []string{"-: empty input"}, isnad.ErrEmpty, ""},
		{"blank", "\n\n  \n", 0, []string{"-: empty input (only whitespace)"}, isnad.ErrEmpty, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := readAll(t, []string{"-"}, tt.stdin, Options{MaxBytes: tt.max})
			var got []string
			for _, r := range rs {
				if r.err != nil {
					got = append(got, r.err.Error())
					if !errors.Is(r.err, tt.kind) {
						t.Errorf("error %v, want %v", r.err, tt.kind)
					}
					continue
				}
				got = append(got, r.a.URI+" ["+r.a.Format+"]")
			}
			want := tt.want
			if want == nil { // ten copies of the json lines case
				for i := range 10 {
					want = append(want, fmt.Sprintf("-:%d [text]", 3*i+1), fmt.Sprintf("-:%d [text]", 3*i+3))
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if tt.wantOne != "" && (len(rs) == 0 || rs[0].a.Body != tt.wantOne) {
				t.Errorf("first body = %q, want %q", rs[0].a.Body, tt.wantOne)
			}
		})
	}
}

func TestReadUTF16JSONL(t *testing.T) {
	lines := `{"content": "` + sampleHeadline + `"}` + "\r\n" + `{"content": "` + samplePlain[:60] + `"}` + "\r\n"
	for _, order := range []xunicode.Endianness{xunicode.LittleEndian, xunicode.BigEndian} {
		file := writeFile(t, t.TempDir(), "dump.jsonl", encode(t, utf16(true, order), lines))
		rs := readAll(t, []string{file}, "", Options{})
		if len(rs) != 2 || rs[0].a.Body != sampleHeadline || rs[1].a.URI != file+":2" {
			t.Errorf("UTF-16 JSON Lines (%v) read as\n%s", order, render(rs))
		}
	}
}

// FuzzReadStdin checks that whatever arrives on stdin, Read yields either
// non-blank valid UTF-8 articles or *Errors, and never panics.
func FuzzReadStdin(f *testing.F) {
	f.Add([]byte(sampleNews))
	f.Add([]byte(page("", sampleHeadline, samplePlain)))
	f.Add([]byte(`{"content": "` + sampleHeadline + `"}` + "\n" + `{"title": 1}` + "\n"))
	f.Add([]byte(`[{"content": "x"}]`))
	f.Add(encode(f, charmap.Windows1256, sampleNews))
	f.Fuzz(func(t *testing.T, in []byte) {
		for a, err := range Read(context.Background(), []string{"-"}, bytes.NewReader(in), Options{MaxBytes: 512}) {
			var ie *Error
			switch {
			case err != nil && (!errors.As(err, &ie) || sentinelOf(err) == nil):
				t.Fatalf("error %v is not an *Error wrapping a hub sentinel", err)
			case err != nil:
			case !utf8.ValidString(a.Body) || isBlank(a.Body):
				t.Fatalf("article body %q is blank or not UTF-8", a.Body)
			case a.Format != isnad.FormatText && a.Format != isnad.FormatHTML:
				t.Fatalf("format %q", a.Format)
			}
		}
	})
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs []error
	for _, err := range Read(ctx, []string{filepath.Join("testdata", "tree")}, nil, Options{}) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("Read with a cancelled context yielded %v, want just context.Canceled", errs)
	}
}

func TestReadStopsWhenConsumerDoes(t *testing.T) {
	n := 0
	for range Read(context.Background(), []string{filepath.Join("testdata", "tree"), "-"}, strings.NewReader(sampleNews), Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("loop ran %d times", n)
	}
}
