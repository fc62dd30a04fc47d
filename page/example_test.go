package page_test

import (
	"fmt"

	"github.com/isnad/isnad/page"
)

func ExampleExtract() {
	src := `<html><head>
<title>ارتفاع أسعار القهوة في الأسواق العالمية | صحيفة السوق</title>
<meta property="og:site_name" content="صحيفة السوق">
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/markets">أسواق</a></nav>
<article>
<p>ارتفعت أسعار القهوة في الأسواق العالمية إلى أعلى مستوى لها منذ سنوات، بعد موجة جفاف ضربت مناطق الإنتاج الرئيسية في أمريكا الجنوبية.</p>
<p>وقال تجار إن المخزونات تراجعت بشكل حاد، متوقعين أن تنعكس الزيادة على أسعار التجزئة خلال الأشهر المقبلة في معظم الدول المستوردة.</p>
</article>
<footer><a href="/about">من نحن</a></footer>
</body></html>`
	p, err := page.Extract(src, page.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title)
	fmt.Println(p.Outlet, p.Published, p.PublishedFrom)
	fmt.Println(len(p.Paragraphs), "paragraphs")
	for _, r := range p.Removed {
		fmt.Printf("%s: %s\n", r.Kind, r.Text)
	}
	// Output:
	// ارتفاع أسعار القهوة في الأسواق العالمية
	// صحيفة السوق 2024-05-02 html
	// 2 paragraphs
	// nav: الرئيسية | أسواق
	// nav: من نحن
}
