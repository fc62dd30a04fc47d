package kb

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad"
)

func TestReadCSV(t *testing.T) {
	in := `name,type,aliases,kb id,name_en,subtype
مركز الدراسات البحرية,ORG,المركز البحري|مركز البحار,,Maritime Studies Centre,think-tank
سامي الحداد,pers,الحداد,Q123456
# a comment line
مدينة,LOC,,isnad:some-town
,LOC,,isnad:nameless
فلان,GPE,,isnad:x
قرية,LOC,,isnad:Bad Slug
"ميناء، الشمال",LOC,,isnad:north-port,North Port,city
عمود,LOC
`
	entries, err := ReadCSV(strings.NewReader(in))
	want := []struct{ id, name, typ string }{
		{"isnad:maritime-studies-centre", "مركز الدراسات البحرية", ORG},
		{"wikidata:Q123456", "سامي الحداد", PERS},
		{"isnad:some-town", "مدينة", LOC},
		{"isnad:north-port", "ميناء، الشمال", LOC},
	}
	if len(entries) != len(want) {
		t.Fatalf("got %d entries %+v, want %d", len(entries), entries, len(want))
	}
	for i, w := range want {
		if e := entries[i]; e.ID != w.id || e.Name != w.name || e.Type != w.typ {
			t.Errorf("entry %d = %s %q %s, want %s %q %s", i, e.ID, e.Name, e.Type, w.id, w.name, w.typ)
		}
	}
	if got := entries[0].Aliases; len(got) != 2 || got[1] != "مركز البحار" {
		t.Errorf("aliases = %q", got)
	}
	if !entries[1].WikidataKnown || entries[0].WikidataKnown {
		t.Error("WikidataKnown should follow the id")
	}
	if entries[3].Subtype != "city" || entries[3].NameEn != "North Port" {
		t.Errorf("optional columns = %+v", entries[3])
	}
	// Four bad lines, each reported with its line number.
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, isnad.ErrBadRecord) {
		t.Fatalf("err = %v, want ErrInvalid, a bad record", err)
	}
	for _, line := range []string{"line 6:", "line 7:", "line 8:", "line 10:"} {
		if !strings.Contains(err.Error(), line) {
			t.Errorf("error %q does not name %s", err, line)
		}
	}
}

// Two lines of a Wikidata JSON dump, written by hand in its format, with
// the dump's brackets and trailing commas.
const wikidataDump = `[
{"type":"item","id":"Q990001","labels":{"ar":{"language":"ar","value":"سمير الخطيب"},"en":{"language":"en","value":"Samir al-Khatib"}},"aliases":{"ar":[{"language":"ar","value":"الخطيب"}]},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"rank":"normal"}],"P39":[{"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","id":"Q11696"},"type":"wikibase-entityid"}},"qualifiers":{"P580":[{"snaktype":"value","property":"P580","datavalue":{"value":{"time":"+2031-01-20T00:00:00Z","precision":11},"type":"time"}}],"P582":[{"snaktype":"value","property":"P582","datavalue":{"value":{"time":"+2035-00-00T00:00:00Z","precision":9},"type":"time"}}]},"rank":"normal"},{"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","id":"Q999999"},"type":"wikibase-entityid"}},"rank":"normal"}]}},
{"type":"item","id":"Q990002","labels":{"ar":{"language":"ar","value":"جمهورية النخيل"}},"claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"id":"Q3624078"}}}}],"P36":[{"mainsnak":{"datavalue":{"value":{"id":"Q990003"}}},"rank":"normal"}]}},
{"type":"item","id":"Q990004","labels":{"en":{"language":"en","value":"No Arabic"}}},
{"type":"item", broken
{"type":"item","id":"Q990003","labels":{"ar":{"value":"مدينة النخيل"}},"claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"id":"Q515"}}}}],"P1376":[{"mainsnak":{"datavalue":{"value":{"id":"Q990002"}}}}]}}
]
`

