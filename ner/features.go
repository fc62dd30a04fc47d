package ner

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// token is one word of a sentence with every form the features look at,
// computed once per sentence rather than once per feature.
type token struct {
	norm    string // Normalize(word)
	noPre   string // norm without proclitics (و ف ب ل ك س), لل restored to ال
	stem    string // noPre without a pronoun suffix
	bare    string // noPre without the article ال
	pre     string // the proclitics removed
	suf     string // the pronoun suffix removed
	shape   string
	gazB    uint8 // gazetteer classes of names starting here
	gazI    uint8 // gazetteer classes of names continuing here
	opens   bool  // noPre is the first word of a gazetteer phrase
	trigger uint8 // trigger-word class of this word (a title, "company", ...)
	cluster uint32
	freq    uint8  // log2 of the word's count in the lexicon, +1; 0 unknown
	defin   uint8  // how much more often the lexicon has the word with ال than without
	spellP  uint8  // spelled like a person name rather than a common word (bucket)
	spellL  uint8  // the same for place names
	clitics uint16 // cliticProfile of the word's lexicon counts after و, ب and ل, and alone
}

// Feature templates. Their numbers are hashed into the feature keys of a
// trained model: never renumber them, only add new ones at the end.
const (
	fBias uint8 = iota + 1
	fNorm
	fNoPre
	fStem
	fBare
	fPre
	fSuf
	fPrefix // + length 1..4
	fSuffix // + length 1..4
	fShape
	fLen
	fForeign
	fVowels
	fPrev1
	fPrev2
	fNext1
	fNext2
	fPrevBare
	fNextBare
	fBigramPrev // retired: word bigrams cost half a point on held-out data
	fBigramNext // retired
	fGazB
	fGazI
	fGazPrev
	fGazNext
	fTrigPrev1
	fTrigPrev2
	fTrigNext1
	fShapePrev
	fShapeNext
	fArticle
	fFirst
	fCluster
	fClusterPrefix
	fClusterPrev
	fClusterNext
	fGazWindow
	fFreq
	fDefinite
	fFreqPrev
	fFreqNext
	fSpellPERS
	fSpellLOC
	fSpellBoth
	fGazSource
	fCliticProfile
	fHeadORG  // an ORG trigger heads the run of words this one is in, + distance
	fHeadWord // that trigger word, + distance
	fHeadPERS // the same for a title before a long name
)

// FNV-1a, written out so that a feature key is computed straight from its
// template and strings without building a string first: tagging allocates
// nothing per feature.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func key(tmpl uint8, s string) uint64 { return hashString(hashByte(fnvOffset, tmpl), s) }

func keyLen(tmpl uint8, n int, s string) uint64 {
	return hashString(hashByte(hashByte(fnvOffset, tmpl), byte(n)), s)
}

func keyN(tmpl uint8, n uint64) uint64 {
	h := hashByte(fnvOffset, tmpl)
	for i := 0; i < 8; i++ {
		h = hashByte(h, byte(n>>(8*i)))
	}
	return h
}

// boundary stands for the words before the first and after the last.
const boundary = "<s>"

// prepare fills toks with the forms of words; the slice is reused between
// sentences.
func prepare(words []string, gaz *Gazetteer, lex *Lexicon, sp *spelling, toks []token) []token {
	toks = toks[:0]
	for _, w := range words {
		toks = append(toks, newToken(w, gaz, lex, sp))
	}
	if gaz != nil {
		gaz.mark(toks)
	}
	return toks
}

// newToken works out everything about one word that does not depend on
// its neighbours, so a document tagger can do it once per distinct word.
func newToken(w string, gaz *Gazetteer, lex *Lexicon, sp *spelling) token {
	return newTrimmedToken(w, trimPunct(w), gaz, lex, sp)
}

