package event

import (
	"bufio"
	"embed"
	"fmt"
	"strings"

	"github.com/isnad/isnad/arabic"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// kind says how a trigger takes its actors.
type kind uint8

const (
	verb       kind = iota // subject → source, object or complement → target
	noun                   // genitive → source, complement → target
	nounTarget             // genitive → target ("تزويد X بأسلحة")
	reversed               // subject → target, speaker → source ("X ستدفع الثمن")
	participle             // a circumstantial participle: the main clause's subject → source ("محذرا إيران")
)

// typeDeny is the lexicon's pseudo-type for denials: the events a denial
// governs come out negative; a denial governing none is a REJECT.
const typeDeny = "DENY"

// entry is one trigger of the lexicon.
type entry struct {
	typ, mode string
	kind      kind
	words     []string        // folded; more than one for a phrase
	need      map[string]bool // folded; one must follow within needWindow
	block     map[string]bool // folded; none may follow right after (طلب عدم نشر اسمه)
	buy       bool            // a purchase: the seller after من gives, the buyer gets
	own       bool            // a noun naming a thing: only its own actors count
	bare      bool            // a noun that is an act only without the article (معارضة, not المعارضة)
	future    bool            // a present verb with the future سـ
	plural    bool            // a verb form whose subject is already in it
	feminine  bool            // a verb form of the third person feminine singular (قالت، تقول)
	self      bool            // a first-person verb ("نحث"): the speaker is the subject
	order     int             // line order, so the file decides ties
	// aside is an aside preposition the entry needs ("مثل أمام"): its
	// complement is the target, and no other complement is.
	aside string
	// traveller (@traveller) is a verb of going somewhere (وصل، توجه): a
	// visit only by a person named as its source to places only ("وصل
	// الرئيس إلى جدة"), not "وصل عدد القتلى إلى" or "توجه إلى أعضاء".
	traveller bool
	// said (@said) is an act whose naming is an accusation by whoever
	// says it ("التدخلات الإيرانية", "إيران تنتهك الاتفاق"): inside a
	// named speaker's quote it is his ACCUSE of the act's agent; outside
	// one, or said by the agent's own side, it makes no event.
	said bool
	// verbal (@verbal) is an attack a person may make in words (هاجم،
	// هجوم): by persons only, with no weapon or force named near it, it is
	// an accusation ("هاجم أردوغان حزب الشعوب").
	verbal bool
	// conditional (@conditional) is a response promised on a condition
	// ("إذا هاجمت إيران ... سنرد"): an event only with a condition before
	// or right after it in its sentence, whose actor is the target.
	conditional bool
}

// lexicon maps the folded first word of every trigger form to its entries.
type lexicon struct {
	first map[string][]*entry
	cues  map[string]*cueSection
	// sectionsOf maps a folded word to the sections it is a cue of and
	// those whose phrases it opens.
	sectionsOf map[string]cueBits
}

// cueBits are sets of cue sections, a bit each.
type cueBits struct{ in, opens uint32 }

// cueSection is one section of cues.txt. Its bit stands for it in a
// spelling's cue sets (forms.cueIn, forms.phraseIn), worked out once per
// spelling, so that asking whether a word is a cue takes no lookup.
type cueSection struct {
	bit   uint32
	words map[string]bool // folded words and phrases (first_second)
}

// maxSections is the sections a spelling's cue sets can hold.
const maxSections = 32

// section returns the cue section name, which the code relies on.
func (l *lexicon) section(name string) *cueSection {
	c := l.cues[name]
	if c == nil {
		panic("event: no cue section " + name) // embedded: a build error
	}
	return c
}

// The cue sections the code asks about.
var (
	cueAdverb      = lex.section("adverb")
	cueApproved    = lex.section("approved")
	cueArmed       = lex.section("armed")
	cueCharge      = lex.section("charge")
	cueClause      = lex.section("clause")
	cueCondition   = lex.section("condition")
	cueCouncil     = lex.section("council")
	cueDeath       = lex.section("death")
	cueDraft       = lex.section("draft")
	cueDuring      = lex.section("during")
	cueGap         = lex.section("gap")
	cueLoyal       = lex.section("loyal")
	cueMembers     = lex.section("members")
	cueNegation    = lex.section("negation")
	cueOpponents   = lex.section("opponents")
	cuePlaceHead   = lex.section("placehead")
	cuePlanned     = lex.section("planned")
	cuePossible    = lex.section("possible")
	cueRefrain     = lex.section("refrain")
	cueRelative    = lex.section("relative")
	cueResolution  = lex.section("resolution")
	cueSpeech      = lex.section("speech")
	cueSubordinate = lex.section("subordinate")
	cueThat        = lex.section("that")
	cueUnnamed     = lex.section("unnamed")
	cueTitle       = lex.section("title")
	cueWhat        = lex.section("what")
	cueWitness     = lex.section("witness")
)

var lex = mustLoad()

func mustLoad() *lexicon {
	l, err := load()
	if err != nil {
		panic(err) // the lexicon is embedded: a bad line is a build error
	}
	return l
}

func load() (*lexicon, error) {
	l := &lexicon{first: map[string][]*entry{}, cues: map[string]*cueSection{}, sectionsOf: map[string]cueBits{}}
	if err := eachLine("lexicon/triggers.txt", l.addTriggerLine); err != nil {
		return nil, err
	}
	return l, eachLine("lexicon/cues.txt", l.addCueLine)
}

// eachLine calls f with the fields of every line of an embedded file that
// is neither blank nor a # comment.
func eachLine(name string, f func([]string) error) error {
	b, err := lexiconFS.ReadFile(name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

var kinds = map[string]kind{"p": participle, "v": verb, "n": noun, "n>": nounTarget, "rev": reversed, "v<": verb, "n<": noun, "n!": noun, "n-": noun}

func (l *lexicon) addTriggerLine(f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("want TYPE KIND FORM..., got %q", strings.Join(f, " "))
	}
	typ, mode, _ := strings.Cut(f[0], "/")
	k, ok := kinds[f[1]]
	if !ok {
		return fmt.Errorf("unknown kind %q", f[1])
	}
	forms := f[2:]
	var need, block map[string]bool
	traveller, said, verbal, conditional := false, false, false, false
	flags := map[string]*bool{"@traveller": &traveller, "@said": &said, "@verbal": &verbal, "@conditional": &conditional}
	for len(forms) > 1 {
		last := forms[len(forms)-1]
		if flag, ok := flags[last]; ok {
			*flag, forms = true, forms[:len(forms)-1]
			continue
		}
		var set map[string]bool
		switch {
		case strings.HasPrefix(last, "@"):
			return fmt.Errorf("unknown flag %q", last)
		case strings.HasPrefix(last, "?"):
			need = map[string]bool{}
			set = need
		case strings.HasPrefix(last, "!"):
			block = map[string]bool{}
			set = block
		}
		if set == nil {
			break
		}
		for _, w := range strings.Split(last[1:], ",") {
			set[arabic.Fold(w)] = true
		}
		forms = forms[:len(forms)-1]
	}
	aside := ""
	for w := range need {
		if !asidePreps[w] {
			continue
		}
		if aside != "" {
			return fmt.Errorf("%s: needs two aside prepositions, %s and %s: one at most", f[0], aside, w)
		}
		aside = w
	}
	for _, form := range forms {
		for _, fv := range expand(form, forms[0], k) {
			e := &entry{typ: typ, mode: mode, kind: k, need: need, block: block, order: len(l.first), buy: strings.HasSuffix(f[1], "<"), own: f[1] == "n!", bare: f[1] == "n-",
				words: strings.Split(fv.form, "_"), future: fv.future, plural: fv.plural, feminine: fv.feminine, self: fv.self, aside: aside, traveller: traveller, said: said, verbal: verbal, conditional: conditional}
			l.first[e.words[0]] = append(l.first[e.words[0]], e)
		}
	}
	return nil
}

func (l *lexicon) addCueLine(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want SECTION WORD..., got %q", strings.Join(f, " "))
	}
	c := l.cues[f[0]]
	if c == nil {
		if len(l.cues) == maxSections {
			return fmt.Errorf("more than %d sections", maxSections)
		}
		c = &cueSection{bit: 1 << len(l.cues), words: map[string]bool{}}
		l.cues[f[0]] = c
	}
	for _, w := range f[1:] {
		w = arabic.Fold(w)
		c.words[w] = true
		if first, _, ok := strings.Cut(w, "_"); ok {
			b := l.sectionsOf[first]
			b.opens |= c.bit
			l.sectionsOf[first] = b
		} else {
			b := l.sectionsOf[w]
			b.in |= c.bit
			l.sectionsOf[w] = b
		}
	}
	return nil
}

// variant is one spelled-out form of a lexicon form.
type variant struct {
	form                           string
	future, plural, self, feminine bool
}

// Person and number affixes of the verb: enough of the paradigm for news,
// which reports in the third person (and quotes the first).
var (
	pastSuffixes    = []string{"", "ت", "وا", "ا", "تا", "نا"}
	presentPrefixes = []string{"ي", "ت", "ن", "ا"}
	presentSuffixes = []string{"", "ون", "ان", "وا"}
)

// expand spells out a lexicon form: a "past|present" verb pair becomes its
// persons and numbers, with the future سـ on the present; any verb form
// beginning with a present prefix gets the سـ too. first is the first
// form of its line, the masculine past a written-out verb form is read
// against for its gender.
func expand(form, first string, k kind) []variant {
	form = arabic.Fold(form)
	past, pres, pair := strings.Cut(form, "|")
	if !pair {
		v := variant{form: form, plural: k == verb && pluralForm(form)}
		v.feminine = k == verb && !v.plural && feminineForm(form, arabic.Fold(first))
		out := []variant{v}
		if k == verb && startsWithAny(form, "ي", "ت", "ن") {
			out = append(out, variant{form: "س" + form, future: true, plural: v.plural, feminine: v.feminine})
		}
		return out
	}
	var out []variant
	for _, s := range pastSuffixes {
		out = append(out, variant{form: past + s, plural: s == "وا" || s == "ا" || s == "تا", self: s == "نا", feminine: s == "ت"})
	}
	for _, p := range presentPrefixes {
		for _, s := range presentSuffixes {
			v := variant{form: p + pres + s, plural: s != "", self: p == "ن" && s == "", feminine: p == "ت" && s == ""}
			out = append(out, v, variant{form: "س" + v.form, future: true, plural: v.plural, self: v.self, feminine: v.feminine})
		}
	}
	return out
}

// feminineForm reads a written-out singular verb form against its line's
// first form, the masculine past: the feminine past adds ت or ends in it
// where the masculine does not (التقت for التقى), the feminine present
// opens with ت (تلتقي).
func feminineForm(form, first string) bool {
	if form == first {
		return false
	}
	return strings.HasSuffix(form, "ت") && !strings.HasSuffix(first, "ت") ||
		strings.HasPrefix(form, "ت") && !strings.HasPrefix(first, "ت")
}

// pluralForm reports whether a written-out verb form carries a dual or
// plural subject ending.
func pluralForm(f string) bool {
	for _, s := range []string{"وا", "ون", "ان", "يا", "تا"} {
		if strings.HasSuffix(f, s) && len([]rune(f)) > 3 {
			return true
		}
	}
	return false
}

func startsWithAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
