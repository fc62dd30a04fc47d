package link

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// testKB is a small knowledge base written for these tests, so that they
// do not move when the built-in one grows.
var testKB = sync.OnceValues(func() (*kb.KB, error) {
	return kb.New([]kb.Entry{
		{ID: "wikidata:Q159", Type: kb.LOC, Subtype: "country", Name: "روسيا", NameEn: "Russia",
			Aliases: []string{"روسيا الاتحادية", "الاتحاد الروسي"}, Demonyms: []string{"روسي", "روسية", "الروسي", "الروسية"}, Capital: "wikidata:Q649", WikidataKnown: true},
		{ID: "wikidata:Q649", Type: kb.LOC, Subtype: "city", Name: "موسكو", NameEn: "Moscow", CapitalOf: "wikidata:Q159", WikidataKnown: true},
		{ID: "wikidata:Q423", Type: kb.LOC, Subtype: "country", Name: "كوريا الشمالية", NameEn: "North Korea",
			Aliases: []string{"كوريا الديمقراطية"}, Demonyms: []string{"كوري شمالي", "كورية شمالية", "الكوري الشمالي", "الكورية الشمالية"}, Capital: "wikidata:Q18808", WikidataKnown: true},
		{ID: "wikidata:Q18808", Type: kb.LOC, Subtype: "city", Name: "بيونغ يانغ", NameEn: "Pyongyang",
			Aliases: []string{"بيونج يانج"}, CapitalOf: "wikidata:Q423", WikidataKnown: true},
		{ID: "wikidata:Q30", Type: kb.LOC, Subtype: "country", Name: "الولايات المتحدة", NameEn: "United States",
			Aliases: []string{"أمريكا", "أميركا"}, Demonyms: []string{"أمريكي", "أمريكية", "الأمريكي", "الأمريكية", "أميركي", "الأميركي"}, WikidataKnown: true},
		{ID: "wikidata:Q1065", Type: kb.ORG, Subtype: "international-org", Name: "الأمم المتحدة", NameEn: "United Nations", WikidataKnown: true},
		{ID: "wikidata:Q912", Type: kb.LOC, Subtype: "country", Name: "مالي", NameEn: "Mali", WikidataKnown: true},
		{ID: "wikidata:Q183", Type: kb.LOC, Subtype: "country", Name: "ألمانيا", NameEn: "Germany",
			Demonyms: []string{"ألماني", "ألمانية", "الألماني", "الألمانية"}, WikidataKnown: true},
		{ID: "isnad:dpa", Type: kb.ORG, Subtype: "agency", Name: "وكالة الأنباء الألمانية", NameEn: "Deutsche Presse-Agentur",
			Aliases: []string{"الألمانية", "د ب أ"}},
		{ID: "wikidata:Q37470", Type: kb.ORG, Subtype: "international-org", Name: "مجلس الأمن الدولي", NameEn: "United Nations Security Council",
			Aliases: []string{"مجلس الأمن"}, WikidataKnown: true},
		{ID: "isnad:liz-truss", Type: kb.PERS, Subtype: "person", Name: "ليز تراس", NameEn: "Liz Truss", Aliases: []string{"تراس"}},
		{ID: "wikidata:Q858", Type: kb.LOC, Subtype: "country", Name: "سوريا", NameEn: "Syria",
			Aliases: []string{"سورية"}, Demonyms: []string{"سوري", "سورية", "السوري", "السورية"}, WikidataKnown: true},
		{ID: "wikidata:Q41053", Type: kb.ORG, Subtype: "armed-group", Name: "حزب الله", NameEn: "Hezbollah", WikidataKnown: true},
		{ID: "wikidata:Q810", Type: kb.LOC, Subtype: "country", Name: "الأردن", NameEn: "Jordan", WikidataKnown: true},
		{ID: "wikidata:Q22316", Type: kb.PERS, Subtype: "person", Name: "جون كيري", NameEn: "John Kerry", Aliases: []string{"كيري"},
			Offices: []kb.Office{{Role: kb.ForeignMinister, Country: "wikidata:Q30", From: "2013-02-01", To: "2017-01-20"}}},
		{ID: "isnad:bashar-al-assad", Type: kb.PERS, Subtype: "person", Name: "بشار الأسد", NameEn: "Bashar al-Assad", Aliases: []string{"الأسد"},
			Offices: []kb.Office{{Role: kb.HeadOfState, Country: "wikidata:Q858", From: "2000-07-17", To: "2024-12-08"}}},
		{ID: "wikidata:Q851", Type: kb.LOC, Subtype: "country", Name: "السعودية", NameEn: "Saudi Arabia",
			Demonyms: []string{"سعودي", "سعودية", "السعودي", "السعودية"}, WikidataKnown: true},
		{ID: "isnad:petra", Type: kb.ORG, Subtype: "media", Name: "وكالة الأنباء الأردنية", NameEn: "Jordan News Agency", Aliases: []string{"بترا"}},
		{ID: "isnad:kremlin", Type: kb.ORG, Subtype: "government", Name: "الكرملين", NameEn: "Kremlin"},
		{ID: "isnad:city-muscat", Type: kb.LOC, Subtype: "city", Name: "مسقط", NameEn: "Muscat", CapitalOf: "wikidata:Q842"},
		{ID: "wikidata:Q842", Type: kb.LOC, Subtype: "country", Name: "سلطنة عمان", NameEn: "Oman", Aliases: []string{"عمان"},
			Demonyms: []string{"عماني", "العماني"}, Capital: "isnad:city-muscat", WikidataKnown: true},
		{ID: "wikidata:Q3805", Type: kb.LOC, Subtype: "city", Name: "عمّان", NameEn: "Amman", Aliases: []string{"عمان"}, CapitalOf: "wikidata:Q810", WikidataKnown: true},
		{ID: "wikidata:Q7747", Type: kb.PERS, Subtype: "person", Name: "فلاديمير بوتين", NameEn: "Vladimir Putin",
			Aliases: []string{"بوتين", "بوتن"}, WikidataKnown: true,
			Offices: []kb.Office{{Role: kb.HeadOfState, Country: "wikidata:Q159", From: "2012-05-07"}}},
		{ID: "wikidata:Q794", Type: kb.LOC, Subtype: "country", Name: "إيران", NameEn: "Iran",
			Demonyms: []string{"إيراني", "الإيراني", "الإيرانية"}, Capital: "wikidata:Q3616", WikidataKnown: true},
		{ID: "wikidata:Q3616", Type: kb.LOC, Subtype: "city", Name: "طهران", NameEn: "Tehran", CapitalOf: "wikidata:Q794", WikidataKnown: true},
		{ID: "wikidata:Q76", Type: kb.PERS, Subtype: "person", Name: "باراك أوباما", NameEn: "Barack Obama", Aliases: []string{"أوباما"}, WikidataKnown: true,
			Offices: []kb.Office{{Role: kb.HeadOfState, Country: "wikidata:Q30", From: "2009-01-20", To: "2017-01-20"}}},
		{ID: "isnad:us-congress", Type: kb.ORG, Subtype: "government", Name: "الكونغرس", NameEn: "United States Congress", Aliases: []string{"الكونجرس"}},
		{ID: "isnad:us-senate", Type: kb.ORG, Subtype: "government", Name: "مجلس الشيوخ الأمريكي", NameEn: "United States Senate"},
		{ID: "wikidata:Q11701", Type: kb.ORG, Subtype: "government", Name: "مجلس النواب الأمريكي", NameEn: "United States House of Representatives", WikidataKnown: true},
		{ID: "isnad:p5-plus-1", Type: kb.ORG, Subtype: "international-org", Name: "مجموعة 5+1", NameEn: "P5+1", Aliases: []string{"الدول الست الكبرى"}},
		{ID: "isnad:sergei-shoigu", Type: kb.PERS, Subtype: "person", Name: "سيرغي شويغو", NameEn: "Sergei Shoigu",
			Aliases: []string{"شويغو", "شويجو"},
			Offices: []kb.Office{{Role: kb.DefenceMinister, Country: "wikidata:Q159", From: "2012-11-06", To: "2024-05-12"}}},
	})
})

