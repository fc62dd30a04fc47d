package furniture

import (
	"testing"

	"github.com/isnad/isnad"
)

func TestFamily(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"ad slot with dashes", "- مساحة اعلانية-", isnad.RemovedAd},
		{"ad slot hamza", "مساحة إعلانية", isnad.RemovedAd},
		{"ad word alone", "إعلان", isnad.RemovedAd},
		{"ad english", "ADVERTISEMENT", isnad.RemovedAd},
		{"ad word opens a subheading", "إعلان الاستقلال", ""},
		{"share article", "شارك هذه المقالة", isnad.RemovedShare},
		{"share on platform", "شارك على فيسبوك", isnad.RemovedShare},
		{"share buttons row", "فيسبوك تويتر واتساب", isnad.RemovedShare},
		{"copy link", "انسخ الرابط", isnad.RemovedShare},
		{"share verb in news", "شارك الآلاف في مسيرة حاشدة وسط العاصمة", ""},
		{"comment count", "تعليق", isnad.RemovedComments},
		{"comment count with number", "تعليقات 12", isnad.RemovedComments},
		{"leave a comment", "اترك تعليقاً", isnad.RemovedComments},
		{"add a comment", "أضف تعليق", isnad.RemovedComments},
		{"rating", "ترك تقييم", isnad.RemovedComments},
		{"email notice", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", isnad.RemovedComments},
		{"save my name", "حفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.", isnad.RemovedComments},
		{"form field", "البريد الإلكتروني *", isnad.RemovedComments},
		{"form field opens a subheading", "البريد الإلكتروني الخبيث", ""},
		{"comments word in news", "التعليقات التي أدلى بها الوزير أثارت جدلا.", ""},
		{"reading time", "4 دقيقة قراءة", isnad.RemovedReadingTime},
		{"reading time for", "3 دقائق للقراءة", isnad.RemovedReadingTime},
		{"reading time label", "وقت القراءة: 5 دقائق", isnad.RemovedReadingTime},
		{"reading time arabic digits", "٦ دقائق للقراءة", isnad.RemovedReadingTime},
		{"reading time english", "5 min read", isnad.RemovedReadingTime},
		{"minutes in news", "استغرقت الرحلة 4 دقائق فقط", ""},
		{"read also", "اقرأ أيضاً:", isnad.RemovedNav},
		{"more reading", "لمزيد من القراءة", isnad.RemovedNav},
		{"read also inline", "اقرأ أيضا: الحكومة تعلن حزمة إجراءات جديدة لدعم صغار المزارعين في المناطق الريفية", isnad.RemovedNav},
		{"follow us", "تابعونا على تويتر", isnad.RemovedNav},
		{"rights", "جميع الحقوق محفوظة © 2024", isnad.RemovedNav},
		{"news sentence", "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := family(fold(tt.line), wordCount(tt.line)); got != tt.want {
				t.Errorf("family(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"iso", "2024-11-30", "2024-11-30"},
		{"iso with time", "2024-11-30T10:45:00", "2024-11-30"},
		{"day first slashes", "30/11/2024", "2024-11-30"},
		{"day first dots", "5.3.2023", "2023-03-05"},
		{"month name", "30 نوفمبر 2024", "2024-11-30"},
		{"levantine month", "30 تشرين الثاني 2024", "2024-11-30"},
		{"weekday and time", "الأحد 12 مايو 2024 - 10:45 ص", "2024-05-12"},
		{"weekday with comma", "الخميس، 9 نوفمبر 2023", "2023-11-09"},
		{"arabic-indic digits", "١٢ مايو ٢٠٢٤", "2024-05-12"},
		{"published label", "نشر في: 3 أبريل 2022", "2022-04-03"},
		{"maghreb month", "14 شتنبر 2021", "2021-09-14"},
		{"month and year", "نوفمبر 2024", "2024-11"},
		{"english", "November 30, 2024", "2024-11-30"},
		{"impossible day", "31/02/2024", ""},
		{"year alone", "2024", ""},
		{"sentence with a date", "قالت الوزارة في 30 نوفمبر 2024 إن الاجتماع انتهى", ""},
		{"hijri", "12 ذو القعدة 1445", ""},
		{"no date", "الأحد", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseDateLine(tt.line); got != tt.want {
				t.Errorf("parseDateLine(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct {
		name, url, want string
	}{
		{"year month day", "https://www.example.com/news/2022/09/22/some-slug/", "2022-09-22"},
		{"year month", "https://example.org/2024/05/story.html", "2024-05"},
		{"compact segment", "http://paper.example/Issues/20150720/Con20150720784587.htm", "2015-07-20"},
		{"compact in name", "https://site.example/article_20211103.html", "2021-11-03"},
		{"ids only", "https://site.example/article/409871/slug", ""},
		{"year only", "https://site.example/2024/slug", ""},
		{"bad month", "https://site.example/2024/13/01/x", ""},
		{"not a url", "://", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DateFromURL(tt.url); got != tt.want {
				t.Errorf("DateFromURL(%q) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}

func TestLookupAgency(t *testing.T) {
	tests := []struct {
		name, text, wantEn, wantKB string
	}{
		{"reuters", "رويترز", "Reuters", "wikidata:Q130879"},
		{"afp initials", "أ ف ب", "Agence France-Presse", "wikidata:Q40464"},
		{"afp dotted", "أ.ف.ب", "Agence France-Presse", "wikidata:Q40464"},
		{"afp bare alef", "ا ف ب", "Agence France-Presse", "wikidata:Q40464"},
		{"afp told to", "لوكالة فرانس برس", "Agence France-Presse", "wikidata:Q40464"},
		{"afp latin", "AFP", "Agence France-Presse", "wikidata:Q40464"},
		{"ap joined", "اسوشيتدبرس", "Associated Press", "wikidata:Q40469"},
		{"spa", "واس", "Saudi Press Agency", ""},
		{"dpa", "د ب أ", "Deutsche Presse-Agentur", ""},
		{"yonhap agency", "وكالة يونهاب", "Yonhap News Agency", ""},
		{"forbes", "فوربس", "Forbes", ""},
		{"unknown", "صحيفة المساء", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cr, ok := LookupAgency(tt.text)
			if ok != (tt.wantEn != "") || cr.NameEn != tt.wantEn || cr.KB != tt.wantKB {
				t.Errorf("LookupAgency(%q) = %+v, %v; want %q %q", tt.text, cr, ok, tt.wantEn, tt.wantKB)
			}
			if ok && cr.Text != tt.text {
				t.Errorf("Text = %q, want as printed %q", cr.Text, tt.text)
			}
		})
	}
}

func TestReadDateline(t *testing.T) {
	tests := []struct {
		name, para, place, byline, agency string
	}{
		{"reporter, outlet, place", "حسن العيسي- سبق- القنفذة: أعلنت البلدية حملة نظافة شاملة في الأحياء.", "القنفذة", "حسن العيسي", ""},
		{"reporter, place, outlet", "زيد الخمشي- الرياض- سبق: اشتكى موظفو الإدارة من تأخر الرواتب.", "الرياض", "زيد الخمشي", ""},
		{"two reporters", "قاسم الخبراني- عبدالرحمن الفيفي- سبق- عسير: تقدم والد طفلة بشكوى رسمية.", "عسير", "قاسم الخبراني، عبدالرحمن الفيفي", ""},
		{"a desk label is no place", "مروان المريسي- سبق- متابعة: تتجول مجموعة من المصورين في المدن.", "", "مروان المريسي", ""},
		{"an agency among the segments is credited", "خالد علي - واس - جدة: استقبل أمير المنطقة وفدا من رجال الأعمال.", "جدة", "خالد علي", "Saudi Press Agency"},
		{"a plain dateline has no reporter", "بيروت - قال مسؤول لبناني إن الحكومة ستجتمع غدا.", "بيروت", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			place, crs, byline := readDateline(tt.para)
			agency := ""
			if len(crs) > 0 {
				agency = crs[0].NameEn
			}
			if place != tt.place || byline != tt.byline || agency != tt.agency {
				t.Errorf("readDateline(%q) = %q %q %q, want %q %q %q", tt.para, place, byline, agency, tt.place, tt.byline, tt.agency)
			}
		})
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		name, para, place, agency string
	}{
		{"dash", "بيروت - قال مسؤول لبناني إن الحكومة ستجتمع غدا.", "بيروت", ""},
		{"en dash two words", "بيونج يانج – أعلنت كوريا الشمالية اليوم إطلاق صاروخ جديد.", "بيونج يانج", ""},
		{"colon", "سيول: حذر وزير الخارجية من تصاعد التوتر في المنطقة.", "سيول", ""},
		{"agency in brackets", "واشنطن (رويترز) - قال البيت الأبيض إن الرئيس سيسافر.", "واشنطن", "Reuters"},
		{"agency after dash", "القاهرة - (د ب أ) - أعلنت وزارة الصحة عن حملة جديدة.", "القاهرة", "Deutsche Presse-Agentur"},
		{"agency first", "واس - جدة: استقبل أمير المنطقة اليوم وفدا من رجال الأعمال.", "جدة", "Saudi Press Agency"},
		{"agency first tight dash", "قنا- الدوحة: أعلنت الحكومة خطة جديدة للنقل العام.", "الدوحة", "Qatar News Agency"},
		{"agency first, no place", "واس - وقال الوزير إن الخطة ستنفذ قريبا جدا.", "", ""},
		{"the paper first", "سبق- الرياض: اختتم المعرض أعماله أمس بحضور كبير.", "الرياض", ""},
		{"the paper first, a desk", "سبق- وكالات: قال الرئيس إن الخطة ستنفذ قريبا.", "", ""},
		{"quote after colon", "وأضاف: \"لن نقبل بذلك أبدا\" في إشارة إلى الخطة.", "", ""},
		{"verb before colon", "وقال الوزير: إن الخطة ستنفذ قريبا جدا.", "", ""},
		{"parenthetical dash", "المسؤول - الذي لم يذكر اسمه - قال إن الوضع هادئ.", "", ""},
		{"hyphenated word", "ينتشر كوفيد-19 بسرعة في المدن الكبرى هذا الشتاء.", "", ""},
		{"clause first", "قال مسؤول أمريكي، يوم الثلاثاء، إن المحادثات تتقدم - وفق مصادر.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			place, crs := parseDateline(tt.para)
			agency := ""
			if len(crs) > 0 {
				agency = crs[0].NameEn
			}
			if place != tt.place || agency != tt.agency {
				t.Errorf("parseDateline(%q) = %q %q, want %q %q", tt.para, place, agency, tt.place, tt.agency)
			}
		})
	}
}
