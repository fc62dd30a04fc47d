package input_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/isnad/isnad/input"
	"golang.org/x/text/encoding/charmap"
)

func ExampleRead() {
	stdin := strings.NewReader(`{"title": "افتتاح جسر جديد", "content": "افتتح المحافظ الجسر الجديد صباح اليوم.", "date": "2024-05-01"}
{"title": "سطر بلا نص"}
`)
	for a, err := range input.Read(context.Background(), []string{"-"}, stdin, input.Options{}) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.URI, a.Format, a.Published, a.Title)
	}
	// Output:
	// -:1 text 2024-05-01 افتتاح جسر جديد
	// error: -:2: no article text (want a field content, text, body, article, maintext or html)
}

func ExampleDecode() {
	old, _ := charmap.Windows1256.NewEncoder().Bytes([]byte("وكالة الأنباء: «انتهى الاجتماع»"))
	text, enc, err := input.Decode(old, false)
	fmt.Println(text, enc, err)
	// Output: وكالة الأنباء: «انتهى الاجتماع» windows-1256 <nil>
}
