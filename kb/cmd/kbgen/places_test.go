package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestContextFlag checks the eighth column of places.tsv: "context" makes
// a place context-only, nothing leaves it an ordinary place, and any other
// word is an error rather than a silently ordinary place.
func TestContextFlag(t *testing.T) {
	tests := []struct {
		name    string
		row     string
		want    bool
		wantErr bool
	}{
		{"flagged", "isnad:city-x\tLOC\tcity\tحمص\tHoms\t\t\tcontext", true, false},
		{"empty column", "isnad:city-x\tLOC\tcity\tحمص\tHoms\t\t\t", false, false},
		{"seven columns", "isnad:city-x\tLOC\tcity\tحمص\tHoms\t\t", false, false},
		{"misspelt flag", "isnad:city-x\tLOC\tcity\tحمص\tHoms\t\t\tctx", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "places.tsv")
			if err := os.WriteFile(path, []byte("# comment\n"+tt.row+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			tab, err := readTable(path, 7)
			if err != nil {
				t.Fatal(err)
			}
			s := &set{at: map[string]int{}}
			err = loadPlaces(s, tab)
			if (err != nil) != tt.wantErr {
				t.Fatalf("loadPlaces error = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && s.list[0].ContextOnly != tt.want {
				t.Errorf("ContextOnly = %v, want %v", s.list[0].ContextOnly, tt.want)
			}
		})
	}
}
