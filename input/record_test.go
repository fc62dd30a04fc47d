package input

import (
	"errors"
	"strings"
	"testing"

	"github.com/isnad/isnad"
	"golang.org/x/text/encoding/charmap"
)

func TestParseRecord(t *testing.T) {
	long := strings.Repeat("نص الخبر ", 500) + "انتهى" // over sniffBytes
	tests := []struct {
		name string
		line string
		want isnad.Article
		kind error
	}{
		{
			name: "news-please names",
			line: `{"title": "عنوان", "maintext": " نص الخبر ", "date_publish": "x", "date_published": "2023-05-01", "url": "https://example.com/a", "sitename": "الموقع", "authors": ["أحمد", " ", "ليلى"]}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: "نص الخبر", Title: "عنوان", Outlet: "الموقع",
				Byline: "أحمد، ليلى", URL: "https://example.com/a", Published: "2023-05-01"},
		},
		{
			name: "scraper names, case-insensitive keys",
			line: `{"Headline": "عنوان", "Body": "نص", "pubDate": "Tue, 02 Apr 2024", "link": "https://example.com/b", "site": "س", "byline": "مراسلنا"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: "نص", Title: "عنوان", Outlet: "س",
				Byline: "مراسلنا", URL: "https://example.com/b", Published: "Tue, 02 Apr 2024"},
		},
		{
			name: "earlier fields win, a publication date over the crawl date",
			line: `{"text": "ثان", "content": "أول", "date_extracted": "2015-07-21 02:51:37", "published_at": "2015-07-20", "source": "code", "outlet": "الاسم"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: "أول", Outlet: "الاسم", Published: "2015-07-20"},
		},
		{
			name: "outlet object, numeric date, blank content falls to text",
			line: `{"content": "  ", "text": "نص", "source": {"id": "s1", "name": "وكالة"}, "date": 20240302}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: "نص", Outlet: "وكالة", Published: "20240302"},
		},
		{
			name: "character references in metadata",
			line: `{"title": "كيري يرد على &quot;بندر&quot; &amp; الجبير", "content": "نص &quot;كما هو&quot;", "author": "مراسل &#1575;"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: "نص &quot;كما هو&quot;", Title: `كيري يرد على "بندر" & الجبير`, Byline: "مراسل ا"},
		},
		{
			name: "markup in content",
			line: `{"article": "<p>نص الخبر</p>"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatHTML, Body: "<p>نص الخبر</p>"},
		},
		{
			name: "markup at the start of a long text",
			line: `{"content": "<p>` + long + `</p>"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatHTML, Body: "<p>" + long + "</p>"},
		},
		{
			name: "markup only past what the sniffer reads",
			line: `{"content": "` + long + `<p>x</p>"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: long + "<p>x</p>"},
		},
		{
			name: "page source under html",
			line: `{"html": "<html><body>نص</body></html>", "title": "ع"}`,
			want: isnad.Article{URI: "u", Format: isnad.FormatHTML, Body: "<html><body>نص</body></html>", Title: "ع"},
		},
		{
			name: "windows-1256 line",
			line: string(encode(t, charmap.Windows1256, `{"content": "`+sampleHeadline+`"}`)),
			want: isnad.Article{URI: "u", Format: isnad.FormatText, Body: sampleHeadline},
		},
		{name: "no content field", line: `{"title": "عنوان"}`, kind: isnad.ErrBadRecord},
		{name: "null content", line: `{"content": null}`, kind: isnad.ErrBadRecord},
		{name: "empty content", line: `{"content": "", "title": "عنوان"}`, kind: isnad.ErrEmpty},
		{name: "array", line: `[{"content": "نص"}]`, kind: isnad.ErrBadRecord},
		{name: "truncated", line: `{"content": "نص`, kind: isnad.ErrBadRecord},
		{name: "binary", line: "{\"content\": \"\x00\x01\x02\xff\"}", kind: isnad.ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseRecord("u", []byte(tt.line))
			if tt.kind != nil {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("parseRecord error = %v, want %v", err, tt.kind)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseRecord: %v", err)
			}
			if got != tt.want {
				t.Errorf("parseRecord =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}
