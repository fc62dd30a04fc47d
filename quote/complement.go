package quote

import (
	"strings"

	"github.com/isnad/isnad/arabic"
)

// comp is where a reporting verb's complement starts.
type comp struct {
	region int      // token ending the speaker region (exclusive)
	tok    int      // token where the quoted text starts
	kind   string   // Direct or Indirect
	seg    *segment // the quotation, for a direct quote
	relay  int      // token of عن in a relay (نقلت X عن Y), or -1
}

// complement scans from verb cue c up to token limit for its complement:
// إن/أن/بأن (also after على من إلى عن: حذر من أن), a colon, قوله, or a
// quotation of minCuedWords words or more. Short quotations on the way
// (وكالة أنباء "يونهاب") are part of the speaker region.
func (d *doc) complement(c cue, limit int) (comp, bool) {
	st := comp{relay: -1, kind: Indirect}
	for j := c.end; j < limit && j-c.end <= maxRegion; j++ {
		if d.toks[j].Kind == arabic.Punct {
			if done, ok := d.punctComplement(&st, c, j, limit); done {
				return st, ok
			}
			if s := d.segOpeningAt(d.toks[j].Start); s != nil {
				j = d.tokAt(s.end) // skip the short quotation
			}
			continue
		}
		if d.wordComplement(&st, c, j, limit) {
			return st, d.validFor(c, st, j)
		}
		if c.class == classRelay && st.relay < 0 && isAn(d.bare(j)) || c.class == classLearn && st.relay < 0 && d.bare(j) == learnedFrom {
			st.relay = j
		}
		if st.relay < 0 && d.folded[j] == relayWord && j+1 < limit && d.folded[j+1] == "عن" {
			st.relay = j + 1 // ذكرت X نقلا عن Y أن ...
		}
	}
	return st, false
}

// relayWord is نقلا (folded), "relaying", of ذكرت X نقلا عن Y.
const relayWord = "نقلا"

// learnedFrom is من of "علمت X من Y أن": Y is the source.
const learnedFrom = "من"

// isAn reports عن and عنه/عنها/عنهم: "from (him)".
func isAn(w string) bool {
	return w == "عن" || strings.HasPrefix(w, "عن") && len([]rune(w)) <= 5 && strings.HasPrefix(w[len("عن"):], "ه")
}

// punctComplement handles a colon (وقال X: ...) and a quotation opening
// (وقال X “...”, وأضاف “...”). It reports whether the scan is over.
func (d *doc) punctComplement(st *comp, c cue, j, limit int) (done, ok bool) {
	t := d.toks[j]
	if c.class == classCall || c.class == classRenew {
		// دعا إلى «...»، أعاد نشر «...»: what is called for or redone, not
		// words; a colon after them (ووجه كلامه:) is another verb's.
		return strings.ContainsAny(t.Text, ":"), false
	}
	if strings.ContainsAny(t.Text, ":") {
		// After a colon the words are the speaker's own, but only marks make
		// a direct quote in the contract: وقال: نحن ... is indirect.
		st.region, st.tok = j, j+1
		if j+1 < limit && d.class(d.lex.comps, j+1) == classThat { // وقال: إن ...
			st.tok = j + 2
		} else if s := d.segOpeningAt(d.runeAt(st.tok)); s != nil {
			st.kind, st.seg = Direct, s
		}
		return true, st.tok < limit
	}
	s := d.segOpeningAt(t.Start)
	if s == nil || d.segWords(s) < minCuedWords || d.glued(s) || d.isName(s) || j > c.end && (d.isAdjunct(j-1) && !d.opensWithThat(j) || d.namedAfter(j-1)) {
		return false, false // خلال «المؤتمر الإعلامي ...»: a name in the region
	}
	st.region, st.tok, st.kind, st.seg = j, j, Direct, s
	return true, true
}