func TestReadWikidata(t *testing.T) {
	entries, err := ReadWikidata(strings.NewReader(wikidataDump))
	if len(entries) != 3 {
		t.Fatalf("got %d entries, want 3: %+v", len(entries), entries)
	}
	p, state, city := entries[0], entries[1], entries[2]
	if p.ID != "wikidata:Q990001" || p.Type != PERS || p.Name != "سمير الخطيب" || p.NameEn != "Samir al-Khatib" || !p.WikidataKnown {
		t.Errorf("person = %+v", p)
	}
	if len(p.Aliases) != 1 || p.Aliases[0] != "الخطيب" {
		t.Errorf("aliases = %q", p.Aliases)
	}
	wantOffice := Office{Role: HeadOfState, Country: "wikidata:Q30", From: "2031-01-20", To: "2035"}
	if len(p.Offices) != 1 || p.Offices[0] != wantOffice {
		t.Errorf("offices = %+v, want only %+v (the unknown position skipped)", p.Offices, wantOffice)
	}
	if state.Type != LOC || state.Subtype != "country" || state.Capital != "wikidata:Q990003" {
		t.Errorf("state = %+v", state)
	}
	if city.Subtype != "city" || city.CapitalOf != "wikidata:Q990002" {
		t.Errorf("city = %+v", city)
	}
	if err == nil || !strings.Contains(err.Error(), "line 4:") || !strings.Contains(err.Error(), "line 5:") {
		t.Errorf("err = %v, want the unlabelled line 4 and the broken line 5", err)
	}
	k, err := New(entries)
	if err != nil {
		t.Fatal(err)
	}
	if h := k.Holder(HeadOfState, "wikidata:Q30", "2033-06-01"); h == nil || h.ID != p.ID {
		t.Errorf("imported office not held: %v", h)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kb.jsonl")
	var b strings.Builder
	user := []Entry{
		{ID: "isnad:maritime-centre", Type: ORG, Name: "مركز الدراسات البحرية"},
		{ID: "wikidata:Q7747", Type: PERS, Name: "فلاديمير بوتين", Aliases: []string{"سيد الكرملين"}},
	}
	if err := WriteJSONL(&b, user); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := Load(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	base := mustDefault(t)
	if k.Len() != base.Len()+1 {
		t.Errorf("Load: %d entries, want %d", k.Len(), base.Len()+1)
	}
	if l := k.Lookup("سيد الكرملين"); len(l) != 1 || l[0].ID != "wikidata:Q7747" {
		t.Errorf("user alias not found: %v", l)
	}
	if l := base.Lookup("سيد الكرملين"); len(l) != 0 {
		t.Error("Load changed the default KB")
	}
	if k, err := Load(context.Background(), filepath.Join(dir, "absent.jsonl")); err != nil || k != base {
		t.Errorf("absent file: %v, %v; want the default KB", k, err)
	}
	if err := os.WriteFile(path, []byte("{\"id\":\"isnad:a\",\"type\":\"LOC\",\"name\":\"مكان\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(context.Background(), path); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad line: err = %v, want one naming line 2", err)
	}
}

func TestUserPath(t *testing.T) {
	t.Setenv("ISNAD_KB", "/tmp/a.jsonl")
	if got := UserPath(); got != "/tmp/a.jsonl" {
		t.Errorf("with ISNAD_KB: %q", got)
	}
	t.Setenv("ISNAD_KB", "")
	t.Setenv("XDG_DATA_HOME", "/data")
	if got := UserPath(); got != "/data/isnad/kb.jsonl" {
		t.Errorf("with XDG_DATA_HOME: %q", got)
	}
}

func TestImportIntoUserFile(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "mine.csv")
	userPath := filepath.Join(dir, "sub", "kb.jsonl")
	csv := "name,type,aliases,kb id\nمركز الأبحاث,ORG,,isnad:research-centre\nسطر,بلا,نوع\n"
	if err := os.WriteFile(csvPath, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	entries, err := ReadFile(csvPath, "")
	if len(entries) != 1 || err == nil {
		t.Fatalf("ReadFile = %d entries, %v; want 1 and the bad line's error", len(entries), err)
	}
	if added, replaced, err := AddToUserFile(userPath, entries); err != nil || added != 1 || replaced != 0 {
		t.Fatalf("first import = %d, %d, %v", added, replaced, err)
	}
	again := []Entry{{ID: "isnad:research-centre", Type: ORG, Name: "مركز البحوث"}, {ID: "isnad:port", Type: LOC, Name: "الميناء الجديد"}}
	if added, replaced, err := AddToUserFile(userPath, again); err != nil || added != 1 || replaced != 1 {
		t.Fatalf("second import = %d, %d, %v", added, replaced, err)
	}
	if _, _, err := AddToUserFile(userPath, []Entry{{ID: "isnad:x", Type: "BAD", Name: "س"}}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("invalid import = %v, want ErrInvalid", err)
	}
	k, err := Load(context.Background(), userPath)
	if err != nil {
		t.Fatal(err)
	}
	if e := k.ByID("isnad:research-centre"); e == nil || e.Name != "مركز البحوث" || k.ByID("isnad:port") == nil || k.ByID("isnad:x") != nil {
		t.Errorf("user file after imports: %+v", e)
	}
	if _, err := ReadFile(csvPath, "xml"); err == nil {
		t.Error("unknown format accepted")
	}
}
