package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The letters the tagger folds or strips. They are named, not written as
// escapes, so a reader can see which spelling differences are erased.
const (
	alef           = 'ا'
	alefHamzaAbove = 'أ'
	alefHamzaBelow = 'إ'
	alefMadda      = 'آ'
	alefWasla      = 'ٱ'
	alefMaksura    = 'ى'
	yeh            = 'ي'
	tehMarbuta     = 'ة'
	heh            = 'ه'
	waw            = 'و'
	wawHamza       = 'ؤ'
	yehHamza       = 'ئ'
	tatweel        = 'ـ'
	lam            = 'ل'
	beh            = 'ب'
	kaf            = 'ك'
	feh            = 'ف'
	seen           = 'س'
	persianPeh     = 'پ'
	persianTcheh   = 'چ'
	persianVeh     = 'ڤ'
	persianGaf     = 'گ'
	arabicZero     = '٠'
	arabicNine     = '٩'
)

// isDiacritic reports the harakat, Quranic marks and superscript alef that
// Arabic news writes only sometimes: a word means the same with or without
// them, so features must not depend on them.
func isDiacritic(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) ||
		r == 0x0670 || (r >= 0x06D6 && r <= 0x06ED)
}

// Normalize folds the spelling variants that do not change an Arabic word:
// hamza-carrying alefs to bare alef, alef maksura to yeh, teh marbuta to heh,
// and drops diacritics and tatweel. Latin letters are lower-cased. It is
// idempotent: Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == utf8.RuneError || isDiacritic(r) || r == tatweel {
			continue
		}
		b.WriteRune(fold(r))
	}
	return b.String()
}

// isFolded lets Normalize return its input without allocating in the common
// case of a word that is already in normal form.
func isFolded(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || isDiacritic(r) || r == tatweel || fold(r) != r {
			return false
		}
	}
	return true
}

func fold(r rune) rune {
	switch r {
	case alefHamzaAbove, alefHamzaBelow, alefMadda, alefWasla:
		return alef
	case alefMaksura:
		return yeh
	case tehMarbuta:
		return heh
	}
	if r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
		return r + ('a' - 'A')
	}
	return r
}

// proclitics are the one-letter particles Arabic writes joined to the next
// word: conjunctions و ف, prepositions ب ل ك and the future marker س.
// Only the conjunction may precede another proclitic (وب, فل, ...).
func isConj(r rune) bool { return r == waw || r == feh }

func isPrep(r rune) bool { return r == beh || r == lam || r == kaf || r == seen }

// pronounSuffixes are the attached object/possessive pronouns, longest
// first so that هما is tried before ها and ه.
var pronounSuffixes = []string{"كما", "هما", "كم", "كن", "هم", "هن", "نا", "ها", "ني", "ه", "ك", "ي"}

// Segment splits a normalised word into its proclitics, its stem and a
// pronoun suffix. Spelling alone cannot tell و+قال from وليد or ب+غداد
// from بوتين, so a split is taken only when the article follows it (وال,
// بال, لل) or, given a lexicon, when the remainder is a more frequent word
// than the whole; without one, only the conjunction و is split off. The
// tagger sees the unsplit word too, so a wrong split costs little.
func Segment(n string, lex *Lexicon) (pre, stem, suf string) {
	pre, rest := splitProclitics(n, lex)
	stem, suf = splitSuffix(rest, lex)
	return pre, stem, suf
}

func splitProclitics(n string, lex *Lexicon) (pre, rest string) {
	// The proclitics are two-byte letters, so the first k runes of n are
	// its first 2k bytes when they are proclitics; n is valid UTF-8 (it is
	// normalised), so rest is n's own bytes after them.
	runes := utf8.RuneCountInString(n)
	for k := min(2, runes-3); k >= 1; k-- {
		if !procliticsAt(n, k) {
			continue
		}
		p, r := n[:2*k], n[2*k:]
		// لل is ل + ال with the alef dropped: restore the article.
		if p[len(p)-2:] == "ل" && strings.HasPrefix(r, "ل") && runes-k > 3 {
			return p, "ا" + r
		}
		switch {
		case strings.HasPrefix(r, "ال") && runes-k > 3:
			return p, r
		case lex != nil && lex.count(r) > lex.count(n):
			return p, r
		case (lex == nil || lex.count(n)+lex.count(r) == 0) && k == 1 && p == "و":
			return p, r
		}
	}
	return "", n
}

// procliticsAt reports whether the first k runes of n are a valid
// proclitic sequence: a conjunction, a preposition or the future marker,
// or a conjunction then one of those.
func procliticsAt(n string, k int) bool {
	r0, size := utf8.DecodeRuneInString(n)
	switch k {
	case 1:
		return isConj(r0) || isPrep(r0)
	case 2:
		r1, _ := utf8.DecodeRuneInString(n[size:])
		return isConj(r0) && isPrep(r1)
	}
	return false
}

