package kb

import (
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"regexp"
	"strings"
)

// ReadCSV reads user entries from comma-separated values (RFC 4180: quote
// a field that holds a comma). The first line is a header and is skipped;
// the columns are, in this order:
//
//	name, type, aliases, kb id [, name_en [, subtype]]
//
// name is the canonical Arabic name; type is PERS, ORG, LOC or MISC;
// aliases are other Arabic spellings separated by "|"; kb id is
// "wikidata:Q<n>" (a bare "Q<n>" is accepted) or "isnad:<slug>", and when
// empty an isnad: id is made from name_en or, failing that, from the name.
// A wikidata: id is taken as certain (WikidataKnown). Bad lines are
// skipped and reported, each error naming its line; the good ones are
// returned with them.
func ReadCSV(r io.Reader) ([]Entry, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.Comment = '#'
	var entries []Entry
	var errs []error
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return entries, errors.Join(append(errs, err)...)
			}
			errs = append(errs, fmt.Errorf("line %d: %w", pe.Line, pe.Err))
			continue
		}
		if first {
			continue
		}
		e, err := csvEntry(rec)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", line, err))
			continue
		}
		entries = append(entries, e)
	}
	return entries, errors.Join(errs...)
}

func csvEntry(rec []string) (Entry, error) {
	if len(rec) < 4 || len(rec) > 6 {
		return Entry{}, fmt.Errorf("%w: %d columns, want 4 to 6 (name, type, aliases, kb id [, name_en, subtype])", ErrInvalid, len(rec))
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	for len(rec) < 6 {
		rec = append(rec, "")
	}
	e := Entry{Name: rec[0], Type: strings.ToUpper(rec[1]), Aliases: splitList(rec[2]), NameEn: rec[4], Subtype: rec[5]}
	e.ID = normaliseID(rec[3], e.NameEn, e.Name)
	e.WikidataKnown = strings.HasPrefix(e.ID, "wikidata:")
	if err := validate(&e); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// splitList splits a "|"-separated field, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var bareQID = regexp.MustCompile(`^Q[0-9]+$`)

// normaliseID accepts a bare Q-id and makes an isnad: id for an entry
// given none.
func normaliseID(id, nameEn, name string) string {
	switch {
	case bareQID.MatchString(id):
		return "wikidata:" + id
	case id != "":
		return id
	}
	if s := Slug(nameEn); s != "" {
		return "isnad:" + s
	}
	h := fnv.New32a()
	h.Write([]byte(Key(name)))
	return fmt.Sprintf("isnad:user-%08x", h.Sum32())
}

// Slug makes the slug of an isnad: id from an English name: lower case
// ASCII letters and digits, runs of anything else as one hyphen.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
