package document

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/internal/contracttest"
	"github.com/isnad/isnad/kb"
)

func TestRecordDate(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"iso date", "2024-05-12", "2024-05-12"},
		{"iso timestamp with zone", "2024-05-12T09:30:00+03:00", "2024-05-12"},
		{"scraper timestamp", "2015-07-21 02:51:37", "2015-07-21"},
		{"fractional seconds", "2015-07-21T02:51:37.123456Z", "2015-07-21"},
		{"rss", "Sun, 12 May 2024 09:30:00 +0300", "2024-05-12"},
		{"slashed", "2024/05/12", "2024-05-12"},
		{"empty", "  ", ""},
		{"not a date", "أمس", ""},
		{"impossible day", "2024-02-31", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := recordDate(tc.in); got != tc.want {
				t.Errorf("recordDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPublicationOrder(t *testing.T) {
	for _, tc := range []struct {
		name       string
		page       isnad.Page
		article    isnad.Article
		flag       string
		want, from string
	}{
		{"page date wins", isnad.Page{Published: "2023-01-02", PublishedFrom: isnad.FromHTML}, isnad.Article{Published: "2024-01-01"}, "2025-01-01", "2023-01-02", isnad.FromHTML},
		{"record before flag", isnad.Page{}, isnad.Article{Published: "2024-01-01 10:00:00"}, "2025-01-01", "2024-01-01", isnad.FromText},
		{"url before flag", isnad.Page{URL: "https://example.org/2022/09/22/story"}, isnad.Article{}, "2025-01-01", "2022-09-22", isnad.FromURL},
		{"flag when nothing else", isnad.Page{}, isnad.Article{}, "2025-01-01", "2025-01-01", isnad.FromFlag},
		{"never invented", isnad.Page{}, isnad.Article{}, "", "", isnad.FromNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, from := publication(tc.page, tc.article, tc.flag)
			if got != tc.want || from != tc.from {
				t.Errorf("publication = %q from %q, want %q from %q", got, from, tc.want, tc.from)
			}
		})
	}
}

func TestFindAll(t *testing.T) {
	text := "قال مراسل لوكالة فرانس برس إن رويترز وأسوشيتد برس نقلتا الخبر، لكن فرانس برسية ليست اسما."
	for _, tc := range []struct {
		needle string
		want   []string
	}{
		{"فرانس برس", []string{"فرانس برس"}},
		{"رويترز", []string{"رويترز"}},
		{"أسوشيتد برس", []string{"أسوشيتد برس"}}, // after the clitic و
		{"برس", []string{"برس", "برس"}},          // not inside برسية
		{"كالة", nil},                            // never inside a word
	} {
		got := findAll(arabic.FoldMap(text), tc.needle)
		r := []rune(text)
		var texts []string
		for _, s := range got {
			texts = append(texts, string(r[s[0]:s[1]]))
		}
		if strings.Join(texts, "|") != strings.Join(tc.want, "|") {
			t.Errorf("findAll(%q) = %q, want %q", tc.needle, texts, tc.want)
		}
	}
}

func TestWithCredits(t *testing.T) {
	reuters := isnad.Credit{Text: "رويترز", Name: "رويترز", NameEn: "Reuters"}
	if got := withCredits("قال الوزير (رويترز) إن ...", []isnad.Credit{reuters}); got != "قال الوزير (رويترز) إن ..." {
		t.Errorf("a credit named in the text was added again: %q", got)
	}
	if got := withCredits("قال الوزير إن ...", []isnad.Credit{reuters}); got != "قال الوزير إن ...\n\nرويترز" {
		t.Errorf("a credit only in furniture was not kept: %q", got)
	}
	url := isnad.Credit{Text: "https://www.example.com/x", NameEn: "Example"}
	if got := withCredits("نص", []isnad.Credit{url}); got != "نص" {
		t.Errorf("a credit with no Arabic name was invented: %q", got)
	}
}

func TestIDStable(t *testing.T) {
	if ID("نص الخبر") != ID("نص الخبر") || ID("نص الخبر") == ID("نص خبر آخر") {
		t.Error("ID is not a function of the text")
	}
}

// TestIDDefinition checks ID, which hashes a buffer at a time, against
// the first eight bytes of the text's SHA-256 around the buffer's size.
func TestIDDefinition(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"a short text", "أعلن المجلس البلدي موعد الانتخابات"},
		{"one byte under the buffer", strings.Repeat("a", 2047)},
		{"the buffer exactly", strings.Repeat("ب", 1024)},
		{"one byte over", strings.Repeat("a", 2049)},
		{"several buffers", strings.Repeat("قالت الوزارة ", 700)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sum := sha256.Sum256([]byte(tc.text))
			if got, want := ID(tc.text), hex.EncodeToString(sum[:8]); got != want {
				t.Errorf("ID = %s, want %s", got, want)
			}
		})
	}
}

