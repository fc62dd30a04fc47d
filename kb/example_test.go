package kb_test

import (
	"fmt"

	"github.com/isnad/isnad/kb"
)

func Example() {
	k, err := kb.Default()
	if err != nil {
		panic(err)
	}
	for _, e := range k.Lookup("بيونج يانج") {
		fmt.Println(e.NameEn, "stands for", k.ByID(e.CapitalOf).NameEn)
	}
	russia := k.Demonym("الروسي")
	fmt.Println(russia.NameEn)
	fmt.Println(k.Holder(kb.DefenceMinister, russia.ID, "2023-09-05").NameEn)
	fmt.Println(k.Holder(kb.DefenceMinister, russia.ID, "2024-11-20").NameEn)
	// Output:
	// Pyongyang stands for North Korea
	// Russia
	// Sergei Shoigu
	// Andrei Belousov
}

func ExampleKey() {
	fmt.Println(kb.Key("بوتين") == kb.Key("بوتن"))
	fmt.Println(kb.Key("شويغو") == kb.Key("شويجو"))
	fmt.Println(kb.Key("كوريا") == kb.Key("كوبا"))
	// Output:
	// true
	// true
	// false
}

func ExampleRomanize() {
	fmt.Println(kb.Romanize("جيك سوليفان"))
	// Output: Jake Sullivan true
}
