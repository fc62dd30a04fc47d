package arabic

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

// Segmentation is a word cut into its proclitics, stem and pronoun
// suffix. The parts are substrings of the word as written, diacritics
// included, so strings.Join(Pre, "")+Stem+Suf is the word.
type Segmentation struct {
	Pre      []string // proclitics in order: conjunction, preposition or future س, article
	Stem     string
	Suf      string // pronoun suffix, or ""
	Definite bool   // the last of Pre is the article (ال, or the ل of لل)
}

// String writes the parts joined by +, as in و+ال+رئيس.
func (s Segmentation) String() string {
	parts := append(append([]string(nil), s.Pre...), s.Stem)
	if s.Suf != "" {
		parts = append(parts, s.Suf)
	}
	return strings.Join(parts, "+")
}

// Segmenter cuts clitics off Arabic words. Its zero value works.
type Segmenter struct {
	// Known, if set, reports whether a folded remainder (see Fold) is a
	// word a preposition can attach to although it has no article, such
	// as a gazetteer name: with Known("روسيا") true, لروسيا is ل + روسيا.
	Known func(folded string) bool
}

// Segment cuts word as Segmenter{}.Segment does.
func Segment(word string) Segmentation { return Segmenter{}.Segment(word) }

// Segment cuts word into proclitics, stem and pronoun suffix. Proclitics
// come in their legal order: conjunction و or ف, then preposition ب ل ك or
// future س, then the article ال (لل is ل + the article with its alef
// elided). Names and words that merely start with those letters must
// survive, so a clitic is cut only on positive evidence:
//
//   - nothing is cut from a guard-list word (guard.txt: واشنطن, فرنسا,
//     بوتين, لندن, كوريا, سيول, وزير, ...), but a clitic before one is
//     (وبوتين, لفرنسا);
//   - و is cut when at least three letters remain (two for a function word
//     such as وهو, ولم) and, before a bare alef, only when a derived verb
//     form (واتفق, واستمر, وانسحب) or the article follows, so واصل and
//     واجه stay whole; ف only before the article, a hamza alef, a function
//     word or another clitic (فإن, فقد, فالرئيس), because ف starts many
//     nouns and names;
//   - ب and ك are cut before the article, ل before a second ل (لل), ب
//     and ل before a hamza alef (لإنهاء, بأوكرانيا), and all three before
//     a function word, a pronoun, a guard-list word or a word Known
//     accepts; never otherwise (بيلوسوف, لندن, كوريا);
//   - س is cut only as the future marker: before ي ت ن أ, with at least
//     three letters left, not before an alef (سياسة) and not when the
//     word ends in ة or ات (سيطرة, سنوات), which verbs never do;
//   - the article needs at least two letters after it (الى, الا stay);
//   - a pronoun suffix (هما كما هم هن كم ها نا ه) is cut only from an
//     indefinite word, leaving a stem of three letters or more that does
//     not end in alef (اتجاه, تفاهم, هناك stay), and ه not after ي
//     (توجيه) nor from a name ending in الله; any suffix is cut from a
//     particle such as أن عن من في على (لأنه, عنها, عليه). The suffixes
//     ك, ي and ني are only cut from such particles (لك, مني, إنني): far
//     more nouns, verbs and names end in them (شارك, روسي, ليفني) than
//     news text has "your", "my" and "me".
//
// Words with anything other than Arabic letters and diacritics come back
// whole as the Stem.
func (sg Segmenter) Segment(word string) Segmentation {
	w, ok := newSegWord(word)
	if !ok {
		return Segmentation{Stem: word}
	}
	c := cutter{w: w, known: sg.Known}
	c.cut()
	return c.result()
}

// segWord is a word reduced to its letters, each with its byte offset in
// the word, so that decisions read letters and cuts keep the diacritics
// with the letter before them.
type segWord struct {
	word    string
	letters []rune
	offsets []int // byte offset of letters[k] in word
	// folded is the letters folded one by one, and foldAt[k] the byte
	// offset of letter k's fold in it (foldAt[len(letters)] its length):
	// the rules look up folded runs of letters several times per word,
	// and each is then a substring instead of a string joined anew.
	folded string
	foldAt []int
}

