package furniture

import (
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

func TestTextKnownTitle(t *testing.T) {
	tests := []struct {
		name, body, title, wantOutlet string
		wantFirst                     string
	}{
		{
			name:       "title line found and dropped, site line before it",
			body:       "أخبار الوادي\nارتفاع منسوب النهر يغلق طريقين رئيسيين\nأغلقت السلطات المحلية يوم الجمعة طريقين رئيسيين بعد ارتفاع منسوب النهر إلى مستوى قياسي.",
			title:      "ارتفاع منسوب النهر يغلق طريقين رئيسيين",
			wantOutlet: "أخبار الوادي",
			wantFirst:  "أغلقت السلطات المحلية",
		},
		{
			name:      "title spelt with other hamza and punctuation",
			body:      "ارتفاع منسوب النهر، يغلق طريقين رئيسيين!\nأغلقت السلطات المحلية يوم الجمعة طريقين رئيسيين بعد ارتفاع منسوب النهر إلى مستوى قياسي.",
			title:     "ارتفاع منسوب النهر يغلق طريقين رئيسيين",
			wantFirst: "أغلقت السلطات المحلية",
		},
		{
			name:      "title absent from the text: nothing is taken for it",
			body:      "أغلقت السلطات المحلية يوم الجمعة طريقين رئيسيين بعد ارتفاع منسوب النهر إلى مستوى قياسي.",
			title:     "النهر يفيض",
			wantFirst: "أغلقت السلطات المحلية",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Text(tt.body, Options{Title: tt.title})
			if p.Title != tt.title || p.Outlet != tt.wantOutlet {
				t.Errorf("title, outlet = %q, %q; want %q, %q", p.Title, p.Outlet, tt.title, tt.wantOutlet)
			}
			if len(p.Paragraphs) == 0 || !strings.HasPrefix(p.Paragraphs[0], tt.wantFirst) {
				t.Errorf("paragraphs = %q, want first starting %q", p.Paragraphs, tt.wantFirst)
			}
		})
	}
}

func TestClean(t *testing.T) {
	body := "دمشق - قال مسؤول في وزارة النقل إن الرحلات ستستأنف الأسبوع المقبل بعد توقف دام عامين."
	tests := []struct {
		name                   string
		in                     isnad.Page
		wantByline, wantOutlet string
		wantParas              int
		wantRemoved            []string // kinds, in order
	}{
		{
			name: "byline set by the html layer is kept",
			in: isnad.Page{Title: "استئناف الرحلات", Byline: "سارة يوسف", Outlet: "منبر الشام",
				Paragraphs: []string{"كتب محمد علي", body, "شارك المقال"}},
			wantByline: "سارة يوسف", wantOutlet: "منبر الشام", wantParas: 1,
			wantRemoved: []string{isnad.RemovedByline, isnad.RemovedShare},
		},
		{
			name:       "empty byline filled, title paragraph dropped",
			in:         isnad.Page{Title: "استئناف الرحلات", Paragraphs: []string{"استئناف الرحلات", "بقلم محمد علي", body}},
			wantByline: "محمد علي", wantParas: 1,
			wantRemoved: []string{isnad.RemovedByline},
		},
		{
			name:      "clean page untouched",
			in:        isnad.Page{Title: "استئناف الرحلات", Paragraphs: []string{body, body}},
			wantParas: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Clean(tt.in)
			if p.Byline != tt.wantByline || p.Outlet != tt.wantOutlet || len(p.Paragraphs) != tt.wantParas {
				t.Errorf("byline %q outlet %q paragraphs %d; want %q %q %d",
					p.Byline, p.Outlet, len(p.Paragraphs), tt.wantByline, tt.wantOutlet, tt.wantParas)
			}
			var kinds []string
			for _, r := range p.Removed {
				kinds = append(kinds, r.Kind)
			}
			if strings.Join(kinds, ",") != strings.Join(tt.wantRemoved, ",") {
				t.Errorf("removed kinds %v, want %v", kinds, tt.wantRemoved)
			}
			if p.Dateline != "دمشق" {
				t.Errorf("dateline %q, want دمشق", p.Dateline)
			}
		})
	}
}

