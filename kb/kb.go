// Package kb owns isnad's knowledge base: the states, cities, regions,
// organisations, media and office holders that entity mentions are linked
// to, with their Arabic spellings, the adjectives (demonyms) that name a
// state in titles such as "وزير الدفاع الروسي", and who held which office
// when. It answers lookups only; deciding which mention means which entry
// is package link's job.
//
// The built-in data is compiled by kb/cmd/kbgen into kb/data and embedded;
// Default loads it once. Users add or override entries with ReadCSV,
// ReadWikidata and Load, merged by ID.
package kb

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// Entity types, as in the output contract.
const (
	PERS = "PERS"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Office roles: a small closed set, so that package link can map a title
// ("الرئيس الروسي", "وزير الخارجية الأمريكي") to one role and ask Holder.
// Country is the state's entry ID, or for SecretaryGeneral the
// organisation's.
const (
	HeadOfState       = "head_of_state"      // president, king, emir, supreme leader
	HeadOfGovernment  = "head_of_government" // prime minister, premier, chancellor
	ForeignMinister   = "foreign_minister"   // incl. the US Secretary of State
	DefenceMinister   = "defence_minister"   // incl. the US Secretary of Defense/War
	SecurityAdviser   = "security_adviser"   // national security adviser
	Spokesperson      = "spokesperson"       // of the head of state (Kremlin, White House)
	FMSpokesperson    = "fm_spokesperson"    // of the foreign ministry
	SecretaryGeneral  = "secretary_general"  // of an international organisation
	VicePresident     = "vice_president"
	IntelligenceChief = "intelligence_chief"  // head of the main foreign intelligence service
	CrownPrince       = "crown_prince"        // heir of a monarchy
	DeputyCrownPrince = "deputy_crown_prince" // second in line (Saudi Arabia, 2014-2017)
)

// Roles lists every role an Office may hold.
var Roles = []string{HeadOfState, HeadOfGovernment, ForeignMinister, DefenceMinister,
	SecurityAdviser, Spokesperson, FMSpokesperson, SecretaryGeneral, VicePresident, IntelligenceChief,
	CrownPrince, DeputyCrownPrince}

// Office is one term of one office held by a person.
type Office struct {
	Role    string `json:"role"`
	Country string `json:"country"`      // entry ID of the state (or organisation)
	From    string `json:"from"`         // ISO date: YYYY-MM-DD, YYYY-MM or YYYY
	To      string `json:"to,omitempty"` // "" = still in office
}

// Entry is one thing mentions can be linked to.
type Entry struct {
	ID        string   `json:"id"`                // "wikidata:Q7747" where certain, else "isnad:<slug>"
	Type      string   `json:"type"`              // PERS, ORG, LOC or MISC
	Subtype   string   `json:"subtype,omitempty"` // country, city, region, autonomous-region (a region with a government of its own), sea, government, ministry, agency, media, party, company, armed-group, international-org, person ...
	Name      string   `json:"name"`              // canonical Arabic name
	NameEn    string   `json:"name_en,omitempty"`
	Aliases   []string `json:"aliases,omitempty"`    // other Arabic spellings safe to match
	Demonyms  []string `json:"demonyms,omitempty"`   // states only: adjectives, not names
	Capital   string   `json:"capital,omitempty"`    // states: entry ID of the capital
	CapitalOf string   `json:"capital_of,omitempty"` // cities: entry ID of the state they stand for
	Offices   []Office `json:"offices,omitempty"`
	// WikidataKnown is true only where the Q-id is certain.
	WikidataKnown bool `json:"wikidata_known,omitempty"`
	// ContextOnly marks a place whose names are in news text more often an
	// ordinary word or a person's name (حمص chickpeas, الخليل Khalil): it
	// is named only where the words around say a place is meant (مدينة
	// حمص). Lookup and LookupExact leave such entries out, as they cannot
	// see the context; package link matches them after a place noun.
	ContextOnly bool `json:"context_only,omitempty"`
}

// Names is the canonical name followed by the aliases.
func (e *Entry) Names() []string { return append([]string{e.Name}, e.Aliases...) }

// Errors New and Merge return, wrapped with the offending entry. An
// invalid entry is a malformed record to the command (isnad.ErrBadRecord).
var (
	ErrInvalid   = fmt.Errorf("invalid kb entry: %w", isnad.ErrBadRecord)
	ErrDuplicate = errors.New("duplicate kb id")
	ErrShared    = errors.New("the shared default kb cannot be changed: Clone it first")
)

var idPattern = regexp.MustCompile(`^(wikidata:Q[0-9]+|isnad:[a-z0-9-]+)$`)

var knownTypes = map[string]bool{PERS: true, ORG: true, LOC: true, MISC: true}

var knownRoles = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range Roles {
		m[r] = true
	}
	return m
}()

// KB is a validated set of entries with indexes for lookup by ID, name and
// demonym. It is read-only after New (and Merge); safe for concurrent reads.
type KB struct {
	entries []*Entry
	byID    map[string]*Entry
	byFold  map[string][]*Entry // arabic.Fold of every name
	byKey   map[string][]*Entry // Key of every name
	byDem   map[string]*Entry   // demonymKey of every demonym
	holders map[string][]*Entry // role+"|"+country → persons with that office
	shared  bool                // Default's KB: Merge refuses, as other goroutines read it
}

