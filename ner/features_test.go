package ner

import (
	"math/bits"
	"slices"
	"strings"
	"testing"
)

func TestPrepare(t *testing.T) {
	g := newGazetteer()
	g.add("عمان", gazLOC)
	g.add("الأمم المتحدة", gazORG)
	g.add("سامر", gazPERS)
	words := strings.Fields("وقال الرئيس سامر للأمم المتحدة في عمان 2024 .")
	toks := prepare(words, g, tinyLexicon(), nil, nil)
	tests := []struct {
		name        string
		i           int
		norm, noPre string
		bare, pre   string
		shape       string
		gazB, gazI  uint8
		trigger     uint8
	}{
		{"conjunction split by the lexicon", 0, "وقال", "قال", "قال", "و", "ar", 0, 0, 0},
		{"title is a person trigger", 1, "الرئيس", "الرئيس", "رئيس", "", "ar", 0, 0, trigPERS},
		{"gazetteer person", 2, "سامر", "سامر", "سامر", "", "ar", gazPERS, 0, 0},
		{"phrase start after لل", 3, "للامم", "الامم", "امم", "ل", "ar", gazORG, 0, trigORG},
		{"phrase continuation", 4, "المتحده", "المتحده", "متحده", "", "ar", 0, gazORG, 0},
		{"place", 6, "عمان", "عمان", "عمان", "", "ar", gazLOC, 0, 0},
		{"number", 7, "2024", "2024", "2024", "", "num", 0, 0, 0},
		{"punctuation", 8, ".", ".", ".", "", "punct", 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tok := toks[tt.i]
			got := []string{tok.norm, tok.noPre, tok.bare, tok.pre, tok.shape}
			want := []string{tt.norm, tt.noPre, tt.bare, tt.pre, tt.shape}
			if !slices.Equal(got, want) {
				t.Errorf("forms of %q = %q, want %q", words[tt.i], got, want)
			}
			if tok.gazB&gazClasses != tt.gazB || tok.gazI&gazClasses != tt.gazI || tok.trigger != tt.trigger {
				t.Errorf("%q: gazB %b gazI %b trigger %b, want %b %b %b", words[tt.i], tok.gazB, tok.gazI, tok.trigger, tt.gazB, tt.gazI, tt.trigger)
			}
		})
	}
}

func TestFeatures(t *testing.T) {
	words := strings.Fields("قال الرئيس سامر")
	toks := prepare(words, nil, nil, nil, nil)
	feats := features(toks, 2, nil)
	tests := []struct {
		name string
		key  uint64
	}{
		{"the word", key(fNorm, "سامر")},
		{"previous word", key(fPrev1, "الرئيس")},
		{"previous bare word", key(fPrevBare, "رئيس")},
		{"two words back", key(fPrev2, "قال")},
		{"no next word", key(fNext1, boundary)},
		{"three-letter prefix", keyLen(fPrefix, 3, "سام")},
		{"two-letter suffix", keyLen(fSuffix, 2, "مر")},
		{"trigger before", keyN(fTrigPrev1, uint64(trigPERS))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !slices.Contains(feats, tt.key) {
				t.Error("missing")
			}
		})
	}
	if slices.Contains(feats, key(fNorm, "الرئيس")) {
		t.Error("the previous word's identity leaked into the current word's feature")
	}
}

func TestAffixesCountLetters(t *testing.T) {
	got := affixes("بغداد", nil)
	want := []uint64{
		keyLen(fPrefix, 1, "ب"), keyLen(fPrefix, 2, "بغ"), keyLen(fPrefix, 3, "بغد"), keyLen(fPrefix, 4, "بغدا"),
		keyLen(fSuffix, 1, "د"), keyLen(fSuffix, 2, "اد"), keyLen(fSuffix, 3, "داد"), keyLen(fSuffix, 4, "غداد"),
	}
	if !slices.Equal(got, want) {
		t.Errorf("affixes(بغداد) = %x, want %x", got, want)
	}
}

