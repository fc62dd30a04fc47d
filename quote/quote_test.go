package quote

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// ent describes a hand-made entity: its mentions are every occurrence of
// its forms in the test text. typ may carry a subtype: "ORG/media".
type ent struct {
	id, typ string
	forms   []string
	roles   []string
}

// makeEntities finds the forms of es in text, as code point spans.
func makeEntities(text string, es []ent) []isnad.Entity {
	rs := []rune(text)
	var out []isnad.Entity
	for _, e := range es {
		x := isnad.Entity{ID: e.id, Type: e.typ, Name: e.forms[0], Roles: e.roles}
		if typ, sub, ok := strings.Cut(e.typ, "/"); ok { // "ORG/media"
			x.Type, x.Subtype = typ, &sub
		}
		for _, f := range e.forms {
			fr := []rune(f)
			for p := 0; p+len(fr) <= len(rs); p++ {
				if string(rs[p:p+len(fr)]) == f {
					x.Mentions = append(x.Mentions, isnad.Span{p, p + len(fr)})
				}
			}
		}
		out = append(out, x)
	}
	return out
}

// dateAt makes the DateRef of the first occurrence of s in text.
func dateAt(text, s, value string) isnad.DateRef {
	i := strings.Index(text, s)
	start := len([]rune(text[:i]))
	return isnad.DateRef{Start: start, End: start + len([]rune(s)), Text: s, Value: value}
}

