package input

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Sample articles written for these tests.
const (
	// sampleNews uses « » and a shadda, which windows-1256 has and
	// ISO-8859-6 lacks.
	sampleNews = "أعلنت وزارة الصحة، يوم الأحد، افتتاح مستشفى جديد في مدينة الزرقاء بسعة مئتي سرير.\n\n" +
		"وقال الوزير في مؤتمر صحفي إن المشروع «سيخدم أكثر من مليون نسمة» في المحافظة، وإن كلفته بلغت 40 مليون دينار.\n"
	// samplePlain is encodable in ISO-8859-6 as well.
	samplePlain = "قالت الشرطة إن حريقا اندلع فجر الثلاثاء في سوق الخضار القديم وسط المدينة، " +
		"ولم يسفر عن اصابات. وأضافت ان فرق الدفاع المدني سيطرت على النيران بعد ساعتين؟\n"
	sampleHeadline = "رئيس الوزراء يزور المصانع الجديدة في الجنوب"
	sampleFrench   = "Élection présidentielle : le débat télévisé a réuni des millions de téléspectateurs à Paris."
)

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding sample: %v", err)
	}
	return b
}

func utf16(bom bool, order xunicode.Endianness) encoding.Encoding {
	if bom {
		return xunicode.UTF16(order, xunicode.UseBOM)
	}
	return xunicode.UTF16(order, xunicode.IgnoreBOM)
}

func page(charsetDecl, title, body string) string {
	return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>" + charsetDecl +
		"<title>" + title + "</title></head>\n<body><p>" + body + "</p></body></html>\n"
}

func TestDecode(t *testing.T) {
	metaCharset := page(`<meta charset="windows-1256">`, sampleHeadline, sampleNews)
	httpEquiv := page(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">`, sampleHeadline, samplePlain)
	latinPage := page(`<meta http-equiv=content-type content="text/html;charset=iso-8859-1">`, "Le Monde", sampleFrench)
	tests := []struct {
		name string
		in   []byte
		html bool
		want string
		enc  Encoding
	}{
		{"utf-8", []byte(sampleNews), false, sampleNews, UTF8},
		{"utf-8 with BOM", append(append([]byte{}, bomUTF8...), sampleNews...), false, sampleNews, UTF8},
		{"utf-16le with BOM", encode(t, utf16(true, xunicode.LittleEndian), sampleNews), false, sampleNews, UTF16LE},
		{"utf-16be with BOM", encode(t, utf16(true, xunicode.BigEndian), sampleNews), false, sampleNews, UTF16BE},
		{"utf-16le without BOM", encode(t, utf16(false, xunicode.LittleEndian), sampleNews), false, sampleNews, UTF16LE},
		{"utf-16be without BOM", encode(t, utf16(false, xunicode.BigEndian), samplePlain), false, samplePlain, UTF16BE},
		{"windows-1256", encode(t, charmap.Windows1256, sampleNews), false, sampleNews, Windows1256},
		{"windows-1256 plain", encode(t, charmap.Windows1256, samplePlain), false, samplePlain, Windows1256},
		{"windows-1256 headline", encode(t, charmap.Windows1256, sampleHeadline), false, sampleHeadline, Windows1256},
		{"iso-8859-6", encode(t, charmap.ISO8859_6, samplePlain), false, samplePlain, ISO8859_6},
		{"iso-8859-6 headline", encode(t, charmap.ISO8859_6, sampleHeadline), false, sampleHeadline, ISO8859_6},
		{"html meta charset", encode(t, charmap.Windows1256, metaCharset), true, metaCharset, Windows1256},
		{"html http-equiv", encode(t, charmap.ISO8859_6, httpEquiv), true, httpEquiv, ISO8859_6},
		{"html declared latin", encode(t, charmap.Windows1252, latinPage), true, latinPage, "windows-1252"},
		{"html re-saved as utf-8 keeps old declaration", []byte(metaCharset), true, metaCharset, UTF8},
		{"utf-8 cut inside its last letter", []byte(sampleHeadline + "\xd8"), false, sampleHeadline, UTF8},
		{"empty", nil, false, "", UTF8},
		{"ascii", []byte("AFP 2024\n"), false, "AFP 2024\n", UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in, tt.html)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tt.want {
				t.Errorf("Decode text =\n%q\nwant\n%q", got, tt.want)
			}
			if enc != tt.enc {
				t.Errorf("Decode encoding = %q, want %q", enc, tt.enc)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), noise...)
	highNoise := make([]byte, 2048)
	for i := range highNoise {
		highNoise[i] = 0x80 + byte(rng.UintN(128))
	}
	tests := []struct {
		name   string
		in     []byte
		html   bool
		kind   error
		reason string
	}{
		{"png", png, false, isnad.ErrBinary, "binary data (NUL bytes at offset 8), not text"},
		{"control characters", bytes.Repeat([]byte("\x01\x02ab\x1b"), 50), false, isnad.ErrBinary, "binary data (60% control characters), not text"},
		{"latin-1 without declaration", encode(t, charmap.Windows1252, sampleFrench), false, isnad.ErrEncoding,
			"invalid UTF-8 at byte 0 and not a known Arabic single-byte encoding"},
		{"latin-1 html without declaration", encode(t, charmap.Windows1252, page("", "Le Monde", sampleFrench)), true, isnad.ErrEncoding, ""},
		{"random high bytes", highNoise, false, isnad.ErrEncoding, ""},
		{"utf-8 with a stray byte", []byte(sampleHeadline + "\xff" + sampleHeadline), false, isnad.ErrEncoding,
			"invalid UTF-8 at byte 80 and not a known Arabic single-byte encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Decode(tt.in, tt.html)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Decode error = %v, want %v (text %.40q)", err, tt.kind, got)
			}
			if tt.reason != "" && err.Error() != tt.reason {
				t.Errorf("reason = %q, want %q", err.Error(), tt.reason)
			}
		})
	}
}

