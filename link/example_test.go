package link_test

import (
	"fmt"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/link"
)

func Example() {
	text := "قال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة للحوار. وأضاف بوتين أن روسيا لن تتراجع."
	ents, err := link.Entities(text, arabic.Sentences(text), link.Options{Published: "2023-09-12"})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := []rune(text)
	for _, e := range ents {
		fmt.Print(e.ID, " ", e.Type, " ", e.Name)
		for _, m := range e.Mentions {
			fmt.Printf(" [%s]", string(r[m[0]:m[1]]))
		}
		fmt.Println(" roles:", e.Roles)
	}
	// Output:
	// E1 PERS فلاديمير بوتين [فلاديمير بوتين] [بوتين] roles: [الرئيس الروسي]
	// E2 LOC روسيا [موسكو] [روسيا] roles: []
}
