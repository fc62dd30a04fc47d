package furniture

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
)

// sourcePrefixes open a source line ("المصدر: رويترز", "المصدر:
// https://...", "المصادر: وكالات"). Folded.
var sourcePrefixes = []string{"المصدر", "المصادر", "مصدر الخبر", "source", "sources"}

// sourceMaxWords is the most words of a source line; a URL is one word.
const sourceMaxWords = 15

// genericSources are sources that name no one ("وكالات": agencies).
var genericSources = wordSet("وكالات الوكالات متابعات مواقع")

func isSourcePrefix(f string) bool {
	for _, p := range sourcePrefixes {
		if hasPhrase(f, p) {
			return true
		}
	}
	return false
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// sourceLine cuts a line that credits the article's source: one opening
// with a source prefix, a bare URL, or a line that is nothing but an
// agency's name ("(رويترز)", "وكالات"). Agencies it names are credited; a
// dated URL gives the publication date.
func (c *cutter) sourceLine(line, f string) bool {
	if !isSourceLine(line, f) {
		return false
	}
	rest := line
	if i := strings.IndexAny(line, ":："); i >= 0 && isSourcePrefix(fold(line[:i])) {
		rest = line[i+1:]
	}
	c.creditSources(rest)
	c.cut(line, isnad.RemovedSourceLine)
	return true
}

// isSourceLine reports whether a line (raw and folded) is a source line.
func isSourceLine(line, f string) bool {
	words := wordCount(line)
	switch {
	case f == "" || words > sourceMaxWords:
		return false
	case isSourcePrefix(f), isURL(line):
		return true
	}
	return words <= outletWords && (agencies.find(f) != nil || genericSources[f])
}

// creditSources credits every agency named in a source line's list
// ("رويترز، أ ف ب", "https://www.forbes.com/...") and takes a date from
// a dated URL.
func (c *cutter) creditSources(s string) {
	for _, w := range strings.Fields(s) {
		if isURL(w) {
			c.creditURL(w)
		}
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune("،,؛;/|+()«»\"", r)
	}) {
		for _, name := range strings.Split(trim(part), " و") {
			if cr, ok := LookupAgency(name); ok {
				c.credit(cr)
			}
		}
	}
}

// creditURL credits the outlet a URL belongs to and takes its date.
func (c *cutter) creditURL(raw string) {
	c.published(DateFromURL(raw), isnad.FromURL)
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	host := u.Host
	if host == "" && strings.HasPrefix(raw, "www.") {
		host, _, _ = strings.Cut(raw, "/")
	}
	if a := agencies.byHost(host); a != nil {
		c.credit(a.credit(a.name))
	}
}

