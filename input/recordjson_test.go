package input

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestScanRecord(t *testing.T) {
	tests := []struct {
		name string
		line string
		ok   bool // whether scanRecord reads it rather than leaving it to Unmarshal
	}{
		{"strings", `{"title": "عنوان", "content": "نص الخبر", "id": "x-1"}`, true},
		{"empty object", `{}`, true},
		{"no spaces", `{"content":"نص","url":"https://example.com/a"}`, true},
		{"white space around", " \t{ \"content\" :\r\n\"نص\" } \n", true},
		{"null", `{"content": null, "text": "نص"}`, true},
		{"repeated key", `{"content": "أول", "content": "ثان", "text": "x", "text": null}`, true},
		{"one-letter escapes", `{"content": "قال \"لا\"\n\tثم\\/ \/ \b\f\r"}`, true},
		{"escaped key", `{"cont\"ent": "نص"}`, false},
		{"escapes in an unknown key's value", `{"id": "a\"b\\", "content": "نص"}`, true},
		{"bad escape in an unknown key's value", `{"id": "a\qb", "content": "نص"}`, false},
		{"unknown lowercase key", `{"batch_file": "2015.zip", "content": "نص"}`, true},
		{"u escape", `{"content": "\u0646\u0635"}`, false},
		{"number", `{"content": "نص", "date": 20240302}`, false},
		{"number in an unknown key", `{"content": "نص", "id": 7}`, false},
		{"array", `{"authors": ["أ", "ب"]}`, false},
		{"object", `{"source": {"name": "و"}}`, false},
		{"boolean", `{"content": true}`, false},
		{"key in other case", `{"Content": "نص"}`, false},
		{"key folded to a field", `{"ſite": "x"}`, false},
		{"control character", "{\"content\": \"a\x01b\"}", false},
		{"unknown escape", `{"content": "a\qb"}`, false},
		{"trailing comma", `{"content": "نص",}`, false},
		{"missing comma", `{"content": "نص" "text": "x"}`, false},
		{"text after the object", `{"content": "نص"} x`, false},
		{"truncated", `{"content": "نص`, false},
		{"truncated escape", `{"content": "نص\`, false},
		{"no brace", `"content"`, false},
		{"null misspelt", `{"content": nul}`, false},
		{"no-break space", "{\"content\":\u00a0\"نص\"}", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got record
			ok := scanRecord([]byte(tt.line), &got)
			if ok != tt.ok {
				t.Fatalf("scanRecord(%s) = %v, want %v", tt.line, ok, tt.ok)
			}
			if !ok {
				if got != (record{}) {
					t.Errorf("scanRecord declined but set %+v", got)
				}
				return
			}
			var want record
			if err := json.Unmarshal([]byte(tt.line), &want); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("scanRecord =\n%#v\nUnmarshal =\n%#v", got, want)
			}
		})
	}
}

// FuzzScanRecord checks that whatever scanRecord reads, Unmarshal reads
// too, into the same record.
func FuzzScanRecord(f *testing.F) {
	for _, s := range []string{`{"content": "نص", "title": null}`, `{"a": "\"\\"}`, `{}`, `{"url": "x", "url": "y"}`, `{"Text": "x"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if !utf8.ValidString(line) {
			return // parseRecord decodes such lines first
		}
		var got record
		if !scanRecord([]byte(line), &got) {
			return
		}
		var want record
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatalf("scanRecord read %q, Unmarshal: %v", line, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: scanRecord =\n%#v\nUnmarshal =\n%#v", line, got, want)
		}
	})
}

func TestClosingQuote(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"plain", `نص" , "x"`, len(`نص`)},
		{"escaped quote first", `قال \"نعم\" ثم" `, len(`قال \"نعم\" ثم`)},
		{"escaped backslash before the end", `a\\" b"`, len(`a\\`)},
		{"three backslashes escape the quote", `a\\\" b" c`, len(`a\\\" b`)},
		{"at once", `"`, 0},
		{"no end", `a\"b`, -1},
		{"empty", ``, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := closingQuote([]byte(tt.text)); got != tt.want {
				t.Errorf("closingQuote(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzClosingQuote checks closingQuote against reading the string a byte
// at a time, a backslash taking the byte after it along.
func FuzzClosingQuote(f *testing.F) {
	for _, s := range []string{`a"`, `\\"`, `\"x"`, `\`, `\\\"\\"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := -1
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' {
				i++
			} else if s[i] == '"' {
				want = i
				break
			}
		}
		if got := closingQuote([]byte(s)); got != want {
			t.Fatalf("closingQuote(%q) = %d, want %d", s, got, want)
		}
	})
}