// want is an expected quote; empty fields are not checked, except
// speaker ("-" for none) and via (nil means none).
type want struct {
	text, kind, speaker, speakerText, cue, date string
	via                                         []string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		ents  []ent
		dates []string // pairs: expression, value
		want  []want
	}{
		{
			name:  "verb subject title chain and date",
			text:  "وقال وزير الخارجية المصري سامح شكري للصحفيين في القاهرة يوم الأحد إن المحادثات ستستأنف الأسبوع المقبل.",
			ents:  []ent{{"E1", "PERS", []string{"سامح شكري"}, nil}, {"E2", "LOC", []string{"القاهرة"}, nil}},
			dates: []string{"يوم الأحد", "2024-03-10"},
			want:  []want{{text: "المحادثات ستستأنف الأسبوع المقبل", kind: Indirect, speaker: "E1", speakerText: "وزير الخارجية المصري سامح شكري", cue: "وقال", date: "2024-03-10"}},
		},
		{
			name: "a region, or a city after a preposition, says nothing",
			text: "وقال المكتب الثقافي بالرياض إن التسجيل مفتوح. وقالت دول الخليج إن الأمن مستتب.",
			ents: []ent{{"RY", "LOC/city", []string{"الرياض"}, nil}, {"GU", "LOC/region", []string{"الخليج"}, nil}},
			want: []want{{text: "التسجيل مفتوح", kind: Indirect, speaker: "-"}, {text: "الأمن مستتب", kind: Indirect, speaker: "-"}},
		},
		{
			name: "in keeping with an agreement is no one's words",
			text: "والحل هو وقف الحرب أولا، وعودة كل الفرقاء إلى الحوار، وفقا للمبادرة الخليجية، ومخرجات الحوار الوطني.",
			ents: []ent{{"GI", "MISC/agreement", []string{"مبادرة الخليجية"}, nil}},
			want: nil,
		},
		{
			name: "a party's officer speaks for himself; the party itself speaks for the party",
			text: "وقال رئيس حزب النهضة الوطني إن الانتخابات ستجري في موعدها. وقال حزب النهضة الوطني في بيان إنه سيشارك فيها.",
			ents: []ent{{"P", "ORG/party", []string{"حزب النهضة الوطني"}, nil}},
			want: []want{
				{text: "الانتخابات ستجري في موعدها", kind: Indirect, speaker: "-", speakerText: "رئيس حزب النهضة الوطني"},
				{text: "سيشارك فيها", kind: Indirect, speaker: "P"},
			},
		},
		{
			name: "a bare title's ل-genitive body, a comma, then the holder's name",
			text: "وقال الرئيس التنفيذي لمجلس الأعمال المشترك، كريم الراشد، إن الاستثمارات تضاعفت.",
			ents: []ent{{"O", "ORG", []string{"مجلس الأعمال المشترك"}, nil}, {"K", "PERS", []string{"كريم الراشد"}, nil}},
			want: []want{{text: "الاستثمارات تضاعفت", kind: Indirect, speaker: "K"}},
		},
		{
			name: "a continued statement's speaker is the man a reporting verb named, though he was quoted on nothing",
			text: "فيما وصل وزير الدفاع كريم نصار إلى قاعدة الحبانية، أكد رئيس مجلس العشائر في الأنبار الشيخ سالم حداد انسحاب المسلحين من المدينة. وقال للصحفيين: إن القوات تقدمت.",
			ents: []ent{{"K", "PERS", []string{"كريم نصار"}, nil}, {"A", "LOC", []string{"الأنبار"}, nil}, {"S", "PERS", []string{"سالم حداد"}, nil}},
			want: []want{{text: "القوات تقدمت", kind: Indirect, speaker: "S", speakerText: "رئيس مجلس العشائر في الأنبار الشيخ سالم حداد"}},
		},
		{
			name: "a participle's speaker is the man of the clause before it, not a place the sentence opened on",
			text: "وخفضت وكالة التصنيف درجة مصر الائتمانية، فانتقد وزير المالية كريم نصار القرار، مشيرا إلى أنه لا يعكس واقع الاقتصاد.",
			ents: []ent{{"EG", "LOC", []string{"مصر"}, nil}, {"K", "PERS", []string{"كريم نصار"}, nil}},
			want: []want{{text: "لا يعكس واقع الاقتصاد", kind: Indirect, speaker: "K"}},
		},
		{
			name: "a participle's speaker is the man a body's office names, not the body",
			text: "ورحب المتحدث باسم الكرملين ديمتري بيسكوف بالزيارة قائلا إنها مهمة.",
			ents: []ent{{"K", "ORG", []string{"الكرملين"}, nil}, {"P", "PERS", []string{"ديمتري بيسكوف"}, nil}},
			want: []want{{text: "مهمة", kind: Indirect, speaker: "P"}},
		},
		{
			name: "after أيضا a verb with a named speaker and a colon quotes for itself, inside open indirect speech",
			text: "وقال النائب سالم حداد إن الحكومة أخطأت في حساباتها، أيضا قال وزير المالية كريم نصار: «لن نرفع الضرائب هذا العام».",
			ents: []ent{{"E1", "PERS", []string{"سالم حداد"}, nil}, {"E2", "PERS", []string{"كريم نصار"}, nil}},
			want: []want{{text: "الحكومة أخطأت في حساباتها", kind: Indirect, speaker: "E1"}, {text: "لن نرفع الضرائب هذا العام", kind: Direct, speaker: "E2"}},
		},
		{
			name: "a named speaker before الذي قال فيه: quotes for himself; the open quote ends at the comma before him",
			text: "وقال المحلل سمير داود إن الوزير ترك أثرا كبيرا، ومن ذلك تصريح رئيس الوزراء خالد العلي الذي قال فيه: «كان شريكا لا يعوض في كل الأوقات».",
			ents: []ent{{"E1", "PERS", []string{"سمير داود"}, nil}, {"E2", "PERS", []string{"خالد العلي"}, nil}},
			want: []want{{text: "الوزير ترك أثرا كبيرا", kind: Indirect, speaker: "E1"}, {text: "كان شريكا لا يعوض في كل الأوقات", kind: Direct, speaker: "E2"}},
		},
		{
			name: "speech reported inside indirect speech stays in it when its speaker stands before the verb",
			text: "وقال المحلل سمير داود إن الرئيس خالد العلي قال له: «لن نتراجع عن هذا القرار أبدا».",
			ents: []ent{{"E1", "PERS", []string{"سمير داود"}, nil}, {"E2", "PERS", []string{"خالد العلي"}, nil}},
			want: []want{{text: "الرئيس خالد العلي قال له: «لن نتراجع عن هذا القرار أبدا»", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "بقوله after a verb that is no speech verb: the clause's subject speaks",
			text: "وقالت الوزيرة هند سالم إن الوضع مستقر. وعرجت على ملف الحدود بقولها إن الخطر ما زال قائما هناك.",
			ents: []ent{{"E1", "PERS", []string{"هند سالم"}, nil}},
			want: []want{{text: "الوضع مستقر", kind: Indirect, speaker: "E1"}, {text: "الخطر ما زال قائما هناك", kind: Indirect, speaker: "E1", cue: "بقولها"}},
		},
		{
			name: "a participle before بقوله belongs to the next statement, not the open quote",
			text: "وقال وزير الصحة ماجد الحسن إن القرار صائب، مؤكدا بقوله «هذه خطوة تأخرت كثيرا عن موعدها».",
			ents: []ent{{"E1", "PERS", []string{"ماجد الحسن"}, nil}},
			want: []want{{text: "القرار صائب", kind: Indirect, speaker: "E1"}, {text: "هذه خطوة تأخرت كثيرا عن موعدها", kind: Direct, speaker: "E1"}},
		},
		{
			name: "a person after a title with to is told, not the speaker",
			text: "وقالت دول الخليج لوزير الخارجية الأمريكي جون كيري أمس إن الاتفاق يجب أن يطبق بدقة.",
			ents: []ent{{"E1", "PERS", []string{"جون كيري"}, nil}},
			want: []want{{text: "الاتفاق يجب أن يطبق بدقة", kind: Indirect, speaker: "-"}},
		},
		{
			name: "a definite title with another state's adjective is not that minister",
			text: "وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تريد الحوار. وأكد الوزير البحريني أن الأفعال أهم من الأقوال.",
			ents: []ent{{"E1", "PERS", []string{"محمد جواد ظريف"}, []string{"وزير الخارجية الإيراني"}}},
			want: []want{{text: "بلاده تريد الحوار", kind: Indirect, speaker: "E1"}, {text: "الأفعال أهم من الأقوال", kind: Indirect, speaker: "-"}},
		},
		{
			name: "a one-letter title abbreviation with its dot does not end the speaker phrase",
			text: "وقال د. سامي حداد إن الوباء تراجع. وأوضح م. خالد العمر أن الجسر سيفتتح قريبا.",
			ents: []ent{{"E1", "PERS", []string{"سامي حداد"}, nil}, {"E2", "PERS", []string{"خالد العمر"}, nil}},
			want: []want{{text: "الوباء تراجع", kind: Indirect, speaker: "E1", speakerText: "د. سامي حداد"}, {text: "الجسر سيفتتح قريبا", kind: Indirect, speaker: "E2"}},
		},
		{
			name: "a paper's name in quotation marks after its head word is the speaker",
			text: "وذكرت صحيفة «الأنباء» الكويتية أن الحكومة ستستقيل.",
			ents: []ent{{"E1", "ORG/media", []string{"الأنباء"}, nil}},
			want: []want{{text: "الحكومة ستستقيل", kind: Indirect, speaker: "E1", speakerText: "صحيفة «الأنباء» الكويتية"}},
		},
		{
			name: "a participle right after the verb is no speaker phrase",
			text: "وقالت الوزيرة سارة العلي إن الخطة جاهزة. وأوضحت قائلة: «سنبدأ التنفيذ الشهر المقبل».",
			ents: []ent{{"E1", "PERS", []string{"سارة العلي"}, nil}},
			want: []want{{text: "الخطة جاهزة", kind: Indirect, speaker: "E1"}, {text: "سنبدأ التنفيذ الشهر المقبل", kind: Direct, speaker: "E1"}},
		},
		{
			name: "a participle opening a complement starts the speaker's next statement, comma or not",
			text: "وقال الوزير سالم العلي إن المحتجزين اعترفا بالتهريب مضيفا أن أحدهما تدرب في الخارج مشيرا إلى أن التحقيق مستمر.",
			ents: []ent{{"E1", "PERS", []string{"سالم العلي"}, nil}},
			want: []want{{text: "المحتجزين اعترفا بالتهريب", kind: Indirect, speaker: "E1"}, {text: "أحدهما تدرب في الخارج", kind: Indirect, speaker: "E1"}, {text: "التحقيق مستمر", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "an agreement the knowledge base knows says nothing",
			text: "وربط المحللون بين الاتفاق النووي واستئناف الحوار مشيرين إلى أن واشنطن تريد طمأنة حلفائها.",
			ents: []ent{{"E1", "MISC/agreement", []string{"الاتفاق النووي"}, nil}, {"E2", "LOC", []string{"واشنطن"}, nil}},
			want: []want{{text: "واشنطن تريد طمأنة حلفائها", kind: Indirect, speaker: "-"}},
		},
		{
			name: "a body is not the spokesman whose title names it",
			text: "وقال المتحدث باسم القوات الحكومية سالم ناصر إن الهدوء عاد. وأعلنت القوات الحكومية أنها استعادت المطار.",
			ents: []ent{{"E1", "PERS", []string{"سالم ناصر"}, nil}},
			want: []want{{text: "الهدوء عاد", kind: Indirect, speaker: "E1"}, {text: "استعادت المطار", kind: Indirect, speaker: "-"}},
		},
		{
			name: "a title is not its deputy's",
			text: "واستقبل رئيس التحرير خالد العمر ونائب رئيس التحرير سعد الفهد الوفد. وقال رئيس التحرير إن الزيارة مهمة.",
			ents: []ent{{"E1", "PERS", []string{"خالد العمر"}, nil}, {"E2", "PERS", []string{"سعد الفهد"}, nil}},
			want: []want{{text: "الزيارة مهمة", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "an honorific pronoun stands for the dignitary with its title named before",
			text: "وافتتح الأمير خالد بن سعود المعرض أمس بحضور المدير العام سامي حداد. وقال سموه إن المعرض يعرض تراث المنطقة.",
			ents: []ent{{"E1", "PERS", []string{"خالد بن سعود"}, nil}, {"E2", "PERS", []string{"سامي حداد"}, nil}},
			want: []want{{text: "المعرض يعرض تراث المنطقة", kind: Indirect, speaker: "E1", speakerText: "سموه"}},
		},
		{
			name: "the title may stand far before the name, but not before another person",
			text: "واستقبل الوزير علي صالح أمس معالي رئيس ديوان المراقبة العامة الشيخ الدكتور حسن العمري. وأكد معاليه أن الرقابة تحمي المال العام.",
			ents: []ent{{"E1", "PERS", []string{"علي صالح"}, nil}, {"E2", "PERS", []string{"حسن العمري"}, nil}},
			want: []want{{text: "الرقابة تحمي المال العام", kind: Indirect, speaker: "E2"}},
		},
		{
			name: "a title word of the person before is not the next person's",
			text: "واستقبل معالي الوزير علي صالح المهندس سامي حداد. وأكد معاليه أن المشروع سيكتمل.",
			ents: []ent{{"E1", "PERS", []string{"علي صالح"}, nil}, {"E2", "PERS", []string{"سامي حداد"}, nil}},
			want: []want{{text: "المشروع سيكتمل", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "the last speaker quoted, when of the honorific's rank, before a dignitary only thanked",
			text: "وقال الأمير خالد بن سعود إن الموسم نجح. وشكر الأمير فهد بن سلطان على دعمه. وأضاف سموه أن العمل مستمر.",
			ents: []ent{{"E1", "PERS", []string{"خالد بن سعود"}, nil}, {"E2", "PERS", []string{"فهد بن سلطان"}, nil}},
			want: []want{{text: "الموسم نجح", kind: Indirect, speaker: "E1"}, {text: "العمل مستمر", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "the title an honorific answers to may be inside the mention",
			text: "وترأس الأمير خالد بن سعود الجلسة. وقال سموه إن المشاريع تسير وفق الخطة.",
			ents: []ent{{"E1", "PERS", []string{"الأمير خالد بن سعود"}, nil}},
			want: []want{{text: "المشاريع تسير وفق الخطة", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "a definite title runs no further than its adjectives into the verb's object",
			text: "والتقى الرئيس المصري سامح فؤاد الأمير خالد بن سعود. وأكد الرئيس المصري أهمية زيارة سمو ولي العهد لمصر مشيرا إلى أنها تعزز العلاقات.",
			ents: []ent{{"E1", "PERS", []string{"سامح فؤاد"}, []string{"الرئيس المصري"}}, {"E2", "PERS", []string{"خالد بن سعود", "ولي العهد"}, []string{"ولي العهد"}}},
			want: []want{{text: "تعزز العلاقات", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "a name after the honorific pronoun is no speaker",
			text: "وقال الشيخ سعد الحربي إن الصلاة واجبة. وبين سماحته في خطبة الجمعة بجامع الإمام تركي بن عبدالله أن الصدق نجاة.",
			ents: []ent{{"E1", "PERS", []string{"سعد الحربي"}, nil}, {"E2", "PERS", []string{"تركي بن عبدالله"}, nil}},
			want: []want{{text: "الصلاة واجبة", kind: Indirect, speaker: "E1"}, {text: "الصدق نجاة", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "an honorific pronoun with no one of its rank named has no speaker",
			text: "وزار المهندس سامي حداد الموقع. وقال سموه إن العمل يسير وفق الخطة.",
			ents: []ent{{"E2", "PERS", []string{"سامي حداد"}, nil}},
			want: []want{{text: "العمل يسير وفق الخطة", kind: Indirect, speaker: "-", speakerText: "سموه"}},
		},
		{
			name: "a title whose scope runs past a genitive and a place to the name",
			text: "وتوقع مدير المعهد العربي للدراسات الأمنية في عمان الدكتور عبدالكريم ناصر أن تتراجع الهجمات.",
			ents: []ent{{"E1", "PERS", []string{"عبدالكريم ناصر"}, nil}, {"E2", "LOC", []string{"عمان"}, nil}},
			want: []want{{text: "تتراجع الهجمات", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "describing: the name before the verb speaks, the noun after it is described",
			text: "لكن رئيس الوزراء الإسرائيلي بنيامين نتنياهو وصف الاتفاق بأنه خطأ تاريخي.",
			ents: []ent{{"E1", "PERS", []string{"بنيامين نتنياهو"}, nil}},
			want: []want{{text: "خطأ تاريخي", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "a verb after حين takes the main clause's subject, past a pronoun preposition",
			text: "وقال محمد سالم إن الوضع صعب. وهذا ما أكد عليه خالد منصور في كلمته حين قال «لن نتراجع عن موقفنا».",
			ents: []ent{{"E1", "PERS", []string{"محمد سالم"}, nil}, {"E2", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "الوضع صعب", kind: Indirect, speaker: "E1"}, {text: "لن نتراجع عن موقفنا", kind: Direct, speaker: "E2"}},
		},
		{
			name: "a plural verb stands after its subject",
			text: "وقال محمد سالم إن الوضع صعب. لكن مسؤولين في الوزارة يعتبرون القرار بأنه خطوة ضرورية.",
			ents: []ent{{"E1", "PERS", []string{"محمد سالم"}, nil}},
			want: []want{{text: "الوضع صعب", kind: Indirect, speaker: "E1"}, {text: "خطوة ضرورية", kind: Indirect, speaker: "-", speakerText: "مسؤولين في الوزارة"}},
		},
		{
			name: "a commentator's description points back at the person last quoted",
			text: "وقال الدكتور خالد منصور إن الأزمة ستطول. ورأى الخبير السياسي المصري أن الحل بعيد.",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "الأزمة ستطول", kind: Indirect, speaker: "E1"}, {text: "الحل بعيد", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "a definite office or centre is the body named before with that head",
			text: "نشر مكتب الأمن العام التفاصيل أمس. وقال المكتب إن التحقيق مستمر.",
			ents: []ent{{"E1", "ORG", []string{"مكتب الأمن العام"}, nil}},
			want: []want{{text: "التحقيق مستمر", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "a member's title runs past its body to the name",
			text: "من جهته قال عضو الأمانة العامة لقوى المعارضة سامي نصار: إن التخوف كبير.",
			ents: []ent{{"E1", "PERS", []string{"سامي نصار"}, nil}},
			want: []want{{text: "التخوف كبير", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "a definite title with its body in ل runs on to the holder's name",
			text: "وقال محمد سالم إن الوضع صعب. وصرح الأمين العام لجامعة الدول العربية نبيل العربي أن سورية لم تعلق عضويتها.",
			ents: []ent{{"E1", "PERS", []string{"محمد سالم"}, nil}, {"E2", "ORG", []string{"جامعة الدول العربية"}, nil}, {"E3", "PERS", []string{"نبيل العربي"}, nil}},
			want: []want{{text: "الوضع صعب", kind: Indirect, speaker: "E1"}, {text: "سورية لم تعلق عضويتها", kind: Indirect, speaker: "E3"}},
		},
		{
			name: "interpreting with بأن is describing",
			text: "وفسر عدد من المتابعين هذا التحول بأن روسيا قررت دعم الحكومة.",
			want: []want{{text: "روسيا قررت دعم الحكومة", kind: Indirect, speaker: "-"}},
		},
		{
			name: "a named source after the comma at the sentence's end said the clause before",
			text: "عمان - قتل ثلاثة مدنيين في قصف على البلدة أمس، حسبما أكدت وزارة الداخلية.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الداخلية"}, nil}},
			want: []want{{text: "قتل ثلاثة مدنيين في قصف على البلدة أمس", kind: Indirect, speaker: "E1"}},
		},
		{
			name: "an unnamed source at the end is the writer's hedge, no quote",
			text: "وشهدت العلاقات بين البلدين تحسنا كبيرا، وفقا لمحللين سياسيين.",
			want: nil,
		},
		{
			name: "after أما X فـverb, a later قال speaks for X, not the verb's object",
			text: "وقال محمد سالم إن الوضع صعب. أما الوزير خالد منصور فاتهم مصر مباشرة بالتقصير، إذ قال: إن «السبب واضح للجميع».",
			ents: []ent{{"E1", "PERS", []string{"محمد سالم"}, nil}, {"E2", "PERS", []string{"خالد منصور"}, nil}, {"E3", "LOC", []string{"مصر"}, nil}},
			want: []want{{text: "الوضع صعب", kind: Indirect, speaker: "E1"}, {text: "«السبب واضح للجميع»", kind: Indirect, speaker: "E2"}},
		},
		{
			name: "an SVO subject with its title after the name and no comma",
			text: "وقال محمد سالم إن الوضع صعب. لكن يوري بويتشنكو مفوض الأمم المتحدة لمناهضة التمييز يرى أن الجهود قليلة.",
			ents: []ent{{"E1", "PERS", []string{"محمد سالم"}, nil}, {"E2", "PERS", []string{"يوري بويتشنكو"}, nil}, {"E3", "ORG", []string{"الأمم المتحدة"}, nil}},
			want: []want{{text: "الوضع صعب", kind: Indirect, speaker: "E1"}, {text: "الجهود قليلة", kind: Indirect, speaker: "E2"}},
		},
		{
			name: "a conjoined قال takes the subject of the verb just before it",
			text: "وحذر سامي نصار من العنف، لكن الوزير خالد منصور حذر من التهويل وقال إن الإعلام بالغ في نقلها.",
			ents: []ent{{"E1", "PERS", []string{"سامي نصار"}, nil}, {"E2", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "الإعلام بالغ في نقلها", kind: Indirect, speaker: "E2"}},
		},
		{
			name: "colon direct quote with an appositive institution",
			text: "وقال ماجد العلي، الباحث في مركز الخليج للدراسات: “الوضع الأمني يتحسن ببطء في المنطقة”.",
			ents: []ent{{"E1", "PERS", []string{"ماجد العلي"}, nil}, {"E2", "ORG", []string{"مركز الخليج للدراسات"}, nil}},
			want: []want{{text: "الوضع الأمني يتحسن ببطء في المنطقة", kind: Direct, speaker: "E1", speakerText: "ماجد العلي"}},
		},
		{
			name: "title then the name in apposition",
			text: "وقالت المتحدثة باسم وزارة الصحة، الدكتورة منى خليل، إن اللقاحات ستصل خلال أيام.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الصحة"}, nil}, {"E2", "PERS", []string{"منى خليل"}, nil}},
			want: []want{{text: "اللقاحات ستصل خلال أيام", speaker: "E2", speakerText: "المتحدثة باسم وزارة الصحة، الدكتورة منى خليل"}},
		},
		{
			name:  "speaker after the quotation",
			text:  "“لن نتراجع عن مطالبنا المشروعة”، قال رئيس النقابة خالد منصور يوم الخميس.",
			ents:  []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			dates: []string{"يوم الخميس", "2024-05-02"},
			want:  []want{{text: "لن نتراجع عن مطالبنا المشروعة", kind: Direct, speaker: "E1", cue: "قال", date: "2024-05-02"}},
		},
		{
			name: "wire copy: the clause, then the verb and its subject",
			text: "الحكومة لن تتراجع عن خطة الإصلاح الاقتصادي، قال وزير المالية فهد الراشد.",
			ents: []ent{{"E1", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "الحكومة لن تتراجع عن خطة الإصلاح الاقتصادي", kind: Indirect, speaker: "E1", cue: "قال"}},
		},
		{
			name: "wire copy with كما: as the minister said",
			text: "وتراجعت صادرات النفط خلال الربع الأول من العام، كما أوضح وزير المالية فهد الراشد أمس.",
			ents: []ent{{"E1", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "وتراجعت صادرات النفط خلال الربع الأول من العام", kind: Indirect, speaker: "E1", cue: "أوضح"}},
		},
		{
			name: "كما with an object after the name adds an act, not an attribution",
			text: "وافتتح الوزير المعرض الدولي للكتاب في الرياض، كما أعلن الوزير فهد الراشد تشكيل لجنة جديدة للنشر.",
			ents: []ent{{"E1", "PERS", []string{"فهد الراشد"}, nil}},
		},
		{
			name: "كما with the name after a preposition names an object",
			text: "وخسر الفريق خدمات مهاجمه الأول في الموسم الماضي، كما كشف الثلاثاء عن مدافعه الجديد فهد الراشد.",
			ents: []ent{{"E1", "PERS", []string{"فهد الراشد"}, nil}},
		},
		{
			name: "a relative clause's antecedent speaks",
			text: "وذكّر البيان بتصريحات مدير الصندوق هاني سالم الذي اعترف بأن المشروع صمم لتوزيع الأموال على المقربين.",
			ents: []ent{{"E1", "PERS", []string{"هاني سالم"}, nil}},
			want: []want{{text: "المشروع صمم لتوزيع الأموال على المقربين", speaker: "E1"}},
		},
		{
			name: "the statement already spoken of speaks for its issuer",
			text: "وقالت وزارة الخارجية في بيان إن الزيارة ناجحة. وجاء في البيان أن الطرفين اتفقا على مواصلة الحوار.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الخارجية"}, nil}},
			want: []want{{text: "الزيارة ناجحة", speaker: "E1"}, {text: "الطرفين اتفقا على مواصلة الحوار", speaker: "E1", speakerText: "البيان"}},
		},
		{
			name: "a title whose phrase runs into the object names its holder",
			text: "قال وزير الخارجية الأردني، هشام العمري، إن الحوار مستمر. ووصف وزير الخارجية الأردني المحادثات بأنها مثمرة جدا.",
			ents: []ent{{"E1", "PERS", []string{"هشام العمري"}, nil}},
			want: []want{{text: "الحوار مستمر", speaker: "E1"}, {text: "مثمرة جدا", speaker: "E1"}},
		},
		{
			name: "a verb joined to the one before shares its named subject",
			text: "قالت الحكومة إن المفاوضات انتهت. لكن هشام العمري عاد وقال إن الحوار لم ينته بعد.",
			ents: []ent{{"E1", "PERS", []string{"هشام العمري"}, nil}, {"E2", "ORG", []string{"الحكومة"}, nil}},
			want: []want{{text: "المفاوضات انتهت", speaker: "E2"}, {text: "الحوار لم ينته بعد", speaker: "E1"}},
		},
		{
			name: "a participle speaks for the subject of the verb before it",
			text: "وشدد وزير الخارجية هشام العمري على تقديم عمّان تنازلات قائلا: \"لن نتراجع أكثر من ذلك\".",
			ents: []ent{{"E1", "PERS", []string{"هشام العمري"}, nil}, {"E2", "LOC", []string{"عمّان"}, nil}},
			want: []want{{text: "لن نتراجع أكثر من ذلك", speaker: "E1"}},
		},
		{
			name: "a feminine participle opening a complement is a cue even without a comma",
			text: "ورفضت الحكومة الإيطالية التعليق قائلة إن التحقيق لا يزال مستمرا.",
			ents: []ent{{"E1", "ORG", []string{"الحكومة الإيطالية"}, nil}},
			want: []want{{text: "التحقيق لا يزال مستمرا", speaker: "E1"}},
		},
		{
			name: "insisting on what is said is speech",
			text: "وأصر رئيس الوزراء جان كاستكس على أن الخطة ستنفذ كاملة.",
			ents: []ent{{"E1", "PERS", []string{"جان كاستكس"}, nil}},
			want: []want{{text: "الخطة ستنفذ كاملة", speaker: "E1"}},
		},
		{
			name: "a title's genitive state and scope come before the holder who speaks",
			text: "وقالت مندوبة كندا لدى الأمم المتحدة ليندا مارتن، إن القرار متوازن.",
			ents: []ent{{"E1", "LOC", []string{"كندا"}, nil}, {"E2", "ORG", []string{"الأمم المتحدة"}, nil}, {"E3", "PERS", []string{"ليندا مارتن"}, nil}},
			want: []want{{text: "القرار متوازن", speaker: "E3"}},
		},
		{
			name: "a person after the title's scope who does not close the clause is not the speaker",
			text: "وقال سفير كندا في مؤتمر مع ليندا مارتن اليوم إن القرار متوازن.",
			ents: []ent{{"E1", "LOC", []string{"كندا"}, nil}, {"E3", "PERS", []string{"ليندا مارتن"}, nil}},
			want: []want{{text: "القرار متوازن", speaker: "E1"}},
		},
		{
			name: "a title's genitive person is not the speaker",
			text: "وقال مستشار الرئيس الدكتور علي أكبر ناطقي إن العلاقات جيدة.",
			ents: []ent{{"E1", "PERS", []string{"علي أكبر ناطقي"}, nil}},
			want: []want{{text: "العلاقات جيدة", speaker: "E1"}},
		},
		{
			name: "a construct title's genitive person gives way to the holder",
			text: "وقال مستشار خالد منصور الدكتور هاني سالم إن العلاقات جيدة.",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}, {"E2", "PERS", []string{"هاني سالم"}, nil}},
			want: []want{{text: "العلاقات جيدة", speaker: "E2"}},
		},
		{
			name: "a verb joined by و after a comma starts its own clause, not wire copy",
			text: "ونفت الحكومة بشكل قاطع أي تورط في الهجوم، واتهمت الجنود الأجانب.",
			ents: []ent{{"E1", "ORG", []string{"الحكومة"}, nil}},
		},
		{
			name: "SVO with an appositive ending in a place: the person before the comma speaks",
			text: "إلا أن هاني سالم، سفير الأردن في الأمم المتحدة قال إن المشروع يحتاج إلى تعديل.",
			ents: []ent{{"E1", "PERS", []string{"هاني سالم"}, nil}, {"E2", "ORG", []string{"الأمم المتحدة"}, nil}, {"E3", "LOC", []string{"الأردن"}, nil}},
			want: []want{{text: "المشروع يحتاج إلى تعديل", speaker: "E1"}},
		},
		{
			name: "SVO with a place after a preposition before the verb: no speaker named",
			text: "وقالت الحكومة إن الوفد وصل. إلا أن الدول التي تجتمع في عمّان تؤكد أن الاتفاق سيعزز النمو في المنطقة.",
			ents: []ent{{"E1", "ORG", []string{"الحكومة"}, nil}, {"E2", "LOC", []string{"عمّان"}, nil}},
			want: []want{{text: "الوفد وصل", speaker: "E1"}, {text: "الاتفاق سيعزز النمو في المنطقة", speaker: "-"}},
		},
		{
			name: "كان and its subject before the verb, with no قد",
			text: "وكان الرئيس خالد منصور وهو من أنصار المعاهدة أعلن في مايو أن البلاد لن تنسحب منها.",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "البلاد لن تنسحب منها", speaker: "E1"}},
		},
		{
			name: "a negated pointing verb is no report",
			text: "وقدمت الحكومة مشروعا لكنه لا يشير إلى إنشاء محكمة خاصة بالقضية.",
			ents: []ent{{"E1", "ORG", []string{"الحكومة"}, nil}},
		},
		{
			name: "a name in quotation marks after its head noun is no quote",
			text: "وأعلنت نقابة \"اتحاد عمال النسيج والصناعات\" وهي من الأبرز في البلاد أن الاتفاق لن يوفر وظائف.",
			want: []want{{text: "الاتفاق لن يوفر وظائف"}},
		},
		{
			name: "a quantifier before an unnamed head",
			text: "وقال عدة دبلوماسيين بمجلس الأمن إنهم يتوقعون تأجيل التصويت.",
			ents: []ent{{"E1", "ORG", []string{"مجلس الأمن"}, nil}},
			want: []want{{text: "يتوقعون تأجيل التصويت", speaker: "-"}},
		},
		{
			name: "كما before a verb starts a statement of its own",
			text: "وقال خالد منصور إن الخطة جيدة، معتبرا أن التعويل على غيرها مجرد خيال، كما أكد أن البلاد سترد بحزم.",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "الخطة جيدة", speaker: "E1"}, {text: "التعويل على غيرها مجرد خيال", speaker: "E1"}, {text: "البلاد سترد بحزم", speaker: "E1", cue: "أكد"}},
		},
		{
			name: "told to a programme, the last speaker goes on",
			text: "وقال خالد منصور إن الوضع صعب. وقال لبرنامج «لقاء الأسبوع» على قناة محلية «يجب علينا مواجهتهم بكل طريقة».",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "الوضع صعب", speaker: "E1"}, {text: "يجب علينا مواجهتهم بكل طريقة", speaker: "E1"}},
		},
		{
			name: "a quotation opening with إن after an adjunct",
			text: "وقال خالد منصور في تصريحات صحفية له أمس «إن الحكومة تواصل التمويل والتحريض».",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "إن الحكومة تواصل التمويل والتحريض", speaker: "E1", kind: Direct}},
		},
		{
			name: "the official is the person last quoted",
			text: "صرح المتحدث باسم الوزارة خالد منصور بأن الوضع صعب. وقال المسؤول الأردني في تصريحات له أمس «إن الحكومة تواصل العمل».",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "الوضع صعب", speaker: "E1"}, {text: "إن الحكومة تواصل العمل", speaker: "E1"}},
		},
		{name: "a short clause before a verb is no quote", text: "وفي الصباح، قال الرئيس كلمته أمام البرلمان."},
		{name: "an adverbial clause before a verb is no quote", text: "وبعد انتهاء الاجتماع مع الوفد الأمريكي، قال الرئيس كلمة قصيرة."},
		{
			name: "according to a person after the quotation",
			text: "«الاقتصاد سيتعافى خلال عامين»، بحسب وزير المالية فهد الراشد.",
			ents: []ent{{"E1", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "الاقتصاد سيتعافى خلال عامين", kind: Direct, speaker: "E1", cue: "بحسب"}},
		},
		{
			name: "agency relays a minister's words",
			text: "ونقلت وكالة الأنباء الأردنية عن الوزير أيمن الصفدي قوله إن “الحدود ستبقى مغلقة حتى إشعار آخر”.",
			ents: []ent{{"E1", "ORG", []string{"وكالة الأنباء الأردنية"}, nil}, {"E2", "PERS", []string{"أيمن الصفدي"}, nil}},
			want: []want{{text: "الحدود ستبقى مغلقة حتى إشعار آخر", kind: Direct, speaker: "E2", via: []string{"E1"}, cue: "ونقلت"}},
		},
		{
			name: "paper reports relaying unnamed sources",
			text: "وذكرت صحيفة الأيام نقلا عن مصادر أمنية أن الانفجار وقع قرب السوق المركزي.",
			ents: []ent{{"E1", "ORG", []string{"صحيفة الأيام"}, nil}},
			want: []want{{text: "الانفجار وقع قرب السوق المركزي", kind: Indirect, speaker: "-", speakerText: "مصادر أمنية", via: []string{"E1"}}},
		},
		{
			name: "said to a paper",
			text: "وقال المحلل يوسف عمر لصحيفة الشرق إن الأسعار سترتفع مع بداية العام.",
			ents: []ent{{"E1", "PERS", []string{"يوسف عمر"}, nil}, {"E2", "ORG", []string{"الشرق"}, nil}},
			want: []want{{text: "الأسعار سترتفع مع بداية العام", speaker: "E1", speakerText: "المحلل يوسف عمر", via: []string{"E2"}}},
		},
		{
			name: "added words continue the last speaker",
			text: "وأكد رئيس الوزراء نبيل فهمي أن الحكومة ستدعم المزارعين. وأضاف أن الاتفاق سيوقع في الشهر المقبل.",
			ents: []ent{{"E1", "PERS", []string{"نبيل فهمي"}, nil}},
			want: []want{
				{text: "الحكومة ستدعم المزارعين", speaker: "E1", cue: "وأكد"},
				{text: "الاتفاق سيوقع في الشهر المقبل", speaker: "E1", cue: "وأضاف"},
			},
		},
		{
			name: "the minister points back to the minister named earlier",
			text: "قال وزير الطاقة أحمد سالم إن الإنتاج سيرتفع هذا العام.\n\nوفي سياق آخر، أكد الوزير أن الأسعار لن تتغير قريبا.",
			ents: []ent{{"E1", "PERS", []string{"أحمد سالم"}, nil}},
			want: []want{
				{text: "الإنتاج سيرتفع هذا العام", speaker: "E1"},
				{text: "الأسعار لن تتغير قريبا", speaker: "E1", speakerText: "الوزير"},
			},
		},
		{
			name: "a title names the person it was given before",
			text: "التقى وزير الزراعة التونسي منير بلحاج نظيره الجزائري. وقال وزير الزراعة التونسي إن المحصول سيتضاعف.",
			ents: []ent{{"E1", "PERS", []string{"منير بلحاج"}, nil}},
			want: []want{{text: "المحصول سيتضاعف", speaker: "E1", speakerText: "وزير الزراعة التونسي"}},
		},
		{
			name: "a title given in apposition after the name",
			text: "وصل سليم عثمان، المتحدث باسم الجيش، إلى المدينة. وقال المتحدث باسم الجيش إن الطريق آمن.",
			ents: []ent{{"E1", "PERS", []string{"سليم عثمان"}, nil}, {"E2", "ORG", []string{"الجيش"}, nil}},
			want: []want{{text: "الطريق آمن", speaker: "E1"}},
		},
		{
			name: "a conference name in guillemets before the colon",
			text: "وقال الوزير خلال «المؤتمر الدولي للمياه والطاقة» الذي عقد في الرباط: «الجفاف يهدد الجميع».",
			want: []want{{text: "الجفاف يهدد الجميع", kind: Direct}},
		},
		{
			name: "a spokesman resolved by the entity's role",
			text: "وقال المتحدث باسم الحكومة إن الانتخابات ستجري في موعدها.",
			ents: []ent{{"E1", "PERS", []string{"سمير داود"}, []string{"المتحدث باسم الحكومة"}}},
			want: []want{{text: "الانتخابات ستجري في موعدها", speaker: "E1", speakerText: "المتحدث باسم الحكومة"}},
		},
		{
			name: "the subject of an earlier verb without speech",
			text: "وأعلن الجيش مقتل جندي في المنطقة، وقال في بيان له إن الوضع تدهور بشكل كبير.",
			ents: []ent{{"E1", "ORG", []string{"الجيش"}, nil}},
			want: []want{{text: "الوضع تدهور بشكل كبير", speaker: "E1"}},
		},
		{
			name: "a subject in quotation marks before the verb",
			text: "ووزير الخارجية \"سامي فؤاد\" يؤكد أن الزيارة ناجحة.",
			ents: []ent{{"E1", "PERS", []string{"سامي فؤاد"}, nil}},
			want: []want{{text: "الزيارة ناجحة", speaker: "E1"}},
		},
		{
			name: "unnamed official",
			text: "وقال مسؤول أمريكي طلب عدم نشر اسمه إن واشنطن سترسل وفدا إلى المنطقة.",
			ents: []ent{{"E1", "LOC", []string{"واشنطن"}, nil}},
			want: []want{{text: "واشنطن سترسل وفدا إلى المنطقة", speaker: "-", speakerText: "مسؤول أمريكي طلب عدم نشر اسمه"}},
		},
		{
			name: "a title's seat is no speaker",
			text: "وأكد رئيس المحكمة العامة بتبوك أن الأحكام صدرت بعد تحقيق طويل.",
			ents: []ent{{"E1", "LOC", []string{"تبوك"}, nil}},
			want: []want{{text: "الأحكام صدرت بعد تحقيق طويل", speaker: "-", speakerText: "رئيس المحكمة العامة بتبوك"}},
		},
		{
			name: "a title's body speaks when no holder is known",
			text: "وقال رئيس بلدية عمان إن الشوارع ستفتح غدا.",
			ents: []ent{{"E1", "LOC", []string{"عمان"}, nil}},
			want: []want{{text: "الشوارع ستفتح غدا", speaker: "E1"}},
		},
		{
			name: "the newspaper told comes between the verb and the speaker",
			text: "وقال لـ«الأخبار» سالم الحربي رئيس الغرفة التجارية: «السوق تتعافى».",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}, {"E2", "ORG/media", []string{"الأخبار"}, nil}},
			want: []want{{text: "السوق تتعافى", speaker: "E1", via: []string{"E2"}}},
		},
		{
			name: "an unnamed source after the newspaper told",
			text: "وأكد لـ«الأخبار» مصدر خاص في النادي أن الإدارة تفاوض اللاعب سامي يوسف.",
			ents: []ent{{"E1", "PERS", []string{"سامي يوسف"}, nil}, {"E2", "ORG/media", []string{"الأخبار"}, nil}},
			want: []want{{text: "الإدارة تفاوض اللاعب سامي يوسف", speaker: "-", speakerText: "مصدر خاص", via: []string{"E2"}}},
		},
		{
			name: "بيّن opening its clause reports",
			text: "وبين المتحدث باسم الوزارة أحمد سالم أن الطريق سيفتح غدا.",
			ents: []ent{{"E1", "PERS", []string{"أحمد سالم"}, nil}},
			want: []want{{text: "الطريق سيفتح غدا", speaker: "E1"}},
		},
		{
			name: "بين inside a clause is the preposition",
			text: "ورفض أحمد سالم الخلط بين الإسلام والإرهاب بحجة أنه يسيء إلى المسلمين.",
			ents: []ent{{"E1", "PERS", []string{"أحمد سالم"}, nil}},
			want: nil,
		},
		{
			name: "بينها is among them, not explained it",
			text: "وزار أحمد سالم عدة دول بينها أن تكون مصر أولها.",
			ents: []ent{{"E1", "PERS", []string{"أحمد سالم"}, nil}},
			want: nil,
		},
		{
			name: "مبينا continues the clause's speaker",
			text: "وافتتح أحمد سالم المعرض، مبينا أن المشاركين تجاوزوا الألف.",
			ents: []ent{{"E1", "PERS", []string{"أحمد سالم"}, nil}},
			want: []want{{text: "المشاركين تجاوزوا الألف", speaker: "E1"}},
		},
		{
			name: "according to a medium after the verb: the pronoun speaks",
			text: "وقالت هدى سالم إن العمل مستمر. وقالت وفقا لما ذكرته إذاعة الشرق إن المدارس ستفتح قريبا.",
			ents: []ent{{"E1", "PERS", []string{"هدى سالم"}, nil}, {"E2", "ORG/media", []string{"إذاعة الشرق"}, nil}},
			want: []want{{text: "العمل مستمر", speaker: "E1"}, {text: "المدارس ستفتح قريبا", speaker: "E1", via: []string{"E2"}}},
		},
		{
			name: "according to a medium ends the speaker's phrase",
			text: "وقال سالم الحربي بحسب وكالة الأنباء الرسمية إن الحوار مستمر.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}, {"E2", "ORG/media", []string{"وكالة الأنباء الرسمية"}, nil}},
			want: []want{{text: "الحوار مستمر", speaker: "E1", speakerText: "سالم الحربي", via: []string{"E2"}}},
		},
		{
			name: "a paper told with no لـ, then the speaker",
			text: "وأبلغ \"الأخبار\" سالم الحربي رئيس الغرفة التجارية أن السوق تتعافى.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}},
			want: []want{{text: "السوق تتعافى", speaker: "E1"}},
		},
		{
			name: "a quoted body that is no medium tells",
			text: "وأبلغ «حزب الأمة» الحكومة أنه لن يشارك في الجلسة.",
			ents: []ent{{"E1", "ORG", []string{"حزب الأمة"}, nil}},
			want: []want{{text: "لن يشارك في الجلسة", speaker: "E1"}},
		},
		{
			name: "a relative clause after an apposition: the person before it speaks",
			text: "وتحدثت الصحيفة مع سالم الحربي، مدير العمليات في الشركة، الذي أكد أن السوق تنمو بسرعة.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}},
			want: []want{{text: "السوق تنمو بسرعة", speaker: "E1"}},
		},
		{
			name: "a relative clause on unnamed sources: they speak, not a name before them",
			text: "وتقام الحملة في مدينة سالم الحربي بحسب المصادر المحلية التي قالت إن الإقبال كبير.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}},
			want: []want{{text: "الإقبال كبير", speaker: "-", speakerText: "المصادر المحلية"}},
		},
		{
			name: "the ف that answers أما: the topic speaks",
			text: "وقال سالم الحربي إن الأسعار مرتفعة. أما خالد الدوسري فيرى أن الأسعار مقبولة.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}, {"E2", "PERS", []string{"خالد الدوسري"}, nil}},
			want: []want{{text: "الأسعار مرتفعة", speaker: "E1"}, {text: "الأسعار مقبولة", speaker: "E2"}},
		},
		{
			name: "أما عن: the topic is spoken of, the speaker goes on",
			text: "وقال سالم الحربي إن الأسعار مرتفعة. أما عن مشروع خالد الدوسري فيرى أن الأسعار مقبولة.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}, {"E2", "PERS", []string{"خالد الدوسري"}, nil}},
			want: []want{{text: "الأسعار مرتفعة", speaker: "E1"}, {text: "الأسعار مقبولة", speaker: "E1"}},
		},
		{
			name: "subject before the verb",
			text: "الرئيس السابق حسن علي قال إن البلاد بحاجة إلى إصلاحات عاجلة.",
			ents: []ent{{"E1", "PERS", []string{"حسن علي"}, nil}},
			want: []want{{text: "البلاد بحاجة إلى إصلاحات عاجلة", speaker: "E1"}},
		},
		{
			name: "unnamed subject before the verb",
			text: "لكن دبلوماسيين غربيين قالوا إن الجولة المقبلة قد تتأجل.",
			want: []want{{text: "الجولة المقبلة قد تتأجل", speaker: "-", speakerText: "دبلوماسيين غربيين"}},
		},
		{
			name: "participle speaks for the clause subject",
			text: "وانتقد النائب سعيد كريم الحكومة، قائلا إن خطتها فشلت في خفض البطالة.",
			ents: []ent{{"E1", "PERS", []string{"سعيد كريم"}, nil}},
			want: []want{{text: "خطتها فشلت في خفض البطالة", speaker: "E1", cue: "قائلا"}},
		},
		{
			name: "organisation as speaker and a trailing agency as via",
			text: "وقالت وزارة الصحة إن عدد الإصابات تراجع، بحسب وكالة رويترز.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الصحة"}, nil}, {"E2", "ORG", []string{"وكالة رويترز"}, nil}},
			want: []want{{text: "عدد الإصابات تراجع", speaker: "E1", via: []string{"E2"}}},
		},
		{
			name: "leading according to with فإن",
			text: "ووفقا لمصادر طبية، فإن عدد المصابين ارتفع إلى عشرين شخصا.",
			want: []want{{text: "عدد المصابين ارتفع إلى عشرين شخصا", speaker: "-", speakerText: "مصادر طبية"}},
		},
		{
			name: "leading according to, a comma and a clause: the source's words",
			text: "ووفقا لبيان وزارة الصحة، شهدت الأشهر الماضية تراجعا كبيرا في عدد الإصابات.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الصحة"}, nil}},
			want: []want{{text: "شهدت الأشهر الماضية تراجعا كبيرا في عدد الإصابات", speaker: "E1"}},
		},
		{
			name: "according to unnamed observers with the article, and a place after them: unnamed",
			text: "وحسب الكثير من المراقبين في عمان، تحتاج الحكومة إلى دعم خارجي عاجل.",
			ents: []ent{{"E1", "LOC", []string{"عمان"}, nil}},
			want: []want{{text: "تحتاج الحكومة إلى دعم خارجي عاجل", speaker: "-", speakerText: "الكثير من المراقبين في عمان"}},
		},
		{
			name: "according to joined by و after a comma opens the next clause",
			text: "واعتمد الاتحاد الأوروبي حزمة مساعدات جديدة، وحسب ما جاء في بيان للمفوضية الأوروبية، يهدف البرنامج إلى تعزيز قطاع الأمن.",
			ents: []ent{{"E1", "ORG", []string{"الاتحاد الأوروبي"}, nil}, {"E2", "ORG", []string{"المفوضية الأوروبية", "لمفوضية الأوروبية"}, nil}},
			want: []want{{text: "يهدف البرنامج إلى تعزيز قطاع الأمن", speaker: "E2"}},
		},
		{
			name: "no quote after according to a thing, a ranking, a relative clause or before a speech verb",
			text: "وفقا للخطة، ستبدأ المرحلة الثانية من المشروع الشهر المقبل. وجاء في المركز الأول، فريق النصر بفارق كبير عن منافسيه. وحسب مصدرين في الجلسة، فقد قال سالم الحربي إن الاتفاق قريب.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}, {"E2", "ORG", []string{"النصر"}, nil}},
			want: []want{{text: "الاتفاق قريب", speaker: "E1"}},
		},
		{
			name: "two quoted segments by one speaker",
			text: "وقالت الوزيرة ليلى حسن: “نحن ملتزمون بالاتفاق كاملا”. “ولن نقبل أي تأخير في التنفيذ”.",
			ents: []ent{{"E1", "PERS", []string{"ليلى حسن"}, nil}},
			want: []want{
				{text: "نحن ملتزمون بالاتفاق كاملا", kind: Direct, speaker: "E1"},
				{text: "ولن نقبل أي تأخير في التنفيذ", kind: Direct, speaker: "E1"},
			},
		},
		{
			name: "unclosed quotation runs to the paragraph end",
			text: "وقال المدير العام: “سنعمل على حل المشكلة في أقرب وقت\n\nوفي خبر آخر افتتح معرض الكتاب.",
			want: []want{{text: "سنعمل على حل المشكلة في أقرب وقت", kind: Direct, speaker: "-", speakerText: "المدير العام"}},
		},
		{
			name: "indirect speech holding a quoted phrase",
			text: "وحذر الجيش من أن الوضع “خطير للغاية” على الحدود الشمالية.",
			ents: []ent{{"E1", "ORG", []string{"الجيش"}, nil}},
			want: []want{{text: "الوضع “خطير للغاية” على الحدود الشمالية", kind: Indirect, speaker: "E1", cue: "وحذر"}},
		},
		{
			name: "a pointing verb with a noun complement",
			text: "وأشار التقرير إلى احتمال ارتفاع الأسعار خلال الصيف.",
			want: []want{{text: "احتمال ارتفاع الأسعار خلال الصيف", speaker: "-", speakerText: "التقرير"}},
		},
		{
			name: "adjunct before the named subject",
			text: "وقال في وقت سابق وزير الداخلية كمال جابر إن الشرطة اعتقلت خمسة أشخاص.",
			ents: []ent{{"E1", "PERS", []string{"كمال جابر"}, nil}},
			want: []want{{text: "الشرطة اعتقلت خمسة أشخاص", speaker: "E1"}},
		},
		{
			name: "adjunct and a pronoun subject",
			text: "قالت الوزيرة هدى سليم إن الخطة جاهزة. وقالت أمس إنها ستعرضها على البرلمان.",
			ents: []ent{{"E1", "PERS", []string{"هدى سليم"}, nil}},
			want: []want{{speaker: "E1"}, {text: "ستعرضها على البرلمان", speaker: "E1"}},
		},
		{
			name: "in his words after a quotation",
			text: "قال المحافظ رامي زيد إن المياه عادت. وكانت الأزمة “أسوأ ما مر على المدينة منذ عقود”، على حد تعبيره.",
			ents: []ent{{"E1", "PERS", []string{"رامي زيد"}, nil}},
			want: []want{{speaker: "E1"}, {text: "أسوأ ما مر على المدينة منذ عقود", kind: Direct, speaker: "E1", cue: "على حد تعبيره"}},
		},
		{
			name: "said to a paper named in guillemets",
			text: "وقال النائب وليد سمير لـ«الأيام» إن الجلسة ستعقد غدا.",
			ents: []ent{{"E1", "PERS", []string{"وليد سمير"}, nil}, {"E2", "ORG/media", []string{"الأيام"}, nil}},
			want: []want{{text: "الجلسة ستعقد غدا", speaker: "E1", via: []string{"E2"}}},
		},
		{
			name: "a feminine pronoun subject skips a masculine speaker",
			text: "قالت الوزيرة سلمى ناصر إن الميزانية جاهزة. وقال النائب كريم عادل إن الجلسة تأجلت. وأضافت أن التصويت سيجري الأسبوع المقبل.",
			ents: []ent{{"E1", "PERS", []string{"سلمى ناصر"}, nil}, {"E2", "PERS", []string{"كريم عادل"}, nil}},
			want: []want{{speaker: "E1"}, {speaker: "E2"}, {text: "التصويت سيجري الأسبوع المقبل", speaker: "E1", cue: "وأضافت"}},
		},
		{
			name: "it came in the statement that",
			text: "وجاء في بيان لوزارة الداخلية أن الطريق سيغلق ليومين.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الداخلية"}, nil}},
			want: []want{{text: "الطريق سيغلق ليومين", speaker: "E1", cue: "وجاء في"}},
		},
		{
			name: "as an agency reported, after indirect speech",
			text: "وقال الوزير عادل فارس إن المعبر سيفتح غدا، حسبما ذكرت وكالة الأنباء الرسمية.",
			ents: []ent{{"E1", "PERS", []string{"عادل فارس"}, nil}, {"E2", "ORG", []string{"وكالة الأنباء الرسمية"}, nil}},
			want: []want{{text: "المعبر سيفتح غدا", speaker: "E1", via: []string{"E2"}}},
		},
		{name: "however is no complement", text: "وتتهم الحكومة المعارضة بتأجيج الاحتجاجات، إلا أن المعارضة تنفي ذلك."},
		{name: "expected without anyone expecting", text: "ويتوقع أن تصل الشحنة الأسبوع المقبل."},
		{
			name: "a colon without quotation marks",
			text: "وقال المتحدث باسم البلدية: الطرق ستفتح صباح الغد.",
			want: []want{{text: "الطرق ستفتح صباح الغد", kind: Indirect, speakerText: "المتحدث باسم البلدية"}},
		},
		{name: "scare quotes are no quote", text: "وشهدت المدينة ما يسمى “الهدنة الإنسانية” منذ أسبوع."},
		{name: "a title in quotation marks is no quote", text: "فاز فيلم “الطريق إلى دمشق” بالجائزة الكبرى."},
		{name: "verb with a noun object", text: "وقال الرئيس كلمة قصيرة في الحفل الختامي."},
		{name: "announcement without speech", text: "وأعلن الجيش حالة الطوارئ في المدينة."},
		{name: "passive description", text: "وهي انتخابات وصفت بأنها غير نزيهة."},
		{name: "verbal noun after تم", text: "ولم يتم ذكر اسمه في التقرير الذي يقول أحد."},
		{name: "verbal noun with teh marbuta", text: "وفي إفادة أمام اللجنة عن أن المشروع متأخر كثيرا."},
		{name: "a channel's name glued to a preposition", text: "وذكر الوزير لـ\"سي إن إن الدولية\" تفاصيل الزيارة."},
		{name: "what someone says is a noun clause", text: "ولا أحد يصدق ما يقوله الناطق إن الوضع مستقر."},
		{
			name: "quotation glued with tatweel is no segment of its own",
			text: "وطالب القرار إيران بـ\"التعاون التام والفوري مع المفتشين\" في كل المواقع.",
		},
		{name: "worth noting is nobody's words", text: "يذكر أن المدينة شهدت احتجاجات واسعة الشهر الماضي."},
		{
			name: "a name in quotation marks after the verb",
			text: "وقال الوزير لقناة \"الجزيرة مباشر اليوم\" في مقابلة مطولة.",
			ents: []ent{{"E1", "ORG", []string{"الجزيرة مباشر اليوم"}, nil}},
		},
		{name: "belief without a believer", text: "ويعتقد أن الوفد يضم ثلاثة وزراء."},
		{name: "reporting words inside a quotation", text: "ورفع المحتجون علما عليه عبارة “قال لي أبي إن الوطن أغلى”."},
		{name: "a feminine participle used as a noun", text: "ورفع المحتجون لافتة “الوطن أغلى من كل شيء هنا”."},
		{name: "confirmed sources are no one stressing", text: "وتداولت المواقع أخبارا من مصادر مؤكدة أن المدرب سيرحل."},
		{
			name: "a paper learned from sources: the sources speak, the paper relays",
			text: "وعلمت «الأخبار» من مصادر مطلعة أن المدرب سيرحل.",
			ents: []ent{{"E2", "ORG/media", []string{"الأخبار"}, nil}},
			want: []want{{text: "المدرب سيرحل", speaker: "-", speakerText: "مصادر مطلعة", via: []string{"E2"}}},
		},
		{
			name: "a paper learned from a named man",
			text: "وعلمت «الأخبار» من سالم الحربي رئيس النادي أن المدرب سيرحل.",
			ents: []ent{{"E1", "PERS", []string{"سالم الحربي"}, nil}, {"E2", "ORG/media", []string{"الأخبار"}, nil}},
			want: []want{{text: "المدرب سيرحل", speaker: "E1", via: []string{"E2"}}},
		},
		{name: "learning with no source is no report", text: "وعلمت الإدارة أن المدرب سيرحل."},

		{
			name: "a feminine participle after a comma",
			text: "وانتقدت النائبة ريم سالم القانون، مضيفة أن الحكومة تسرعت.",
			ents: []ent{{"E1", "PERS", []string{"ريم سالم"}, nil}},
			want: []want{{text: "الحكومة تسرعت", speaker: "E1", cue: "مضيفة"}},
		},
		{
			name: "reported speech within reported speech",
			text: "وقال المبعوث ماهر سعيد إن الوفد يعتقد أن الاتفاق ممكن هذا الشهر.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, nil}},
			want: []want{{text: "الوفد يعتقد أن الاتفاق ممكن هذا الشهر", speaker: "E1"}},
		},
		{
			name: "pluperfect with an unnamed subject between كان and قد",
			text: "وكان مسؤولون أمريكيون في واشنطن قد صرحوا بأن الجيش سينسحب من القاعدة الشمالية.",
			ents: []ent{{"E1", "LOC", []string{"واشنطن"}, nil}},
			want: []want{{text: "الجيش سينسحب من القاعدة الشمالية", speaker: "-", speakerText: "مسؤولون أمريكيون", cue: "صرحوا"}},
		},
		{
			name: "pluperfect with a named subject after a quote of another speaker",
			text: "وقالت النائبة ريم سالم إن القانون سيعدل. وكان وزير العدل ماهر سعيد قد أكد أن الحكومة لن تسحبه.",
			ents: []ent{{"E1", "PERS", []string{"ريم سالم"}, nil}, {"E2", "PERS", []string{"ماهر سعيد"}, nil}},
			want: []want{{text: "القانون سيعدل", speaker: "E1"}, {text: "الحكومة لن تسحبه", speaker: "E2", speakerText: "وزير العدل ماهر سعيد"}},
		},
		{
			name: "a call with إلى أن",
			text: "ودعا الوزير ماهر سعيد إلى أن تتحمل الدول الغنية مسؤولياتها تجاه اللاجئين.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, nil}},
			want: []want{{text: "تتحمل الدول الغنية مسؤولياتها تجاه اللاجئين", kind: Indirect, speaker: "E1", cue: "ودعا"}},
		},
		{
			name: "a call for a noun is no quote",
			text: "ودعا الوزير ماهر سعيد إلى وقف فوري لإطلاق النار في المدينة.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, nil}},
		},
		{
			name: "a call in a relative clause leaves the main verb its complement",
			text: "وأكد الوزير ماهر سعيد، الذي دعا إلى الحوار، أن الحكومة لن تستقيل.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, nil}},
			want: []want{{text: "الحكومة لن تستقيل", speaker: "E1", cue: "وأكد"}},
		},
		{
			name: "a colon after a call belongs to another verb",
			text: "وكانت العائلات قد دعيت إلى الحفل، ثم دعوا من قبل المنظمين إلى الحضور، ووجه الرئيس كلامه إليهم: نرحب بكم جميعا هنا اليوم.",
		},
		{
			name: "a plural pronoun subject does not continue one person",
			text: "وقال المبعوث ماهر سعيد إن الحوار هو الحل. وقالوا إن الوفد سيصل غدا إلى العاصمة.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, nil}},
			want: []want{{text: "الحوار هو الحل", speaker: "E1"}, {text: "الوفد سيصل غدا إلى العاصمة", speaker: "-", speakerText: "-"}},
		},
		{
			name: "a plural pronoun continues a plural subject after a singular verb",
			text: "وقال الباحثون في الجامعة إن النتائج مشجعة. وأكدوا أن الدراسة ستستمر عامين.",
			want: []want{{text: "النتائج مشجعة", speakerText: "الباحثون"}, {text: "الدراسة ستستمر عامين", speakerText: "الباحثون"}},
		},
		{
			name: "a title in the construct state names its holder, not the ministry",
			text: "وقال ماهر سعيد إن الحوار مستمر. وأكد وزير الخارجية أن البلاد لن تتراجع.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, []string{"وزير الخارجية"}}, {"E2", "ORG", []string{"الخارجية"}, nil}},
			want: []want{{text: "الحوار مستمر", speaker: "E1"}, {text: "البلاد لن تتراجع", speaker: "E1", speakerText: "وزير الخارجية"}},
		},
		{
			name: "a longer title than any role keeps the institution named in it",
			text: "وأكد وزير الخارجية الإيراني أن البلاد لن تتراجع.",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, []string{"وزير الخارجية"}}, {"E2", "LOC", []string{"الإيراني"}, nil}},
			want: []want{{text: "البلاد لن تتراجع", speaker: "E2"}},
		},
		{
			name: "a definite institution points back to the body with its head word",
			text: "وقالت وزارة الصحة في بيان إن المستشفيات جاهزة. وقال الجيش إن الطرق مفتوحة. وأضافت الوزارة أن اللقاحات وصلت.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الصحة"}, nil}},
			want: []want{{text: "المستشفيات جاهزة", speaker: "E1"}, {text: "الطرق مفتوحة", speaker: "-", speakerText: "الجيش"}, {text: "اللقاحات وصلت", speaker: "E1", speakerText: "الوزارة"}},
		},
		{
			name: "a definite institution that is itself a name",
			text: "وقال الجيش الوطني في بيان إن الطرق مفتوحة.",
			ents: []ent{{"E1", "ORG", []string{"الجيش الوطني"}, nil}, {"E2", "ORG", []string{"جيش التحرير"}, nil}},
			want: []want{{text: "الطرق مفتوحة", speaker: "E1"}},
		},
		{
			name: "a question after تساءل and a colon",
			text: "وتساءل النائب ماهر سعيد: «من سيدفع ثمن هذه الأخطاء كلها؟»",
			ents: []ent{{"E1", "PERS", []string{"ماهر سعيد"}, nil}},
			want: []want{{text: "من سيدفع ثمن هذه الأخطاء كلها؟", kind: Direct, speaker: "E1", cue: "وتساءل"}},
		},
		{
			name: "a warning after نبه إلى أن",
			text: "ونبهت الباحثة ريم سالم إلى أن مخزون المياه يتراجع كل عام.",
			ents: []ent{{"E1", "PERS", []string{"ريم سالم"}, nil}},
			want: []want{{text: "مخزون المياه يتراجع كل عام", speaker: "E1", cue: "ونبهت"}},
		},
		{name: "it is worth noting is nobody's words", text: "والجدير ذكره أن المهرجان يقام كل عام في الربيع."},
		{
			name: "renewed emphasis that",
			text: "وجدد الرئيس عماد ناصر التأكيد على أن الانتخابات ستجرى في موعدها.",
			ents: []ent{{"E1", "PERS", []string{"عماد ناصر"}, nil}},
			want: []want{{text: "الانتخابات ستجرى في موعدها", speaker: "E1", speakerText: "الرئيس عماد ناصر", cue: "وجدد"}},
		},
		{
			name: "a renewed contract is no quote",
			text: "وجدد النادي عقد المدرب عماد ناصر إلى أن تنتهي البطولة المقبلة.",
			ents: []ent{{"E1", "PERS", []string{"عماد ناصر"}, nil}},
		},
		{
			name: "a noun that looks like a plural verb with a pronoun",
			text: "وخسر المدعي دعواه أن العقد باطل منذ البداية.",
		},
		{
			name: "an expected announcement is no report",
			text: "ومن المتوقع أن يعلن الوزير عماد ناصر أن الانتخابات ستؤجل.",
			ents: []ent{{"E1", "PERS", []string{"عماد ناصر"}, nil}},
		},
		{name: "what some may say is no report", text: "وقد يقول البعض إن هذه الأرقام مبالغ فيها كثيرا."},
		{
			name: "a present verb after قبل أن tells what happened",
			text: "وفاز عماد ناصر بولاية ثانية قبل أن يعلن أنه سيترك منصبه.",
			ents: []ent{{"E1", "PERS", []string{"عماد ناصر"}, nil}},
			want: []want{{text: "سيترك منصبه", cue: "يعلن"}},
		},
		{
			name: "a statement speaks for the body that issued it",
			text: "وأوضح بيان صادر عن وزارة الزراعة أن الأسعار ستنخفض الشهر المقبل.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الزراعة"}, nil}},
			want: []want{{text: "الأسعار ستنخفض الشهر المقبل", speaker: "E1", speakerText: "بيان صادر عن وزارة الزراعة"}},
		},
		{
			name: "a statement with the issuer glued to لـ",
			text: "وقال بيان لوزارة الزراعة إن الأسعار ستنخفض الشهر المقبل.",
			ents: []ent{{"E1", "ORG", []string{"وزارة الزراعة"}, nil}},
			want: []want{{text: "الأسعار ستنخفض الشهر المقبل", speaker: "E1"}},
		},
		{
			name: "a statement with no issuer named",
			text: "وذكر بيان أن الأسعار ستنخفض الشهر المقبل.",
			want: []want{{text: "الأسعار ستنخفض الشهر المقبل", speaker: "-", speakerText: "بيان"}},
		},
		{
			name: "a medium reports that a named person said: the person speaks, the medium relays",
			text: "وذكرت صحيفة «الأنباء» أن وزير المالية فهد الراشد أكد أن العجز سيتراجع.",
			ents: []ent{{"E1", "ORG", []string{"صحيفة «الأنباء»"}, nil}, {"E2", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "العجز سيتراجع", speaker: "E2", via: []string{"E1"}}},
		},
		{
			name: "unnamed media relayed by an agency",
			text: "ونقلت وكالة الأنباء الرسمية عن وسائل إعلام محلية، أن الوزير فهد الراشد أكد أن العجز سيتراجع.",
			ents: []ent{{"E1", "ORG", []string{"وكالة الأنباء الرسمية"}, nil}, {"E2", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "العجز سيتراجع", speaker: "E2", via: []string{"E1"}}},
		},
		{
			name: "a source, not a medium, keeps what it says a person said",
			text: "وقال مصدر مطلع إن الوزير فهد الراشد أكد أن العجز سيتراجع.",
			ents: []ent{{"E2", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "الوزير فهد الراشد أكد أن العجز سيتراجع", speaker: "-"}},
		},
		{
			name: "a title points back to its holder across his state's adjective",
			text: "وقال وزير المالية السعودي فهد الراشد إن الميزانية قوية. وأوضح وزير المالية أن العجز سيتراجع.",
			ents: []ent{{"E1", "PERS", []string{"فهد الراشد"}, nil}},
			want: []want{{text: "الميزانية قوية", speaker: "E1"}, {text: "العجز سيتراجع", speaker: "E1", speakerText: "وزير المالية"}},
		},
		{
			name: "another state's minister is not the one named",
			text: "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات جيدة. وقال وزير الخارجية الإيراني إن الاتفاق قريب.",
			ents: []ent{{"E1", "PERS", []string{"جون كيري"}, nil}},
			want: []want{{text: "المحادثات جيدة", speaker: "E1"}, {text: "الاتفاق قريب", speaker: "-"}},
		},
		{
			name: "a body before an adjective and a name is no title of his",
			text: "واعتقلت الشرطة الإيطالية المغربي خالد منصور الشهر الماضي. وذكرت الشرطة الإيطالية أنها اعتقلت رجلين.",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "اعتقلت رجلين", speaker: "-"}},
		},
		{
			name: "an answer is a statement",
			text: "وسئل عن موعد الانتخابات، فأجاب الوزير خالد منصور: «ستجرى في موعدها».",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}},
			want: []want{{text: "ستجرى في موعدها", kind: Direct, speaker: "E1"}},
		},
		{
			name: "a statement adjunct between a subject and its verb",
			text: "وقال خالد منصور إن الوضع صعب. والوزيرة سلمى حداد في بيان لها قالت إن الحوار مستمر.",
			ents: []ent{{"E1", "PERS", []string{"خالد منصور"}, nil}, {"E2", "PERS", []string{"سلمى حداد"}, nil}},
			want: []want{{text: "الوضع صعب", speaker: "E1"}, {text: "الحوار مستمر", speaker: "E2"}},
		},
		{
			name: "the honorific's own noun before a name outranks a title word",
			text: "استقبل صاحب السمو الشيخ خالد بن حمد في مكتبه أمس الأمير فهد بن سالم. وقال سموه إن العلاقات متينة.",
			ents: []ent{{"E1", "PERS", []string{"خالد بن حمد"}, nil}, {"E2", "PERS", []string{"فهد بن سالم"}, nil}},
			want: []want{{text: "العلاقات متينة", speaker: "E1", speakerText: "سموه"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ds []isnad.DateRef
			for i := 0; i+1 < len(tc.dates); i += 2 {
				ds = append(ds, dateAt(tc.text, tc.dates[i], tc.dates[i+1]))
			}
			got := Find(tc.text, arabic.Sentences(tc.text), makeEntities(tc.text, tc.ents), ds, Options{})
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d: %s", len(got), len(tc.want), describe(got))
			}
			for i, w := range tc.want {
				checkQuote(t, got[i], w)
			}
		})
	}
}

func checkQuote(t *testing.T, q isnad.Quote, w want) {
	t.Helper()
	check := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q (quote %q)", field, got, want, q.Text)
		}
	}
	check("text", q.Text, w.text)
	check("kind", q.Kind, w.kind)
	check("speaker", orDash(q.Speaker), w.speaker)
	check("speaker_text", orDash(q.SpeakerText), w.speakerText)
	check("cue", orDash(q.Cue), w.cue)
	check("date", orDash(q.Date), w.date)
	if q.Via == nil || !slices.Equal(q.Via, w.via) && len(q.Via)+len(w.via) > 0 {
		t.Errorf("via = %v, want %v (quote %q)", q.Via, w.via, q.Text)
	}
}

func orDash(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func describe(qs []isnad.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("\n  " + q.Kind + " " + orDash(q.Speaker) + " [" + orDash(q.SpeakerText) + "] " + q.Text)
	}
	return b.String()
}
