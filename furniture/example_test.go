package furniture_test

import (
	"fmt"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/furniture"
)

func ExampleText() {
	body := `صدى الخليج
الكويت تستضيف قمة إقليمية للمياه الشهر المقبل
كتب فريق التحرير 2 دقيقة للقراءة
2024-03-18
الكويت - (كونا) - أعلنت وزارة الخارجية يوم الاثنين أن البلاد ستستضيف قمة إقليمية لبحث أمن المياه في منتصف أبريل المقبل.
- مساحة إعلانية -
وقال متحدث باسم الوزارة إن عشر دول أكدت مشاركتها حتى الآن.
شارك هذه المقالة`
	p := furniture.Text(body, furniture.Options{})
	fmt.Println("title:", p.Title)
	fmt.Println("outlet:", p.Outlet, "| byline:", p.Byline)
	fmt.Println("published:", p.Published, p.PublishedFrom)
	fmt.Println("dateline:", p.Dateline, "| credit:", p.Credits[0].NameEn)
	fmt.Println("paragraphs:", len(p.Paragraphs))
	for _, r := range p.Removed {
		fmt.Printf("cut %s: %s\n", r.Kind, r.Text)
	}
	// Output:
	// title: الكويت تستضيف قمة إقليمية للمياه الشهر المقبل
	// outlet: صدى الخليج | byline: فريق التحرير
	// published: 2024-03-18 text
	// dateline: الكويت | credit: Kuwait News Agency
	// paragraphs: 2
	// cut other: صدى الخليج
	// cut byline: كتب فريق التحرير 2 دقيقة للقراءة
	// cut other: 2024-03-18
	// cut ad: - مساحة إعلانية -
	// cut share: شارك هذه المقالة
}

func ExampleClean() {
	p := furniture.Clean(isnad.Page{
		Title: "انطلاق معرض الكتاب بمشاركة 500 دار نشر",
		Paragraphs: []string{
			"انطلاق معرض الكتاب بمشاركة 500 دار نشر",
			"زوار في جناح الأطفال خلال يوم الافتتاح (أرشيفية)",
			"الشارقة: افتتح معرض الكتاب أبوابه صباح الأربعاء بمشاركة خمسمئة دار نشر من أربعين دولة.",
			"اقرأ أيضا",
			"جوائز المعرض تذهب إلى روايات الشباب",
		},
	})
	fmt.Println(p.Dateline, len(p.Paragraphs))
	for _, r := range p.Removed {
		fmt.Printf("%s: %s\n", r.Kind, r.Text)
	}
	// Output:
	// الشارقة 1
	// caption: زوار في جناح الأطفال خلال يوم الافتتاح (أرشيفية)
	// nav: اقرأ أيضا
	// nav: جوائز المعرض تذهب إلى روايات الشباب
}

func ExampleDateFromURL() {
	fmt.Println(furniture.DateFromURL("https://news.example/world/2022/09/22/talks-resume/"))
	// Output: 2022-09-22
}

func ExampleLookupAgency() {
	c, ok := furniture.LookupAgency("أ.ف.ب")
	fmt.Println(ok, c.Name, c.NameEn, c.KB)
	// Output: true وكالة فرانس برس Agence France-Presse wikidata:Q40464
}
