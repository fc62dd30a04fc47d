package page

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// pageCase is one of the hand-written pages under testdata/: what its main
// text must and must not hold, and the metadata Extract must find.
type pageCase struct {
	file          string
	url           string
	title         string
	outlet        string
	byline        string
	published     string
	publishedFrom string
	contains      []string // in the joined paragraphs
	excludes      []string // not in the joined paragraphs
	removed       []string // each in some Removed entry
	removedKinds  map[string]string
}

var pageCases = []pageCase{
	{
		file: "layout.html", title: "افتتاح جسر جديد فوق نهر النيل في أسوان", outlet: "أخبار الوادي",
		byline: "سامي عبد الرحمن", published: "2024-03-14", publishedFrom: isnad.FromHTML,
		contains: []string{"افتتح محافظ أسوان صباح الخميس", "خطة لتطوير الطرق", "إنشاء محطة حافلات جديدة",
			"بتسريع أعمال الرصف في الأحياء القديمة"},
		excludes: []string{"الرئيسية", "مساحة إعلانية", "واتساب", "الجسر الجديد كما بدا", "اقرأ أيضا",
			"مهرجان الشمس", "أضف تعليقك", "جميع الحقوق محفوظة", "اتصل بنا"},
		removed: []string{"الرئيسية", "مساحة إعلانية", "الجسر الجديد كما بدا", "أضف تعليقك", "جميع الحقوق محفوظة"},
		removedKinds: map[string]string{"محليات": isnad.RemovedNav, "مساحة إعلانية": isnad.RemovedAd,
			"فيسبوك": isnad.RemovedShare, "الجسر الجديد كما بدا": isnad.RemovedCaption, "أضف تعليقك": isnad.RemovedComments},
	},
	{
		file: "jsonld.html", title: "وزراء الزراعة العرب يبحثون الأمن الغذائي في الرباط", outlet: "جريدة المغرب اليوم",
		byline: "ليلى بنعلي", published: "2023-11-05", publishedFrom: isnad.FromHTML,
		contains:     []string{"انطلقت في الرباط يوم الأحد", "صندوق عربي لدعم صغار المزارعين", "بحسب تقديرات منظمات دولية"},
		excludes:     []string{"الصفحة الأولى", "شارك على فيسبوك", "سياسة الخصوصية"},
		removed:      []string{"الصفحة الأولى", "شارك على فيسبوك", "سياسة الخصوصية"},
		removedKinds: map[string]string{"الصفحة الأولى": isnad.RemovedNav, "شارك على فيسبوك": isnad.RemovedShare},
	},
	{
		file: "metaonly.html", url: "https://news.example.com/lebanon/rain", title: "أمطار غزيرة تغلق طرقا جبلية في شمال لبنان",
		published: "2022-07-21", publishedFrom: isnad.FromHTML,
		contains: []string{"أغلقت السلطات اللبنانية", "أنقذت أربعة أشخاص", "انخفاض ملحوظ في درجات الحرارة"},
		excludes: []string{"طقس", "حقوق النشر محفوظة"},
		removed:  []string{"طقس"},
	},
	{
		file: "titlesite.html", title: "مكتبة الإسكندرية تطلق مشروعا لرقمنة المخطوطات النادرة",
		byline: "حسام الدين فؤاد", publishedFrom: isnad.FromNone,
		contains: []string{"أعلنت مكتبة الإسكندرية", "وأضاف أن المرحلة الأولى ستشمل مخطوطات في الطب والفلك والرياضيات، تعود إلى القرون الوسطى"},
		excludes: []string{"البوابة الثقافية", "تابعونا على", "فنون"},
		removed:  []string{"تابعونا على", "فنون"},
	},
	{
		file: "nodate.html", title: "حوار مع صياد عجوز في ميناء صور", byline: "منى الخطيب",
		publishedFrom: isnad.FromNone,
		contains:      []string{"منذ أكثر من خمسين عاما", "قلت الأسماك كثيرا", "فالصيد لم يعد يكفي"},
		excludes:      []string{"حوار: منى الخطيب", "لا توجد تعليقات بعد", "تقارير"},
		removed:       []string{"حوار: منى الخطيب", "لا توجد تعليقات بعد"},
		removedKinds:  map[string]string{"حوار: منى الخطيب": isnad.RemovedByline, "لا توجد تعليقات": isnad.RemovedComments},
	},
	{
		file: "truncated.html", url: "https://nabd.example.jo/2023/06/17/exams", title: "انطلاق امتحانات الثانوية العامة في الأردن",
		outlet: "نبض عمان", published: "2023-06-17", publishedFrom: isnad.FromURL,
		contains:     []string{"انطلقت صباح السبت امتحانات", "أجهزة تشويش", "كانت هادئة، لكن"},
		excludes:     []string{"الرئيسية"},
		removedKinds: map[string]string{"تعليم": isnad.RemovedNav},
	},
}

