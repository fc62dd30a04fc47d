package ner

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadAll checks readAll against io.ReadAll whatever the size guess:
// right, short, long or none, and with reads of one byte.
func TestReadAll(t *testing.T) {
	data := []byte(strings.Repeat("وزارة الخارجية ", 700))
	for _, tc := range []struct {
		name string
		size int
		r    func() io.Reader
	}{
		{"the right size", len(data), func() io.Reader { return bytes.NewReader(data) }},
		{"a size short", len(data) / 3, func() io.Reader { return bytes.NewReader(data) }},
		{"a size long", 2 * len(data), func() io.Reader { return bytes.NewReader(data) }},
		{"no size", 0, func() io.Reader { return bytes.NewReader(data) }},
		{"a byte a read", len(data), func() io.Reader { return iotest.OneByteReader(bytes.NewReader(data)) }},
		{"data with EOF", len(data), func() io.Reader { return iotest.DataErrReader(bytes.NewReader(data)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readAll(tc.r(), tc.size)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("readAll = %d bytes, %v; want the %d bytes", len(got), err, len(data))
			}
		})
	}
	bad := errors.New("broken")
	if _, err := readAll(iotest.ErrReader(bad), 10); !errors.Is(err, bad) {
		t.Errorf("readAll of a failing reader: %v, want %v", err, bad)
	}
}

// TestGzipSize checks the size read off a gzip trailer, that a file whose
// trailer lies is still refused (gzip checks it), and that the model
// loads the same as through Load.
func TestGzipSize(t *testing.T) {
	raw := defaultModelBytes(t)
	file := gzipped(t, raw)
	if got := gzipSize(file); got != len(raw) {
		t.Errorf("gzipSize = %d, want %d", got, len(raw))
	}
	if got := gzipSize(file[:10]); got != 0 {
		t.Errorf("gzipSize of a cut file = %d, want 0", got)
	}
	want, err := Load(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	lying := bytes.Clone(file)
	copy(lying[len(lying)-4:], []byte{1, 0, 0, 0}) // says one byte: gzip then fails its check
	if _, err := loadGzipped(lying); err == nil {
		t.Error("a file whose trailer lies loads")
	}
	got, err := loadGzipped(file)
	if err != nil {
		t.Fatal(err)
	}
	if !savedEqual(t, got, want) {
		t.Error("loadGzipped and Load give different models")
	}
}

// savedEqual reports whether a and b save to the same bytes.
func savedEqual(t *testing.T, a, b *Model) bool {
	t.Helper()
	var ba, bb bytes.Buffer
	if err := a.Save(&ba); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(&bb); err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ba.Bytes(), bb.Bytes())
}
