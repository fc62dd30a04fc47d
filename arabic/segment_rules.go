package arabic

import (
	"slices"
	"strings"
)

// The clitic rules of Segment, one method per slot in the order the
// slots occur in a word. Each reads the letters from c.i on.

// conjunction cuts و or ف.
func (c *cutter) conjunction() {
	rest := c.n() - 1
	switch c.at(0) {
	case Waw:
		if c.functionWord(1) || rest >= 3 && c.wawBeforeAlefOK() {
			c.take(1)
		}
	case Feh:
		if c.functionWord(1) || c.startsArticle(1) || c.clitic(1) || isHamzaAlef(c.at(1)) && rest >= 2 {
			c.take(1)
		}
	}
}

// wawBeforeAlefOK tells و from a word that starts with و+ا: the article,
// a derived verb or noun with a wasl alef (استمر, انسحب, اتفق, اجتمع) or
// ابن/اثنين follow a conjunction; واصل, واجه, واشنطن are words.
func (c *cutter) wawBeforeAlefOK() bool {
	if c.at(1) != Alef {
		return true
	}
	if c.startsArticle(1) {
		return true
	}
	second, third := c.at(2), c.at(3)
	return second == Noon || second == Teh || third == Teh || third == '\u0637' ||
		c.w.fold(1, c.n()) == "ابن" || c.w.fold(1, min(c.n(), 4)) == "اثن"
}

// clitic reports whether another clitic plus the article starts at k
// (فبالتالي, فللمرة).
func (c *cutter) clitic(k int) bool {
	switch c.at(k) {
	case Beh, Kaf:
		return c.startsArticle(k + 1)
	case Lam:
		return c.at(k+1) == Lam && c.n()-k >= 4
	}
	return false
}

// preposition cuts ب ل ك, or the future س.
func (c *cutter) preposition() {
	k := c.i
	switch c.at(k) {
	case Beh, Kaf:
		if c.startsArticle(k+1) || c.knownAfter(k+1) || c.at(k) == Beh && c.hamzaWordAfter(k+1) {
			c.take(1)
			c.prep = true
		}
	case Lam:
		if c.knownAfter(k+1) || c.hamzaWordAfter(k+1) {
			c.take(1)
			c.prep = true
		} else if c.at(k+1) == Lam && c.n()-k >= 4 {
			c.take(1)
			c.take(1)
			c.prep, c.definite = true, true
		}
	case Seen:
		if c.futureOK(k) {
			c.take(1)
		}
	}
}

// knownAfter reports whether the letters from k on form a word a
// preposition attaches to without an article.
func (c *cutter) knownAfter(k int) bool {
	if k >= c.n() {
		return false
	}
	rest := c.w.fold(k, c.n())
	if pronouns[rest] || afterPreposition[rest] || c.n()-k >= 3 && guardWords[rest] {
		return true
	}
	if c.known != nil && c.n()-k >= 2 && c.known(rest) {
		return true
	}
	for suf := range pronouns {
		if len(rest) > len(suf) && rest[len(rest)-len(suf):] == suf && hostsAfterPreposition[rest[:len(rest)-len(suf)]] {
			return true
		}
	}
	return false
}

// hamzaWordAfter reports a word of three letters or more starting with a
// hamza alef at k: after ب or ل that is nearly always a preposition on a
// noun (لإنهاء, بإرسال, لأوكرانيا), where بأس is the rare exception.
func (c *cutter) hamzaWordAfter(k int) bool {
	return isHamzaAlef(c.at(k)) && c.n()-k >= 3
}

// futureOK reports the future marker س before an imperfect verb. ستي
// starts names (ستيفن, ستيمسون), hardly a verb.
func (c *cutter) futureOK(k int) bool {
	switch c.at(k + 1) {
	case Yeh, Teh, Noon, AlefHamzaAbove:
	default:
		return false
	}
	n := c.n()
	if n-k-1 < 3 || c.at(k+2) == Alef || c.at(n-1) == TehMarbuta || c.at(k+1) == Teh && c.at(k+2) == Yeh {
		return false
	}
	return !(c.at(n-2) == Alef && c.at(n-1) == Teh)
}

// article cuts ال when at least two letters follow it.
func (c *cutter) article() {
	if c.definite || !c.startsArticle(c.i) || c.n()-c.i < 4 {
		return
	}
	c.take(2)
	c.definite = true
}

func (c *cutter) startsArticle(k int) bool {
	a := c.at(k)
	return (a == Alef || a == AlefWasla) && c.at(k+1) == Lam && c.n()-k >= 4
}

// functionWord reports whether the letters from k on are a particle or
// pronoun that a conjunction attaches to.
func (c *cutter) functionWord(k int) bool {
	return k < c.n() && afterConjunction[c.w.fold(k, c.n())]
}

func isHamzaAlef(r rune) bool {
	return r == AlefHamzaAbove || r == AlefHamzaBelow || r == AlefMadda
}

// suffix cuts a pronoun suffix from an indefinite stem.
func (c *cutter) suffix() {
	if c.definite {
		return
	}
	for k, suf := range suffixOrder {
		end := c.n() - len(suffixRunes[k])
		if end <= c.i || !slices.Equal(c.w.letters[end:], suffixRunes[k]) {
			continue
		}
		if c.suffixOK(suf, end) {
			c.suf = end
			return
		}
	}
}

// suffixOrder lists the pronoun suffixes longest first. They are matched
// against the letters as written, not folded: a final ة is no ه suffix
// (سياسة), and a stem's ة is written ت before a suffix anyway (حكومته).
var suffixOrder = []string{"هما", "كما", "هم", "هن", "كم", "ها", "نا", "ني", "ه", "ك", "ي"}

// suffixRunes are suffixOrder's suffixes as letters, compared with a
// word's last letters without making a string of them for each suffix.
var suffixRunes = func() [][]rune {
	rs := make([][]rune, len(suffixOrder))
	for k, suf := range suffixOrder {
		rs[k] = []rune(suf)
	}
	return rs
}()

// suffixOK decides whether suf may be cut at letter end. ني ("me") is
// cut only from a particle: as a verb object it is rare in news, while
// nisbas and names ending in ني are everywhere (ليفني, عبدالغني). A final
// الله is a name (عبدالله, نصرالله), not a stem with ه.

func (c *cutter) suffixOK(suf string, end int) bool {
	stem := c.w.fold(c.i, end)
	if pronounHosts[stem] {
		return true
	}
	if suf == "ك" || suf == "ي" || suf == "ني" || end-c.i < 3 || c.at(end-1) == Alef {
		return false
	}
	if strings.HasSuffix(c.w.fold(0, c.n()), "الله") {
		return false
	}
	last := c.at(end - 1)
	switch suf {
	case "ه":
		return last != Yeh
	case "نا":
		return last != Yeh && last != Waw
	}
	return true
}
