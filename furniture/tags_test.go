package furniture

import (
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

func TestTrailingTags(t *testing.T) {
	const head = "وزير الخارجية يزور العاصمة الأردنية\n\n"
	const para = "قال وزير الخارجية إن المحادثات مع نظيره الأردني كانت مثمرة وتناولت ملفات المنطقة."
	for _, tc := range []struct {
		name, body, last, cut string
	}{
		{"glued after the last sentence", head + para + " سمات الأردن وزير الخارجية المحادثات",
			para, "سمات الأردن وزير الخارجية المحادثات"},
		{"after a closing quotation mark", head + "وقال الوزير: “المحادثات كانت مثمرة.” سمات الأردن الدبلوماسية",
			"وقال الوزير: “المحادثات كانت مثمرة.”", "سمات الأردن الدبلوماسية"},
		{"a paragraph of its own with a colon", head + para + "\n\nالوسوم: الأردن، الدبلوماسية، الشرق الأوسط، وزارة الخارجية",
			para, "الوسوم: الأردن، الدبلوماسية، الشرق الأوسط، وزارة الخارجية"},
		{"keywords label", head + para + "\n\nكلمات مفتاحية: الأردن سوريا العراق لبنان مصر",
			para, "كلمات مفتاحية: الأردن سوريا العراق لبنان مصر"},
		{"the common noun in a sentence stays", head + para + " سمات المرحلة المقبلة تتطلب الحذر.",
			para + " سمات المرحلة المقبلة تتطلب الحذر.", ""},
		{"a label alone stays", head + para + " سمات", para + " سمات", ""},
		{"not in the middle of the article", head + "سمات الأردن وزير الخارجية المحادثات\n\n" + para,
			para, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Text(tc.body, Options{})
			if got := p.Paragraphs[len(p.Paragraphs)-1]; got != tc.last {
				t.Errorf("last paragraph = %q, want %q", got, tc.last)
			}
			var nav []string
			for _, r := range p.Removed {
				if r.Kind == isnad.RemovedNav {
					nav = append(nav, r.Text)
				}
			}
			if got := strings.Join(nav, "|"); got != tc.cut {
				t.Errorf("cut as nav = %q, want %q", got, tc.cut)
			}
		})
	}
}
