package ner_test

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/ner"
)

func ExampleModel_Tag() {
	m, err := ner.Default()
	if err != nil {
		panic(err)
	}
	words := strings.Fields("وقال الرئيس الأمريكي جورج بوش في واشنطن أمس")
	for i, tag := range m.Tag(words) {
		if tag != "O" {
			fmt.Println(words[i], tag)
		}
	}
	// Output:
	// جورج B-PERS
	// بوش I-PERS
	// واشنطن B-LOC
}
