package arabic_test

import (
	"fmt"

	"github.com/isnad/isnad/arabic"
)

func ExampleFold() {
	fmt.Println(arabic.Fold("قَالَ الرَّئيـــسُ إنّ ٣٫٥ مليار ﻻ تكفي"))
	// Output: قال الرييس ان 3.5 مليار لا تكفي
}

func ExampleFoldMap() {
	text := "وصل الرَّئيسُ إلى القاهرة"
	f := arabic.FoldMap(text)
	// Find a folded name in the folded text, then map the match back.
	start, end := 4, 10 // "الرييس" in f.Text
	rs := []rune(text)
	fmt.Println(f.Text[len("وصل "):len("وصل الرييس")])
	fmt.Println(string(rs[f.Orig(start):f.Orig(end)]))
	// Output:
	// الرييس
	// الرَّئيسُ
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