// TestDecodeSharedPages decodes the real pages kept outside the repository.
func TestDecodeSharedPages(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "html", "*", "*.html"))
	if len(pages) == 0 {
		t.Skip("../shared/data/html absent")
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			s, _, err := Decode(b, true)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if st := statsOf(s); st.arabic*2 < st.high {
				t.Errorf("decoded page is not mostly Arabic: %+v", st)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(sampleNews), false)
	f.Add(append(append([]byte{}, bomUTF8...), samplePlain...), false)
	f.Add(encode(f, utf16(true, xunicode.LittleEndian), sampleHeadline), false)
	f.Add(encode(f, utf16(false, xunicode.BigEndian), sampleHeadline), false)
	f.Add(encode(f, charmap.Windows1256, sampleNews), false)
	f.Add(encode(f, charmap.ISO8859_6, samplePlain), false)
	f.Add(encode(f, charmap.Windows1256, page(`<meta charset="windows-1256">`, sampleHeadline, samplePlain)), true)
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00"), false)
	f.Fuzz(func(t *testing.T, in []byte, html bool) {
		got, enc, err := Decode(in, html)
		if err != nil {
			if !errors.Is(err, isnad.ErrBinary) && !errors.Is(err, isnad.ErrEncoding) {
				t.Fatalf("error %v is neither ErrBinary nor ErrEncoding", err)
			}
			if strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("error %q spans lines", err)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("output is not valid UTF-8: %q", got)
		}
		if enc == "" {
			t.Fatalf("no encoding named for %q", in)
		}
		if utf8.Valid(in) && bytes.IndexByte(in, 0) < 0 {
			if want := string(bytes.TrimPrefix(in, bomUTF8)); got != want {
				t.Fatalf("valid UTF-8 changed:\n in %q\nout %q", want, got)
			}
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	long := strings.Repeat(sampleNews, 50)
	for _, bc := range []struct {
		name string
		in   []byte
	}{
		{"utf-8", []byte(long)},
		{"windows-1256", encode(b, charmap.Windows1256, long)},
		{"utf-16le", encode(b, utf16(true, xunicode.LittleEndian), long)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Decode(bc.in, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