func testOptions(t testing.TB) Options {
	t.Helper()
	k, err := testKB()
	if err != nil {
		t.Fatal(err)
	}
	return Options{KB: k, Published: "2023-09-12"}
}

func run(t testing.TB, text string, opts Options) []isnad.Entity {
	t.Helper()
	ents, err := Entities(text, arabic.Sentences(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	return ents
}

// spelled returns the entity one of whose mentions is printed as name.
func spelled(ents []isnad.Entity, text, name string) *isnad.Entity {
	r := []rune(text)
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if string(r[m[0]:m[1]]) == name {
				return &ents[i]
			}
		}
	}
	return nil
}

func printed(e *isnad.Entity, text string) []string {
	r := []rune(text)
	var out []string
	for _, m := range e.Mentions {
		out = append(out, string(r[m[0]:m[1]]))
	}
	return out
}

// TestElidedArticleName: a name after ل, which swallows the article's
// alif, is named with its article; a person's is not.
func TestElidedArticleName(t *testing.T) {
	opts := testOptions(t)
	text := "وهاجم مسلحون نقطة للجيش السوري. وقال مدرب الفريق للويس فان غال إن الفوز مهم."
	names := map[string]bool{}
	for _, e := range run(t, text, opts) {
		names[e.Name] = true
	}
	if !names["الجيش السوري"] || names["جيش السوري"] {
		t.Errorf("names %v, want الجيش السوري", names)
	}
	if names["الويس فان غال"] {
		t.Errorf("names %v: a person's ل is no article", names)
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want maps a printed mention to every mention its entity must
		// have, in order; the entity's kb id follows a "@" in the key.
		want map[string][]string
		// none are printed words that must not be any entity's mention.
		none []string
	}{
		{
			name: "spelling variants fold into one person",
			text: "استقبل الرئيس فلاديمير بوتين وفدا رسميا في العاصمة. وقال بوتن إن المحادثات كانت مثمرة.",
			want: map[string][]string{"فلاديمير بوتين@wikidata:Q7747": {"فلاديمير بوتين", "بوتن"}},
		},
		{
			name: "clitics stay outside the mention",
			text: "اتصل الوزير بالكرملين وبموسكو ثم التقى وبوتين في المساء وفريقه.",
			want: map[string][]string{
				"الكرملين@isnad:kremlin": {"الكرملين"},
				"بوتين@wikidata:Q7747":   {"بوتين"},
			},
			none: []string{"بالكرملين", "وبوتين"},
		},
		{
			name: "a place named for a king is no mention of him",
			text: "ونقل المصاب إلى مستشفى الملك فهد ثم إلى مطار الملك خالد الدولي، وكان الملك فهد قد افتتح المستشفى. وتبرعت مؤسسة الملك خالد وحديقة الملك خالد.",
			want: map[string][]string{"فهد": {"فهد"}},
			none: []string{"خالد"},
		},
		{
			name: "an office holder's one-word name without its initial hamza is still he",
			text: "وسافر اوباما إلى موسكو أمس لبحث العلاقات الثنائية.",
			want: map[string][]string{"اوباما@wikidata:Q76": {"اوباما"}},
		},
		{
			name: "a verb ending in هم is no noun with a pronoun",
			text: "وتتهم السعودية الحوثيين بخرق الهدنة، فيما رحب نظراؤهم السعودية بالقرار.",
			want: map[string][]string{"السعودية@wikidata:Q851": {"السعودية"}},
		},
		{
			name: "a bare Senate or House is the United States' when the article names Congress",
			text: "ويصوت الكونغرس على الاتفاق في سبتمبر، وقال أعضاء في مجلس الشيوخ وبمجلس النواب إنهم سيرفضونه، فيما رحب مجلس الشيوخ الفرنسي به.",
			want: map[string][]string{"مجلس الشيوخ@isnad:us-senate": {"مجلس الشيوخ"}, "مجلس النواب@wikidata:Q11701": {"مجلس النواب"}},
		},
		{
			name: "a bare Senate stays unresolved when no Congress is named",
			text: "وقال أعضاء في مجلس الشيوخ إنهم سيرفضون الاتفاق.",
			none: []string{"مجلس الشيوخ"},
		},
		{
			name: "the world powers beside Iran are the P5+1",
			text: "ورحب بالاتفاق بين إيران والقوى الكبرى، وقال إن القوى الكبرى وطهران التزمتا به، وإن تفاوض إيران مع القوى الدولية كان صعبا.",
			want: map[string][]string{"القوى الكبرى@isnad:p5-plus-1": {"القوى الكبرى", "القوى الكبرى", "القوى الدولية"}},
		},
		{
			name: "the world powers alone are no one in particular",
			text: "وعبرت القوى الكبرى عن قلقها من الحرب في سوريا، فيما أعلنت إيران والدول المجاورة موقفها.",
			none: []string{"القوى الكبرى", "الدول المجاورة"},
		},
		{
			name: "a capital acting stands for its state",
			text: "أعلنت روسيا دعمها للاتفاق. وقالت موسكو إنها سترسل وفدا إلى بيونغ يانغ الشهر المقبل.",
			want: map[string][]string{
				"روسيا@wikidata:Q159":        {"روسيا", "موسكو"},
				"بيونغ يانغ@wikidata:Q18808": {"بيونغ يانغ"},
			},
		},
		{
			name: "a capital acting brings its state in when the text never names it",
			text: "وحذرت بيونج يانج من أي مناورات عسكرية قرب حدودها.",
			want: map[string][]string{"بيونج يانج@wikidata:Q423": {"بيونج يانج"}},
		},
		{
			name: "a city's police is an organisation, not the city",
			text: "وقالت شرطة موسكو إن المتهمين اعترفوا، فيما هطلت أمطار غزيرة في موسكو.",
			want: map[string][]string{
				"شرطة موسكو":          {"شرطة موسكو"},
				"موسكو@wikidata:Q649": {"موسكو"},
			},
		},
		{
			name: "a group named by its region is an organisation; organising a region is not",
			text: "وقتل زعيم جماعة خراسان في غارة، وبحث المؤتمر تنظيم الشرق الأوسط.",
			want: map[string][]string{
				"جماعة خراسان": {"جماعة خراسان"},
				"الشرق الأوسط": {"الشرق الأوسط"},
			},
		},
		{
			name: "a capital named as the capital is the city",
			text: "وصل الوفد الكوري إلى العاصمة الروسية موسكو صباح اليوم.",
			want: map[string][]string{"موسكو@wikidata:Q649": {"موسكو"}},
		},
		{
			name: "a part of a capital, or the road to it, is the city",
			text: "سقطت قذيفة جنوب موسكو أمس، وأغلق الطريق الذي يربط موسكو بالضواحي.",
			want: map[string][]string{"موسكو@wikidata:Q649": {"موسكو", "موسكو"}},
		},
		{
			name: "an epithet after a group's name does not make another name",
			text: "وقصفت الطائرات مواقع حزب الله الإرهابي قرب الحدود.",
			want: map[string][]string{"حزب الله@wikidata:Q41053": {"حزب الله"}},
			none: []string{"حزب الله الإرهابي"},
		},
		{
			name: "a capital in a dateline is the city",
			text: "موسكو - (رويترز) قالت روسيا إنها ستواصل العملية.",
			want: map[string][]string{
				"موسكو@wikidata:Q649": {"موسكو"},
				"روسيا@wikidata:Q159": {"روسيا"},
			},
		},
		{
			name: "the longest name wins",
			text: "أجرت كوريا الشمالية تجربة صاروخية جديدة صباح اليوم.",
			want: map[string][]string{"كوريا الشمالية@wikidata:Q423": {"كوريا الشمالية"}},
			none: []string{"كوريا"},
		},
		{
			name: "nationality adjectives are not entities",
			text: "قال مسؤول روسي إن الجانب الأمريكي لم يرد على المقترح الروسي.",
			none: []string{"روسي", "الأمريكي", "الروسي"},
		},
		{
			name: "the article of a name written with lam-lam",
			text: "وجه المندوب رسالة للأمم المتحدة بشأن الأزمة.",
			want: map[string][]string{"أمم المتحدة@wikidata:Q1065": {"أمم المتحدة"}},
		},
		{
			name: "the Kremlin is its own organisation",
			text: "وقال الكرملين إن روسيا لا تنوي التصعيد.",
			want: map[string][]string{
				"الكرملين@isnad:kremlin": {"الكرملين"},
				"روسيا@wikidata:Q159":    {"روسيا"},
			},
		},
		{
			name: "a definite adjective after a verb or joined to a country is the country",
			text: "وقادت السعودية التحالف، فيما انتقدت إسرائيل والسعودية الاتفاق.",
			want: map[string][]string{"السعودية@wikidata:Q851": {"السعودية", "السعودية"}},
		},
		{
			name: "a definite adjective after a definite noun, a possessed noun or غير qualifies it",
			text: "وقالت الحكومة السعودية ونظيرتها السعودية إن الأسر السعودية وغير السعودية تستفيد.",
			none: []string{"السعودية"},
		},
		{
			name: "an indefinite adjective qualifies, except after a part of the country",
			text: "ونفذت مقاتلات سورية غارات في شمال سورية.",
			want: map[string][]string{"سورية@wikidata:Q858": {"سورية"}},
		},
		{
			name: "a nationality adjective spelled like a name is still an adjective",
			text: "وقالت الحكومة الألمانية إنها تدرس الطلب.",
			none: []string{"الألمانية"},
		},
		{
			name: "a person in office spelled as his name needs no tagger",
			text: "وعقد كيري اجتماعا مع الوزراء.",
			want: map[string][]string{"كيري@wikidata:Q22316": {"كيري"}},
		},
		{
			name: "a ruler's name with the article stands after his regime or forces",
			text: "وقصفت قوات الأسد البلدة ليلا.",
			want: map[string][]string{"الأسد@isnad:bashar-al-assad": {"الأسد"}},
		},
		{
			name: "a one-word surname that is also a verb needs the tagger or the full name",
			text: "ترأس الوزير اجتماعا طارئا للحكومة مساء أمس.",
			none: []string{"ترأس"},
		},
		{
			name: "a one-word place shaped like an adjective needs the tagger",
			text: "قدمت الحكومة دعم مالي كبير للمزارعين هذا العام.",
			none: []string{"مالي"},
		},
		{
			name: "an adjective after a known name makes another name",
			text: "وقال مجلس الأمن القومي إن المراجعة اكتملت، فيما يجتمع مجلس الأمن الدولي غدا.",
			want: map[string][]string{
				"مجلس الأمن القومي":                 {"مجلس الأمن القومي"},
				"مجلس الأمن الدولي@wikidata:Q37470": {"مجلس الأمن الدولي"},
			},
		},
		{
			name: "a military unit named by its number",
			text: "وخطفت الجبهة ثمانية عناصر من الفرقة 30 أمس، وهاجمت مقرا «للفرقة 30» وقصفت معسكر اللواء 35 قرب المخا.",
			want: map[string][]string{"الفرقة 30": {"الفرقة 30", "فرقة 30"}, "اللواء 35": {"اللواء 35"}},
			none: []string{"للفرقة 30", "30"},
		},
		{
			name: "a ministry with its complement and adjectives",
			text: "وقال مسؤول بوزارة الدفاع الكورية الشمالية إن الصواريخ أطلقت صباحا.",
			want: map[string][]string{"وزارة الدفاع الكورية الشمالية": {"وزارة الدفاع الكورية الشمالية"}},
			none: []string{"كوريا الشمالية"},
		},
		{
			name: "a state's council named by its head, complement and the state's adjective",
			text: "وأقر مجلس الوزراء السعودي الخطة، وصوت مجلس الشيوخ الأمريكي عليها، فيما اجتمع مجلس الإدارة أمس.",
			want: map[string][]string{
				"مجلس الوزراء السعودي": {"مجلس الوزراء السعودي"},
				"مجلس الشيوخ الأمريكي": {"مجلس الشيوخ الأمريكي"},
			},
			none: []string{"مجلس الإدارة"},
		},
		{
			name: "a party named by حزب, its complement, one after و and its own adjectives",
			text: "وفاز حزب العدالة والتنمية الحاكم، وتراجع حزب الشعب الجمهوري، وخسر حزب المحافظين الألماني، فيما انتقد حزب المعارضة النتائج.",
			want: map[string][]string{
				"حزب العدالة والتنمية": {"حزب العدالة والتنمية"},
				"حزب الشعب الجمهوري":   {"حزب الشعب الجمهوري"},
				"حزب المحافظين":        {"حزب المحافظين"},
			},
			none: []string{"حزب المعارضة", "حزب المحافظين الألماني"},
		},
		{
			name: "a party name that may run on into an unknown word is left out",
			text: "وقال رئيس حزب الوطنيين الأحرار إن الحكومة باقية.",
			none: []string{"حزب الوطنيين"},
		},
		{
			name: "a state's institution named by its head and the state's adjective",
			text: "وقالت الداخلية السورية إن الحدود مغلقة، وأعلن الجيش الروسي انسحاب وحداته، فيما حذرت السفارة الأمريكية رعاياها.",
			want: map[string][]string{
				"الداخلية السورية":  {"الداخلية السورية"},
				"الجيش الروسي":      {"الجيش الروسي"},
				"السفارة الأمريكية": {"السفارة الأمريكية"},
			},
		},
		{
			name: "a government, forces, police or parliament named by the state's adjective",
			text: "وقالت الحكومة السورية إن القوات الروسية قصفت القرى، وطالب البرلمان الألماني بالتحقيق، فيما اعتقلت الشرطة السعودية ثلاثة.",
			want: map[string][]string{
				"الحكومة السورية":   {"الحكومة السورية"},
				"القوات الروسية":    {"القوات الروسية"},
				"البرلمان الألماني": {"البرلمان الألماني"},
				"الشرطة السعودية":   {"الشرطة السعودية"},
			},
		},
		{
			name: "an institution after لل or after و and a definite word",
			text: "وهاجم مسلحون نقطة للجيش السوري، وأدانت وزارة الخارجية الأمريكية والجيش الروسي الهجوم.",
			want: map[string][]string{
				"جيش السوري":   {"جيش السوري"},
				"الجيش الروسي": {"الجيش الروسي"},
			},
		},
		{
			name: "an institution's head after a title or a definite noun is no institution",
			text: "وقال وزير الخارجية السوري إن جهاز المخابرات الداخلية السوري اعتقل ثلاثة، والتقى بوزير الدفاع الروسي.",
			none: []string{"الخارجية السوري", "الداخلية السوري", "الدفاع الروسي"},
		},
		{
			name: "an institution's head with no state's adjective is a common noun",
			text: "وقال الجيش في بيان إن الرئاسة ستعلن النتائج، وأكد الجيش الحر تقدمه.",
			none: []string{"الجيش", "الرئاسة"},
		},
		{
			name: "the Kingdom is the one kingdom the article names",
			text: "وصل الوفد إلى الأردن أمس. وقال رئيس الوفد إن المملكة شريك أساسي للمنطقة.",
			want: map[string][]string{"الأردن@wikidata:Q810": {"الأردن", "المملكة"}},
		},
		{
			name: "the Kingdom is Saudi Arabia when the article names no kingdom",
			text: "وقال رئيس الوفد إن المملكة شريك أساسي، وإن روسيا تدعم الحوار.",
			want: map[string][]string{"المملكة@wikidata:Q851": {"المملكة"}},
		},
		{
			name: "the Kingdom stays unresolved when the article names two kingdoms",
			text: "وزار وفد من الأردن السعودية، وقال رئيسه إن المملكة شريك أساسي.",
			none: []string{"المملكة"},
		},
		{
			name: "a kingdom qualified by its adjective is not the one named",
			text: "وصل الوفد إلى الأردن أمس، وقال إن المملكة الهولندية شريك أساسي.",
			none: []string{"المملكة"},
		},
		{
			name: "after a preposition a word shaped like an adjective is the country",
			text: "وقال المبعوث إن القتال في سورية تصاعد، فيما انتقدت الحكومة السورية التقرير.",
			want: map[string][]string{"سورية@wikidata:Q858": {"سورية"}},
			none: []string{"السورية"},
		},
		{
			name: "a sectarian adjective does not make another organisation",
			text: "وقال حزب الله الشيعي في بيان إن مقاتليه انسحبوا من البلدة.",
			want: map[string][]string{"حزب الله@wikidata:Q41053": {"حزب الله"}},
			none: []string{"حزب الله الشيعي"},
		},
		{
			name: "a definite ministry word heads no ministry name",
			text: "وأعاد البيان الوزارة إلى موقفها السابق من المفاوضات.",
			none: []string{"الوزارة إلى", "الوزارة"},
		},
		{
			name: "a word after a verbal particle is a verb, not a place",
			text: "وقد سرت معلومات عن زيادة المساعدات. وزار الوفد سرت أمس.",
			want: map[string][]string{"سرت": {"سرت"}},
		},
		{
			name: "عمان in a dateline is Amman",
			text: "عمان - أعلنت الحكومة خطة جديدة للنقل العام في المدن.",
			want: map[string][]string{"عمان@wikidata:Q3805": {"عمان"}},
		},
		{
			name: "عمان with Jordan named and Oman no other way is Amman",
			text: "وصل الوزير إلى الأردن أمس. وعقد في عمان لقاءات مع المسؤولين.",
			want: map[string][]string{"عمان@wikidata:Q3805": {"عمان"}},
		},
		{
			name: "عمان with Oman named otherwise stays Oman",
			text: "زار الوزير الأردن وسلطنة عمان. وأشاد بدور عمان في الوساطة.",
			want: map[string][]string{"سلطنة عمان@wikidata:Q842": {"سلطنة عمان", "عمان"}},
		},
		{
			name: "a place opening a set phrase is no place",
			text: "وزار الرئيس مسقط رأس والده في القرية. ثم سافر إلى مسقط أمس.",
			want: map[string][]string{"مسقط": {"مسقط"}},
		},
		{
			name: "a name spelled with a clitic's letter keeps it",
			text: "واعتبر بيتر بتري أن المفاوضات مهمة. وأضاف بتري أنه سيكون لها فوائد مهمة.",
			want: map[string][]string{"بيتر بتري": {"بيتر بتري", "بتري"}},
		},
		{
			name: "a weekday after an organisation is no part of its name",
			text: "ونددت منظمة العفو الدولية الخميس بموجة الإعدامات في البلاد.",
			want: map[string][]string{"منظمة العفو الدولية": {"منظمة العفو الدولية"}},
			none: []string{"منظمة العفو الدولية الخميس"},
		},
		{
			name: "a news agency named after its state, linked by its acronym",
			text: "وأوضحت وكالة أنباء الأردن (بترا) أن المجلس سيعقد جلسات علنية.",
			want: map[string][]string{"وكالة أنباء الأردن@isnad:petra": {"وكالة أنباء الأردن", "بترا"}},
			none: []string{"الأردن"},
		},
		{
			name: "a name in quotation marks after its head noun is one organisation",
			text: "وأعلنت نقابة \"اتحاد عمال النسيج\" أن الاتفاق لن يوفر وظائف. وقال دبلوماسي في المجلس \"من غير المرجح أن نتفق\".",
			want: map[string][]string{"اتحاد عمال النسيج": {"اتحاد عمال النسيج"}},
			none: []string{"من غير المرجح أن نتفق"},
		},
		{
			name: "a kind of organisation is no name",
			text: "وتعتبر روسيا التنظيم منظمة إرهابية منذ سنوات.",
			want: map[string][]string{"روسيا@wikidata:Q159": {"روسيا"}},
			none: []string{"منظمة إرهابية"},
		},
		{
			name: "an adverb beside a name is no name",
			text: "ودعمت فرنسا دبلوماسيا كييف في مواجهة الأزمة.",
			none: []string{"دبلوماسيا"},
		},
		{
			name: "a compound given name and a family name make a person",
			text: "وأكد رئيس المنظمة، علي أكبر صالحي، أن العمل مستمر على أكبر قدر من الشفافية.",
			want: map[string][]string{"علي أكبر صالحي": {"علي أكبر صالحي"}},
			none: []string{"أكبر قدر", "على أكبر قدر"},
		},
		{
			name: "an indefinite word with tanween is no name",
			text: "وأصبح القرار ساريًا منذ صباح اليوم في جميع المحافظات.",
			none: []string{"ساريًا"},
		},
	}
	opts := testOptions(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := run(t, tc.text, opts)
			for key, want := range tc.want {
				name, id, _ := strings.Cut(key, "@")
				e := spelled(ents, tc.text, name)
				if e == nil {
					t.Fatalf("no entity printed %q in %v", name, ents)
				}
				if got := printed(e, tc.text); !slices.Equal(got, want) {
					t.Errorf("%q: mentions %q, want %q", name, got, want)
				}
				if id != "" && (e.KB == nil || *e.KB != id) && !strings.HasPrefix(id, "isnad:") {
					t.Errorf("%q: kb %v, want %s", name, e.KB, id)
				}
			}
			for _, w := range tc.none {
				if e := spelled(ents, tc.text, w); e != nil {
					t.Errorf("%q is a mention of %s %q", w, e.Type, e.Name)
				}
			}
		})
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{
			name:   "title with a nationality before the name",
			text:   "وقال وزير الدفاع الروسي سيرغي شويغو إن التدريبات ستستمر.",
			person: "سيرغي شويغو",
			want:   []string{"وزير الدفاع الروسي"},
		},
		{
			name:   "spokesperson of an organisation",
			text:   "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن اللقاء لم يتحدد بعد.",
			person: "ديمتري بيسكوف",
			want:   []string{"المتحدث باسم الكرملين"},
		},
		{
			name:   "a title with no name reads as the office holder named elsewhere",
			text:   "وصل الرئيس الروسي إلى المدينة صباحا. وكان بوتين قد أعلن الزيارة الأسبوع الماضي.",
			person: "بوتين",
			want:   []string{"الرئيس الروسي"},
		},
		{
			name:   "an appositive after the name, up to the next particle",
			text:   "وقال كير جايلز، زميل استشاري أول في برنامج الدراسات الروسية، إن الزيارة متوقعة.",
			person: "كير جايلز",
			want:   []string{"زميل استشاري أول"},
		},
	}
	opts := testOptions(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := run(t, tc.text, opts)
			e := spelled(ents, tc.text, tc.person)
			if e == nil {
				t.Fatalf("no entity printed %q in %v", tc.person, ents)
			}
			if !slices.Equal(e.Roles, tc.want) {
				t.Errorf("roles %q, want %q", e.Roles, tc.want)
			}
		})
	}
}

