package kb

import (
	"errors"
	"testing"
)

func TestNewValidation(t *testing.T) {
	tests := []struct {
		name    string
		entries []Entry
		want    error
	}{
		{"ok", []Entry{{ID: "isnad:x", Type: LOC, Name: "مدينة"}}, nil},
		{"empty name", []Entry{{ID: "isnad:x", Type: LOC, Name: " "}}, ErrInvalid},
		{"diacritics only", []Entry{{ID: "isnad:x", Type: LOC, Name: "\u064e"}}, ErrInvalid},
		{"unknown type", []Entry{{ID: "isnad:x", Type: "GPE", Name: "مدينة"}}, ErrInvalid},
		{"bad id", []Entry{{ID: "Q5", Type: LOC, Name: "مدينة"}}, ErrInvalid},
		{"upper slug", []Entry{{ID: "isnad:North", Type: LOC, Name: "مدينة"}}, ErrInvalid},
		{"unknown role", []Entry{{ID: "isnad:x", Type: PERS, Name: "زيد", Offices: []Office{{Role: "king", Country: "isnad:y", From: "2020"}}}}, ErrInvalid},
		{"office without start", []Entry{{ID: "isnad:x", Type: PERS, Name: "زيد", Offices: []Office{{Role: HeadOfState, Country: "isnad:y"}}}}, ErrInvalid},
		{"duplicate", []Entry{{ID: "isnad:x", Type: LOC, Name: "أ"}, {ID: "isnad:x", Type: LOC, Name: "ب"}}, ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := New(tt.entries)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (k != nil) {
				t.Fatalf("New = %v, %v; want error %v", k, err, tt.want)
			}
		})
	}
}