// newTrimmedToken is newToken for a word w whose trimPunct is trimmed.
func newTrimmedToken(w, trimmed string, gaz *Gazetteer, lex *Lexicon, sp *spelling) token {
	n := Normalize(trimmed)
	pre, noPre := splitProclitics(n, lex)
	stem, suf := splitSuffix(noPre, lex)
	t := token{norm: n, noPre: noPre, stem: stem, bare: stripArticle(noPre), pre: pre, suf: suf, shape: shape(w)}
	t.trigger = triggers[t.noPre]
	if t.bare != t.noPre {
		t.trigger |= triggers[t.bare]
	}
	// Most words have no proclitic, so n and noPre are one lexicon entry,
	// looked up once for its cluster and its count.
	e := lex.entry(n)
	own := e
	if noPre != n {
		own = lex.entry(noPre)
	}
	if t.cluster = e.cluster; t.cluster == 0 {
		t.cluster = own.cluster
	}
	t.freq, t.defin = frequencies(lex, &t, own.count)
	if t.freq != 0 {
		t.clitics = cliticProfile([4]uint32{lex.countJoined("و", noPre), lex.countJoined("ب", noPre), lex.countJoined("ل", noPre), own.count})
	}
	if t.shape == "ar" {
		t.spellP, t.spellL = sp.classes(t.bare)
	}
	if gaz != nil {
		t.gazB = gaz.lookupWord(&t)
		t.opens = gaz.firsts[t.noPre]
	}
	return t
}

// features appends the feature keys of toks[i] to out.
func features(toks []token, i int, out []uint64) []uint64 {
	out = wordFeatures(&toks[i], out)
	for _, n := range neighbours {
		out = append(out, n.key(toks, i+n.at))
	}
	return contextFeatures(toks, i, out)
}

// neighbours are the features of a token that spell the words around it,
// in the order the model was trained with. Each is a feature of the
// neighbour's own forms, so a document tagger can look each word's up once.
var neighbours = [...]struct {
	at  int // the neighbour's offset
	key func(toks []token, j int) uint64
}{
	{-1, func(toks []token, j int) uint64 { return key(fPrev1, word(toks, j)) }},
	{-2, func(toks []token, j int) uint64 { return key(fPrev2, word(toks, j)) }},
	{+1, func(toks []token, j int) uint64 { return key(fNext1, word(toks, j)) }},
	{+2, func(toks []token, j int) uint64 { return key(fNext2, word(toks, j)) }},
	{-1, func(toks []token, j int) uint64 { return key(fPrevBare, bare(toks, j)) }},
	{+1, func(toks []token, j int) uint64 { return key(fNextBare, bare(toks, j)) }},
	{-1, func(toks []token, j int) uint64 { return key(fShapePrev, shapeAt(toks, j)) }},
	{+1, func(toks []token, j int) uint64 { return key(fShapeNext, shapeAt(toks, j)) }},
}

// wordFeatures appends the first features of a token, those that depend on
// the word alone. They come first so that a document tagger can add up
// their weights once per distinct word and start each token's scores
// from that sum: the additions, and so the scores, stay exactly the same.
func wordFeatures(t *token, out []uint64) []uint64 {
	out = append(out,
		keyN(fBias, 0),
		key(fNorm, t.norm), key(fNoPre, t.noPre), key(fStem, t.stem), key(fBare, t.bare),
		key(fPre, t.pre), key(fSuf, t.suf), key(fShape, t.shape),
		keyN(fLen, uint64(min(utf8.RuneCountInString(t.bare), 10))),
		key(fArticle, boolString(t.bare != t.noPre)),
	)
	out = affixes(t.bare, out)
	if f := foreignMarks(t.bare); f != "" {
		out = append(out, key(fForeign, f))
	}
	if n := utf8.RuneCountInString(t.bare); n >= 4 {
		out = append(out, keyN(fVowels, uint64(10*longVowels(t.bare)/n)))
	}
	return out
}

// contextFeatures appends the features of toks[i] after its neighbours'
// words, in the order the model was trained with.
func contextFeatures(toks []token, i int, out []uint64) []uint64 {
	var buf [32]ctxFeature
	for _, f := range contextValues(toks, i, buf[:0]) {
		out = append(out, f.key())
	}
	return out
}

// ctxFeature is a context feature before it is hashed: a template and a
// number, or, with word set, a template, a length and a word. A tagger
// finds most of them in featureTable.small without hashing at all.
type ctxFeature struct {
	tmpl uint8
	str  bool // keyLen(tmpl, n, word) rather than keyN(tmpl, n)
	n    uint64
	word string
}