func newSegWord(word string) (segWord, bool) {
	w := segWord{word: word}
	n := 0
	for _, r := range word {
		switch {
		case IsArabicLetter(r):
			n++
		case isWordMark(r):
		default:
			return w, false
		}
	}
	if r, _ := utf8.DecodeRuneInString(word); n == 0 || isWordMark(r) {
		return w, false
	}
	// Counted first and sized at once: growing the tables letter by
	// letter took four allocations each for a word of five to eight.
	w.letters, w.offsets = make([]rune, 0, n), make([]int, 0, n)
	for i, r := range word {
		if IsArabicLetter(r) {
			w.letters = append(w.letters, r)
			w.offsets = append(w.offsets, i)
		}
	}
	var b strings.Builder
	b.Grow(2 * len(w.letters))
	w.foldAt = make([]int, len(w.letters)+1)
	for k, r := range w.letters {
		w.foldAt[k] = b.Len()
		if 0x0600 <= r && r <= 0x06FF {
			b.WriteString(looseLetters[r-0x0600])
		} else {
			b.WriteString(Fold(string(r)))
		}
	}
	w.foldAt[len(w.letters)] = b.Len()
	w.folded = b.String()
	return w, true
}

// looseLetters caches the fold of each letter of the Arabic block.
var looseLetters = func() (t [256]string) {
	for k, r := range arabicTable {
		t[k] = string(r)
	}
	return t
}()

// fold returns the folded letters [from, to).
func (w segWord) fold(from, to int) string {
	return w.folded[w.foldAt[from]:w.foldAt[to]]
}

// cutter holds the state of one segmentation: the cut points so far, as
// letter indexes.
type cutter struct {
	w        segWord
	known    func(string) bool
	pre      []int // letter index where each proclitic starts
	i        int   // first letter not yet taken by a proclitic
	suf      int   // letter index where the suffix starts
	definite bool
	prep     bool
}

func (c *cutter) n() int { return len(c.w.letters) }

// at returns the letter at index k, or 0 past the end.
func (c *cutter) at(k int) rune {
	if k < 0 || k >= c.n() {
		return 0
	}
	return c.w.letters[k]
}

func (c *cutter) take(k int) {
	c.pre = append(c.pre, c.i)
	c.i += k
}

func (c *cutter) guarded(from int) bool {
	return guardWords[c.w.fold(from, c.n())]
}

func (c *cutter) cut() {
	c.suf = c.n()
	if c.guarded(0) {
		return
	}
	c.conjunction()
	if c.guarded(c.i) {
		return
	}
	c.preposition()
	if c.guarded(c.i) {
		return
	}
	c.article()
	c.suffix()
}

func (c *cutter) result() Segmentation {
	var s Segmentation
	cuts := append(c.pre, c.i)
	for k := 0; k+1 < len(cuts); k++ {
		s.Pre = append(s.Pre, c.w.word[c.byteAt(cuts[k]):c.byteAt(cuts[k+1])])
	}
	s.Stem = c.w.word[c.byteAt(c.i):c.byteAt(c.suf)]
	s.Suf = c.w.word[c.byteAt(c.suf):]
	s.Definite = c.definite
	return s
}

// byteAt is the byte offset where letter k starts; diacritics before it
// belong to the letter before.
func (c *cutter) byteAt(k int) int {
	if k == 0 {
		return 0
	}
	if k >= c.n() {
		return len(c.w.word)
	}
	return c.w.offsets[k]
}

//go:embed guard.txt
var guardText string

// guardWords holds guard.txt, folded.
var guardWords = loadWordList(guardText)

// verbEndings are the past-tense subject and object endings a verb stem
// of guard.txt is listed with. The dual ا is left out: وردا is far more
// often و + ردا than "they both arrived".
var verbEndings = []string{"", "ت", "وا", "تا", "نا", "تم", "ه", "ها", "هم", "ته", "تها", "وه", "وها"}

func loadWordList(text string) map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasSuffix(line, "+"):
			stem := Fold(strings.TrimSuffix(line, "+"))
			for _, end := range verbEndings {
				m[stem+end] = true
			}
		default:
			m[Fold(line)] = true
			m[Fold(line)+"ا"] = true // the accusative: وفدا, وقتا
		}
	}
	return m
}
