package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtract runs Extract on each hand-written page and on the real
// pages of the shared corpus when present. MB/s is HTML bytes per second;
// pages per second is 1e9 / ns/op.
func BenchmarkExtract(b *testing.B) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	pages = append(pages,
		filepath.Join(shared, "newspaper4k_cnnarabic", "tests_data_html_arabic_article.html"),
		filepath.Join(shared, "trafilatura_assabah", "assabah.com.tn.article.html"))
	for _, path := range pages {
		src, err := os.ReadFile(path)
		if err != nil {
			continue // the shared corpus is optional
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), ".html"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Extract(string(src), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
