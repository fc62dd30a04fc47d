package page

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shared is the third-party corpus folder beside the repository; the
// tests that read it skip when it is absent.
var shared = filepath.Join("..", "..", "shared", "data", "html")

func readShared(t testing.TB, parts ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{shared}, parts...)...))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	return b
}

// sentences splits text on . ! ? ؟ and newlines, normalised, dropping
// pieces with no word in them (a closing quote after a full stop).
func sentences(text string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(text, func(r rune) bool {
		return strings.ContainsRune(".!?\n", r) || r == arabicQuestionMark
	}) {
		if s = normalize(s); hasWord(s) && len([]rune(s)) > 3 {
			out = append(out, s)
		}
	}
	return out
}

// overlap is the share of want's sentences found in text.
func overlap(want []string, text string) float64 {
	if len(want) == 0 {
		return 0
	}
	n := 0
	for _, s := range want {
		if strings.Contains(text, s) {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

func TestCNNArabic(t *testing.T) {
	src := readShared(t, "newspaper4k_cnnarabic", "tests_data_html_arabic_article.html")
	expected := string(readShared(t, "newspaper4k_cnnarabic", "tests_data_txt_arabic_article.txt"))
	p, err := Extract(string(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(p.Paragraphs, "\n")
	recall := overlap(sentences(expected), normalize(got))
	precision := overlap(sentences(got), normalize(expected))
	t.Logf("CNN Arabic: recall %.3f, precision %.3f (sentences), %d paragraphs, %d removed", recall, precision, len(p.Paragraphs), len(p.Removed))
	if recall < 0.95 {
		t.Errorf("recall %.3f < 0.95", recall)
	}
	// The page's chrome, read off its header menu, sidebar and footer.
	for _, s := range []string{"الصفحة الرئيسية", "اقتصاد وأعمال", "الأكثر تصفحاً", "ترحب شبكة CNN",
		"الآراء الواردة أدناه", "Cable News Network", "شروط الخدمة", "آخر تحديث", "الطبعة: العربية",
		"خدمة آخر خبر", "CNN en Español"} {
		if strings.Contains(got, s) {
			t.Errorf("main text holds chrome %q", s)
		}
	}
	if p.Title != "معارضون يسيطرون على مخازن للصواريخ بريف دمشق" || p.Outlet != "CNNArabic" {
		t.Errorf("Title %q, Outlet %q", p.Title, p.Outlet)
	}
}

func TestAssabah(t *testing.T) {
	src := readShared(t, "trafilatura_assabah", "assabah.com.tn.article.html")
	var eval struct {
		Title   string   `json:"title"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(readShared(t, "trafilatura_assabah", "assabah.evaldata.json"), &eval); err != nil {
		t.Fatal(err)
	}
	p, err := Extract(string(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(p.Paragraphs, "\n")
	found, clean := 0, 0
	for _, s := range eval.With {
		if strings.Contains(got, s) {
			found++
		} else {
			t.Errorf("main text lacks %q", s)
		}
	}
	for _, s := range eval.Without {
		if !strings.Contains(got, s) {
			clean++
		} else {
			t.Errorf("main text holds %q", s)
		}
	}
	t.Logf("Assabah: with %d/%d, without %d/%d, %d paragraphs, %d removed", found, len(eval.With), clean, len(eval.Without), len(p.Paragraphs), len(p.Removed))
	if p.Title != normalize(eval.Title) {
		t.Errorf("Title %q, want %q", p.Title, normalize(eval.Title))
	}
}