func (f ctxFeature) key() uint64 {
	if f.str {
		return keyLen(f.tmpl, int(f.n), f.word)
	}
	return keyN(f.tmpl, f.n)
}

func num(tmpl uint8, n uint64) ctxFeature { return ctxFeature{tmpl: tmpl, n: n} }

// contextValues appends the context features of toks[i], unhashed, in the
// order the model was trained with.
func contextValues(toks []token, i int, out []ctxFeature) []ctxFeature {
	t := &toks[i]
	out = gazValues(toks, i, out)
	out = append(out,
		num(fTrigPrev1, uint64(trigAt(toks, i-1))), num(fTrigPrev2, uint64(trigAt(toks, i-2))),
		num(fTrigNext1, uint64(trigAt(toks, i+1))),
	)
	if i == 0 {
		out = append(out, num(fFirst, 1))
	}
	out = append(out, num(fFreq, uint64(t.freq)), num(fDefinite, uint64(t.defin)),
		num(fFreqPrev, uint64(freqAt(toks, i-1))), num(fFreqNext, uint64(freqAt(toks, i+1))))
	if t.freq != 0 {
		out = append(out, num(fCliticProfile, uint64(t.clitics)))
	}
	if t.spellP != 0 {
		out = append(out, num(fSpellPERS, uint64(t.spellP)), num(fSpellLOC, uint64(t.spellL)),
			num(fSpellBoth, uint64(t.spellP)<<8|uint64(t.spellL)|uint64(t.freq)<<16))
	}
	if t.cluster != 0 {
		out = append(out, num(fCluster, uint64(t.cluster)), num(fClusterPrefix, uint64(t.cluster>>clusterCoarseShift)))
	}
	out = append(out, num(fClusterPrev, uint64(clusterAt(toks, i-1))), num(fClusterNext, uint64(clusterAt(toks, i+1))))
	return heads(toks, i, out)
}

// gazValues appends the gazetteer features of toks[i], the first context
// features: they depend on the phrases marked around the word, so unlike
// most of the rest a document tagger cannot keep them with the word.
func gazValues(toks []token, i int, out []ctxFeature) []ctxFeature {
	t := &toks[i]
	return append(out,
		num(fGazB, uint64(t.gazB&gazClasses)), num(fGazI, uint64(t.gazI&gazClasses)),
		num(fGazSource, uint64(t.gazB)<<8|uint64(t.gazI)),
		num(fGazPrev, uint64(gazAt(toks, i-1))), num(fGazNext, uint64(gazAt(toks, i+1))),
		num(fGazWindow, uint64(t.gazB&gazClasses)|uint64(t.gazI&gazClasses)<<3|uint64(gazAt(toks, i-1))<<6|uint64(gazAt(toks, i+1))<<9),
	)
}

// ownTemplate reports the context templates whose value is the word's
// own, whatever its neighbours: a document tagger looks their rows up
// once per word.
func ownTemplate(tmpl uint8) bool {
	switch tmpl {
	case fFreq, fDefinite, fCliticProfile, fSpellPERS, fSpellLOC, fSpellBoth, fCluster, fClusterPrefix:
		return true
	}
	return false
}

// heads adds what opens the run of Arabic words toks[i] ends: an
// organisation's head noun (وزارة, مجلس, نادي ...) a few words back makes
// the words after it part of the name (مجلس التعاون لدول الخليج), and a
// title does the same for a long name (الشيخ محمد بن راشد آل مكتوم).
func heads(toks []token, i int, out []ctxFeature) []ctxFeature {
	if d, h := headBefore(toks, i, trigORG); d > 0 {
		out = append(out, num(fHeadORG, uint64(d)), ctxFeature{tmpl: fHeadWord, str: true, n: uint64(d), word: toks[h].bare})
	}
	if d, _ := headBefore(toks, i, trigPERS); d > 0 {
		out = append(out, num(fHeadPERS, uint64(d)))
	}
	return out
}

