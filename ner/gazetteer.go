package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Gazetteer classes, as bits so that one name can be several (عمان is a
// city, a country and a newspaper).
const (
	gazPERS uint8 = 1 << iota
	gazLOC
	gazORG
	// Source bits: the lists differ in coverage and noise, so the tagger
	// learns how far to trust each.
	srcWikidata
	srcANERGazet
	srcANETAC

	gazClasses = gazPERS | gazLOC | gazORG
)

// maxPhrase bounds the multi-word gazetteer entries matched, so matching
// stays linear in the sentence length.
const maxPhrase = 5

// Gazetteer holds normalised names by class. Entries are stored in the
// tagger's own normal form (Normalize, then without proclitics), so lookup
// needs no further folding.
type Gazetteer struct {
	words   map[string]uint8 // one-word names
	phrases map[string]uint8 // multi-word names, words joined by one space
	firsts  map[string]bool  // the first words of phrases
}

// newGazetteer returns an empty gazetteer.
func newGazetteer() *Gazetteer {
	return &Gazetteer{words: map[string]uint8{}, phrases: map[string]uint8{}, firsts: map[string]bool{}}
}

// add records name as a member of class (gazPERS, gazLOC or gazORG, and
// optionally the bit of the list it came from).
func (g *Gazetteer) add(name string, class uint8) {
	fields := strings.Fields(Normalize(name))
	if len(fields) == 0 || len(fields) > maxPhrase {
		return
	}
	if len(fields) == 1 {
		g.words[fields[0]] |= class
		return
	}
	g.phrases[strings.Join(fields, " ")] |= class
	g.firsts[fields[0]] = true
}

// phraseFirsts lists the first words of phrases, which mark looks at
// before it builds any phrase.
func phraseFirsts(phrases map[string]uint8) map[string]bool {
	firsts := make(map[string]bool, len(phrases)/2)
	for p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		firsts[first] = true
	}
	return firsts
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.words) + len(g.phrases) }

// lookupWord tries a word as written, without proclitics and without the
// article, so that وبغداد and والعراق find بغداد and العراق.
func (g *Gazetteer) lookupWord(t *token) uint8 {
	// Most words have no proclitic: norm is then noPre, looked up once.
	c := g.words[t.noPre]
	if t.norm != t.noPre {
		c |= g.words[t.norm]
	}
	if t.bare != t.noPre {
		c |= g.words[t.bare]
	}
	return c
}

// mark adds to each token's gazB (first word of a matched name) and sets
// gazI (later words) bits of the multi-word names, preferring the longest
// phrase at each start; newToken has set gazB for the one-word names, and
// opens for the words that start a phrase.
func (g *Gazetteer) mark(toks []token) {
	if len(g.phrases) == 0 {
		return
	}
	var b []byte
	for i := range toks {
		if !toks[i].opens {
			continue
		}
		for n := min(maxPhrase, len(toks)-i); n >= 2; n-- {
			b = append(b[:0], toks[i].noPre...)
			for _, t := range toks[i+1 : i+n] {
				b = append(b, ' ')
				b = append(b, t.norm...)
			}
			if c := g.phrases[string(b)]; c != 0 {
				toks[i].gazB |= c
				for j := i + 1; j < i+n; j++ {
					toks[j].gazI |= c
				}
				break
			}
		}
	}
}

// LoadNames compiles a gazetteer from the name lists of ../shared/data/names
// (dir is that folder): Wikidata person names (CC0), ANERGazet persons,
// locations and organisations, and ANETAC's classified entities (both
// research use). Missing files are an error: a model trained without them
// would silently lose its gazetteer features.
func LoadNames(dir string) (*Gazetteer, error) {
	g := newGazetteer()
	sources := []struct {
		path string
		read func(g *Gazetteer, r io.Reader) error
	}{
		{"wikidata/data_wd_arabic.normalized.aligned.tokens", readWikidata},
		{"anergazet/AlignedPersGazetteer.txt", lineReader(gazPERS | srcANERGazet)},
		{"anergazet/AlignedLocGazetteer.txt", lineReader(gazLOC | srcANERGazet)},
		{"anergazet/AlignedOrgGazetteer.txt", lineReader(gazORG | srcANERGazet)},
		{"anetac/EN-AR_Named-entities.txt", readANETAC},
	}
	for _, s := range sources {
		f, err := os.Open(filepath.Join(dir, s.path))
		if err != nil {
			return nil, err
		}
		err = s.read(g, f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.path, err)
		}
	}
	return g, nil
}

// readWikidata reads "latin<TAB>ا ل ح ر و ف<TAB>count" lines: the Arabic
// name is written one letter per field.
func readWikidata(g *Gazetteer, r io.Reader) error {
	return eachLine(r, func(line string) {
		cols := strings.Split(line, "\t")
		if len(cols) >= 2 {
			g.add(strings.ReplaceAll(cols[1], " ", ""), gazPERS|srcWikidata)
		}
	})
}

// readANETAC reads "CLASS latin arabic" lines.
func readANETAC(g *Gazetteer, r io.Reader) error {
	classes := map[string]uint8{"PERSON": gazPERS | srcANETAC, "LOCATION": gazLOC | srcANETAC, "ORGANIZATION": gazORG | srcANETAC}
	return eachLine(r, func(line string) {
		f := strings.Fields(line)
		if len(f) == 3 && classes[f[0]] != 0 {
			g.add(f[2], classes[f[0]])
		}
	})
}

// lineReader reads one name per line; ANERGazet separates variant groups
// with "====" lines, which are skipped.
func lineReader(class uint8) func(g *Gazetteer, r io.Reader) error {
	return func(g *Gazetteer, r io.Reader) error {
		return eachLine(r, func(line string) {
			if !strings.HasPrefix(line, "==") {
				g.add(line, class)
			}
		})
	}
}

func eachLine(r io.Reader, f func(string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			f(line)
		}
	}
	return sc.Err()
}
