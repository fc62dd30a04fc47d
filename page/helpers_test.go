package page

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestStripSite(t *testing.T) {
	for _, tc := range []struct{ name, title, site, want string }{
		{"suffix", "زلزال يضرب جنوب تركيا | الخبر اليومي", "الخبر اليومي", "زلزال يضرب جنوب تركيا"},
		{"prefix", "الخبر اليومي - زلزال يضرب جنوب تركيا", "الخبر اليومي", "زلزال يضرب جنوب تركيا"},
		{"only site", "الخبر اليومي", "الخبر اليومي", ""},
		{"hyphen in headline", "لواء - جبهة - كتيبة تسيطر على مستودع", "الخبر اليومي", "لواء - جبهة - كتيبة تسيطر على مستودع"},
		{"unknown site after bar", "زلزال يضرب جنوب تركيا | الخبر", "", "زلزال يضرب جنوب تركيا"},
		{"unknown site long tail", "زلزال | يضرب جنوب تركيا الليلة الماضية", "", "زلزال | يضرب جنوب تركيا الليلة الماضية"},
		{"site in latin, case", "Headline here | NewsSite", "newssite", "Headline here"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := stripSite(tc.title, tc.site); got != tc.want {
				t.Errorf("stripSite(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"by with colon", "بقلم: سامي عبد الرحمن", "سامي عبد الرحمن"},
		{"wrote", "كتب - أحمد علي", "أحمد علي"},
		{"wrote feminine", "كتبت  هدى سالم", "هدى سالم"},
		{"interview", "حوار: منى الخطيب", "منى الخطيب"},
		{"name that starts like a prefix", "كتبي حسن", "كتبي حسن"},
		{"plain name", "ليلى بنعلي", "ليلى بنعلي"},
		{"prefix alone", "بقلم", "بقلم"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanByline(tc.in); got != tc.want {
				t.Errorf("cleanByline(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	for _, tc := range []struct{ name, url, want string }{
		{"section between year and month", "http://example.com/2013/middle_east/8/3/story/index.html", "2013-08-03"},
		{"impossible day", "http://example.com/2013/world/2/30/story.html", ""},
		{"far future", "http://example.com/2999/world/1/1/story.html", ""},
		{"no date", "http://example.com/news/story-1234", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := urlDate(tc.url); got != tc.want {
				t.Errorf("urlDate(%q) = %q, want %q", tc.url, got, tc.want)
			}
		})
	}
}

func TestParagraphBreaks(t *testing.T) {
	for _, tc := range []struct {
		name, html string
		want       []string
	}{
		{"blocks", "<p>أولا هنا</p><div>ثانيا هنا</div><ul><li>بند</li><li>بند آخر</li></ul>",
			[]string{"أولا هنا", "ثانيا هنا", "بند", "بند آخر"}},
		{"double br", "<div>سطر أول<br><br>سطر ثان</div>", []string{"سطر أول", "سطر ثان"}},
		{"br after full stop", "<p>انتهت الجملة.<br>وبدأت أخرى</p>", []string{"انتهت الجملة.", "وبدأت أخرى"}},
		{"br after question", "<p><b>* ما رأيك؟</b><br>- رأيي واضح</p>", []string{"* ما رأيك؟", "- رأيي واضح"}},
		{"br inside sentence", "<p>جملة طويلة انقطعت،<br>ثم أكملت</p>", []string{"جملة طويلة انقطعت، ثم أكملت"}},
		{"inline tags join", "<p>نص <b>عريض</b> و<a href='#'>رابط</a> هنا</p>", []string{"نص عريض ورابط هنا"}},
		{"hidden and script", "<p>ظاهر</p><p hidden>مخفي</p><div style='display: none'>مخفي</div><script>x()</script>",
			[]string{"ظاهر"}},
		{"white space and invisible runes", "<p>  كلمة\u00a0\u00a0أخرى\ufeff\n</p><p> | </p>", []string{"كلمة أخرى"}},
		{"repeated lines", "<p>وقال المسؤول إن الوضع مستقر تماما.<br>وأضاف أن الطرق مفتوحة.</p><p>وأضاف أن الطرق مفتوحة.</p>",
			[]string{"وقال المسؤول إن الوضع مستقر تماما.", "وأضاف أن الطرق مفتوحة."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphs(doc); !slices.Equal(got, tc.want) {
				t.Errorf("paragraphs = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestKindOf(t *testing.T) {
	for _, tc := range []struct{ name, html, want string }{
		{"nav element", "<nav><p>أقسام الموقع كلها</p></nav>", "nav"},
		{"share class", "<div class='post-share-bar'><p>انشر الخبر</p></div>", "share"},
		{"ad id", "<div id='ad_top'><p>مساحة</p></div>", "ad"},
		{"header is not ad", "<div class='header'><p>نص في الرأس</p></div>", "other"},
		{"caption", "<figure><figcaption>صورة من الحدث</figcaption></figure>", "caption"},
		{"comment prompt by text", "<div><p>أضف تعليق على الخبر</p></div>", "comments"},
		{"byline line", "<div>كتب: أحمد علي</div>", "byline"},
		{"menu by shape", "<div><a href='/'>رياضة</a> <a href='/'>فن</a></div>", "nav"},
		{"teaser link", "<div><a href='/'>وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر يومين</a></div>", "other"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			bs := bodyBlocks(doc)
			if len(bs) != 1 {
				t.Fatalf("got %d blocks, want 1", len(bs))
			}
			if got := kindOf(bs[0]); got != tc.want {
				t.Errorf("kindOf = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleFallback(t *testing.T) {
	body := `<body><div class="story"><p>هطلت أمطار غزيرة على العاصمة طوال الليل وأدت إلى إغلاق عدد من الطرق الرئيسية أمام حركة السير لساعات.</p>
<p>وقالت البلدية إن فرقها عملت حتى الصباح على فتح مجاري التصريف، داعية السكان إلى الحذر خلال تنقلاتهم.</p>
<p>ويتوقع خبراء الأرصاد استمرار الطقس الماطر حتى نهاية الأسبوع مع انخفاض في درجات الحرارة.</p></div></body>`
	for _, tc := range []struct{ name, head, want string }{
		{"og:title is the site name", `<title>أمطار غزيرة تغلق طرق العاصمة - شبكة المدينة</title>
<meta property="og:title" content="شبكة المدينة"><meta property="og:site_name" content="شبكة المدينة">`,
			"أمطار غزيرة تغلق طرق العاصمة"},
		{"title with site suffix", `<title>أمطار غزيرة تغلق طرق العاصمة | شبكة المدينة</title>
<meta property="og:site_name" content="شبكة المدينة">`, "أمطار غزيرة تغلق طرق العاصمة"},
		{"og:title wins", `<title>عنوان آخر | شبكة المدينة</title>
<meta property="og:title" content="أمطار غزيرة تغلق طرق العاصمة">`, "أمطار غزيرة تغلق طرق العاصمة"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract("<html><head>"+tc.head+"</head>"+body+"</html>", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tc.want {
				t.Errorf("Title = %q, want %q", p.Title, tc.want)
			}
		})
	}
}

func TestKindOfIgnoresBodyClass(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body class="has-ads menu-open"><p>نص عادي في الصفحة</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	bs := bodyBlocks(doc)
	if len(bs) != 1 || kindOf(bs[0]) != "other" {
		t.Errorf("blocks %+v: want one block of kind other", bs)
	}
}

// TestReadabilityFallback checks the fallback Extract uses when
// trafilatura finds no content: readability's article tree walked into
// paragraphs, without the page's menus.
func TestReadabilityFallback(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "layout.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(src)))
	if err != nil {
		t.Fatal(err)
	}
	rd := runReadability(doc, "")
	got := strings.Join(paragraphs(rd.Node), "\n")
	for _, s := range []string{"افتتح محافظ أسوان صباح الخميس", "بتسريع أعمال الرصف"} {
		if !strings.Contains(got, s) {
			t.Errorf("readability text lacks %q", s)
		}
	}
	if strings.Contains(got, "محليات") {
		t.Errorf("readability text holds the menu")
	}
	if rd.Title == "" {
		t.Errorf("readability found no title")
	}
}