func TestShortForms(t *testing.T) {
	tests := []struct {
		name, text, full, short string
	}{
		{
			name:  "a last name joins the full name",
			text:  "وصل المبعوث الأمريكي جيك سوليفان إلى المنطقة. وقال سوليفان للصحفيين إن المحادثات صعبة.",
			full:  "جيك سوليفان",
			short: "سوليفان",
		},
		{
			name:  "a known last name joins the known person",
			text:  "وقال الرئيس فلاديمير بوتين في خطاب إن بلاده مستعدة. وأضاف بوتين أن الغرب أخطأ.",
			full:  "فلاديمير بوتين",
			short: "بوتين",
		},
	}
	opts := testOptions(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := run(t, tc.text, opts)
			full, short := spelled(ents, tc.text, tc.full), spelled(ents, tc.text, tc.short)
			if full == nil || short == nil || full.ID != short.ID {
				t.Errorf("%q and %q are not one entity: %v", tc.full, tc.short, ents)
			}
		})
	}
}

func TestGivenNames(t *testing.T) {
	tests := []struct {
		name, text, surname, want string
	}{
		{name: "a given name the tagger left out", text: "وقالت المتحدثة أدريان واتسون إن الاتفاق انتهاك.", surname: "واتسون", want: "أدريان واتسون"},
		{name: "two given names", text: "وحضر الاجتماع جون بول واتسون أمس.", surname: "واتسون", want: "جون بول واتسون"},
		{name: "a rare word is no given name", text: "وحضر الاجتماع تشون واتسون أمس.", surname: "واتسون", want: "واتسون"},
		{name: "not a title", text: "وقال الرئيس بايدن إن الاتفاق انتهاك.", surname: "بايدن", want: "بايدن"},
		{name: "not a verb", text: "وقال بايدن إن الاتفاق انتهاك.", surname: "بايدن", want: "بايدن"},
		{name: "not across sentences", text: "قابل الوفد أدريان\nواتسون غادرت", surname: "واتسون", want: "واتسون"},
		{name: "a compound given name", text: "وقال مستشار المرشد علي أكبر ولايتي إن الاتفاق جيد.", surname: "أكبر ولايتي", want: "علي أكبر ولايتي"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := widened(t, tc.text, tc.surname, func(d *doc, m *mention) {
				d.givenNames([]*mention{m}, map[*mention]bool{})
			})
			if got != tc.want {
				t.Errorf("widened to %q, want %q", got, tc.want)
			}
		})
	}
}

