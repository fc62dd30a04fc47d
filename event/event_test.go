package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// ent is a hand-made entity for the tests: its id, type and the
// spellings whose every occurrence in the text is a mention.
type ent struct {
	id, typ string
	names   []string
}

// testDoc builds the document the earlier stages would hand over for a
// short text: sentences, the entities' mentions, and optionally one quote
// (the quoted words and the speaker's id) and dates.
func testDoc(text string, ents []ent, quote, speaker string, ds ...isnad.DateRef) *isnad.Document {
	d := &isnad.Document{Text: text, Sentences: arabic.Sentences(text), Dates: ds}
	rs := []rune(text)
	for _, e := range ents {
		x := isnad.Entity{ID: e.id, Type: e.typ, Name: e.names[0]}
		if typ, sub, ok := strings.Cut(e.typ, "/"); ok { // "LOC/city"
			x.Type, x.Subtype = typ, &sub
		}
		for _, n := range e.names {
			for _, at := range runeIndexes(rs, []rune(n)) {
				x.Mentions = append(x.Mentions, isnad.Span{at, at + len([]rune(n))})
			}
		}
		d.Entities = append(d.Entities, x)
	}
	if quote != "" {
		at := runeIndexes(rs, []rune(quote))[0]
		d.Quotes = []isnad.Quote{{Speaker: isnad.OrNull(speaker), Text: quote, Start: at, End: at + len([]rune(quote)), Kind: "direct"}}
	}
	return d
}

func runeIndexes(hay, needle []rune) []int {
	var out []int
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			out = append(out, i)
		}
	}
	return out
}

var (
	russia  = ent{"RU", "LOC", []string{"روسيا"}}
	ukraine = ent{"UA", "LOC", []string{"أوكرانيا"}}
	iran    = ent{"IR", "LOC", []string{"إيران"}}
	france  = ent{"FR", "LOC", []string{"فرنسا"}}
	usa     = ent{"US", "LOC", []string{"الولايات المتحدة", "واشنطن"}}
	china   = ent{"CN", "LOC", []string{"الصين"}}
	egypt   = ent{"EG", "LOC", []string{"مصر"}}
	sudan   = ent{"SD", "LOC", []string{"السودان"}}
	nkorea  = ent{"KP", "LOC", []string{"كوريا الشمالية"}}
	cairo   = ent{"CAI", "LOC", []string{"القاهرة"}}
	shoukry = ent{"P1", "PERS", []string{"سامح شكري", "شكري"}}
	fidan   = ent{"P2", "PERS", []string{"هاكان فيدان"}}
	blinken = ent{"P3", "PERS", []string{"أنتوني بلينكن", "بلينكن"}}
	erdogan = ent{"P4", "PERS", []string{"أردوغان"}}
	qatar   = ent{"QA", "LOC", []string{"قطر"}}
	kremlin = ent{"KR", "ORG", []string{"الكرملين"}}
	kharkiv = ent{"KH", "LOC", []string{"خاركيف"}}
	agency  = ent{"AG", "ORG", []string{"وكالة الأنباء الفرنسية"}}
)

// want is what one event must look like; empty fields are not checked,
// "-" asks for null.
type want struct {
	typ, src, tgt string // ids joined by ","
	pol, mod      string
	attr, loc     string
	date          string
	quote         bool
}

