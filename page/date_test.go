package page

import (
	"fmt"
	"testing"
	"time"

	"github.com/isnad/isnad"
)

func TestPublished(t *testing.T) {
	const body = `<body><div class="story"><p>هطلت أمطار غزيرة على العاصمة طوال الليل وأدت إلى إغلاق عدد من الطرق الرئيسية أمام حركة السير لساعات.</p>
<p>وقالت البلدية إن فرقها عملت حتى الصباح على فتح مجاري التصريف، داعية السكان إلى الحذر خلال تنقلاتهم.</p></div>%s</body>`
	for _, tc := range []struct {
		name, head, extra, url string
		want, from             string
	}{
		{"meta published", `<meta property="article:published_time" content="2024-01-09T07:00:00+03:00">`, "", "", "2024-01-09", isnad.FromHTML},
		{"meta year and month only", `<meta property="article:published_time" content="2023-11">`, "", "", "2023-11", isnad.FromHTML},
		{"json-ld published beats modified", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","dateModified":"2022-05-05","datePublished":"2022-05-01"}</script>`, "", "", "2022-05-01", isnad.FromHTML},
		{"modified only is no publication date", `<meta property="article:modified_time" content="2022-02-02">`, "", "", "", isnad.FromNone},
		{"time element", "", `<time datetime="2021-04-03">3 أبريل 2021</time>`, "", "2021-04-03", isnad.FromHTML},
		{"copyright year is not a date", "", `<p>© 2020 جميع الحقوق محفوظة</p>`, "", "", isnad.FromNone},
		{"date in a link dates another page", "", `<div class="date"><a href="/archive">عدد 2019/02/09</a></div>`, "", "", isnad.FromNone},
		{"dated URL", "", "", "https://example.com/2020/03/15/story.html", "2020-03-15", isnad.FromURL},
		{"markup beats URL", `<meta property="article:published_time" content="2020-03-14">`, "", "https://example.com/2020/03/15/story.html", "2020-03-14", isnad.FromHTML},
		{"nothing", "", "", "", "", isnad.FromNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract("<html><head>"+tc.head+"</head>"+fmt.Sprintf(body, tc.extra)+"</html>", Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if p.Published != tc.want || p.PublishedFrom != tc.from {
				t.Errorf("Published %q from %q, want %q from %q", p.Published, p.PublishedFrom, tc.want, tc.from)
			}
		})
	}
}

func TestPrecise(t *testing.T) {
	day := time.Date(2023, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, src, want string }{
		{"iso", "2023-11-22T10:00:00Z", "2023-11-22"},
		{"month only", "2023-11", "2023-11"},
		{"compact", "20231122", "2023-11-22"},
		{"month name", "22 نوفمبر 2023", "2023-11-22"},
		{"day equal to month needs two numbers", "2023/11", "2023-11"},
		{"no source", "", "2023-11-22"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := precise(day, tc.src); got != tc.want {
				t.Errorf("precise(%q) = %q, want %q", tc.src, got, tc.want)
			}
		})
	}
	eleven := time.Date(2023, 11, 11, 0, 0, 0, 0, time.UTC)
	if got := precise(eleven, "2023-11"); got != "2023-11" {
		t.Errorf("day equal to month: got %q, want 2023-11", got)
	}
	if got := precise(eleven, "2023-11-11"); got != "2023-11-11" {
		t.Errorf("day equal to month, both given: got %q", got)
	}
}
