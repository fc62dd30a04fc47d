package link

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

//go:embed stop.txt
var stopFile string

//go:embed notname.txt
var notNameFile string

// notName are the folded words of notname.txt.
var notName = sync.OnceValue(func() map[string]bool { return wordSet(notNameFile) })

// isNotName reports whether the folded word w, perhaps with و or ف on it,
// is in notname.txt.
func isNotName(w string) bool {
	if notName()[w] {
		return true
	}
	r, rest := firstRune(w)
	return (r == arabic.Waw || r == arabic.Feh) && utf8.RuneCountInString(w) > 2 && notName()[rest]
}

// stopWords are the folded, article-less words of stop.txt.
var stopWords = sync.OnceValue(func() map[string]bool {
	return wordSet(stopFile)
})

// wordSet reads one folded entry per line, skipping blank lines and
// # comments.
func wordSet(file string) map[string]bool {
	set := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(file))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[arabic.Fold(line)] = true
	}
	return set
}

// dropJunk removes the tagger's names that are no names: a letter alone,
// a title word, a nationality adjective ("الروسي" names no entity; it
// qualifies a title), or a common noun of stop.txt. Knowledge base matches
// are kept: their spelling is a name by construction.
func (d *doc) dropJunk(ms []*mention) []*mention {
	kept := ms[:0]
	for _, m := range ms {
		if d.afterVerbParticle(m) {
			continue // "وقد سرت معلومات": سرت is a verb here, not Sirte
		}
		if d.idiom(m) {
			continue // "مسقط رأس والده": a birthplace, not Muscat
		}
		if d.facilityNamedFor(m) {
			continue // "مستشفى الملك فهد": a hospital, not King Fahd
		}
		if m.fromKB || !d.junk(m) {
			kept = append(kept, m)
		}
	}
	return kept
}

func (d *doc) junk(m *mention) bool {
	raw := d.surface(m)
	f := arabic.FoldTrimmed(raw)
	words := arabic.FoldedWords(f)
	if letters(f) < 2 || strings.ContainsAny(raw, tanween) {
		return true
	}
	if len(words) == 1 && m.entry == nil && (letters(f) < 3 || (m.typ != kb.PERS && d.definiteNisba(f))) {
		return true // but الظواهري, الزرقاوي: family names are nisbas too
	}
	if d.kb.Demonym(f) != nil || (len(words) <= 2 && d.kb.Demonym(words[0]) != nil) {
		return true
	}
	if len(words) == 1 && m.entry == nil && m.typ == kb.PERS && pluralNisba(f) {
		return true // "مصرفيون", "باكستانيون": a group of people, unnamed
	}
	if len(words) == 2 && m.entry == nil && orgHeads[words[0]] && indefiniteNisba(words[1]) {
		return true // "منظمة إرهابية", "جماعة مسلحة": a kind, not a name
	}
	if len(words) >= 2 && strings.HasPrefix(words[0], "ال") && orgHeads[stripArticle(words[0])] && strings.HasPrefix(words[1], "لل") {
		return true // "المنظمة للشرق الأوسط": the body already named, and its scope
	}
	for _, w := range words {
		if !isStopWord(w) && !isTitleWord(w) {
			return false
		}
	}
	return true
}

// indefiniteNisba reports a folded relative adjective without the
// article (إرهابية، أمريكية).
func indefiniteNisba(w string) bool {
	return !strings.HasPrefix(w, "ال") && nisbaEnding(w)
}

// nisbaEnding reports a folded word of more than four letters with the
// relative ending ي or يه, whether or not it carries the article.
func nisbaEnding(w string) bool {
	return utf8.RuneCountInString(w) > 4 && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه"))
}