// Every document built from the shared real-world inputs validates against
// the contract; the gold's flags give the publication date.
func TestRealInputsValidate(t *testing.T) {
	goldDir := contracttest.SharedPath(t, "gold", "seeds")
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.json"))
	for _, f := range files {
		var g struct {
			Doc   string   `json:"doc"`
			Flags []string `json:"flags"`
		}
		data, err := os.ReadFile(f)
		if err != nil || json.Unmarshal(data, &g) != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		var opts Options
		if len(g.Flags) == 2 && g.Flags[0] == "--published" {
			opts.Published = g.Flags[1]
		}
		body, err := os.ReadFile(filepath.Join(contracttest.SharedDir(), g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		checkBuild(t, isnad.Article{URI: g.Doc, Format: isnad.FormatText, Body: string(body)}, opts)
	}
	pool := filepath.Join(contracttest.SharedDir(), "data", "news", "saudinewsnet", "politics_pool_dev.jsonl")
	if f, err := os.Open(pool); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for n := 1; sc.Scan(); n++ {
			var rec struct{ Title, Content, URL string }
			if json.Unmarshal(sc.Bytes(), &rec) != nil {
				t.Fatalf("%s:%d: not JSON", pool, n)
			}
			checkBuild(t, isnad.Article{URI: "pool", Format: isnad.FormatText, Body: rec.Content, Title: rec.Title, URL: rec.URL}, Options{})
		}
	}
}

func checkBuild(t *testing.T, a isnad.Article, opts Options) {
	t.Helper()
	d, err := Build(a, opts)
	if err != nil {
		t.Errorf("%s: %v", a.URI, err)
		return
	}
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	contracttest.Validate(t, out)
	n := len([]rune(d.Text))
	for _, s := range d.Sentences {
		if s[0] < 0 || s[0] >= s[1] || s[1] > n {
			t.Errorf("%s: sentence %v outside text of %d code points", a.URI, s, n)
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		limit int
		want  int
	}{
		{"empty", "", 5, 0},
		{"spaces only", " \t\n\u00a0 ", 5, 0},
		{"fewer than the limit", "قال الوزير  إن", 5, 3},
		{"stops at the limit", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة", 5, 5},
		{"Unicode spaces cut words", "قال\u00a0الوزير\u2003أمس", 5, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := countWords(tc.text, tc.limit); got != tc.want {
				t.Errorf("countWords(%q, %d) = %d, want %d", tc.text, tc.limit, got, tc.want)
			}
			if n := len(strings.Fields(tc.text)); min(n, tc.limit) != tc.want {
				t.Errorf("strings.Fields gives %d words, countWords %d", n, tc.want)
			}
		})
	}
}

func TestPlaceKnown(t *testing.T) {
	k, err := kb.New([]kb.Entry{
		{ID: "isnad:city-riyadh", Type: kb.LOC, Subtype: "city", Name: "الرياض"},
		{ID: "isnad:city-khobar", Type: kb.LOC, Subtype: "city", Name: "الخبر", ContextOnly: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	tagged := []isnad.Entity{{ID: "E1", Type: "LOC", Name: "القطيف", Mentions: []isnad.Span{{0, 6}}}}
	for _, tc := range []struct {
		name string
		at   isnad.Span
		want bool
	}{
		{"القطيف", isnad.Span{0, 6}, true}, // the entity stage read a place there
		{"الرياض", isnad.Span{10, 16}, true},
		{"الخبر", isnad.Span{10, 15}, true}, // a context-only place: a dateline is its context
		{"فجعت", isnad.Span{10, 14}, false},
		{"محمد أبو شعر", isnad.Span{10, 22}, false},
	} {
		e := isnad.Entity{Type: "LOC", Name: tc.name, Mentions: []isnad.Span{tc.at}}
		if got := placeKnown(tagged, e, k); got != tc.want {
			t.Errorf("placeKnown(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
