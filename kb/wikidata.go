package kb

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Wikidata classes (P31 instance of) that decide an entry's type.
var wikidataClasses = map[string][2]string{
	"Q5":       {PERS, "person"},
	"Q6256":    {LOC, "country"},
	"Q3624078": {LOC, "country"}, // sovereign state
	"Q515":     {LOC, "city"},
	"Q1549591": {LOC, "city"}, // big city
	"Q5119":    {LOC, "city"}, // capital city
	"Q43229":   {ORG, ""},     // organization
	"Q484652":  {ORG, "international-org"},
	"Q11032":   {ORG, "media"}, // newspaper
	"Q4830453": {ORG, "company"},
	"Q7278":    {ORG, "party"},
}

// wikidataPositions are the P39 positions whose meaning is certain: the
// office and the state it is of. Other positions are skipped.
var wikidataPositions = map[string]Office{
	"Q11696":  {Role: HeadOfState, Country: "wikidata:Q30"},       // President of the United States
	"Q218295": {Role: HeadOfState, Country: "wikidata:Q159"},      // President of Russia
	"Q14211":  {Role: HeadOfGovernment, Country: "wikidata:Q145"}, // Prime Minister of the United Kingdom
	"Q191954": {Role: HeadOfState, Country: "wikidata:Q142"},      // President of the French Republic
}

// wdEntity is the part of a Wikidata entity's JSON that ReadWikidata uses.
type wdEntity struct {
	ID      string                   `json:"id"`
	Labels  map[string]wdText        `json:"labels"`
	Aliases map[string][]wdText      `json:"aliases"`
	Claims  map[string][]wdStatement `json:"claims"`
}

type wdText struct {
	Value string `json:"value"`
}

type wdStatement struct {
	Mainsnak   wdSnak              `json:"mainsnak"`
	Qualifiers map[string][]wdSnak `json:"qualifiers"`
	Rank       string              `json:"rank"`
}

type wdSnak struct {
	Datavalue struct {
		Value json.RawMessage `json:"value"`
	} `json:"datavalue"`
}

// item is the Q-id a snak's value names, or "".
func (s wdSnak) item() string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(s.Datavalue.Value, &v) != nil {
		return ""
	}
	return v.ID
}

// date is a time snak's value as an ISO date cut to its precision
// (year 9, month 10, day 11), or "".
func (s wdSnak) date() string {
	var v struct {
		Time      string `json:"time"`
		Precision int    `json:"precision"`
	}
	if json.Unmarshal(s.Datavalue.Value, &v) != nil || len(v.Time) < 11 || v.Time[0] != '+' {
		return ""
	}
	t := v.Time[1:11] // YYYY-MM-DD
	switch {
	case v.Precision >= 11:
		return t
	case v.Precision == 10:
		return t[:7]
	case v.Precision == 9:
		return t[:4]
	}
	return ""
}

// ReadWikidata reads entities in the JSON dump's format, one entity per
// line; lines may end with "," and the "[" and "]" lines of the dump are
// skipped. Each entity becomes an entry with the id wikidata:<Q-id>: its
// Arabic label is the name and its Arabic aliases the aliases, its English
// label NameEn; P31 decides the type (see wikidataClasses; anything else
// is MISC), P36 gives the capital, P1376 what a city is the capital of,
// and P39 statements for the few positions in wikidataPositions become
// offices (with P580 start and P582 end). Entities with no Arabic label
// are skipped with an error naming their line; the rest are returned.
func ReadWikidata(r io.Reader) ([]Entry, error) {
	var entries []Entry
	var errs []error
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if e, ok, perr := wikidataLine(line); perr != nil {
				errs = append(errs, fmt.Errorf("line %d: %w", n, perr))
			} else if ok {
				entries = append(entries, e)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			break
		}
	}
	return entries, errors.Join(errs...)
}

// wikidataLine decodes one dump line; ok is false for the dump's brackets
// and blank lines.
func wikidataLine(line []byte) (Entry, bool, error) {
	line = bytes.TrimSpace(line)
	line = bytes.TrimSuffix(line, []byte(","))
	if len(line) == 0 || string(line) == "[" || string(line) == "]" {
		return Entry{}, false, nil
	}
	var w wdEntity
	if err := json.Unmarshal(line, &w); err != nil {
		return Entry{}, false, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	e := w.entry()
	if err := validate(&e); err != nil {
		return Entry{}, false, err
	}
	return e, true, nil
}

func (w *wdEntity) entry() Entry {
	e := Entry{ID: "wikidata:" + w.ID, Name: w.Labels["ar"].Value, NameEn: w.Labels["en"].Value, Type: MISC, WikidataKnown: true}
	for _, a := range w.Aliases["ar"] {
		if a.Value != "" && a.Value != e.Name {
			e.Aliases = append(e.Aliases, a.Value)
		}
	}
	for _, st := range w.Claims["P31"] {
		if c, ok := wikidataClasses[st.Mainsnak.item()]; ok {
			e.Type, e.Subtype = c[0], c[1]
			break
		}
	}
	e.Capital = w.firstItem("P36")
	e.CapitalOf = w.firstItem("P1376")
	for _, st := range w.Claims["P39"] {
		o, ok := wikidataPositions[st.Mainsnak.item()]
		if !ok || len(st.Qualifiers["P580"]) == 0 {
			continue
		}
		o.From = st.Qualifiers["P580"][0].date()
		if end := st.Qualifiers["P582"]; len(end) > 0 {
			o.To = end[0].date()
		}
		if o.From != "" {
			e.Offices = append(e.Offices, o)
		}
	}
	return e
}

// firstItem is the entry ID of the first item value of property p that is
// not deprecated, or "".
func (w *wdEntity) firstItem(p string) string {
	for _, st := range w.Claims[p] {
		if id := st.Mainsnak.item(); id != "" && !strings.EqualFold(st.Rank, "deprecated") {
			return "wikidata:" + id
		}
	}
	return ""
}