// pluralNisba reports a folded word of more than five letters that is a
// relative adjective in the sound masculine plural (مصرفيون،
// باكستانيين، الدبلوماسيون): people by trade or origin, not a person's
// name. Foreign names in -lion (نابليون، ليون) are let through; the other
// -ion names (لاريونيون، ليبراسيون) are places and bodies, which the caller
// does not ask about.
func pluralNisba(w string) bool {
	w = stripArticle(cutConjunction(w))
	return utf8.RuneCountInString(w) > 5 && !strings.HasSuffix(w, "ليون") &&
		(strings.HasSuffix(w, "يون") || strings.HasSuffix(w, "يين"))
}

// isStopWord reports whether the folded word w, without its article or a
// clinging preposition (بريف), is in stop.txt.
func isStopWord(w string) bool {
	if stopWords()[w] || stopWords()[stripArticle(w)] {
		return true
	}
	r, rest := firstRune(w)
	return strings.ContainsRune("وفبلك", r) && utf8.RuneCountInString(w) > 3 && stopWords()[rest]
}

// tanween marks an indefinite noun or adverb (ساريًا); a name never carries
// it.
const tanween = "\u064B\u064C\u064D"

// definiteNisba reports whether a lone folded word is a definite relative
// adjective (العربي, الدولية): the tagger takes such adjectives for names
// when their noun is out of its window.
func (d *doc) definiteNisba(w string) bool {
	return strings.HasPrefix(w, "ال") && nisbaEnding(w)
}

// verbParticles are the particles a verb, and never a name, follows:
// قد، لقد، لم، لن، سوف (folded; cutConjunction leaves و or ف on short words).
var verbParticles = map[string]bool{"قد": true, "وقد": true, "فقد": true, "لقد": true, "لم": true, "ولم": true, "لن": true, "ولن": true, "سوف": true}

// afterVerbParticle reports whether the word before m is a particle that
// takes a verb.
// idiom reports whether the one-word place m opens a set phrase that
// names no place: "مسقط رأسه" is his birthplace.
func (d *doc) idiom(m *mention) bool {
	next, ok := idioms[d.word(m.tok0)]
	return ok && m.tok1-m.tok0 == 1 && m.tok1 < len(d.toks) && d.sameSentence(m.tok0, m.tok1) &&
		strings.HasPrefix(d.word(m.tok1), next)
}

// idioms map a folded place name to the folded start of the word after it
// that makes it a common phrase.
var idioms = map[string]string{"مسقط": "راس"}

func (d *doc) afterVerbParticle(m *mention) bool {
	t := m.tok0 - 1
	return t >= 0 && d.sameSentence(t, m.tok0) && d.toks[t].Kind == arabic.Word && verbParticles[cutConjunction(d.word(t))]
}

// facilityHeads, folded when the package loads, head the name of a place
// or an institution named for a king or a prince: مستشفى الملك فهد، مطار
// الملك خالد الدولي، جامعة الملك عبدالعزيز، حديقة الملك فهد.
var facilityHeads = foldedSet(strings.Fields("مستشفى جامعة جامعتي طريق شارع مركز مدينة مطار مجمع كلية معهد جائزة مؤسسة " +
	"برنامج حي ميناء قاعدة جسر ملعب استاد ستاد مسجد جامع مكتبة دارة مدرسة كرسي صندوق قاعة حديقة منتزه " +
	"مخطط إسكان معرض مشروع مستشفيات")...)

// facilityNamedFor reports whether person mention m names the king or
// prince a place or institution is named for: a facility head, a title,
// then the name ("مستشفى الملك فهد"). The mention is the facility's name,
// no mention of the man.
func (d *doc) facilityNamedFor(m *mention) bool {
	if m.typ != kb.PERS || m.tok0 < 2 || !d.sameSentence(m.tok0-2, m.tok0) {
		return false
	}
	switch d.word(m.tok0 - 1) {
	case "الملك", "الامير", "الشيخ", "السلطان":
	default:
		return false
	}
	head := cutConjunction(d.word(m.tok0 - 2))
	if r := []rune(head); len(r) > 3 && (r[0] == 'ب' || r[0] == 'ل') && facilityHeads[string(r[1:])] {
		return true // "بمستشفى الملك فهد"
	}
	return facilityHeads[head]
}