func TestFind(t *testing.T) {
	dateAt := func(text, expr, value string) isnad.DateRef {
		at := strings.Index(text, expr)
		start := len([]rune(text[:at]))
		return isnad.DateRef{Start: start, End: start + len([]rune(expr)), Text: expr, Value: value}
	}
	thursday := func(text, expr string) isnad.DateRef { return dateAt(text, expr, "2024-03-07") }
	meeting := "تعقد مصر والسودان اجتماعا غدا لبحث ملف المياه."
	dated := "هاجمت روسيا أوكرانيا يوم الخميس. وتستمر المعارك. وانتقدت فرنسا روسيا."
	cases := []struct {
		name    string
		text    string
		ents    []ent
		quote   string
		speaker string
		dates   []isnad.DateRef
		want    []want
	}{
		{name: "verb VSO with titles and a place",
			text: "استقبل وزير الخارجية المصري سامح شكري نظيره التركي هاكان فيدان في القاهرة.",
			ents: []ent{shoukry, fidan, cairo},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P2", pol: "positive", mod: "asserted", attr: "-", loc: "CAI"}}},
		{name: "verb SVO after a complementiser, future planned",
			text: "قال المتحدث إن فرنسا ستزود أوكرانيا بالأسلحة.",
			ents: []ent{france, ukraine},
			want: []want{{typ: "AID", src: "FR", tgt: "UA", mod: "planned"}}},
		{name: "an agreement's parties after a relative clause on it",
			text: "وأحال الوزير إلى البرلمان الاتفاق الذي تم التوصل إليه الشهر الماضي بين إيران والصين.",
			ents: []ent{iran, china},
			want: []want{{typ: "AGREE", src: "IR", tgt: "CN"}}},
		{name: "a relative clause whose verb is itself a trigger",
			text: "وقال النائب إن الاتفاق النووي الذي أبرم في فيينا بين إيران والقوى الكبرى سيئ.",
			ents: []ent{iran, {"VIE", "LOC/city", []string{"فيينا"}}},
			want: []want{{typ: "AGREE", src: "IR"}}},
		{name: "a relative clause with an actor of its own names no parties",
			text: "وانتقد الوزير الاتفاق الذي عرضته فرنسا بين إيران والصين.",
			ents: []ent{france, iran, china},
			want: nil},
		{name: "a state's adjective after the act's own adjectives is its agent",
			text: "وتواصلت الضربات الجوية الروسية على خاركيف.",
			ents: []ent{russia, kharkiv},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "KH"}}},
		{name: "a state's adjective after an agreement's adjectives is no agent",
			text: "وأطلع بلينكن نظراءه على تفاصيل الاتفاق النووي الإيراني.",
			ents: []ent{blinken, iran},
			want: nil},
		{name: "appearing before a parliament is a meeting with it",
			text: "ويمثل وزير الخارجية أنتوني بلينكن غدا أمام الكونغرس.",
			ents: []ent{blinken, {"CON", "ORG", []string{"الكونغرس"}}},
			want: []want{{typ: "CONSULT", src: "P3", tgt: "CON"}}},
		{name: "testimony before a committee, the verb's subject testifies",
			text: "وأدلى بلينكن بشهادته أمس أمام الكونغرس حول الاتفاق.",
			ents: []ent{blinken, {"CON", "ORG", []string{"الكونغرس"}}},
			want: []want{{typ: "CONSULT", src: "P3", tgt: "CON"}}},
		{name: "appearing before an unnamed court meets no actor further on",
			text: "وأضاف أردوغان الذي سيمثل أمام المحكمة في ألمانيا بأنه يريد أن تكون محاكمته مثالا ليعرف العالم أن روسيا خدعته.",
			ents: []ent{erdogan, russia, {"DE", "LOC", []string{"ألمانيا"}}},
			want: nil},
		{name: "a monitor reports what others do and does none of it",
			text: "وقال المرصد السوري لحقوق الإنسان إن طائرات قصفت خاركيف.",
			ents: []ent{{"SO", "ORG/monitor", []string{"المرصد السوري لحقوق الإنسان"}}, kharkiv},
			want: nil},
		{name: "a state's forces before the verb are its subject",
			text: "وأكدت أوكرانيا أن المقاتلات الحربية الروسية قصفت خاركيف.",
			ents: []ent{ukraine, russia, kharkiv},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "KH"}}},
		{name: "a state's forces before a relative clause are its subject",
			text: "وقالت أوكرانيا إن الطائرات الروسية التي قصفت خاركيف أقلعت من القرم.",
			ents: []ent{ukraine, russia, kharkiv},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "KH"}}},
		{name: "a state's forces as an object are the subject of their relative clause",
			text: "ورصدت أوكرانيا الطائرات الروسية التي قصفت خاركيف.",
			ents: []ent{ukraine, russia, kharkiv},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "KH"}}},
		{name: "a state's forces as an object are not the next verb's subject",
			text: "ورصدت أوكرانيا الطائرات الروسية قد قصفت خاركيف.",
			ents: []ent{ukraine, russia, kharkiv},
			want: []want{{typ: "ASSAULT", src: "UA", tgt: "KH"}}},
		{name: "nominal sentence: genitive source, complement target",
			text: "بدأت زيارة أردوغان إلى قطر أمس.",
			ents: []ent{erdogan, qatar},
			want: []want{{typ: "CONSULT", src: "P4", tgt: "QA"}}},
		{name: "a place in apposition to a common noun after the preposition",
			text: "بدأت زيارة أردوغان إلى العاصمة القطرية الدوحة أمس.",
			ents: []ent{erdogan, {"DOH", "LOC", []string{"الدوحة"}}},
			want: []want{{typ: "CONSULT", src: "P4", tgt: "DOH"}}},
		{name: "denial: the denied supply, negative, attributed to the denier",
			text: "نفت إيران تزويد روسيا بصواريخ باليستية.",
			ents: []ent{iran, russia},
			want: []want{{typ: "AID", src: "IR", tgt: "RU", pol: "negative", attr: "IR"}}},
		{name: "denial with nothing denied is a refusal",
			text: "ونفى الكرملين التقارير.",
			ents: []ent{kremlin},
			want: []want{{typ: "REJECT", src: "KR", pol: "positive"}}},
		{name: "accusation: ACCUSE and the accused event attributed to the accuser",
			text: "اتهمت أوكرانيا روسيا بشن هجوم صاروخي على خاركيف.",
			ents: []ent{ukraine, russia, kharkiv},
			want: []want{{typ: "ACCUSE", src: "UA", tgt: "RU", attr: "-"},
				{typ: "ASSAULT", src: "RU", tgt: "KH", attr: "UA"}}},
		{name: "rejecting a charge denies the charged act",
			text: "تحدثت روسيا عن الأزمة. وترفض الحكومة الروسية اتهامات من المعارضة بأنها دعمت إيران سرا.",
			ents: []ent{russia, iran},
			want: []want{{typ: "REJECT", src: "RU", pol: "positive"},
				{typ: "SUPPORT", src: "RU", tgt: "IR", pol: "negative", attr: "RU"}}},
		{name: "a charged act needs no target, and denying that negates it",
			text: "وتتهم أوكرانيا روسيا بتسليح المتمردين في الشرق، لكن روسيا تنفي ذلك.",
			ents: []ent{ukraine, russia},
			want: []want{{typ: "ACCUSE", src: "UA", tgt: "RU"},
				{typ: "AID", src: "RU", pol: "positive", attr: "UA"},
				{typ: "AID", src: "RU", pol: "negative", attr: "RU"},
				{typ: "REJECT", src: "RU"}}},
		{name: "a call during which the parties agreed is theirs",
			text: "واتفقت مصر والسودان أثناء اتصال هاتفي على تعزيز التعاون.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "AGREE", src: "EG", tgt: "SD"}, {typ: "CONSULT", src: "EG", tgt: "SD"}}},
		{name: "a plural state adjective names the target",
			text: "زار الوفد أوكرانيا. واتهمت روسيا الجنود الأوكرانيين بالتصعيد.",
			ents: []ent{russia, ukraine},
			want: []want{{typ: "ACCUSE", src: "RU", tgt: "UA"}}},
		{name: "rejecting a charge right before the charged act",
			text: "لكن روسيا ترفض اتهامات بأنها زودت المتمردين بصواريخ مضادة للطائرات.",
			ents: []ent{russia},
			want: []want{{typ: "REJECT", src: "RU", pol: "positive"},
				{typ: "AID", src: "RU", pol: "negative", attr: "RU"}}},
		{name: "holding a meeting, dated after publication, is planned",
			text:  meeting,
			ents:  []ent{egypt, sudan},
			dates: []isnad.DateRef{dateAt(meeting, "غدا", "2024-03-09")},
			want:  []want{{typ: "CONSULT", src: "EG", tgt: "SD", mod: "planned", date: "2024-03-09"}}},
		{name: "reaching an agreement",
			text: "وكانت مصر والسودان قد توصلتا الأسبوع الماضي إلى اتفاق بشأن ملف المياه.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "AGREE", src: "EG", tgt: "SD"}}},
		{name: "denying a statement is no refusal",
			text: "ونفى شكري الذي شارك في المحادثات أن يكون موقفه قد تغير.",
			ents: []ent{shoukry},
			want: nil},
		{name: "an actor named since the last event is the newer subject",
			text: "ويهدف الاتفاق بين الصين وروسيا إلى خفض التوتر، في حين أثبتت كوريا الشمالية قدرتها بعدما أجرت ثلاث تجارب نووية.",
			ents: []ent{china, russia, nkorea},
			want: []want{{typ: "MOBILIZE", src: "KP"}}},
		{name: "asking not to be named asks nothing of anyone",
			text: "وقال مسؤول في قطر طلب عدم نشر اسمه إن الوفد وصل.",
			ents: []ent{qatar},
			want: nil},
		{name: "declining to comment refuses nothing",
			text: "ورفضت روسيا التعليق على التقرير.",
			ents: []ent{russia},
			want: nil},
		{name: "not ruling out is no refusal",
			text: "وقالت مصر إنها لا تستبعد التعاون مع السودان.",
			ents: []ent{egypt, sudan},
			want: nil},
		{name: "not ruling out a clause is no refusal",
			text: "ولم تستبعد مصر أن ترتفع الأسعار.",
			ents: []ent{egypt},
			want: nil},
		{name: "not holding back from an act asserts it",
			text: "وقال المتحدث إن إيران لن تتوانى عن دعم السودان.",
			ents: []ent{iran, sudan},
			want: []want{{typ: "SUPPORT", src: "IR", tgt: "SD", pol: "positive"}}},
		{name: "not giving up an act asserts it",
			text: "وقال المتحدث إن إيران لن تتخلى عن دعم السودان.",
			ents: []ent{iran, sudan},
			want: []want{{typ: "SUPPORT", src: "IR", tgt: "SD", pol: "positive"}}},
		{name: "a government named by its common noun and adjective is its state",
			text: "وأكدت إيران استمرار دعمها للنظام السوري في الحرب.",
			ents: []ent{iran, {"SY", "LOC", []string{"سوريا"}}},
			want: []want{{typ: "SUPPORT", src: "IR", tgt: "SY"}}},
		{name: "a government's adjective after a place preposition is no target",
			text: "وأعلنت إيران دعمها في الحكومة السورية الجديدة.",
			ents: []ent{iran, {"SY", "LOC", []string{"سوريا"}}},
			want: nil},
		{name: "a negation with و before the verb",
			text: "ولم تدعم مصر السودان في الأزمة.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "SUPPORT", src: "EG", tgt: "SD", pol: "negative"}}},
		{name: "the actor after the verb with a definite object after it is the subject",
			text: "شهدت مصر أمطارا غزيرة، فيما دعت شرطة القاهرة السائقين إلى الحذر.",
			ents: []ent{egypt, {"POL", "ORG", []string{"شرطة القاهرة"}}},
			want: nil},
		{name: "a draft resolution submitted is a request to the council named before",
			text: "قال دبلوماسيون في مجلس الأمن إن مصر تقدمت بمشروع قرار لوقف القتال.",
			ents: []ent{{"UNSC", "ORG", []string{"مجلس الأمن"}}, egypt},
			want: []want{{typ: "REQUEST", src: "EG", tgt: "UNSC"}}},
		{name: "submitting a project is no request",
			text: "قال مسؤول في مجلس الأمن إن مصر تقدمت بمشروع لبناء مصنع.",
			ents: []ent{{"UNSC", "ORG", []string{"مجلس الأمن"}}, egypt},
			want: nil},
		{name: "accused with ب and no object is the passive: no one named accuses",
			text: "وكان أردوغان الذي اتهم بقضايا فساد رئيسا للوزراء.",
			ents: []ent{erdogan},
			want: nil},
		{name: "a masdar whose hamza sits on ي before its pronoun (لقائه)",
			text: "وقال أردوغان بعد لقائه الرئيس المصري إن العلاقات تتحسن مع مصر.",
			ents: []ent{erdogan, egypt},
			want: []want{{typ: "CONSULT", src: "P4", tgt: "EG"}}},
		{name: "withdrawing from attending a match is no retreat",
			text: "وانسحب أردوغان من حضور المباراة النهائية في قطر.",
			ents: []ent{erdogan, qatar},
			want: nil},
		{name: "summoning an ambassador is a sanction",
			text: "واستدعت مصر سفير السودان للاحتجاج على التصريحات.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "SANCTION", src: "EG", tgt: "SD"}}},
		{name: "an arrest coerces",
			text: "وألقت مصر القبض على هاكان فيدان أمس.",
			ents: []ent{egypt, fidan},
			want: []want{{typ: "COERCE", src: "EG", tgt: "P2"}}},
		{name: "concessions a state made, in a clause without الذي",
			text: "ورفعت فرنسا العقوبات مقابل تنازلات قدمتها إيران في المفاوضات.",
			ents: []ent{france, iran},
			want: []want{{typ: "CONCEDE", src: "IR"}}},
		{name: "an attack noun right after an attack verb is its subject",
			text: "واستهدفت غارة روسية أحد المعسكرات التابعة لأوكرانيا أمس.",
			ents: []ent{russia, ukraine},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "UA"}}},
		{name: "a death named before the attack is its target",
			text: "أعلنت روسيا مقتل هاكان فيدان في غارة أوكرانية مطلع الشهر.",
			ents: []ent{russia, ukraine, fidan},
			want: []want{{typ: "ASSAULT", src: "UA", tgt: "P2"}}},
		{name: "no contacts with a state, says the speaker",
			text:  "وأكد أنتوني بلينكن أنه ليس هناك أي اتصالات مع إيران بشأن الأزمة.",
			ents:  []ent{blinken, iran},
			quote: "ليس هناك أي اتصالات مع إيران بشأن الأزمة", speaker: "P3",
			want: []want{{typ: "CONSULT", src: "P3", tgt: "IR", pol: "negative"}}},
		{name: "an agreement with a state in someone's words is not his",
			text:  "وقال أنتوني بلينكن إن الاتفاق مع إيران جيد.",
			ents:  []ent{blinken, iran},
			quote: "الاتفاق مع إيران جيد", speaker: "P3",
			want: nil},
		{name: "a body approving a deal on its own",
			text: "ووافقت مصر أمس على الاتفاق النووي بعد مفاوضات طويلة.",
			ents: []ent{egypt},
			want: []want{{typ: "AGREE", src: "EG"}}},
		{name: "approving a deal with a named party",
			text: "وقالت مصر إنها صادقت على اتفاق الدفاع التاريخي مع السودان.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "AGREE", src: "EG", tgt: "SD"}}},
		{name: "two states in agreement",
			text: "وقال الوزير إن القاهرة والخرطوم متفقتان على الحاجة إلى الحل.",
			ents: []ent{{"EG", "LOC", []string{"القاهرة"}}, {"SD", "LOC", []string{"الخرطوم"}}},
			want: []want{{typ: "AGREE", src: "EG", tgt: "SD"}}},
		{name: "ruling out cooperation with a state refuses it",
			text: "واستبعدت مصر التعاون مع السودان في هذا الملف.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "REJECT", src: "EG", tgt: "SD"}}},
		{name: "an organisation's adjective names it (الأممي)",
			text: "ويرفض الحرس الثوري القرار الأممي بشأن البرنامج، بحسب الأمم المتحدة.",
			ents: []ent{{"IRGC", "ORG", []string{"الحرس الثوري"}}, {"UN", "ORG", []string{"الأمم المتحدة"}}},
			want: []want{{typ: "REJECT", src: "IRGC", tgt: "UN"}}},
		{name: "\"in line with\" is no agreement",
			text: "وتحاول مصر ممارسة سياسة مستقلة بما يتفق مع مصالح السودان.",
			ents: []ent{egypt, sudan},
			want: nil},
		{name: "criticism with no critic of its own makes no accusation",
			text: "وتعرض أنتوني بلينكن لسيل من الانتقادات الجارحة أمس.",
			ents: []ent{blinken},
			want: nil},
		{name: "there being none denies every act listed",
			text:  "وقال أنتوني بلينكن إنه ليس هناك أي تنسيق أو اتصال مع إيران.",
			ents:  []ent{blinken, iran},
			quote: "ليس هناك أي تنسيق أو اتصال مع إيران", speaker: "P3",
			want: []want{{typ: "CONSULT", src: "P3", tgt: "IR", pol: "negative"}}},
		{name: "teams meeting on the pitch is no consultation",
			text: "وفي اللقاء الأول يلتقي منتخب مصر بمنتخب السودان مساء اليوم.",
			ents: []ent{egypt, sudan},
			want: nil},
		{name: "a veto against a state's draft",
			text: "وكانت روسيا استخدمت في الثامن من يوليو الفيتو ضد مشروع قرار فرنسي بشأن الأزمة.",
			ents: []ent{russia, france},
			want: []want{{typ: "REJECT", src: "RU", tgt: "FR"}}},
		{name: "the opposition is no act of opposing",
			text: "وقالت المعارضة في روسيا إن الانتخابات مزورة.",
			ents: []ent{russia},
			want: nil},
		{name: "opposing without the article is a refusal",
			text: "وأعلنت روسيا معارضة الخطة.",
			ents: []ent{russia},
			want: []want{{typ: "REJECT", src: "RU"}}},
		{name: "condemning with دان",
			text: "وقد دان أردوغان القرار بشدة.",
			ents: []ent{erdogan},
			want: []want{{typ: "ACCUSE", src: "P4"}}},
		{name: "a veto is a refusal",
			text: "واستخدمت روسيا في مجلس الأمن حق النقض ضد مشروع القرار.",
			ents: []ent{russia},
			want: []want{{typ: "REJECT", src: "RU"}}},
		{name: "an attack needs a target",
			text: "قصفت روسيا محطة الكهرباء ليلا.",
			ents: []ent{russia},
			want: nil},
		{name: "dual subject of a symmetric event",
			text: "اتفقت مصر والسودان على تعزيز التعاون الاقتصادي.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "AGREE", src: "EG", tgt: "SD"}}},
		{name: "negation with لم",
			text: "لم تفرض الولايات المتحدة عقوبات على الصين.",
			ents: []ent{usa, china},
			want: []want{{typ: "SANCTION", src: "US", tgt: "CN", pol: "negative"}}},
		{name: "intention is planned",
			text: "تعتزم فرنسا إرسال قوات إلى أوكرانيا.",
			ents: []ent{france, ukraine},
			want: []want{{typ: "AID", src: "FR", tgt: "UA", mod: "planned"}}},
		{name: "قد before a present verb is possible",
			text: "قد تفرض الولايات المتحدة عقوبات جديدة على إيران.",
			ents: []ent{usa, iran},
			want: []want{{typ: "SANCTION", src: "US", tgt: "IR", mod: "possible", pol: "positive"}}},
		{name: "inside a quote: attributed to the speaker, quote set",
			text: "وقال بلينكن: \"الصين ستضغط على كوريا الشمالية\".",
			ents: []ent{blinken, china, nkorea}, quote: "الصين ستضغط على كوريا الشمالية", speaker: "P3",
			want: []want{{typ: "COERCE", src: "CN", tgt: "KP", attr: "P3", quote: true}}},
		{name: "date of the sentence, none in the next",
			text: dated, ents: []ent{russia, ukraine, france},
			dates: []isnad.DateRef{thursday(dated, "يوم الخميس")},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "UA", date: "2024-03-07"},
				{typ: "ACCUSE", src: "FR", tgt: "RU", date: "-"}}},
		{name: "threat",
			text: "حذرت الصين الولايات المتحدة من التدخل.",
			ents: []ent{china, usa},
			want: []want{{typ: "THREATEN", src: "CN", tgt: "US"}}},
		{name: "demand",
			text: "دعت فرنسا إيران إلى ضبط النفس.",
			ents: []ent{france, iran},
			want: []want{{typ: "REQUEST", src: "FR", tgt: "IR"}}},
		{name: "weapons test needs its weapon word",
			text: "أجرت كوريا الشمالية تجربة صاروخية جديدة.",
			ents: []ent{nkorea},
			want: []want{{typ: "MOBILIZE", src: "KP", tgt: ""}}},
		{name: "relative clause subject",
			text: "وقال شكري، الذي زار قطر الأسبوع الماضي، إن المحادثات مستمرة.",
			ents: []ent{shoukry, qatar},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "QA"}}},
		{name: "a doubled verb of two letters after و (وشن)",
			text: "وشن الجيش الروسي هجوما على أوكرانيا.",
			ents: []ent{{"RA", "ORG", []string{"الجيش الروسي"}}, ukraine},
			want: []want{{typ: "ASSAULT", src: "RA", tgt: "UA"}}},
		{name: "a person arriving in a state visits it",
			text: "ووصل وزير الخارجية المصري سامح شكري إلى قطر أمس في زيارة رسمية.",
			ents: []ent{shoukry, qatar},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "QA"}}},
		{name: "a person heading to a state visits it",
			text: "وسيتوجه سامح شكري إلى قطر الأسبوع المقبل.",
			ents: []ent{shoukry, qatar},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "QA"}}},
		{name: "arrival is no visit without a person or with no place reached",
			text: "ووصلت قافلة الأمم المتحدة إلى قطر أمس. وتوجه سامح شكري إلى أنتوني بلينكن بالسؤال.",
			ents: []ent{{"UN", "ORG", []string{"الأمم المتحدة"}}, shoukry, qatar, blinken},
			want: nil},
		{name: "a town after ب is where, not whom",
			text: "واستقبل الرئيس المصري عبد الفتاح السيسي بالإسكندرية أمس وزير الخارجية القطري.",
			ents: []ent{{"P5", "PERS", []string{"عبد الفتاح السيسي"}}, {"ALX", "LOC/city", []string{"الإسكندرية"}}, qatar},
			want: []want{{typ: "CONSULT", src: "P5", tgt: "QA"}}},
		{name: "a town after ب, then the one met",
			text: "واستقبل الرئيس المصري عبد الفتاح السيسي بالإسكندرية أمس أنتوني بلينكن.",
			ents: []ent{{"P5", "PERS", []string{"عبد الفتاح السيسي"}}, {"ALX", "LOC/city", []string{"الإسكندرية"}}, blinken},
			want: []want{{typ: "CONSULT", src: "P5", tgt: "P3"}}},
		{name: "declining to comment, read as a noun, refuses nothing",
			text: "لكن شكري رفض التعليق على تصريحات قطر.",
			ents: []ent{shoukry, qatar},
			want: nil},
		{name: "صادق without على ratifies nothing",
			text: "وتقدم شكري بخالص العزاء وصادق المواساة إلى قطر.",
			ents: []ent{shoukry, qatar},
			want: nil},
		{name: "صادق على ratifies",
			text: "وصادقت مصر على الاتفاق مع قطر.",
			ents: []ent{egypt, qatar},
			want: []want{{typ: "AGREE", src: "EG", tgt: "QA"}}},
		{name: "a phone call received, in the accusative",
			text: "وتلقى سامح شكري اتصالا هاتفيا من أنتوني بلينكن أمس.",
			ents: []ent{shoukry, blinken},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P3"}}},
		{name: "a monarch's title between the preposition and the name",
			text: "وبحث شكري في اتصال هاتفي مع العاهل الأردني عبد الله الثاني الأوضاع في المنطقة.",
			ents: []ent{shoukry, {"P9", "PERS", []string{"عبد الله الثاني"}}},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P9"}}},
		{name: "the two sides of the last meeting agree in the next sentence",
			text: "والتقى سامح شكري أنتوني بلينكن في القاهرة أمس. واتفق الجانبان على تعزيز التعاون.",
			ents: []ent{shoukry, blinken, cairo},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P3"}, {typ: "AGREE", src: "P1", tgt: "P3"}}},
		{name: "purchase: the seller gives, the buyer gets",
			text: "واشترت روسيا طائرات مسيرة من إيران.",
			ents: []ent{russia, iran},
			want: []want{{typ: "AID", src: "IR", tgt: "RU"}}},
		{name: "possessed masdar: the genitive is the target",
			text: "وتواجه روسيا عقوبات بسبب غزوها أوكرانيا.",
			ents: []ent{russia, ukraine},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "UA"}}},
		{name: "a state's adjective is the agent",
			text: "وأدان المجلس الغزو الروسي لأوكرانيا.",
			ents: []ent{russia, ukraine},
			want: []want{{typ: "ASSAULT", src: "RU", tgt: "UA"}}},
		{name: "an unnamed group right after the verb is its subject; the name after it is the object",
			text: "وانتقدت دول غربية موقف روسيا من الحرب، واتهمت منظمات حقوقية الحكومة المصرية بقمع المعارضين.",
			ents: []ent{russia, {"GOV", "ORG", []string{"الحكومة المصرية"}}},
			want: nil},
		{name: "a group noun with a named genitive names the actor",
			text: "وانسحبت ميليشيات الحوثيين من مواقعها قرب عدن، وهاجم مسلحون من تنظيم داعش نقطة تفتيش للجيش المصري.",
			ents: []ent{{"HO", "ORG", []string{"الحوثيين"}}, {"IS", "ORG", []string{"تنظيم داعش"}}, {"AR", "ORG", []string{"جيش المصري"}}},
			want: []want{{typ: "RETREAT", src: "HO"}, {typ: "ASSAULT", src: "IS", tgt: "AR"}}},
		{name: "a feminine verb after a masculine one takes the actor after it as its subject",
			text: "ووصف الرئيس الفرنسي إيمانويل ماكرون الهجوم بالجبان، وانتقدت الإمارات إيران بشدة.",
			ents: []ent{{"MA", "PERS", []string{"إيمانويل ماكرون"}}, {"AE", "LOC", []string{"الإمارات"}}, iran},
			want: []want{{typ: "ACCUSE", src: "AE", tgt: "IR"}}},
		{name: "a charge with no object of its own accuses the agent of the act it governs",
			text: "ونددت مصر بالغارات التي شنتها إسرائيل على غزة. وانتقدت البحرين تدخلات إيران في شؤونها.",
			ents: []ent{egypt, {"IL", "LOC", []string{"إسرائيل"}}, {"GZ", "LOC", []string{"غزة"}}, {"BH", "LOC", []string{"البحرين"}}, iran},
			want: []want{{typ: "ACCUSE", src: "EG", tgt: "IL"}, {typ: "ASSAULT", src: "IL", tgt: "GZ", attr: "EG"}, {typ: "ACCUSE", src: "BH", tgt: "IR"}}},
		{name: "the name before a verb joined by و ends the clause before: it is no subject",
			text: "وانتقدت البحرين تدخلات إيران وطالبت الأمم المتحدة بالتحرك.",
			ents: []ent{{"BH", "LOC", []string{"البحرين"}}, iran, {"UN", "ORG", []string{"الأمم المتحدة"}}},
			want: []want{{typ: "REQUEST", src: "BH", tgt: "UN"}}},
		{name: "a masculine verb of going may take the clause's man",
			text: "وأعلن الوزير خالد العمر أنه سيتوجه إلى الصين الأسبوع المقبل.",
			ents: []ent{{"KH", "PERS", []string{"خالد العمر"}}, {"CN", "LOC", []string{"الصين"}}},
			want: []want{{typ: "CONSULT", src: "KH", tgt: "CN"}}},
		{name: "a name after وفي is a place, not the subject of the verb after it",
			text: "وفي القاهرة التقى سامح شكري أنتوني بلينكن.",
			ents: []ent{cairo, shoukry, blinken},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P3"}}},
		{name: "a state's adjective after an indefinite group noun and its genitive is the group's",
			text: "واتهمت وسائل إعلام أمريكية روسيا بدعم المتمردين. وتنفي الولايات المتحدة ذلك.",
			ents: []ent{russia, usa},
			want: []want{{typ: "ACCUSE", src: "US", tgt: "RU"}}},
		{name: "a definite group noun after the verb is its subject unless the name after it is its adjective",
			text: "واستهدف المتمردون الحوثيون مطار عدن بالصواريخ.",
			ents: []ent{{"HO", "ORG", []string{"الحوثيون"}}, {"AD", "LOC", []string{"عدن"}}},
			want: []want{{typ: "ASSAULT", src: "HO", tgt: "AD"}}},
		{name: "a state a noun is loyal to or backed by is no party; a man's loyalists are his side",
			text: "وهاجم الجيش اليمني الحوثيين المدعومين من إيران، وقصف التحالف القوات الموالية لعلي صالح.",
			ents: []ent{{"YA", "ORG", []string{"الجيش اليمني"}}, {"HO", "ORG", []string{"الحوثيين"}}, iran, {"CO", "ORG", []string{"التحالف"}}, {"AS", "PERS", []string{"علي صالح"}}},
			want: []want{{typ: "ASSAULT", src: "YA", tgt: "HO"}, {typ: "ASSAULT", src: "CO", tgt: "AS"}}},
		{name: "an unnamed counterpart is his state, when the article names it",
			text: "والتقى سامح شكري نظيره الأمريكي في القاهرة. وبحث شكري مع نظيره الروسي الأزمة. وتعد روسيا والولايات المتحدة طرفين في الأزمة.",
			ents: []ent{shoukry, cairo, russia, usa},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "US"}, {typ: "CONSULT", src: "P1", tgt: "RU"}}},
		{name: "after a verb joined by و, a name followed by مع is the verb's own subject",
			text: "والتقى بلينكن في القاهرة وزراء عربا، وبحث شكري مع نظيره الروسي الأزمة. وتعد روسيا طرفا في الأزمة.",
			ents: []ent{blinken, cairo, shoukry, russia},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "RU"}}},
		{name: "a named counterpart is the person",
			text: "والتقى سامح شكري نظيره الأمريكي أنتوني بلينكن في القاهرة.",
			ents: []ent{shoukry, cairo, blinken, usa},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P3"}}},
		{name: "a person's attack with no arms named is in words",
			text: "وهاجم الرئيس التركي رجب طيب أردوغان حزب الشعوب الديمقراطي بسبب صمته.",
			ents: []ent{{"RE", "PERS", []string{"رجب طيب أردوغان"}}, {"HD", "ORG", []string{"حزب الشعوب الديمقراطي"}}},
			want: []want{{typ: "ACCUSE", src: "RE", tgt: "HD"}}},
		{name: "a person's attack with arms named is of arms",
			text: "وشن علي صالح هجوما مسلحا على مواقع المقاومة في تعز.",
			ents: []ent{{"AS", "PERS", []string{"علي صالح"}}, {"TZ", "LOC", []string{"تعز"}}},
			want: []want{{typ: "ASSAULT", src: "AS", tgt: "TZ"}}},
		{name: "a body's attack is of arms",
			text: "وهاجمت حركة الشباب فندقا في مقديشو.",
			ents: []ent{{"SH", "ORG", []string{"حركة الشباب"}}, {"MG", "LOC", []string{"مقديشو"}}},
			want: []want{{typ: "ASSAULT", src: "SH", tgt: "MG"}}},
		{name: "coordinated verb shares the sentence's subject",
			text: "وكان بلينكن في القاهرة عقب اجتماع مجموعة السبع، والتقى بالرئيس المصري عبد الفتاح السيسي.",
			ents: []ent{blinken, cairo, {"G7", "ORG", []string{"مجموعة السبع"}}, {"P5", "PERS", []string{"عبد الفتاح السيسي"}}},
			want: []want{{typ: "CONSULT", src: "P3", tgt: "P5"}}},
		{name: "the lead is dated by publication, later sentences are not",
			text: "التقى شكري فيدان. وقال مسؤول إن المحادثات جرت. وأضاف أن الجانبين ناقشا الوضع. وانتقد شكري فيدان.",
			ents: []ent{shoukry, {"P2", "PERS", []string{"فيدان"}}},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P2", date: "2024-03-08"}, {typ: "ACCUSE", src: "P1", tgt: "P2", date: "-"}}},
		{name: "an agreement named in passing is no event",
			text: "وقالت فرنسا إن الاتفاق النووي مع إيران صامد.",
			ents: []ent{france, iran},
			want: nil},
		{name: "talks between two parties",
			text: "تتواصل المفاوضات بين مصر والسودان.",
			ents: []ent{egypt, sudan},
			want: []want{{typ: "CONSULT", src: "EG", tgt: "SD"}}},
		{name: "a title after و joins two actors",
			text: "انتقد بلينكن ووزير الخارجية الفرنسي جان نويل بارو الصين.",
			ents: []ent{blinken, {"P6", "PERS", []string{"جان نويل بارو"}}, china},
			want: []want{{typ: "ACCUSE", src: "P3,P6", tgt: "CN"}}},
		{name: "a plain word after و does not join",
			text: "وتتهم أوكرانيا ومعها الغرب روسيا بتأجيج القتال.",
			ents: []ent{ukraine, {"W", "LOC", []string{"الغرب"}}, russia},
			want: []want{{typ: "ACCUSE", src: "UA", tgt: "W"}}},
		{name: "لن negates a future event",
			text: "لن تزود الصين روسيا بالأسلحة.",
			ents: []ent{china, russia},
			want: []want{{typ: "AID", src: "CN", tgt: "RU", pol: "negative"}}},
		{name: "a meeting's genitive after a title is the other side of the subject",
			text: "وقال مسؤولون إن شكري يعتزم السفر إلى قطر للقاء الرئيس رجب طيب أردوغان.",
			ents: []ent{shoukry, qatar, {"P4", "PERS", []string{"رجب طيب أردوغان"}}},
			want: []want{{typ: "CONSULT", src: "P1", tgt: "P4", mod: "planned"}}},
		{name: "an adjective of state on the object is the target",
			text: "ورفض الكرملين، يوم الثلاثاء، التحذيرات الأمريكية.",
			ents: []ent{kremlin, usa},
			want: []want{{typ: "REJECT", src: "KR", tgt: "US"}}},
		{name: "a leader is on his state's side: no aid to himself",
			text: "ودعا الرئيس الإيراني إبراهيم رئيسي إلى تزويد إيران بالأسلحة.",
			ents: []ent{iran, {"P7", "PERS", []string{"إبراهيم رئيسي"}}},
			want: nil},
		{name: "condemnation of an attack named by its attacker's adjective",
			text: "أدانت مصر الهجوم الإسرائيلي على غزة.",
			ents: []ent{egypt, {"IL", "LOC", []string{"إسرائيل"}}, {"GZ", "LOC", []string{"غزة"}}},
			want: []want{{typ: "ACCUSE", src: "EG", tgt: "IL"}, {typ: "ASSAULT", src: "IL", tgt: "GZ", attr: "EG"}}},
		{name: "a first-person verb in a quote is the speaker's",
			text: "وقال بلينكن: \"نحث الصين على وقف دعمها\".",
			ents: []ent{blinken, china}, quote: "نحث الصين على وقف دعمها", speaker: "P3",
			want: []want{{typ: "REQUEST", src: "P3", tgt: "CN", attr: "P3"}}},
		{name: "no actors, no event",
			text: "تستمر المحادثات دون تقدم وسط تحذيرات من العقوبات.",
			want: nil},
		{name: "a meeting needs its other side",
			text: "عقدت مصر اجتماعا طارئا.",
			ents: []ent{egypt},
			want: nil},
		{name: "a participle of state is the quoted speaker's act, its object the target",
			text: "وقال بلينكن إن المفاوضات متعثرة، محذرا إيران من عواقب التصعيد.",
			ents: []ent{blinken, iran}, quote: "المفاوضات متعثرة", speaker: "P3",
			want: []want{{typ: "THREATEN", src: "P3", tgt: "IR", attr: "-"}}},
		{name: "a participle after an event verb takes that verb's subject",
			text: "وانتقد أردوغان الاتفاق، مطالبا روسيا بالانسحاب من أوكرانيا.",
			ents: []ent{erdogan, russia, ukraine},
			want: []want{{typ: "REQUEST", src: "P4", tgt: "RU"}}},
		{name: "a participle after an unnamed subject has no source",
			text: "ورحب الرئيس بالمبعوث الأممي مشيدا بدور قطر في الوساطة.",
			ents: []ent{qatar},
			want: nil},
		{name: "a participle takes no actor further on than its object",
			text: "وقال بلينكن إن الوضع خطير، مطالبا بضرورة الالتزام بقرارات الأمم المتحدة.",
			ents: []ent{blinken, {"UN", "ORG", []string{"الأمم المتحدة"}}}, quote: "الوضع خطير", speaker: "P3",
			want: nil},
		{name: "an institution the knowledge base does not know acts for the state of its adjective",
			text: "ورفضت روسيا تقارير المخابرات الأمريكية عن الهجوم.",
			ents: []ent{russia, usa, {"CIA", "ORG", []string{"المخابرات الأمريكية"}}},
			want: []want{{typ: "REJECT", src: "RU", tgt: "CIA,US"}}},
		{name: "an institution and the state of its adjective are one party, not the two of a symmetric act",
			text: "وقال المتحدث إن التدريب يجري في إطار تعاون قديم بطلب من الحكومة الأوكرانية.",
			ents: []ent{ukraine, {"GOV", "ORG", []string{"الحكومة الأوكرانية"}}},
			want: nil},
		{name: "the leader after بقيادة acts with the actor it leads, and is not the target",
			text: "وشنت طائرات التحالف بقيادة السعودية غارات على مواقع الحوثيين في صنعاء.",
			ents: []ent{{"CO", "ORG", []string{"التحالف"}}, {"SA", "LOC", []string{"السعودية"}}, {"HO", "ORG", []string{"الحوثيين"}}, {"SAN", "LOC/city", []string{"صنعاء"}}},
			want: []want{{typ: "ASSAULT", src: "CO,SA", tgt: "HO"}}},
		{name: "men من a group right after the verb: the group acts",
			text: "وهاجم مسلحون من تنظيم داعش نقطة للجيش العراقي في الرمادي.",
			ents: []ent{{"IS", "ORG", []string{"تنظيم داعش"}}, {"IA", "ORG", []string{"الجيش العراقي", "جيش العراقي"}}},
			want: []want{{typ: "ASSAULT", src: "IS", tgt: "IA"}}},
		{name: "أغار is an attack",
			text: "وأغارت طائرات إسرائيلية على مواقع لحزب الله.",
			ents: []ent{{"IL", "LOC", []string{"إسرائيل"}}, {"HZ", "ORG", []string{"حزب الله"}}},
			want: []want{{typ: "ASSAULT", src: "IL", tgt: "HZ"}}},
		{name: "the subject of a relative clause on an attack, whose verb takes it back as a pronoun",
			text: "وتتواصل الغارات التي تشنها الولايات المتحدة على اليمن.",
			ents: []ent{usa, {"YE", "LOC", []string{"اليمن"}}},
			want: []want{{typ: "ASSAULT", src: "US", tgt: "YE"}}},
		{name: "a genitive with ل after the attack's adjective is the attacker",
			text: "وقتل ستة مدنيين في قصف مدفعي للحوثيين على منطقة دار سعد.",
			ents: []ent{{"HO", "ORG", []string{"حوثيين"}}, {"DS", "LOC/city", []string{"دار سعد"}}},
			want: []want{{typ: "ASSAULT", src: "HO", tgt: "DS"}}},
		{name: "an attack with its own attacker and no one named is on its place",
			text: "وقتل عشرون مصليا في هجوم انتحاري لتنظيم داعش على مسجد في الكويت.",
			ents: []ent{{"IS", "ORG", []string{"تنظيم داعش"}}, {"KW", "LOC", []string{"الكويت"}}},
			want: []want{{typ: "ASSAULT", src: "IS", tgt: "KW"}}},
		{name: "the genitive of an assassination is its victim, not the attacker",
			text: "وتتواصل التحقيقات في اغتيال الرئيس أحمد في بيروت.",
			ents: []ent{{"P9", "PERS", []string{"أحمد"}}, {"BEY", "LOC/city", []string{"بيروت"}}},
			want: nil},
		{name: "news agencies are not actors",
			text: "وقالت وكالة الأنباء الفرنسية إن فرنسا ستدعم أوكرانيا.",
			ents: []ent{agency, france, ukraine},
			want: []want{{typ: "SUPPORT", src: "FR", tgt: "UA"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFind(t, testDoc(c.text, c.ents, c.quote, c.speaker, c.dates...), c.want)
		})
	}
}

// checkFind runs Find on d, published on 2024-03-08, and checks that
// every wanted event is among the events found, or that none is found
// when none is wanted. It returns the events found.
func checkFind(t *testing.T, d *isnad.Document, wants []want) []isnad.Event {
	t.Helper()
	d.Published = isnad.OrNull("2024-03-08")
	got := Find(d, Options{})
	if len(wants) == 0 && len(got) > 0 {
		t.Fatalf("want no event, got %s", show(got))
	}
	for _, w := range wants {
		if !slices.ContainsFunc(got, func(e isnad.Event) bool { return w.matches(e) }) {
			t.Errorf("no event %+v among %s", w, show(got))
		}
	}
	return got
}

func (w want) matches(e isnad.Event) bool {
	ids := func(s []string) string { x := slices.Clone(s); slices.Sort(x); return strings.Join(x, ",") }
	opt := func(want string, got *string) bool {
		switch want {
		case "":
			return true
		case "-":
			return got == nil
		}
		return got != nil && *got == want
	}
	return e.Type == w.typ && ids(e.Source) == w.src && (w.tgt == "" && len(e.Target) == 0 || ids(e.Target) == w.tgt) &&
		(w.pol == "" || e.Polarity == w.pol) && (w.mod == "" || e.Modality == w.mod) &&
		opt(w.attr, e.AttributedTo) && opt(w.loc, e.Location) && opt(w.date, e.Date) && (!w.quote || e.Quote != nil)
}

func show(evs []isnad.Event) string {
	var b strings.Builder
	for _, e := range evs {
		str := func(p *string) string {
			if p == nil {
				return "-"
			}
			return *p
		}
		b.WriteString("\n  " + e.Type + " " + strings.Join(e.Source, ",") + "->" + strings.Join(e.Target, ",") +
			" " + e.Polarity + " " + e.Modality + " attr=" + str(e.AttributedTo) + " loc=" + str(e.Location) +
			" date=" + str(e.Date) + " «" + str(e.Trigger) + "»")
	}
	return b.String()
}

func TestRecallFromCapital(t *testing.T) {
	text := "وقالت البحرين إنها استدعت سفيرها في طهران للتشاور."
	d := testDoc(text, []ent{{"BH", "LOC", []string{"البحرين"}}, {"THR", "LOC", []string{"طهران"}}, iran}, "", "")
	linkKB(d, tehranIran)
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"the built-in knowledge base knows Tehran is Iran's capital", Options{}, "IR"},
		{"a knowledge base without Tehran leaves no target", Options{KB: emptyKB(t)}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := Find(d, tc.opts)
			if len(evs) != 1 || evs[0].Type != "SANCTION" {
				t.Fatalf("events = %+v, want one SANCTION", evs)
			}
			if got := strings.Join(evs[0].Target, ","); got != tc.want {
				t.Errorf("target = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVisitToCapital(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a capital visited is its state, when the article names it", "تتواصل المحادثات مع إيران. وكانت زيارة الوزير سامح شكري إلى طهران ناجحة.", "IR"},
		{"a capital visited stays itself when its state is not named", "وكانت زيارة الوزير سامح شكري إلى طهران ناجحة.", "THR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := []ent{shoukry, {"THR", "LOC", []string{"طهران"}}}
			if strings.Contains(tc.text, "إيران") {
				ents = append(ents, iran)
			}
			d := testDoc(tc.text, ents, "", "")
			linkKB(d, tehranIran)
			evs := Find(d, Options{})
			if len(evs) != 1 || evs[0].Type != "CONSULT" {
				t.Fatalf("events = %s, want one CONSULT", show(evs))
			}
			if got := strings.Join(evs[0].Target, ","); got != tc.want {
				t.Errorf("target = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAdjectiveOfUnnamedState(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"an adjective names the state a capital stands for, when the article names only the capital",
			"أعلنت طهران أمس فتح تحقيق. وقصفت طائرات حربية إيرانية مواقع حزب العمال الكردستاني.", "THR"},
		{"with the state named, the adjective is the state's", "أعلنت طهران وإيران أمس فتح تحقيق. وقصفت طائرات حربية إيرانية مواقع حزب العمال الكردستاني.", "IR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := []ent{{"PKK", "ORG", []string{"حزب العمال الكردستاني"}}, {"THR", "LOC/city", []string{"طهران"}}}
			if strings.Contains(tc.text, "وإيران") {
				ents = append(ents, iran)
			}
			d := testDoc(tc.text, ents, "", "")
			linkKB(d, tehranIran)
			var got []isnad.Event
			for _, e := range Find(d, Options{}) {
				if e.Type == "ASSAULT" {
					got = append(got, e)
				}
			}
			if len(got) != 1 || strings.Join(got[0].Source, ",") != tc.want || strings.Join(got[0].Target, ",") != "PKK" {
				t.Errorf("events = %s, want one ASSAULT %s->PKK", show(got), tc.want)
			}
		})
	}
}

// linkKB gives the document entities with the ids of kbIDs their
// knowledge-base ids.
func linkKB(d *isnad.Document, kbIDs map[string]string) {
	for i, e := range d.Entities {
		if id, ok := kbIDs[e.ID]; ok {
			d.Entities[i].KB = &id
		}
	}
}

// tehranIran are the knowledge-base ids of Tehran and Iran.
var tehranIran = map[string]string{"THR": "wikidata:Q3616", "IR": "wikidata:Q794"}

func emptyKB(t *testing.T) *kb.KB {
	t.Helper()
	k, err := kb.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestNisbaSubject(t *testing.T) {
	rouhani := ent{"P9", "PERS", []string{"حسن روحاني"}}
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"a title with its state's adjective and no name is the state", "وعقد الوزير الإيراني اجتماعا موسعا.", "IR"},
		{"a common noun with its state's adjective is the state", "وقصفت طائرات إيرانية المواقع.", "IR"},
		{"a title before a name leaves the subject to the name", "والتقى الرئيس الإيراني حسن روحاني الوفد.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFinder(testDoc(tc.text, []ent{iran, rouhani}, "", ""), nil)
			if got, _ := f.nisbaSubject(0, len(f.ws)); got != tc.want {
				t.Errorf("nisbaSubject = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGenderAgreement checks that a feminine verb joined by و to a
// masculine one does not take its subject: the UAE demands, not Macron.
func TestGenderAgreement(t *testing.T) {
	text := "وندد الرئيس الفرنسي إيمانويل ماكرون بالهجوم وطالبت الإمارات بوقف الهجمات على السفن."
	ents := []ent{{"MA", "PERS", []string{"إيمانويل ماكرون"}}, {"AE", "LOC", []string{"الإمارات"}}}
	got := checkFind(t, testDoc(text, ents, "", ""), []want{{typ: "ACCUSE", src: "MA"}})
	for _, e := range got {
		if e.Type == "REQUEST" && slices.Contains(e.Source, "MA") {
			t.Errorf("Macron made the UAE's demand: %s", show(got))
		}
	}
}

// TestTravellerAgreement checks that a feminine or plural verb of going
// does not lend its arrival to the man the clause spoke of.
func TestTravellerAgreement(t *testing.T) {
	text := "وزار الرئيس خالد العمر مصر أمس، حيث وصلت إلى الصين شحنات من القمح ويتوجهون إلى مكة."
	ents := []ent{{"KH", "PERS", []string{"خالد العمر"}}, egypt, {"CN", "LOC", []string{"الصين"}}, {"MK", "LOC", []string{"مكة"}}}
	got := checkFind(t, testDoc(text, ents, "", ""), []want{{typ: "CONSULT", src: "KH", tgt: "EG"}})
	for _, e := range got {
		if slices.Contains(e.Target, "CN") || slices.Contains(e.Target, "MK") {
			t.Errorf("the shipments' or pilgrims' going was the president's: %s", show(got))
		}
	}
}

// TestUnnamedStateAgent checks that a masdar qualified by the adjective of
// a state the article does not name takes no agent from the clause: the
// aggression is Israel's, not the Security Council's.
func TestUnnamedStateAgent(t *testing.T) {
	text := "وطالبت الجامعة العربية مجلس الأمن بالتدخل لوقف العدوان الإسرائيلي على غزة."
	ents := []ent{{"AL", "ORG", []string{"الجامعة العربية"}}, {"SC", "ORG", []string{"مجلس الأمن"}}, {"GZ", "LOC", []string{"غزة"}}}
	got := checkFind(t, testDoc(text, ents, "", ""), []want{{typ: "REQUEST", src: "AL", tgt: "SC"}})
	for _, e := range got {
		if e.Type == "ASSAULT" {
			t.Errorf("an assault by an actor of the text's: %s", show(got))
		}
	}
}

// TestUnnamedAccuser checks that a charge by an unnamed side makes no
// event, neither the accusation nor the act it charges, while a named
// side's condemnation still reports the act.
func TestUnnamedAccuser(t *testing.T) {
	ukraine := ent{"UA", "LOC", []string{"أوكرانيا"}}
	got := checkFind(t, testDoc("وفي أوكرانيا اتهم الانفصاليون القوات الأوكرانية بتكثيف القصف.", []ent{ukraine}, "", ""), nil)
	if len(got) > 0 {
		t.Errorf("an unnamed side's charge made events: %s", show(got))
	}
	checkFind(t, testDoc("ونددت قوى سياسية عراقية بالقصف التركي لقرى في الشمال، واستنكرته تركيا.", []ent{{"TR", "LOC", []string{"تركيا"}}}, "", ""),
		[]want{{typ: "ASSAULT", src: "TR"}})
}

// TestAgreementNamedForTown checks that the town an agreement or a
// meeting is named for is where it was made, not a party to it, also
// when the article lets the capital stand for its state.
func TestAgreementNamedForTown(t *testing.T) {
	austria := ent{"AT", "LOC", []string{"فيينا"}}
	d := testDoc("ورفعت العقوبات الاقتصادية عن إيران بموجب اتفاق فيينا المبرم بين إيران والقوى الكبرى.", []ent{iran, austria}, "", "")
	linkKB(d, map[string]string{"AT": "wikidata:Q40", "IR": "wikidata:Q794"})
	d.Published = isnad.OrNull("2024-03-08")
	for _, e := range Find(d, Options{}) {
		if slices.Contains(e.Source, "AT") || slices.Contains(e.Target, "AT") {
			t.Errorf("a town names a party: %+v", e)
		}
	}
}

// TestRegionsDoNotAct checks that a sea or a region acts for no one,
// while a region with a government of its own does.
func TestRegionsDoNotAct(t *testing.T) {
	text := "وطالب إقليم كردستان تركيا بوقف القصف. وتجتمع دول الخليج مع إيران الشهر المقبل."
	d := testDoc(text, []ent{{"KR", "LOC", []string{"إقليم كردستان"}}, {"TR", "LOC", []string{"تركيا"}}, {"GU", "LOC", []string{"الخليج"}}, iran}, "", "")
	for i, sub := range map[string]string{"KR": "autonomous-region", "GU": "region"} {
		for k := range d.Entities {
			if d.Entities[k].ID == i {
				d.Entities[k].Subtype = isnad.OrNull(sub)
			}
		}
	}
	for _, e := range checkFind(t, d, []want{{typ: "REQUEST", src: "KR", tgt: "TR"}}) {
		if slices.Contains(e.Source, "GU") {
			t.Errorf("the Gulf acts: %s", show([]isnad.Event{e}))
		}
	}
}

// TestLoyalToState checks that the state rebels are loyal to is not whom
// they are accused by.
func TestLoyalToState(t *testing.T) {
	text := "وتتهم أوكرانيا المتمردين الموالين لروسيا بإسقاط الطائرة."
	for _, e := range checkFind(t, testDoc(text, []ent{{"UA", "LOC", []string{"أوكرانيا"}}, russia}, "", ""), []want{{typ: "ACCUSE", src: "UA"}}) {
		if slices.Contains(e.Target, "RU") {
			t.Errorf("Ukraine accuses Russia: %s", show([]isnad.Event{e}))
		}
	}
}

// TestTriggerInsideName checks that a trigger word inside a body's name
// is no act: the Gulf Cooperation Council cooperates with no one.
func TestTriggerInsideName(t *testing.T) {
	text := "وتقع السعودية دون متوسط دول مجلس التعاون الخليجي، وتعاونت مع الكويت."
	ents := []ent{{"SA", "LOC", []string{"السعودية"}}, {"GC", "ORG", []string{"مجلس التعاون الخليجي"}}, {"KW", "LOC", []string{"الكويت"}}}
	f := newFinder(testDoc(text, ents, "", ""), emptyKB(t))
	var got []string
	for _, tr := range f.triggers(0, len(f.ws)-1) {
		got = append(got, f.ws[tr.first].tok.Text)
	}
	if len(got) != 1 || got[0] != "وتعاونت" {
		t.Errorf("triggers = %q, want only وتعاونت", got)
	}
}

// TestPassiveParties checks that a passive verb of agreeing takes its
// parties from بين, not the clause's subject.
func TestPassiveParties(t *testing.T) {
	text := "واعتمد مجلس الأمن قرارا يدعم الاتفاق الذي أبرم في فيينا بين إيران والقوى الكبرى."
	ents := []ent{{"SC", "ORG", []string{"مجلس الأمن"}}, {"VI", "LOC", []string{"فيينا"}}, iran, {"P5", "ORG", []string{"القوى الكبرى"}}}
	for _, e := range checkFind(t, testDoc(text, ents, "", ""), []want{{typ: "AGREE", src: "IR", tgt: "P5"}}) {
		if e.Type == "AGREE" && slices.Contains(e.Source, "SC") {
			t.Errorf("the Security Council made the agreement: %s", show([]isnad.Event{e}))
		}
	}
}

// TestSubjectBeforeObject checks that an actor right after a verb and
// before an indefinite accusative object is the verb's subject, not an
// object swapped for a name earlier in the sentence, while an adverb
// after the object changes nothing.
func TestSubjectBeforeObject(t *testing.T) {
	obama, shabaab, moga := ent{"OB", "PERS", []string{"أوباما"}}, ent{"SH", "ORG", []string{"حركة الشباب"}}, ent{"MG", "LOC", []string{"مقديشو"}}
	got := checkFind(t, testDoc("وبينما كان أوباما يغادر نيروبي، هاجمت حركة الشباب فندقا في مقديشو.", []ent{obama, {"NB", "LOC", []string{"نيروبي"}}, shabaab, moga}, "", ""), []want{{typ: "ASSAULT", src: "SH", tgt: "MG"}})
	for _, e := range got {
		if slices.Contains(e.Source, "OB") {
			t.Errorf("Obama attacked: %s", show(got))
		}
	}
	abbas, saudi := ent{"AB", "PERS", []string{"محمود عباس"}}, ent{"SA", "LOC", []string{"السعودية"}}
	checkFind(t, testDoc("وأكد مسؤول فلسطيني أن الرئيس محمود عباس يرافقه وفد من كبار المسؤولين سيزور السعودية قريبا.", []ent{abbas, saudi}, "", ""), []want{{typ: "CONSULT", src: "AB", tgt: "SA"}})
}

// TestOpponentsAdjective checks that the adjective of rebels or
// protesters names where they are from, not a target.
func TestOpponentsAdjective(t *testing.T) {
	text := "وتتهم بريطانيا المتمردين الأوكرانيين بإسقاط الطائرة. وتدعم بريطانيا أوكرانيا."
	ents := []ent{{"GB", "LOC", []string{"بريطانيا"}}, {"UA", "LOC", []string{"أوكرانيا"}}}
	for _, e := range checkFind(t, testDoc(text, ents, "", ""), []want{{typ: "ACCUSE", src: "GB"}}) {
		if e.Type == "ACCUSE" && slices.Contains(e.Target, "UA") {
			t.Errorf("Britain accuses Ukraine: %s", show([]isnad.Event{e}))
		}
	}
}

// TestRelativeClauseSubject checks the subject of a verb straight after
// a relative pronoun: the noun before the pronoun, also after a
// preposition, but never the actor of the clause around it.
func TestRelativeClauseSubject(t *testing.T) {
	find := func(text string, ents ...ent) []isnad.Event {
		return Find(testDoc(text, ents, "", ""), Options{})
	}
	// A thing's verb: the agreement was made, not by Egypt.
	for _, e := range find("ورحبت مصر بالاتفاق الذي أبرم مع إيران.", egypt, iran) {
		if e.Type == "AGREE" && (slices.Contains(e.Source, "EG") || slices.Contains(e.Target, "EG")) {
			t.Errorf("Egypt is a party to the agreement: %s", show([]isnad.Event{e}))
		}
	}
	// ... nor with one named party after بين and an actor after the verb.
	for _, e := range find("وتعتزم مصر الضغط على الكونغرس حتى لا يوافق على الاتفاق الذي أبرم بين إيران والقوى العالمية.", egypt, iran) {
		if e.Type == "AGREE" && slices.Contains(e.Target, "IR") {
			t.Errorf("Iran is the object of an agreement: %s", show([]isnad.Event{e}))
		}
	}
	// The noun before the pronoun acts, after a preposition too.
	checkFind(t, testDoc("وقدم الرئيس الشكر لمصر التي وقفت بجانب السودان في أزمته.", []ent{egypt, sudan}, "", ""),
		[]want{{typ: "SUPPORT", src: "EG", tgt: "SD"}})
	// The verb's pronoun is that noun: it is the object, not the subject.
	for _, e := range find("وتحدث الوزير عن قطر التي اتهمها بدعم الإرهاب، فيما رفضت مصر ذلك.", qatar, egypt) {
		if slices.Contains(e.Source, "QA") {
			t.Errorf("Qatar acts in a clause about it: %s", show([]isnad.Event{e}))
		}
	}
}

// TestResumptiveNeed checks a verb whose needed noun is the relative
// clause's, taken up by a pronoun after it: the agreement Iran reached.
func TestResumptiveNeed(t *testing.T) {
	p5 := ent{"P5", "ORG", []string{"الدول الست الكبرى"}}
	checkFind(t, testDoc("ورحبت مصر بالاتفاق الذي توصلت إليه إيران مع الدول الست الكبرى.", []ent{egypt, iran, p5}, "", ""),
		[]want{{typ: "AGREE", src: "IR", tgt: "P5"}})
	// With its subject unnamed, the actor of the clause is no party.
	for _, e := range Find(testDoc("ورحبت مصر بالاتفاق الذي توصلت إليه القوى الغربية مع إيران.", []ent{egypt, iran}, "", ""), Options{}) {
		if e.Type == "AGREE" && (slices.Contains(e.Source, "EG") || slices.Contains(e.Target, "EG")) {
			t.Errorf("Egypt is a party to the agreement: %s", show([]isnad.Event{e}))
		}
	}
}

// TestVisitToCapitalWithoutWikidata checks that a capital the document
// gives no kb id (its entry has no certain Wikidata id) is still found
// in the knowledge base by its name, and stands for its state.
func TestVisitToCapitalWithoutWikidata(t *testing.T) {
	k, err := kb.New([]kb.Entry{
		{ID: "wikidata:Q114", Type: kb.LOC, Subtype: "country", Name: "كينيا", NameEn: "Kenya", Capital: "isnad:city-nairobi", WikidataKnown: true},
		{ID: "isnad:city-nairobi", Type: kb.LOC, Subtype: "city", Name: "نيروبي", NameEn: "Nairobi", CapitalOf: "wikidata:Q114"},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "تتواصل المحادثات مع كينيا. وكانت زيارة الوزير سامح شكري إلى نيروبي ناجحة."
	d := testDoc(text, []ent{shoukry, {"NB", "LOC/city", []string{"نيروبي"}}, {"KE", "LOC/country", []string{"كينيا"}}}, "", "")
	linkKB(d, map[string]string{"KE": "wikidata:Q114"})
	nairobi := "Nairobi"
	d.Entities[1].NameEn = &nairobi
	evs := Find(d, Options{KB: k})
	if len(evs) != 1 || evs[0].Type != "CONSULT" || strings.Join(evs[0].Target, ",") != "KE" {
		t.Errorf("events = %s, want one CONSULT of Kenya", show(evs))
	}
}

// TestAttackOnStateLand checks that land or forces named by a state's
// adjective after a preposition are the target, past the subject after
// the verb, and that a relative clause's subject is the name before the
// name's own adjective.
func TestAttackOnStateLand(t *testing.T) {
	kenya := ent{"KE", "LOC/country", []string{"كينيا"}}
	shabaab := ent{"SH", "ORG", []string{"حركة الشباب"}}
	for _, text := range []string{
		"وقالت كينيا إن حركة الشباب شنت عددا كبيرا من الهجمات على الأراضي الكينية.",
		"وقالت كينيا إن حركة الشباب الصومالية التي شنت هجمات على الأراضي الكينية تشكل خطرا.",
	} {
		d := testDoc(text, []ent{kenya, shabaab}, "", "")
		linkKB(d, map[string]string{"KE": "wikidata:Q114"})
		evs := Find(d, Options{})
		if !slices.ContainsFunc(evs, func(e isnad.Event) bool {
			return e.Type == "ASSAULT" && slices.Equal(e.Source, []string{"SH"}) && slices.Equal(e.Target, []string{"KE"})
		}) {
			t.Errorf("%s: events = %s, want ASSAULT SH->KE", text, show(evs))
		}
	}
}

// TestNeededWordIsTheAct checks that a trigger absorbs the word it needs
// whatever other trigger that word is, and that aid or support takes
// with ل whom it is for.
func TestNeededWordIsTheAct(t *testing.T) {
	army := ent{"SA", "ORG", []string{"جيش السوري"}} // inside للجيش السوري
	for _, text := range []string{
		"وقدمت مصر دعما عسكريا للجيش السوري.",                                  // دعما is also "they two supported"
		"وتحدثت تقارير عن تقديم مصر في الأيام الأخيرة دعما قويا للجيش السوري.", // تقديم needs دعما
		"وأعلنت مصر تقديم دعم عسكري للجيش السوري.",                             // ل after the adjective: for whom
	} {
		evs := Find(testDoc(text, []ent{egypt, army}, "", ""), Options{})
		if len(evs) != 1 || evs[0].Type != "AID" || !slices.Equal(evs[0].Source, []string{"EG"}) || !slices.Equal(evs[0].Target, []string{"SA"}) {
			t.Errorf("%s: events = %s, want one AID EG->SA", text, show(evs))
		}
	}
}

// TestTitleOfBodyBeforeGenitive checks that a masdar's genitive may
// follow a title naming the body its man heads, without the article.
func TestTitleOfBodyBeforeGenitive(t *testing.T) {
	mahdi := ent{"SM", "PERS", []string{"صادق المهدي"}}
	checkFind(t, testDoc("وتأتي زيارة رئيس حزب الأمة صادق المهدي إلى مصر بعد أسابيع من التوتر.", []ent{mahdi, egypt}, "", ""),
		[]want{{typ: "CONSULT", src: "SM", tgt: "EG"}})
	checkFind(t, testDoc("وتأتي زيارة وزير خارجية السودان صادق المهدي إلى مصر بعد أسابيع من التوتر.", []ent{mahdi, egypt, sudan}, "", ""),
		[]want{{typ: "CONSULT", src: "SM", tgt: "EG"}})
}

// TestMobilizeWords checks the verbs and nouns of raising forces or their
// readiness: raising the alert, reinforcing one's forces, setting up a
// force, calling up reserves.
func TestMobilizeWords(t *testing.T) {
	for _, text := range []string{
		"ورفعت كوريا الشمالية حالة التأهب على حدودها.",
		"وعززت روسيا قواتها على الحدود.",
		"وأعلنت روسيا إنشاء قوة جديدة للرد السريع.",
		"وأعلنت روسيا استدعاء الاحتياط.",
	} {
		evs := Find(testDoc(text, []ent{nkorea, russia}, "", ""), Options{})
		if !slices.ContainsFunc(evs, func(e isnad.Event) bool { return e.Type == "MOBILIZE" && len(e.Source) == 1 }) {
			t.Errorf("%s: events = %s, want a MOBILIZE", text, show(evs))
		}
	}
}

// TestMasdarAfterTimePreposition checks that an act a clause dates
// itself by (بعد توقيع الاتفاق) is not its subject's, unless the act has
// an actor of its own (بعد زيارة مصر، بعد اجتماعه).
func TestMasdarAfterTimePreposition(t *testing.T) {
	for _, e := range Find(testDoc("وقال الوزير إن من الطبيعي أن تستأنف فرنسا وإيران علاقات طبيعية بعد توقيع هذا الاتفاق.", []ent{france, iran}, "", ""), Options{}) {
		if e.Type == "AGREE" {
			t.Errorf("France signed: %s", show([]isnad.Event{e}))
		}
	}
	checkFind(t, testDoc("ووصل الوزير سامح شكري إلى الدوحة أمس بعد زيارة مصر.", []ent{shoukry, egypt}, "", ""),
		[]want{{typ: "CONSULT", src: "P1", tgt: "EG"}})
}

// TestDraftSponsorTarget checks that a draft or resolution named by a
// state's adjective is that state's, as the target of any act, past the
// place it happens in and a bracketed gloss.
func TestDraftSponsorTarget(t *testing.T) {
	d := testDoc("واستخدمت روسيا حق النقض (الفيتو) في مجلس الأمن الدولي ضد مشروع قرار أمريكي، وقالت واشنطن إنها ستواصل جهودها.",
		[]ent{russia, usa, {"SC", "ORG", []string{"مجلس الأمن الدولي"}}}, "", "")
	linkKB(d, map[string]string{"US": "wikidata:Q30", "RU": "wikidata:Q159"})
	checkFind(t, d, []want{{typ: "REJECT", src: "RU", tgt: "US"}})
}

// TestConditionalResponse checks that a response promised on a condition
// is a threat against the condition's actor, by the speaker or the
// verb's subject, and that a response with no condition is no event.
func TestConditionalResponse(t *testing.T) {
	text := "وقال شكري: «في حال خرقت إيران شروط الاتفاق، فإننا بالطبع سنرد على ذلك»."
	checkFind(t, testDoc(text, []ent{shoukry, iran}, "في حال خرقت إيران شروط الاتفاق، فإننا بالطبع سنرد على ذلك", "P1"),
		[]want{{typ: "THREATEN", src: "P1", tgt: "IR"}})
	checkFind(t, testDoc("وحذرت روسيا من أنها سترد إذا هاجمت أوكرانيا أراضيها.", []ent{russia, ukraine}, "", ""),
		[]want{{typ: "THREATEN", src: "RU", tgt: "UA"}})
	for _, e := range Find(testDoc("وقالت روسيا إنها سترد على رسالة أوكرانيا قريبا.", []ent{russia, ukraine}, "", ""), Options{}) {
		if e.Type == "THREATEN" {
			t.Errorf("a reply is no threat: %s", show([]isnad.Event{e}))
		}
	}
}