// widened runs one widening step on the tagged words of text, read as a
// person's name unless the step retypes it, and returns the name it makes.
func widened(t *testing.T, text, tagged string, step func(*doc, *mention)) string {
	t.Helper()
	d, m := taggedAt(t, text, tagged, kb.PERS)
	step(d, m)
	return d.surface(m)
}

// taggedAt builds the document of text with a mention of type typ over
// the first occurrence of tagged.
func taggedAt(t *testing.T, text, tagged, typ string) (*doc, *mention) {
	t.Helper()
	k, err := testKB()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(text, arabic.Sentences(text), k)
	start := len([]rune(text[:strings.Index(text, tagged)]))
	m := &mention{start: start, end: start + len([]rune(tagged)), typ: typ}
	d.tokenRange(m)
	return d, m
}

func TestClingingPreposition(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"لترامب", true},  // ل + ترامب
		{"بترامب", true},  // ب + ترامب
		{"بايدن", false},  // a name that starts with ب
		{"كيري", false},   // a name that starts with ك
		{"بلينكن", false}, // not in the list either way: left alone
		{"لها", false},    // too short to tell
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := clingingPreposition(arabic.Fold(tc.word)); got != tc.want {
				t.Errorf("clingingPreposition(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

func TestCompleteNames(t *testing.T) {
	tests := []struct {
		name, text, tagged, want string
	}{
		{name: "a name cut on بن", text: "وصل زين العابدين بن علي إلى جدة.", tagged: "زين العابدين بن", want: "زين العابدين بن علي"},
		{name: "a family name in آل", text: "استقبل حمد بن عيسى آل خليفة الوفد.", tagged: "حمد بن عيسى", want: "حمد بن عيسى آل خليفة"},
		{name: "a whole name stays", text: "استقبل حمد بن عيسى الوفد.", tagged: "حمد بن عيسى", want: "حمد بن عيسى"},
		{name: "not past the sentence", text: "وصل زين العابدين بن\nعلي غادر.", tagged: "زين العابدين بن", want: "زين العابدين بن"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := widened(t, tc.text, tc.tagged, func(d *doc, m *mention) { d.completeNames([]*mention{m}) })
			if got != tc.want {
				t.Errorf("completed to %q, want %q", got, tc.want)
			}
		})
	}
}

func TestJoinShortForms(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		typ         string
		full, short string
		join        bool
	}{
		{name: "an organisation without its head noun", text: "قالت وكالة يونهاب إن الوفد وصل. وأضافت يونهاب أنه غادر.", typ: kb.ORG, full: "وكالة يونهاب", short: "يونهاب", join: true},
		{name: "an organisation's leading words", text: "افتتح المنتدى الاقتصادي الشرقي أعماله. وقال المنتدى الاقتصادي إن الحضور كبير.", typ: kb.ORG, full: "المنتدى الاقتصادي الشرقي", short: "المنتدى الاقتصادي", join: true},
		{name: "a person's family name spelled otherwise", text: "وصل جو تشون ريونج أمس. وقال تشون ريونغ إن الزيارة ناجحة.", typ: kb.PERS, full: "جو تشون ريونج", short: "تشون ريونغ", join: true},
		{name: "a person's name without the middle name", text: "استقبل بندر محمد عسيري الوفد. وقال بندر عسيري إن اللقاء مثمر.", typ: kb.PERS, full: "بندر محمد عسيري", short: "بندر عسيري", join: true},
		{name: "a place is no short form", text: "زار الوفد كوريا الجنوبية. ثم عاد إلى كوريا.", typ: kb.LOC, full: "كوريا الجنوبية", short: "كوريا", join: false},
	}
	k, err := testKB()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, arabic.Sentences(tc.text), k)
			var ms []*mention
			for _, w := range []string{tc.full, tc.short} {
				i := strings.LastIndex(tc.text, w)
				if w == tc.full {
					i = strings.Index(tc.text, w)
				}
				start := len([]rune(tc.text[:i]))
				m := &mention{start: start, end: start + len([]rune(w)), typ: tc.typ}
				d.tokenRange(m)
				ms = append(ms, m)
			}
			if got := len(d.entities(ms)) == 1; got != tc.join {
				t.Errorf("joined = %v, want %v", got, tc.join)
			}
		})
	}
}