func TestTextLeadingLines(t *testing.T) {
	body := "أ ف ب-صوت الجبل\nبقلم ريم حداد\nالحكومة تقر موازنة العام المقبل بعجز أقل\nأقرت الحكومة يوم الأربعاء مشروع موازنة العام المقبل بعجز يقل بنسبة عشرة في المئة عن العام الحالي."
	p := Text(body, Options{})
	if p.Title != "الحكومة تقر موازنة العام المقبل بعجز أقل" || p.Outlet != "صوت الجبل" || p.Byline != "ريم حداد" {
		t.Errorf("title %q outlet %q byline %q", p.Title, p.Outlet, p.Byline)
	}
	if len(p.Credits) != 1 || p.Credits[0].NameEn != "Agence France-Presse" {
		t.Errorf("credits %v", p.Credits)
	}
}

// TestVerseBeforeProseStays: a run of short unpunctuated lines before the
// first paragraph is verse or a list, not captions.
func TestVerseBeforeProseStays(t *testing.T) {
	verse := []string{"يا دار أهلي في الزمان البعيد", "فيك الهوى والذكريات الجميلة", "ومنك بدأ درب الحياة الطويل"}
	body := "ذكريات القرية في شعر أبنائها المهاجرين\n" + strings.Join(verse, "\n") +
		"\nكتب الشاعر هذه الأبيات في مطلع السبعينيات حين غادر قريته إلى المدينة للدراسة والعمل."
	p := Text(body, Options{})
	text := strings.Join(p.Paragraphs, "\n")
	for _, v := range verse {
		if !strings.Contains(text, v) {
			t.Errorf("verse line %q cut: removed %v", v, p.Removed)
		}
	}
}

func TestTextMetaLines(t *testing.T) {
	const para = "أعلنت الشركة الوطنية للكهرباء يوم الأحد خطة لتوسيع شبكة الطاقة الشمسية في ثلاث محافظات جنوبية."
	tests := []struct {
		name, body                       string
		published, byline, credit, place string
	}{
		{
			name:      "byline with date",
			body:      "الكهرباء تتوسع في الطاقة الشمسية جنوبا\nكتب سليم عواد - 12 مايو 2024\n" + para,
			published: "2024-05-12", byline: "سليم عواد",
		},
		{
			name:      "date with reading time",
			body:      "الكهرباء تتوسع في الطاقة الشمسية جنوبا\nالأحد 12 مايو 2024 | 4 دقائق للقراءة\n" + para,
			published: "2024-05-12",
		},
		{
			name:   "bare agency after dateline",
			body:   "الكهرباء تتوسع في الطاقة الشمسية جنوبا\nعمّان - بترا - " + para,
			credit: "Jordan News Agency", place: "عمّان",
		},
		{
			name:   "agency bracket after last sentence",
			body:   "الكهرباء تتوسع في الطاقة الشمسية جنوبا\n" + para + "\nوتبلغ كلفة المشروع نحو مئتي مليون دولار. (رويترز)",
			credit: "Reuters",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Text(tt.body, Options{})
			credit := ""
			if len(p.Credits) > 0 {
				credit = p.Credits[0].NameEn
			}
			if p.Published != tt.published || p.Byline != tt.byline || credit != tt.credit || p.Dateline != tt.place {
				t.Errorf("published %q byline %q credit %q dateline %q; want %q %q %q %q",
					p.Published, p.Byline, credit, p.Dateline, tt.published, tt.byline, tt.credit, tt.place)
			}
			for _, para := range p.Paragraphs {
				if strings.Contains(para, "(رويترز)") || strings.Contains(para, "للقراءة") {
					t.Errorf("furniture left in %q", para)
				}
			}
		})
	}
}
