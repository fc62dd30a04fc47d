package furniture

import (
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

func TestTrailingLink(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		lastKept   string // the end of the last paragraph kept
		cut        string // the source line cut, "" for none
	}{
		{"on the last sentence's line",
			"الصحة تفتتح مستشفى جديدا في الشمال\n\nقال مسؤول في الوزارة إن العمل بدأ منذ عامين في المبنى الجديد.\nأعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة الشمالية. رابط الخبر بصحيفة النبأ: الصحة تفتتح مستشفى جديدا",
			"في المدينة الشمالية.", "رابط الخبر بصحيفة النبأ: الصحة تفتتح مستشفى جديدا"},
		{"on a line of its own",
			"الصحة تفتتح مستشفى جديدا في الشمال\n\nقال مسؤول في الوزارة إن العمل بدأ منذ عامين في المبنى الجديد.\nأعلنت وزارة الصحة عن افتتاح مستشفى جديد في المدينة الشمالية.\nرابط المقال في موقع النبأ: الصحة تفتتح مستشفى",
			"في المدينة الشمالية.", "رابط المقال في موقع النبأ: الصحة تفتتح مستشفى"},
		{"a link spoken of in the text stays",
			"الصحة تفتتح مستشفى جديدا في الشمال\n\nقال مسؤول في الوزارة إن العمل بدأ منذ عامين في المبنى الجديد.\nوقالت الوزارة إن رابط الخبر المنشور أمس لم يعد يعمل بعد حذفه من الموقع.",
			"لم يعد يعمل بعد حذفه من الموقع.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Text(tc.body, Options{})
			last := p.Paragraphs[len(p.Paragraphs)-1]
			if !strings.HasSuffix(last, tc.lastKept) {
				t.Errorf("last paragraph %q, want it to end %q", last, tc.lastKept)
			}
			var got string
			for _, r := range p.Removed {
				if r.Kind == isnad.RemovedSourceLine {
					got = r.Text
				}
			}
			if got != tc.cut {
				t.Errorf("source line cut %q, want %q", got, tc.cut)
			}
		})
	}
}