func TestOrgComplement(t *testing.T) {
	tests := []struct {
		name, text, tagged, want string
	}{
		{name: "a complement with لل and its adjective", text: "قال المعهد الكوري للتوحيد الوطني في تقرير إن", tagged: "المعهد الكوري", want: "المعهد الكوري للتوحيد الوطني"},
		{name: "an adjective", text: "وقال مجلس الأمن القومي إن المراجعة اكتملت", tagged: "مجلس الأمن", want: "مجلس الأمن القومي"},
		{name: "no complement", text: "وقال مجلس الأمن إن المراجعة اكتملت", tagged: "مجلس الأمن", want: "مجلس الأمن"},
		{name: "general goes on in the name", text: "ونشر مكتب الأمن العام في المدينة التفاصيل", tagged: "مكتب الأمن", want: "مكتب الأمن العام"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := widened(t, tc.text, tc.tagged, func(d *doc, m *mention) {
				m.typ = kb.ORG
				d.orgComplement(m)
			})
			if got != tc.want {
				t.Errorf("widened to %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPersonTitled(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                bool
	}{
		{name: "a definite title with a clinging preposition", text: "وأشاد الرئيس بالجنرال دانفورد أمس.", mention: "دانفورد", want: true},
		{name: "a definite title", text: "وقال الجنرال دانفورد إن الخطر قائم.", mention: "دانفورد", want: true},
		{name: "a title with لل", text: "وقدم الوفد للرئيس كاغامي رسالة.", mention: "كاغامي", want: true},
		{name: "a construct title takes an organisation", text: "وقال رئيس مجلس الأمن إن التصويت تأجل.", mention: "مجلس الأمن", want: false},
		{name: "no title", text: "وزار الوفد كيغالي أمس.", mention: "كيغالي", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, m := taggedAt(t, tc.text, tc.mention, kb.LOC)
			if got := d.personTitled(&group{ms: []*mention{m}}); got != tc.want {
				t.Errorf("personTitled = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNewsAgencyAcronym(t *testing.T) {
	text := "وأوضحت وكالة أنباء الأردن (بترا) أن المجلس سيعقد جلسات علنية."
	e := spelled(run(t, text, testOptions(t)), text, "وكالة أنباء الأردن")
	if e == nil || e.Type != kb.ORG || e.NameEn == nil || *e.NameEn != "Jordan News Agency" {
		t.Fatalf("agency = %+v, want the ORG Jordan News Agency", e)
	}
}

func TestTrimLeadingNisba(t *testing.T) {
	text := "ونادى الرئيس الشيشاني رمضان قاديروف بضرورة الحرمان."
	d, m := taggedAt(t, text, "الشيشاني رمضان قاديروف", kb.PERS)
	d.trimLeadingNisba([]*mention{m})
	if got := d.surface(m); got != "رمضان قاديروف" {
		t.Errorf("trimmed to %q, want %q", got, "رمضان قاديروف")
	}
}

func TestBodyRunIntoName(t *testing.T) {
	for _, tc := range []struct {
		name, text, tagged string
		want               []string // surface/type of the merged mentions
	}{
		{"a given name after a known body starts a person", "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن", "الكرملين ديمتري بيسكوف",
			[]string{"الكرملين/ORG", "ديمتري بيسكوف/PERS"}},
		{"a word that is no given name stays in the body's name", "وقال مجلس الكرملين الأعلى للأمن إن", "الكرملين الأعلى للأمن",
			[]string{"الكرملين الأعلى للأمن/ORG"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, n := taggedAt(t, tc.text, tc.tagged, kb.ORG)
			gaz := d.gazetteer(matcherFor(d.kb))
			var got []string
			for _, m := range d.merge(gaz, []*mention{n}) {
				got = append(got, d.surface(m)+"/"+m.typ)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("merge = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPluralNisba(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"مصرفيون", true},
		{"باكستانيين", true},
		{"والدبلوماسيون", true},
		{"نابليون", false}, // a name in -lion
		{"ليون", false},
		{"صهيون", false}, // too short
		{"سوليفان", false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := pluralNisba(arabic.Fold(tc.word)); got != tc.want {
				t.Errorf("pluralNisba(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

func TestPluralNisbaIsNoPerson(t *testing.T) {
	d, m := taggedAt(t, "وأبلغ مصرفيون الصحيفة أن السندات آمنة.", "مصرفيون", kb.PERS)
	if !d.junk(m) {
		t.Errorf("%q kept as a person", d.surface(m))
	}
	d, m = taggedAt(t, "وهزم نابليون جيوش أوروبا.", "نابليون", kb.PERS)
	if d.junk(m) {
		t.Errorf("%q dropped", d.surface(m))
	}
}

func TestGVariants(t *testing.T) {
	for name, want := range map[string][]string{
		"بيونغ يانغ":   {"بيونغ يانغ", "بيونج يانج"},
		"سانت بطرسبرغ": {"سانت بطرسبرغ", "سانت بطرسبرج"},
		"بغداد":        {"بغداد"},
		"كالينينغراد":  {"كالينينغراد", "كالينينجراد"},
		"شيكاغو":       {"شيكاغو", "شيكاجو"},
		"المغرب":       {"المغرب"},
	} {
		if got := gVariants(name); !slices.Equal(got, want) {
			t.Errorf("gVariants(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestTitledFirstName(t *testing.T) {
	k, err := kb.New([]kb.Entry{
		{ID: "isnad:king-salman", Type: kb.PERS, Subtype: "person", Name: "الملك سلمان بن عبد العزيز", NameEn: "Salman of Saudi Arabia"},
		{ID: "isnad:king-abdullah-saudi", Type: kb.PERS, Subtype: "person", Name: "الملك عبد الله بن عبد العزيز", NameEn: "Abdullah of Saudi Arabia"},
		{ID: "isnad:abdullah-ii", Type: kb.PERS, Subtype: "person", Name: "الملك عبد الله الثاني", NameEn: "Abdullah II of Jordan", Aliases: []string{"الملك عبدالله الثاني"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "وأكد الملك سلمان أن الزيارة مهمة. وقال الملك عبدالله إن الأمن مستتب."
	for who, want := range map[string]string{"سلمان": "isnad:king-salman", "عبدالله": ""} {
		d, m := taggedAt(t, text, who, kb.PERS)
		d.kb = k
		d.titledFirstName([]*mention{m}, titledFirstNames(k))
		got := ""
		if m.entry != nil {
			got = m.entry.ID
		}
		if got != want {
			t.Errorf("%s after الملك links to %q, want %q", who, got, want)
		}
	}
}

func TestAbdVariants(t *testing.T) {
	for name, want := range map[string][]string{
		"سلمان بن عبد العزيز": {"سلمان بن عبد العزيز", "سلمان بن عبدالعزيز"},
		"عبدالفتاح السيسي":    {"عبدالفتاح السيسي", "عبد الفتاح السيسي"},
		"عبد":                 {"عبد"},
		"عبدي":                {"عبدي"},
		"بوتين":               {"بوتين"},
	} {
		if got := abdVariants(name); !slices.Equal(got, want) {
			t.Errorf("abdVariants(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestNamesInsideNames checks that a known person's name is not found
// where it is someone's father's (after بن) or opens another man's
// longer name (الربيعة after it), while the family's آل after it keeps
// it.
func TestNamesInsideNames(t *testing.T) {
	k, err := kb.New([]kb.Entry{
		{ID: "isnad:king-abdullah-saudi", Type: kb.PERS, Subtype: "person", Name: "الملك عبد الله بن عبد العزيز", NameEn: "Abdullah of Saudi Arabia",
			Aliases: []string{"عبد الله بن عبد العزيز"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool // King Abdullah is among the entities
	}{
		{"واستقبل الأمير متعب بن عبدالله بن عبدالعزيز الوفد في الرياض.", false},
		{"واستقبل الأمير متعب بن عبدالله بن عبدالعزيز وفدا في الرياض.", false},
		{"وقال وزير الصحة عبدالله بن عبدالعزيز الربيعة إن المستشفى جاهز.", false},
		{"وكان عبدالله بن عبدالعزيز آل سعود قد زار الرياض.", true},
		{"وكان الملك عبدالله بن عبدالعزيز قد زار الرياض.", true},
	} {
		ents, err := Entities(tc.text, nil, Options{KB: k})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(ents, func(e isnad.Entity) bool { return e.NameEn != nil && *e.NameEn == "Abdullah of Saudi Arabia" })
		if got != tc.want {
			t.Errorf("%s: King Abdullah found %v, want %v (%+v)", tc.text, got, tc.want, ents)
		}
		for _, e := range ents {
			if strings.HasSuffix(e.Name, " بن") {
				t.Errorf("%s: a name cut before the father's: %q", tc.text, e.Name)
			}
		}
	}
}
