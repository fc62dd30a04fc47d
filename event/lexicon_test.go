package event

import (
	"strings"
	"testing"
)

func TestTriggerFlags(t *testing.T) {
	l := &lexicon{first: map[string][]*entry{}}
	// flags and restrictions may come in any order after the forms
	if err := l.addTriggerLine(strings.Fields("CONSULT/visit v وصل|صل @traveller ?الى @said")); err != nil {
		t.Fatal(err)
	}
	e := l.first["وصل"][0]
	if !e.traveller || !e.said || !e.need["الي"] {
		t.Errorf("entry = %+v, want traveller, said and need الى", e)
	}
}

func TestAddTriggerLine(t *testing.T) {
	tests := []struct {
		name, line string
		wantErr    bool
	}{
		{"a verb pair", "ACCUSE v اتهم|تهم", false},
		{"one aside preposition needed", "CONSULT/meet v مثل ?امام", false},
		{"two aside prepositions needed", "CONSULT/meet v مثل ?امام,خلال", true},
		{"too few fields", "ACCUSE v", true},
		{"an unknown kind", "ACCUSE x اتهم", true},
		{"an unknown flag", "ACCUSE v انتهك|نتهك @sayd", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &lexicon{first: map[string][]*entry{}}
			err := l.addTriggerLine(strings.Fields(tt.line))
			if (err != nil) != tt.wantErr {
				t.Errorf("addTriggerLine(%q) error = %v, want error %v", tt.line, err, tt.wantErr)
			}
		})
	}
}
