package page

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract runs Extract on each hand-written page and on the real
// pages of the shared corpus when present. MB/s is HTML bytes per second;
// pages per second is 1e9 / ns/op.
func BenchmarkExtract(b *testing.B) {
	pages := ownPages(b)
	for name, path := range map[string]string{
		"cnnarabic": filepath.Join(shared, "newspaper4k_cnnarabic", "tests_data_html_arabic_article.html"),
		"assabah":   filepath.Join(shared, "trafilatura_assabah", "assabah.com.tn.article.html"),
	} {
		if src, err := os.ReadFile(path); err == nil { // the shared corpus is optional
			pages = append(pages, ownPage{name, src})
		}
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(p.src)))
			for b.Loop() {
				if _, err := Extract(string(p.src), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
