package arabic_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
)

func ExampleFold() {
	fmt.Println(arabic.Fold("قَالَ الرَّئيـــسُ إنّ ٣٫٥ مليار ﻻ تكفي"))
	// Output: قال الرييس ان 3.5 مليار لا تكفي
}

func ExampleFoldMap() {
	text := "وصل الرَّئيسُ إلى القاهرة"
	f := arabic.FoldMap(text)
	// Find a folded name in the folded text, in code points, then map the
	// match back to the original spelling.
	i := strings.Index(f.Text, arabic.Fold("الرئيس"))
	start := utf8.RuneCountInString(f.Text[:i])
	end := start + utf8.RuneCountInString(arabic.Fold("الرئيس"))
	rs := []rune(text)
	fmt.Println(f.Orig(start), f.Orig(end), string(rs[f.Orig(start):f.Orig(end)]))
	// Output: 4 13 الرَّئيسُ
}

func ExampleTokenize() {
	for _, t := range arabic.Tokenize("قال: “سنرد” في 30.11.2024") {
		fmt.Println(t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0 3 Word قال
	// 3 4 Punct :
	// 5 6 Punct “
	// 6 10 Word سنرد
	// 10 11 Punct ”
	// 12 14 Word في
	// 15 25 Number 30.11.2024
}

func ExampleAppendTokens() {
	// Two sentences into one table; the offsets are each sentence's own.
	toks := arabic.AppendTokens(nil, "وصل الوفد.")
	toks = arabic.AppendTokens(toks, "بدأت المحادثات")
	for _, t := range toks {
		fmt.Println(t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0 3 Word وصل
	// 4 9 Word الوفد
	// 9 10 Punct .
	// 0 4 Word بدأت
	// 5 14 Word المحادثات
}

func ExampleSegment() {
	for _, w := range []string{"وللصحفيين", "وسيدفعون", "حكومته", "بيلوسوف", "لندن"} {
		fmt.Println(arabic.Segment(w))
	}
	// Output:
	// و+ل+ل+صحفيين
	// و+س+يدفعون
	// حكومت+ه
	// بيلوسوف
	// لندن
}

func ExampleSentences() {
	text := "قال د. أحمد: “لا. لن نوقع”. ثم غادر."
	rs := []rune(text)
	for _, sp := range arabic.Sentences(text) {
		fmt.Println(string(rs[sp[0]:sp[1]]))
	}
	// Output:
	// قال د. أحمد: “لا. لن نوقع”.
	// ثم غادر.
}

func ExampleArabicRatio() {
	fmt.Printf("%.2f\n", arabic.ArabicRatio("قال الرئيس Biden"))
	// Output: 0.64
}

func ExampleSegmenter() {
	// A gazetteer tells the segmenter which bare names a preposition may
	// attach to; without one, لروسيا stays whole.
	places := map[string]bool{arabic.Fold("روسيا"): true}
	sg := arabic.Segmenter{Known: func(folded string) bool { return places[folded] }}
	fmt.Println(arabic.Segment("لروسيا"), sg.Segment("لروسيا"))
	// Output: لروسيا ل+روسيا
}