func TestExtractPages(t *testing.T) {
	for _, tc := range pageCases {
		t.Run(strings.TrimSuffix(tc.file, ".html"), func(t *testing.T) {
			p := extractFile(t, filepath.Join("testdata", tc.file), tc.url)
			checkMeta(t, p, tc)
			text := strings.Join(p.Paragraphs, "\n")
			for _, s := range tc.contains {
				if !strings.Contains(text, s) {
					t.Errorf("main text lacks %q", s)
				}
			}
			for _, s := range tc.excludes {
				if strings.Contains(text, s) {
					t.Errorf("main text holds chrome %q", s)
				}
			}
			checkRemoved(t, p.Removed, tc)
			checkGolden(t, strings.TrimSuffix(tc.file, ".html"), p)
		})
	}
}

// ownPage is one hand-written page of testdata/.
type ownPage struct {
	name string
	src  []byte
}

// ownPages reads every hand-written page of testdata/.
func ownPages(tb testing.TB) []ownPage {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no test pages: %v", err)
	}
	var out []ownPage
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, ownPage{strings.TrimSuffix(filepath.Base(path), ".html"), b})
	}
	return out
}

func extractFile(t testing.TB, path, url string) isnad.Page {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Extract(string(b), Options{URL: url})
	if err != nil {
		t.Fatalf("Extract(%s): %v", path, err)
	}
	return p
}

func checkMeta(t *testing.T, p isnad.Page, tc pageCase) {
	t.Helper()
	for _, f := range []struct{ name, got, want string }{
		{"Title", p.Title, tc.title},
		{"Outlet", p.Outlet, tc.outlet},
		{"Byline", p.Byline, tc.byline},
		{"Published", p.Published, tc.published},
		{"PublishedFrom", p.PublishedFrom, tc.publishedFrom},
	} {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
}

func checkRemoved(t *testing.T, rs []isnad.Removed, tc pageCase) {
	t.Helper()
	find := func(s string) *isnad.Removed {
		for i := range rs {
			if strings.Contains(rs[i].Text, s) {
				return &rs[i]
			}
		}
		return nil
	}
	for _, s := range tc.removed {
		if find(s) == nil {
			t.Errorf("Removed lacks %q", s)
		}
	}
	for s, kind := range tc.removedKinds {
		if r := find(s); r == nil || r.Kind != kind {
			t.Errorf("Removed %q: got %+v, want kind %q", s, r, kind)
		}
	}
	for _, r := range rs {
		if len([]rune(r.Text)) < 2 || r.Text != normalize(r.Text) {
			t.Errorf("Removed entry %q is empty or not normalised", r.Text)
		}
	}
}

// checkGolden compares the whole Page with testdata/golden/NAME.json;
// go test -update rewrites it.
func checkGolden(t *testing.T, name string, p isnad.Page) {
	t.Helper()
	got, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != string(got) {
		t.Errorf("Page differs from %s (go test -update rewrites it):\n%s", path, got)
	}
}

func TestExtractNoText(t *testing.T) {
	for _, tc := range []struct{ name, html string }{
		{"empty", ""},
		{"only chrome", `<html><body><nav><a href="/">الرئيسية</a></nav><script>var x = 1;</script></body></html>`},
		{"whitespace", "<html><body><p>   </p><div>\u00a0</div></body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.html, Options{})
			if !errors.Is(err, isnad.ErrNoText) {
				t.Errorf("err = %v, want ErrNoText", err)
			}
		})
	}
}