func TestPrepareIgnoresAttachedPunctuation(t *testing.T) {
	a := prepare([]string{"«بغداد»،"}, nil, nil, nil, nil)[0]
	b := prepare([]string{"بغداد"}, nil, nil, nil, nil)[0]
	if a.norm != b.norm || a.bare != b.bare {
		t.Errorf("«بغداد»، → %q %q, want %q %q", a.norm, a.bare, b.norm, b.bare)
	}
	if p := prepare([]string{"،"}, nil, nil, nil, nil)[0]; p.norm != "،" || p.shape != "punct" {
		t.Errorf("a comma became %q (%s)", p.norm, p.shape)
	}
}

func TestHeadBefore(t *testing.T) {
	words := strings.Fields("وقال مجلس الشؤون الخارجية لجمهورية الجبل الأخضر ، إن الشيخ سالم بن علي آل حمد وصل")
	toks := prepare(words, nil, tinyLexicon(), nil, nil)
	tests := []struct {
		name     string
		i        int
		class    uint8
		wantDist int
	}{
		{"head's own word has none", 1, trigORG, 0},
		{"first word of the chain", 2, trigORG, 1},
		{"within reach", 4, trigORG, 3},
		{"out of reach", 6, trigORG, 0},
		{"punctuation breaks the chain", 8, trigORG, 0},
		{"name after a title", 10, trigPERS, 1},
		{"long name's last part", 14, trigPERS, 0},
		{"no title for a sentence start", 0, trigPERS, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, h := headBefore(toks, tt.i, tt.class)
			if d != tt.wantDist {
				t.Fatalf("headBefore(%q) = %d, want %d", words[tt.i], d, tt.wantDist)
			}
			if d > 0 && h != tt.i-d {
				t.Errorf("head index %d, want %d", h, tt.i-d)
			}
		})
	}
}

// TestLexiconFieldsDefinition checks the fields newTrimmedToken reads off
// the lexicon and the gazetteer, each entry looked up once where forms
// coincide, against their plain definitions.
func TestLexiconFieldsDefinition(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		words func(t *testing.T) []string
	}{
		{"words written here", func(*testing.T) []string {
			return strings.Fields("وقال الرئيس والرئيس للأمم بالعراق العراق عراق وبغداد قال والذي الذين فالحكومة وسيقول الكتاب كتابه")
		}},
		{"ANERcorp test words", func(t *testing.T) []string {
			var words []string
			for _, s := range sharedCoNLL(t, "ner", "anercorp", "ANERCorp_CamelLab_test.txt") {
				words = append(words, s.Words...)
			}
			return words
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.words(t) {
				tok := newToken(w, m.gaz, m.lex, m.spell)
				if got, want := lexiconFields(&tok), plainLexiconFields(&tok, m.gaz, m.lex); got != want {
					t.Fatalf("%q: trigger, cluster, freq, defin, clitics, gazB = %v, want %v", w, got, want)
				}
			}
		})
	}
}

type lexFields struct {
	trigger     uint8
	cluster     uint32
	freq, defin uint8
	clitics     uint16
	gazB        uint8
}

func lexiconFields(t *token) lexFields {
	return lexFields{t.trigger, t.cluster, t.freq, t.defin, t.clitics, t.gazB}
}

// plainLexiconFields is how newTrimmedToken filled the fields before it
// looked each lexicon entry up once.
func plainLexiconFields(t *token, gaz *Gazetteer, lex *Lexicon) lexFields {
	f := lexFields{trigger: triggers[t.bare] | triggers[t.noPre]}
	if f.cluster = lex.cluster(t.norm); f.cluster == 0 {
		f.cluster = lex.cluster(t.noPre)
	}
	if c := lex.count(t.noPre); c != 0 {
		f.freq = uint8(bits.Len32(c))
		withAl, without := lex.countJoined("ال", t.bare), lex.count(t.bare)
		switch {
		case withAl == 0 && without == 0:
			f.defin = 1
		case withAl == 0:
			f.defin = 2
		case without == 0:
			f.defin = 3
		default:
			f.defin = 4 + uint8(min(6, max(-6, bits.Len32(withAl)-bits.Len32(without)))+6)
		}
		f.clitics = cliticProfile([4]uint32{lex.countJoined("و", t.noPre), lex.countJoined("ب", t.noPre), lex.countJoined("ل", t.noPre), lex.count(t.noPre)})
	}
	f.gazB = gaz.words[t.norm] | gaz.words[t.noPre]
	if t.bare != t.noPre {
		f.gazB |= gaz.words[t.bare]
	}
	return f
}