func isURL(s string) bool {
	s = trim(s)
	return !strings.ContainsAny(s, " \t") &&
		(strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}

// photoCredits are the bracketed words, besides agency names, that end a
// photo caption: "(أرشيفية)", "(Getty)", "(مواقع التواصل)". Folded.
var photoCredits = wordSet("ارشيفيه ارشيف صوره الصوره getty images epa انترنت الانترنت متداوله " +
	"مواقع التواصل الاجتماعي خاص وكالات الوكالات رسميه مصدر")

// captionMaxWords is the most words of a photo caption.
const captionMaxWords = 30

// captionCredit reads the inside of a bracket ending a caption: one or
// more agency or photo credits separated by "/" or "،". It reports whether
// it is one, and the agencies it names.
func captionCredit(inside string) ([]isnad.Credit, bool) {
	var crs []isnad.Credit
	parts := strings.FieldsFunc(inside, func(r rune) bool { return r == '/' || r == arabic.ArabicComma || r == ',' })
	for _, p := range parts {
		if cr, ok := LookupAgency(p); ok {
			crs = append(crs, cr)
			continue
		}
		f := fold(p)
		if f == "" || !allIn(f, photoCredits, photoCredits, false) {
			return nil, false
		}
	}
	return crs, len(parts) > 0
}

// trailingBracket splits "text (inside)" into its parts when the line ends
// with a bracket.
func trailingBracket(line string) (before, inside string, ok bool) {
	if !strings.HasSuffix(line, ")") {
		return "", "", false
	}
	i := strings.LastIndexByte(line, '(')
	if i < 0 {
		return "", "", false
	}
	return trim(line[:i]), line[i+1 : len(line)-1], true
}

// caption cuts a line describing a photo: it ends with a bracketed photo
// credit ("... في بيونغ يانغ (أ ف ب)", "(أرشيفية)") and what precedes it
// is a short description, not a sentence.
func (c *cutter) caption(line string, words int) bool {
	if words > captionMaxWords {
		return false
	}
	before, inside, ok := trailingBracket(line)
	if !ok || wordCount(before) < 2 || endsSentence(before) {
		return false
	}
	crs, ok := captionCredit(inside)
	if !ok {
		return false
	}
	for _, cr := range crs {
		c.credit(cr)
	}
	c.cut(line, isnad.RemovedCaption)
	return true
}

// captionScan bounds how far into a paragraph a run-in caption is looked for.
const captionScan = 600

// splitCaption cuts a caption that runs into a paragraph's dateline ("...
// في بيونغ يانغ (أ ف ب)   بيونج يانج - قالت ..."): a description of at
// least captionMinWords words ending with a photo credit in brackets,
// followed by a dateline. It returns the paragraph from the dateline on.
func (c *cutter) splitCaption(p string) string {
	head := p[:min(len(p), captionScan)]
	for off := 0; ; {
		j := strings.IndexByte(head[off:], ')')
		if j < 0 {
			return p
		}
		end := off + j + 1
		off = end
		before, inside, ok := trailingBracket(head[:end])
		if !ok || wordCount(before) < captionMinWords || endsSentence(before) ||
			strings.ContainsAny(before, ".؟!") {
			continue
		}
		crs, ok := captionCredit(inside)
		rest := trim(p[end:])
		if !ok || !hasDateline(rest) {
			continue
		}
		for _, cr := range crs {
			c.credit(cr)
		}
		c.cut(trim(p[:end]), isnad.RemovedCaption)
		return rest
	}
}

const captionMinWords = 4

// textCredits credits a wire agency the text says it told or sent
// something to ("قال ... لوكالة فرانس برس", "لرويترز"): the agency
// interviewed for the story is the one that wrote it. Agencies merely
// quoted ("نقلت وكالة يونهاب") are sources, not credits.
func (c *cutter) textCredits(p string) {
	for i := 0; i < len(p); {
		j := strings.Index(p[i:], "ل")
		if j < 0 {
			return
		}
		at := i + j
		i = at + len("ل")
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:at]); !isSpace(r) && r != '(' && r != '"' {
				continue
			}
		}
		if a, v := wireAfter(p[i:]); a != nil {
			c.credit(a.credit(v))
		}
	}
}

// wireAfter finds a wire agency named at the start of s, after an
// optional tatweel and "وكالة ", ending at a word boundary.
func wireAfter(s string) (*agency, string) {
	s = strings.TrimPrefix(s, string(arabic.Tatweel))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "وكالة "), "أنباء ")
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range wireIndex[r] {
		if !strings.HasPrefix(s, w.variant) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[len(w.variant):]); len(s) == len(w.variant) || isSpace(r) || unicode.IsPunct(r) {
			return w.agency, w.variant
		}
	}
	return nil, ""
}

type wireVariant struct {
	agency  *agency
	variant string
}

// wireIndex lists the wire agencies' printed variants of at least
// wireMinRunes runes by first rune, so the scan after each "ل" tries only
// the few that can match.
var wireIndex = func() map[rune][]wireVariant {
	idx := map[rune][]wireVariant{}
	for _, a := range agencies.all {
		for _, v := range a.variants {
			if a.wire && utf8.RuneCountInString(v) >= wireMinRunes {
				r, _ := utf8.DecodeRuneInString(v)
				idx[r] = append(idx[r], wireVariant{a, v})
			}
		}
	}
	return idx
}()

// wireMinRunes is the shortest variant looked for after "ل": shorter ones
// ("واس", "قنا") spell ordinary words once a letter is added in front.
const wireMinRunes = 5