// New validates entries (an ID of the form wikidata:Q<n> or
// isnad:<slug>, unique; a known type; a non-empty name; known office
// roles) and indexes them. The entries are copied.
func New(entries []Entry) (*KB, error) {
	k := &KB{}
	seen := make(map[string]bool, len(entries))
	var errs []error
	for i := range entries {
		e := entries[i]
		if err := validate(&e); err != nil {
			errs = append(errs, fmt.Errorf("entry %d: %w", i+1, err))
			continue
		}
		if seen[e.ID] {
			errs = append(errs, fmt.Errorf("entry %d: %w: %s", i+1, ErrDuplicate, e.ID))
			continue
		}
		seen[e.ID] = true
		k.entries = append(k.entries, &e)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	k.index()
	return k, nil
}

func validate(e *Entry) error {
	e.Name = strings.TrimSpace(e.Name)
	switch {
	case !idPattern.MatchString(e.ID):
		return fmt.Errorf("%w: id %q is neither wikidata:Q<n> nor isnad:<slug>", ErrInvalid, e.ID)
	case !knownTypes[e.Type]:
		return fmt.Errorf("%w: %s: unknown type %q", ErrInvalid, e.ID, e.Type)
	case e.Name == "" || arabic.Fold(e.Name) == "":
		return fmt.Errorf("%w: %s: empty name", ErrInvalid, e.ID)
	}
	for _, o := range e.Offices {
		if !knownRoles[o.Role] {
			return fmt.Errorf("%w: %s: unknown office role %q", ErrInvalid, e.ID, o.Role)
		}
		if o.Country == "" || o.From == "" {
			return fmt.Errorf("%w: %s: office %s needs a country and a start date", ErrInvalid, e.ID, o.Role)
		}
	}
	return nil
}

func (k *KB) index() {
	k.byID = make(map[string]*Entry, len(k.entries))
	k.byFold = make(map[string][]*Entry, 2*len(k.entries))
	k.byKey = make(map[string][]*Entry, 2*len(k.entries))
	k.byDem = map[string]*Entry{}
	k.holders = map[string][]*Entry{}
	for _, e := range k.entries {
		k.byID[e.ID] = e
		for _, n := range e.nameIndex() {
			addOnce(k.byFold, arabic.FoldTrimmed(n), e)
			addOnce(k.byKey, Key(n), e)
		}
		for _, d := range e.Demonyms {
			if dk := demonymKey(d); dk != "" {
				k.byDem[dk] = e
			}
		}
		for _, o := range e.Offices {
			hk := o.Role + "|" + o.Country
			if l := k.holders[hk]; len(l) == 0 || l[len(l)-1] != e {
				k.holders[hk] = append(l, e)
			}
		}
	}
}

// nameIndex is the names Lookup finds e under: none for a ContextOnly
// entry, whose names alone are mostly not the place.
func (e *Entry) nameIndex() []string {
	if e.ContextOnly {
		return nil
	}
	return e.Names()
}

func addOnce(m map[string][]*Entry, key string, e *Entry) {
	if key == "" {
		return
	}
	for _, x := range m[key] {
		if x == e {
			return
		}
	}
	m[key] = append(m[key], e)
}

// Entries returns every entry, in the order given to New (merged entries
// last). The entries must not be modified.
func (k *KB) Entries() []*Entry { return k.entries }

// Len is the number of entries.
func (k *KB) Len() int { return len(k.entries) }

// ByID returns the entry with the given ID, or nil.
func (k *KB) ByID(id string) *Entry { return k.byID[id] }

// Lookup returns the entries one of whose names (canonical or alias)
// matches name, ContextOnly entries excepted. Names whose arabic.Fold is
// equal win: when there are any, only they are returned. Otherwise the entries whose names share name's
// phonetic Key are returned, so that بوتن finds بوتين; a caller that
// wants to be strict can compare arabic.Fold itself.
func (k *KB) Lookup(name string) []*Entry {
	if l := k.byFold[arabic.FoldTrimmed(name)]; len(l) > 0 {
		return l
	}
	return k.byKey[Key(name)]
}

// LookupExact returns only the entries with a name whose arabic.Fold
// equals name's, ContextOnly entries excepted.
func (k *KB) LookupExact(name string) []*Entry {
	return k.byFold[arabic.FoldTrimmed(name)]
}

// Merge adds entries, replacing any existing entry with the same ID, and
// rebuilds the indexes. On error k is unchanged.
func (k *KB) Merge(entries []Entry) error {
	if k.shared {
		return ErrShared
	}
	add, err := New(entries)
	if err != nil {
		return err
	}
	merged := make([]*Entry, 0, len(k.entries)+len(add.entries))
	for _, e := range k.entries {
		if add.byID[e.ID] == nil {
			merged = append(merged, e)
		}
	}
	merged = append(merged, add.entries...)
	k.entries = merged
	k.index()
	return nil
}

// Clone returns a copy of k that can be merged into without changing k
// (Default's KB is shared).
func (k *KB) Clone() *KB {
	c := &KB{entries: append([]*Entry(nil), k.entries...)}
	c.index()
	return c
}