// maxHead is how far back heads looks: idafa chains of organisations are
// seldom longer.
const maxHead = 4

// headBefore finds the nearest word of trigger class c among the maxHead
// words before i, with only Arabic words between. It returns the distance
// and the head's index, or 0 and -1.
func headBefore(toks []token, i int, c uint8) (int, int) {
	for d := 1; d <= maxHead && i-d >= 0; d++ {
		t := &toks[i-d]
		if t.trigger&c != 0 {
			return d, i - d
		}
		if t.shape != "ar" {
			break
		}
	}
	return 0, -1
}

// affixes adds the first and last one to four letters of a word: Arabic
// morphology (broken plurals, nisba -ي, feminine -ه) and transliteration
// endings live there.
func affixes(w string, out []uint64) []uint64 {
	n := 0
	for i := range w {
		if n >= 1 && n <= 4 {
			out = append(out, keyLen(fPrefix, n, w[:i]))
		}
		n++
	}
	if n >= 1 && n <= 4 {
		out = append(out, keyLen(fPrefix, n, w))
	}
	n = 0
	for i := len(w); i > 0 && n < 4; {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		n++
		out = append(out, keyLen(fSuffix, n, w[i:]))
	}
	return out
}

func boolString(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func word(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return boundary
	}
	return toks[i].norm
}

func bare(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return boundary
	}
	return toks[i].bare
}

func shapeAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return boundary
	}
	return toks[i].shape
}

func gazAt(toks []token, i int) uint8 {
	if i < 0 || i >= len(toks) {
		return 0
	}
	return (toks[i].gazB | toks[i].gazI) & gazClasses
}

func trigAt(toks []token, i int) uint8 {
	if i < 0 || i >= len(toks) {
		return 0
	}
	return toks[i].trigger
}

func clusterAt(toks []token, i int) uint32 {
	if i < 0 || i >= len(toks) {
		return 0
	}
	return toks[i].cluster
}

// frequencies buckets what the lexicon knows of a word's use: names are
// rarer than common words and, unlike common nouns and adjectives, are seldom
// written with the article when they are written without it (and the
// other way round for names such as العراق). c is lex.count(t.noPre),
// which the caller has looked up already.
func frequencies(lex *Lexicon, t *token, c uint32) (freq, defin uint8) {
	if c == 0 {
		return 0, 0
	}
	freq = uint8(bits.Len32(c))
	// bare is noPre, or noPre with its article cut (stripArticle): one of
	// the two counts is then c itself, and only the other is looked up.
	withAl, without := c, c
	if t.bare == t.noPre {
		withAl = lex.countJoined("ال", t.bare)
	} else {
		without = lex.count(t.bare)
	}
	switch {
	case withAl == 0 && without == 0:
		defin = 1
	case withAl == 0:
		defin = 2
	case without == 0:
		defin = 3
	default:
		defin = 4 + uint8(min(6, max(-6, bits.Len32(withAl)-bits.Len32(without)))+6)
	}
	return freq, defin
}

func freqAt(toks []token, i int) uint8 {
	if i < 0 || i >= len(toks) {
		return 255
	}
	return toks[i].freq
}

// cliticProfile buckets how the lexicon sees a word with clitics: places
// take ب and ل, persons mostly و, and common words all of them.
func cliticProfile(c [4]uint32) uint16 {
	var p uint16
	for i := 0; i < 3; i++ {
		r := 0
		if c[i] > 0 {
			r = 1 + min(4, max(0, bits.Len32(c[i])-bits.Len32(c[3])+4))
		}
		p = p<<4 | uint16(r)
	}
	return p
}

// trimPunct removes punctuation stuck to a word ("بغداد،", "«الشرق"), which
// tokenisers other than ANERcorp's leave attached: the word's features
// should be those of the word. A token of punctuation only is kept.
func trimPunct(w string) string {
	// Most words have no punctuation at either end: they need no trimming.
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	if classOf(first) != classPunct && classOf(last) != classPunct {
		return w
	}
	t := strings.TrimFunc(w, func(r rune) bool { return classOf(r) == classPunct })
	if t == "" {
		return w
	}
	return t
}