// wordComplement handles a complementizer word at j. It reports whether
// one was found (st filled in).
func (d *doc) wordComplement(st *comp, c cue, j, limit int) bool {
	switch d.class(d.lex.comps, j) {
	case classThat:
		if d.class(d.lex.comps, j-1) == classConjunction {
			return false // إلا أن، بعد أن: a conjunction, the scan goes on
		}
		st.region, st.tok = j, j+1
	case classQawl:
		st.region, st.tok = j, j+1
		for st.tok < limit && d.isPunct(st.tok, ":") {
			st.tok++
		}
		if st.tok+1 < limit && d.class(d.lex.comps, st.tok) == classThat {
			st.tok++ // قوله إن “...”
		}
		if s := d.segOpeningAt(d.runeAt(st.tok)); s != nil {
			st.kind, st.seg = Direct, s
		}
	case classPrep:
		if j+1 < limit && d.class(d.lex.comps, j+1) == classThat {
			st.region, st.tok = j, j+2
			return true
		}
		if c.class == classPoint && d.bare(j) == "الي" && j-c.end <= maxPointGap && !d.verbalIn(c.end, j) {
			st.region, st.tok = j, j+1
			return true
		}
		return false
	default:
		return false
	}
	if st.seg == nil && st.tok < limit {
		if s := d.segOpeningAt(d.toks[st.tok].Start); s != nil && s.open >= 0 && s.end >= d.toks[limit-1].Start {
			st.kind, st.seg = Direct, s // إن “...” to the end: the marks hold it all
		}
	}
	return true
}

// verbalIn reports a verb or verbal particle (كان، قد) among tokens
// [a, b): then إلى belongs to another verb (وأشار كان قد لجأ إلى).
func (d *doc) verbalIn(a, b int) bool {
	for i := a; i < b; i++ {
		if c := d.class(d.lex.stops, i); c == classVerbal || c == classAux || c == classNegation {
			return true
		}
	}
	return false
}

// validFor applies the per-verb constraints once a complement is found at
// j: وصف needs an object before بأن (ووصفه بأنه، وصفت X بأنه), never the
// passive وصفت بأنها; دعا needs a preposition before أن (دعا إلى أن):
// دعا X أن is rare and دعاه بأن is no call; جدد and أعاد need an emphasis
// word before it (جدد التأكيد على أن), or they renew a contract.
func (d *doc) validFor(c cue, st comp, j int) bool {
	switch c.class {
	case classCall:
		return d.class(d.lex.comps, j) == classPrep
	case classRenew:
		return d.class(d.lex.comps, j-1) == classEmphasis
	case classLearn:
		return st.relay >= 0 // "علمت أن": the writer's knowledge, no report
	}
	if c.class != classDescribe {
		return true
	}
	if !strings.HasPrefix(d.bare(j), "با") {
		return false
	}
	return j > c.end || d.hasObjectSuffix(c.at)
}

// hasObjectSuffix reports a verb written with an object pronoun (ووصفه):
// neither as printed nor without its conjunction is it a lexicon form.
func (d *doc) hasObjectSuffix(i int) bool {
	_, plain := d.lex.verbs[d.folded[i]]
	_, bare := d.lex.verbs[d.bare(i)]
	return !plain && !bare
}

// segOpeningAt returns the segment whose opening mark is at rune p.
func (d *doc) segOpeningAt(p int) *segment {
	if i, ok := d.opening[p]; ok {
		return &d.segs[i]
	}
	return nil
}

// segWords counts the words inside segment s.
func (d *doc) segWords(s *segment) int {
	n := 0
	for i := d.tokAt(s.start); i < len(d.toks) && d.toks[i].Start < s.end; i++ {
		if d.toks[i].Kind != arabic.Punct {
			n++
		}
	}
	return n
}

// namedAfter reports a word at i that heads a name printed in quotation
// marks after it (معهد "...", نقابة «...», مركز "..."): a medium or an
// organisation's head noun, with or without the article or a clitic.
func (d *doc) namedAfter(i int) bool {
	if d.toks[i].Kind != arabic.Word {
		return false
	}
	w := d.bare(i)
	for _, x := range []string{w, strings.TrimPrefix(w, article), strings.TrimPrefix(w, "ل"), strings.TrimPrefix(w, "ب")} {
		switch d.lex.speakers[x] {
		case classNameHead, classMedium:
			return true
		}
	}
	return false
}

// opensWithThat reports a quotation at token j whose first word is a
// complementizer («إن إيران تواصل ...»): words said, whatever stands before
// the marks.
func (d *doc) opensWithThat(j int) bool {
	return j+1 < len(d.toks) && d.class(d.lex.comps, j+1) == classThat
}
