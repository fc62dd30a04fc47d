package arabic

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"full stops", "قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد يصل غدا.",
			[]string{"قال الوزير إن المحادثات مستمرة.", "وأضاف أن الوفد يصل غدا."}},
		{"an abbreviated name in brackets", "وقال لقناة (ايه.تي.في) التركية إن الخطة جاهزة. وتحدث لمحطة (بي. بي. سي) أيضا.",
			[]string{"وقال لقناة (ايه.تي.في) التركية إن الخطة جاهزة.", "وتحدث لمحطة (بي. بي. سي) أيضا."}},
		{"a bracketed sentence still ends", "وصل الوفد (وكان الطقس باردا جدا في ذلك اليوم. ثم غادر الجميع) مساء.",
			[]string{"وصل الوفد (وكان الطقس باردا جدا في ذلك اليوم.", "ثم غادر الجميع) مساء."}},
		{"question and exclamation", "هل تنتهي الحرب؟ لا أحد يعرف! الانتظار طويل",
			[]string{"هل تنتهي الحرب؟", "لا أحد يعرف!", "الانتظار طويل"}},
		{"curly quote with full stop inside", "قال المتحدث: “لا، لا أستطيع. ليس لدي ما أضيفه”. ثم غادر.",
			[]string{"قال المتحدث: “لا، لا أستطيع. ليس لدي ما أضيفه”.", "ثم غادر."}},
		{"guillemets", "وكتب الوزير «نحن جاهزون. الرد قادم» في تغريدة. ولم يوضح.",
			[]string{"وكتب الوزير «نحن جاهزون. الرد قادم» في تغريدة.", "ولم يوضح."}},
		{"straight quotes pair up", "وقال: \"سنرد بقوة. لن نسكت\". وتابع الحديث.",
			[]string{"وقال: \"سنرد بقوة. لن نسكت\".", "وتابع الحديث."}},
		{"single quotes", "ووصف الخطة بأنها ‘مقبولة. لكنها ناقصة’ أمس. وانتهى",
			[]string{"ووصف الخطة بأنها ‘مقبولة. لكنها ناقصة’ أمس.", "وانتهى"}},
		{"full stop before the closing mark", "قال: “سنرد بقوة.” وأضاف أن الرد قريب.",
			[]string{"قال: “سنرد بقوة.”", "وأضاف أن الرد قريب."}},
		{"closing mark used as opener", "وتحدث عن الزيارة و”ربما لقاء. في موسكو”. ثم صمت.",
			[]string{"وتحدث عن الزيارة و”ربما لقاء. في موسكو”.", "ثم صمت."}},
		{"double prime closes a quote after a digit", "أطلقت الشركة “النظام 10″ اليوم. وبحسب مصادر “الشركة” فإنه مجاني.",
			[]string{"أطلقت الشركة “النظام 10″ اليوم.", "وبحسب مصادر “الشركة” فإنه مجاني."}},
		{"nested straight quotes", "تقول المديرة \"يعد \"الملتقى\" منصة مهمة. وهو يعقد كل عامين\" كما أضافت. وانتهى اللقاء",
			[]string{"تقول المديرة \"يعد \"الملتقى\" منصة مهمة. وهو يعقد كل عامين\" كما أضافت.", "وانتهى اللقاء"}},
		{"stray closing mark", "وقال إنه يريد السفر إلى موسكو”. وأكد ذلك.",
			[]string{"وقال إنه يريد السفر إلى موسكو”.", "وأكد ذلك."}},
		{"unclosed quote bounded by the sentence rules", "قال إن بلاده “ستدفع الثمن. ولن تتراجع. وانتهى",
			[]string{"قال إن بلاده “ستدفع الثمن.", "ولن تتراجع.", "وانتهى"}},
		{"unclosed quote bounded by the paragraph", "قال: “سنرد\nوأضاف. ثم غادر",
			[]string{"قال: “سنرد", "وأضاف.", "ثم غادر"}},
		{"initials", "وصل د. أحمد والمهندس م. علي. ثم بدأ الاجتماع",
			[]string{"وصل د. أحمد والمهندس م. علي.", "ثم بدأ الاجتماع"}},
		{"agency with dots", "أفادت أ. ف. ب. بأن الهجوم وقع فجرا. وقتل جنديان",
			[]string{"أفادت أ. ف. ب. بأن الهجوم وقع فجرا.", "وقتل جنديان"}},
		{"era abbreviation", "بني المعبد عام 300 ق.م في مصر. واليوم يزوره السياح",
			[]string{"بني المعبد عام 300 ق.م في مصر.", "واليوم يزوره السياح"}},
		{"latin abbreviations", "وقالت U.S. officials إن Dr. Smith وصل. ثم غادر",
			[]string{"وقالت U.S. officials إن Dr. Smith وصل.", "ثم غادر"}},
		{"numbers, dates and addresses", "بلغ النمو 3.5 في المئة في 30.11.2024 حسب www.example.com اليوم. وتراجع",
			[]string{"بلغ النمو 3.5 في المئة في 30.11.2024 حسب www.example.com اليوم.", "وتراجع"}},
		{"number ending a sentence", "بلغ عدد القتلى 30. وقال مسؤول إن العدد سيرتفع",
			[]string{"بلغ عدد القتلى 30.", "وقال مسؤول إن العدد سيرتفع"}},
		{"list ordinals", "1. وقف إطلاق النار\n2. تبادل الأسرى",
			[]string{"1. وقف إطلاق النار", "2. تبادل الأسرى"}},
		{"missing space after full stop", "انتهى الاجتماع.وقال الوزير إنه راض",
			[]string{"انتهى الاجتماع.", "وقال الوزير إنه راض"}},
		{"straight quote opening after a glued full stop", "انتهى الاجتماع.\"نحن راضون\" قال الوزير",
			[]string{"انتهى الاجتماع.", "\"نحن راضون\" قال الوزير"}},
		{"ellipsis", "وانتظر الجميع… ثم جاء الرد",
			[]string{"وانتظر الجميع…", "ثم جاء الرد"}},
		{"paragraphs and surrounding space", "  العنوان الرئيسي\n\n\u200fالفقرة الأولى بلا نقطة  \n",
			[]string{"العنوان الرئيسي", "الفقرة الأولى بلا نقطة"}},
		{"empty", " \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := []rune(tc.in)
			var got []string
			for _, sp := range Sentences(tc.in) {
				got = append(got, string(rs[sp[0]:sp[1]]))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestSentencesLongQuotation checks that a quotation longer than
// maxQuoteRunes (a statement printed in full) no longer holds its
// sentences together, while a short one still does.
func TestSentencesLongQuotation(t *testing.T) {
	sentence := "وتؤكد الهيئة أن الإجراءات مستمرة في جميع المناطق. "
	long := "وجاء في البيان: “" + strings.Repeat(sentence, maxQuoteRunes/len([]rune(sentence))+1) + "”."
	short := "وجاء في البيان: “" + strings.Repeat(sentence, 3) + "”."
	if n := len(Sentences(long)); n < 10 {
		t.Errorf("long quotation: %d sentences, want it split", n)
	}
	if n := len(Sentences(short)); n != 1 {
		t.Errorf("short quotation: %d sentences, want 1", n)
	}
}
