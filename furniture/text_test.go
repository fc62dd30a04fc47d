package furniture

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden runs Text over the articles under testdata/ (written for
// these tests, with invented sites and authors) and compares the whole
// Page with testdata/NAME.golden.json; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(Text(string(in), Options{}), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if strings.TrimSpace(string(want)) != string(got) {
				t.Errorf("Text(%s) differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// TestText checks, article by article, the metadata Text reads and the
// must-keep / must-cut lists, independently of the golden files.
func TestText(t *testing.T) {
	tests := []struct {
		file                  string
		title, outlet, byline string
		published, from       string
		dateline              string
		agencies              []string
		keep, cut             []string
		removedKinds          map[string]int
	}{
		{
			file: "wire_caption", title: "وزير الطاقة يعلن خطة لخفض أسعار الوقود خلال الصيف",
			outlet: "نبض المدينة", byline: "سامر الحلبي", published: "2024-05-12", from: isnad.FromText,
			dateline: "عمّان", agencies: []string{"Reuters"},
			keep:         []string{"عمّان - أعلن وزير الطاقة", "وقال خبراء اقتصاديون"},
			cut:          []string{"نبض المدينة", "بقلم", "مساحة", "اقرأ أيضاً", "ارتفاع أسعار النفط", "المصدر", "شارك", "الأكثر قراءة", "رياضة", "مؤتمر صحفي في العاصمة"},
			removedKinds: map[string]int{isnad.RemovedCaption: 1, isnad.RemovedAd: 1, isnad.RemovedShare: 2},
		},
		{
			file: "comments_form", title: "البرلمان يقر قانون حماية البيانات الشخصية بعد نقاش طويل",
			byline: "قسم الأخبار", from: isnad.FromNone, dateline: "الرباط",
			keep:         []string{"الرباط: صادق البرلمان", "ما الذي يتغير؟", "بموارد كافية للهيئة الجديدة", "ستنشأ هيئة مستقلة"},
			cut:          []string{"قسم الأخبار", "دقائق للقراءة", "مبنى البرلمان", "انسخ الرابط", "اترك", "بريدك", "الاسم", "حفظ اسمي"},
			removedKinds: map[string]int{isnad.RemovedByline: 2, isnad.RemovedCaption: 1},
		},
		{
			file: "source_url", title: "الأمم المتحدة تحذر من موجة جفاف جديدة في القرن الأفريقي",
			published: "2023-10-03", from: isnad.FromText,
			keep:         []string{"حذرت الأمم المتحدة", "خلفية", "لا تغطي سوى ثلث"},
			cut:          []string{"تشرين", "لمزيد من القراءة", "المجاعة تهدد", "https://"},
			removedKinds: map[string]int{isnad.RemovedSourceLine: 1, isnad.RemovedNav: 2},
		},
		{
			file: "agency_outlet", title: "تحالف أحزاب المعارضة يعلن مقاطعة الانتخابات البلدية المقبلة",
			outlet: "صوت الساحل", published: "2022-03-14", from: isnad.FromText, dateline: "تونس",
			agencies: []string{"Reuters", "Agence France-Presse"},
			keep:     []string{"تونس - أعلن تحالف", "- خلفية -", "لوكالة فرانس برس", "وفق الهيئة المستقلة"},
			cut:      []string{"صوت الساحل", "أرشيفية", "الأكثر قراءة", "كاريكاتير", "إستطلاعات"},
		},
		{
			file: "no_title", from: isnad.FromNone,
			keep: []string{"افتتحت وزارة الصحة", "وتخطط الوزارة"},
			cut:  []string{"***"},
		},
		{
			file: "header_caption", title: "الصين واليابان تتفقان على خط ساخن عسكري لتفادي الحوادث البحرية",
			outlet: "موقع الحدث اليوم", byline: "محرر الشؤون الدولية", from: isnad.FromNone, dateline: "بكين",
			agencies:     []string{"Agence France-Presse"},
			keep:         []string{"بكين - (أ ف ب) - اتفقت", "وقال مسؤول ياباني"},
			cut:          []string{"كتبه", "دقيقة قراءة", "وزيرا دفاع البلدين", "مساحة", "تابعونا", "جميع الحقوق"},
			removedKinds: map[string]int{isnad.RemovedReadingTime: 1, isnad.RemovedCaption: 1, isnad.RemovedNav: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", tt.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			p := Text(string(in), Options{})
			meta := [][3]string{
				{"title", p.Title, tt.title}, {"outlet", p.Outlet, tt.outlet}, {"byline", p.Byline, tt.byline},
				{"published", p.Published, tt.published}, {"from", p.PublishedFrom, tt.from},
				{"dateline", p.Dateline, tt.dateline},
			}
			for _, m := range meta {
				if m[1] != m[2] {
					t.Errorf("%s = %q, want %q", m[0], m[1], m[2])
				}
			}
			if got := creditNames(p.Credits); strings.Join(got, ",") != strings.Join(tt.agencies, ",") {
				t.Errorf("agencies = %v, want %v", got, tt.agencies)
			}
			text := strings.Join(p.Paragraphs, "\n\n")
			for _, k := range tt.keep {
				if !strings.Contains(text, k) {
					t.Errorf("cut out %q", k)
				}
			}
			for _, k := range tt.cut {
				if strings.Contains(text, k) {
					t.Errorf("left in %q", k)
				}
			}
			kinds := map[string]int{}
			for _, r := range p.Removed {
				kinds[r.Kind]++
			}
			for k, n := range tt.removedKinds {
				if kinds[k] != n {
					t.Errorf("removed %d of kind %s, want %d (all: %v)", kinds[k], k, n, kinds)
				}
			}
		})
	}
}

func creditNames(crs []isnad.Credit) []string {
	var out []string
	for _, c := range crs {
		out = append(out, c.NameEn)
	}
	return out
}
