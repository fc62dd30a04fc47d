package link

import (
	"slices"
	"strconv"
	"strings"

	"github.com/isnad/isnad"
	"github.com/isnad/isnad/arabic"
	"github.com/isnad/isnad/kb"
)

// Merge adds extra to ents, or folds it into the entity of ents that is the
// same referent: the same knowledge base id, the same English name, the
// same phonetic key of the Arabic name (kb.Key), or a mention of the same
// words. It returns the id extra ended up under and the new list. The agency a page credits in its
// furniture and the same agency found in the text thus become one entity.
// A new entity gets the next free "E<n>" id; ents is not modified.
func Merge(ents []isnad.Entity, extra isnad.Entity) (id string, out []isnad.Entity) {
	out = slices.Clone(ents)
	for i := range out {
		if sameReferent(out[i], extra) {
			out[i] = fold(out[i], extra)
			return out[i].ID, out
		}
	}
	extra.ID = nextID(out)
	if extra.Roles == nil {
		extra.Roles = []string{}
	}
	return extra.ID, append(out, extra)
}

func sameReferent(a, b isnad.Entity) bool {
	switch {
	case a.KB != nil && b.KB != nil:
		return *a.KB == *b.KB
	case a.NameEn != nil && b.NameEn != nil && strings.EqualFold(*a.NameEn, *b.NameEn):
		return true
	}
	ka := kb.Key(stripArticle(arabic.FoldTrimmed(a.Name)))
	if ka != "" && ka == kb.Key(stripArticle(arabic.FoldTrimmed(b.Name))) {
		return true
	}
	// Two readings of the same words are one referent, whatever they are
	// called: the contract has no two entities mention one stretch.
	for _, x := range a.Mentions {
		for _, y := range b.Mentions {
			if x[0] < y[1] && y[0] < x[1] {
				return true
			}
		}
	}
	return false
}

// fold adds b's mentions and roles to a. Where a was not linked and b is,
// b's identity (type, names, id) is taken: a credit line knows what an
// agency is better than the tagger does.
func fold(a, b isnad.Entity) isnad.Entity {
	if a.KB == nil && b.KB != nil {
		a.Type, a.Subtype, a.Name, a.NameEn, a.KB = b.Type, b.Subtype, b.Name, b.NameEn, b.KB
	}
	if a.NameEn == nil {
		a.NameEn = b.NameEn
	}
	if a.Subtype == nil {
		a.Subtype = b.Subtype
	}
	a.Mentions = slices.Clone(a.Mentions)
	for _, m := range b.Mentions {
		if !slices.ContainsFunc(a.Mentions, func(x isnad.Span) bool { return x[0] < m[1] && m[0] < x[1] }) {
			a.Mentions = append(a.Mentions, m)
		}
	}
	slices.SortFunc(a.Mentions, func(x, y isnad.Span) int { return x[0] - y[0] })
	a.Roles = appendNew(append([]string{}, a.Roles...), b.Roles...)
	return a
}

// nextID returns E<n> for one more than the highest id of ents.
func nextID(ents []isnad.Entity) string {
	n := 0
	for _, e := range ents {
		if v, err := strconv.Atoi(strings.TrimPrefix(e.ID, "E")); err == nil && v > n {
			n = v
		}
	}
	return "E" + strconv.Itoa(n+1)
}
