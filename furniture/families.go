package furniture

import (
	"strings"

	"github.com/isnad/isnad"
)

// A rule recognises one family of furniture line by its folded form. Page
// furniture is a small closed vocabulary ("شارك المقال", "اترك تعليقاً",
// "مساحة إعلانية"), so a line is furniture when it opens with one of the
// family's phrases and is too short to be a sentence of the article.
type rule struct {
	kind    string
	phrases []string // folded; matched at the start of the line, whole words
}

// The families, in the order they are tried. How much of a line a phrase
// must cover grows as the phrase gets shorter, because short phrases also
// open sentences: a one-word phrase ("تعليقات", "إعلان") is furniture only
// when nothing but a count follows it ("إعلان الاستقلال" is a subheading),
// a two-word one on a line of at most pairWords words, a longer one on a
// line of at most promptWords words.
var rules = []rule{
	{isnad.RemovedAd, []string{"مساحه اعلانيه", "مساحه اعلان", "اعلان", "اعلانات", "اعلان ممول",
		"محتوي ممول", "محتوي مدفوع", "advertisement", "advertising", "sponsored", "ads"}},
	{isnad.RemovedComments, []string{"لن يتم نشر عنوان بريدك", "لن يتم نشر بريدك", "الحقول الالزاميه",
		"الحقول المطلوبه", "حفظ اسمي بريدي", "حفظ اسمي وبريدي", "حفظ اسمي والبريد", "اترك تعليق", "اترك تعليقا", "اترك تعليقك", "اترك ردا", "اترك رد",
		"اضف تعليق", "اضف تعليقك", "اكتب تعليق", "اكتب تعليقك", "ارسال التعليق", "لا توجد تعليقات",
		"كن اول من يعلق", "عدد التعليقات", "التعليقات", "التعليق", "تعليقات", "تعليق", "ترك تقييم", "اترك تقييم",
		"تقييم", "التقييم", "الاسم", "الاسم الكامل", "البريد الالكتروني", "الموقع الالكتروني",
		"leave a comment", "leave a reply", "comments", "comment", "name", "email", "website"}},
	{isnad.RemovedShare, []string{"شارك هذه المقاله", "شارك هذا المقال", "شارك المقال", "شارك المقاله",
		"شارك الخبر", "شارك الموضوع", "شارك علي", "شارك عبر", "شارك", "شاركها", "شاركوا", "مشاركه",
		"انسخ الرابط", "نسخ الرابط", "تم نسخ الرابط", "رابط مختصر", "طباعه", "share", "share this",
		"copy link", "print"}},
	{isnad.RemovedNav, []string{"اقرا ايضا", "اقرا المزيد", "المزيد", "لمزيد من القراءه",
		"للمزيد من القراءه", "شاهد ايضا", "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "ذات صله",
		"الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا", "تابعونا علي", "تابعنا علي", "جميع الحقوق محفوظه",
		"حقوق النشر", "اشترك في النشره", "النشره البريديه", "الصفحه الرئيسيه", "العوده للرئيسيه",
		"read more", "related", "more"}},
}

// relatedMarkers open a "read more" block: the linked headlines on the
// lines after them are navigation too.
var relatedMarkers = []string{"اقرا ايضا", "اقرا المزيد", "لمزيد من القراءه", "للمزيد من القراءه",
	"شاهد ايضا", "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "ذات صله", "read more", "related"}

// sharePlatforms are the names a row of share buttons is made of.
var sharePlatforms = wordSet("فيسبوك فيس بوك تويتر اكس واتساب واتس اب تلغرام تيليجرام تليجرام " +
	"لينكدان لينكد ان انستغرام ماسنجر facebook twitter x whatsapp telegram linkedin " +
	"pinterest reddit messenger email")

// readingWords make up a reading-time line ("4 دقيقة قراءة", "3 دقائق
// للقراءة", "وقت القراءة: 5 دقائق", "5 min read"); readingHeads must occur.
var (
	readingWords = wordSet("دقيقه دقائق دقيقتان دقيقتين ثانيه ثوان وقت مده min mins minute minutes " +
		"read reading time قراءه للقراءه القراءه")
	readingHeads = wordSet("قراءه للقراءه القراءه read reading")
)

const (
	pairWords   = 8  // most words of a line a two-word phrase makes furniture
	promptWords = 25 // most words of a furniture prompt ("لن يتم نشر ...")
)

// wordSet makes a set of folded words from a space-separated list; "_"
// joins the words of one entry ("الاسم_الكامل").
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[fold(w)] = true
	}
	return m
}

// hasPhrase reports whether folded line f starts with phrase p as whole words.
func hasPhrase(f, p string) bool {
	return strings.HasPrefix(f, p) && (len(f) == len(p) || f[len(p)] == ' ')
}

// family returns the furniture kind of a folded line, "" for none. words is the line's word count.
func family(f string, words int) string {
	if words > promptWords || f == "" {
		return ""
	}
	if isRelatedMarker(f) {
		// "اقرأ أيضاً: <linked headline>" on one line: the marker is an
		// imperative no sentence of news opens with.
		return isnad.RemovedNav
	}
	for _, r := range rules {
		for _, p := range r.phrases {
			if hasPhrase(f, p) && covers(f, p, words) {
				return r.kind
			}
		}
	}
	switch {
	case allIn(f, readingWords, readingHeads, true):
		return isnad.RemovedReadingTime
	case allIn(f, sharePlatforms, sharePlatforms, false):
		return isnad.RemovedShare
	}
	return ""
}

// formFields are the labels of a comment form: furniture alone on their
// line, a subheading when anything follows ("البريد الإلكتروني الخبيث").
var formFields = wordSet("الاسم الاسم_الكامل البريد_الالكتروني الموقع_الالكتروني")

// covers reports whether phrase p, found at the start of folded line f of
// the given word count, makes the whole line furniture (see rules).
func covers(f, p string, words int) bool {
	n := strings.Count(p, " ")
	if formFields[p] {
		n = 0
	}
	switch n {
	case 0:
		for _, w := range strings.Fields(f[len(p):]) {
			if !isDigits(w) {
				return false
			}
		}
		return true
	case 1:
		return words <= pairWords
	}
	return true
}

// allIn reports whether every word of f is in vocab (or a number, when
// numbers is set) and at least one is in heads.
func allIn(f string, vocab, heads map[string]bool, numbers bool) bool {
	head := false
	for _, w := range strings.Fields(f) {
		switch {
		case heads[w]:
			head = true
		case vocab[w], numbers && isDigits(w):
		default:
			return false
		}
	}
	return head
}

// isRelatedMarker reports whether the folded line opens a "read more" block.
func isRelatedMarker(f string) bool {
	for _, p := range relatedMarkers {
		if hasPhrase(f, p) {
			return true
		}
	}
	return false
}