// splitSuffix removes a pronoun suffix when three letters are left and, given
// a lexicon, when the remainder (with ت restored to the teh marbuta it was
// before a suffix) is the more frequent word.
func splitSuffix(w string, lex *Lexicon) (stem, suf string) {
	if strings.HasPrefix(w, "ال") {
		return w, ""
	}
	c, counted := uint32(0), false // lex.count(w), looked up once if need be
	for _, p := range pronounSuffixes {
		if !strings.HasSuffix(w, p) || utf8.RuneCountInString(w)-utf8.RuneCountInString(p) < 3 {
			continue
		}
		stem = w[:len(w)-len(p)]
		if lex == nil {
			// A one-letter suffix is too ambiguous to strip blind: ه is
			// also every teh marbuta after normalisation, ي every nisba.
			if utf8.RuneCountInString(p) > 1 {
				return stem, p
			}
			continue
		}
		if !counted {
			c, counted = lex.count(w), true
		}
		if lex.count(stem) > c {
			return stem, p
		}
		if t, ok := strings.CutSuffix(stem, "ت"); ok && lex.countJoined(t, "ه") > c {
			return t + "ه", p
		}
	}
	return w, ""
}

// stripArticle removes the definite article ال from a stem long enough to
// keep three letters.
func stripArticle(stem string) string {
	if strings.HasPrefix(stem, "ال") && utf8.RuneCountInString(stem) > 4 {
		return stem[len("ال"):]
	}
	return stem
}

// shape describes a token's script and form for tokens whose identity
// generalises badly: numbers, Latin words, punctuation.
func shape(tok string) string {
	var arabic, latin, digit, punct, other int
	for _, r := range tok {
		switch classOf(r) {
		case classDigit:
			digit++
		case classLatin:
			latin++
		case classArabic:
			arabic++
		case classPunct:
			punct++
		default:
			other++
		}
	}
	switch {
	case digit > 0 && arabic+latin == 0:
		return "num"
	case digit > 0:
		return "alnum"
	case latin > 0 && arabic == 0:
		if r, _ := utf8.DecodeRuneInString(tok); unicode.IsUpper(r) {
			return "Latin"
		}
		return "latin"
	case arabic > 0 && punct > 0:
		return "ar-punct"
	case arabic > 0:
		return "ar"
	case punct > 0:
		return "punct"
	}
	return "other"
}

// runeClass is what shape and trimPunct ask of a rune.
type runeClass uint8

const (
	classOther  runeClass = iota
	classDigit            // ASCII or Arabic-Indic
	classLatin            // an ASCII letter
	classArabic           // a letter of the Arabic script
	classPunct            // punctuation or a symbol
)

// classify is the definition of a rune's class; classOf answers the same
// from a table for the runes news is written in, whose Unicode range
// tables are otherwise searched for every letter of every new word.
func classify(r rune) runeClass {
	switch {
	case r >= '0' && r <= '9', r >= arabicZero && r <= arabicNine:
		return classDigit
	case r < utf8.RuneSelf && unicode.IsLetter(r):
		return classLatin
	case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
		return classArabic
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return classPunct
	}
	return classOther
}

// commonClasses holds classify of the runes up to the end of the Arabic
// block, and of the general punctuation (dashes, quotes) that follows.
var commonClasses = func() (t [0x2070]runeClass) {
	for r := range t {
		t[r] = classify(rune(r))
	}
	return t
}()

func classOf(r rune) runeClass {
	if r >= 0 && int(r) < len(commonClasses) {
		return commonClasses[r]
	}
	return classify(r)
}

// foreignMarks reports spelling that Arabic uses almost only for
// transliterated foreign names: Persian letters, and endings such as -وف,
// -سكي, -يتش.
func foreignMarks(stem string) string {
	for _, r := range stem {
		switch r {
		case persianPeh, persianTcheh, persianVeh, persianGaf:
			return "letters"
		}
	}
	for _, e := range foreignEndings {
		if strings.HasSuffix(stem, e) && utf8.RuneCountInString(stem) > utf8.RuneCountInString(e)+2 {
			return e
		}
	}
	return ""
}

var foreignEndings = []string{"وف", "وفا", "سكي", "يتش", "فيتش", "يان", "ستان", "بورغ", "برغ", "يللو", "يني", "ينو", "يير", "ون", "ز", "و"}

// longVowels counts alef, waw and yeh: transliterations spell every vowel,
// so foreign names carry more of them than Arabic words of the same length.
func longVowels(stem string) int {
	n := 0
	for _, r := range stem {
		if r == alef || r == waw || r == yeh {
			n++
		}
	}
	return n
}
