package event

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/arabic"
)

func TestTriggerFlags(t *testing.T) {
	l := &lexicon{first: map[string][]*entry{}}
	// flags and restrictions may come in any order after the forms
	if err := l.addTriggerLine(strings.Fields("CONSULT/visit v وصل|صل @traveller ?الى @said @verbal")); err != nil {
		t.Fatal(err)
	}
	e := l.first["وصل"][0]
	if !e.traveller || !e.said || !e.verbal || !e.need["الي"] {
		t.Errorf("entry = %+v, want traveller, said, verbal and need الى", e)
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

func TestFeminineForms(t *testing.T) {
	l := &lexicon{first: map[string][]*entry{}}
	for _, line := range []string{"REQUEST v طالب|طالب تابع|تابع", "CONSULT/meet v التقى التقت التقوا يلتقي تلتقي تلتقيان"} {
		if err := l.addTriggerLine(strings.Fields(line)); err != nil {
			t.Fatal(err)
		}
	}
	for form, want := range map[string]bool{
		"طالبت": true, "تطالب": true, "ستطالب": true, "التقت": true, "تلتقي": true, "ستلتقي": true,
		"طالب": false, "يطالب": false, "طالبوا": false, "تابع": false, "تتابع": true, "التقى": false, "يلتقي": false,
		"التقوا": false, "تلتقيان": false,
	} {
		es := l.first[arabic.Fold(form)]
		if len(es) == 0 {
			t.Errorf("%s: no entry", form)
			continue
		}
		if es[0].feminine != want {
			t.Errorf("%s: feminine = %v, want %v", form, es[0].feminine, want)
		}
	}
}
