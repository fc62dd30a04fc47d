package dates_test

import (
	"fmt"

	"github.com/isnad/isnad/dates"
)

func ExampleFind() {
	text := "قال الوزير يوم الثلاثاء إن المحادثات التي بدأت في فبراير/شباط 2022 ستستأنف الشهر المقبل."
	for _, d := range dates.Find(text, "2023-09-07", dates.Options{}) {
		fmt.Printf("%s [%d,%d) %s\n", d.Text, d.Start, d.End, d.Value)
	}
	// Output:
	// يوم الثلاثاء [11,23) 2023-09-05
	// فبراير/شباط 2022 [50,66) 2022-02
	// الشهر المقبل [75,87) 2023-10
}
