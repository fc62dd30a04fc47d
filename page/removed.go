package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/isnad/isnad"
)

// Limits on the removed list: it is an audit trail, not a copy of the
// page, so menus are merged and a huge page does not flood the output.
const (
	maxRemoved   = 200
	maxMergedNav = 400 // runes in one merged run of menu items
	minContained = 20  // runes a block needs before substring matching
	maxMenuWords = 6   // longer link-only blocks are teasers, not menu items
	navSeparator = " | "
)

// removed lists the visible text blocks of the page that are not in the
// main text, each with the kind of furniture it looks like. The headline
// is left out: it is the Page's Title, not something cut.
func removed(page []block, paras []string, title string) []isnad.Removed {
	main := make(map[string]bool, len(paras))
	for _, p := range paras {
		main[p] = true
	}
	var out []isnad.Removed
	seen := map[string]bool{}
	adjacent := false // the last block was removed too: menus may merge
	for _, b := range page {
		if len(out) >= maxRemoved {
			break
		}
		if utf8.RuneCountInString(b.text) < 2 || !hasWord(b.text) || seen[b.text] {
			continue
		}
		kind := kindOf(b)
		if main[b.text] || b.text == title || (kind == isnad.RemovedOther && inMain(b.text, paras)) {
			adjacent = false
			continue
		}
		seen[b.text] = true
		text := b.text
		if kind == isnad.RemovedNav {
			text = b.menu
		}
		out = appendRemoved(out, isnad.Removed{Text: text, Kind: kind}, adjacent)
		adjacent = true
	}
	return out
}

// bodyBlocks returns the visible text blocks of the page's body.
func bodyBlocks(doc *html.Node) []block {
	if body := dom.QuerySelector(doc, "body"); body != nil {
		return blocks(body)
	}
	return blocks(doc)
}

// dropMenus removes paragraphs that are, on the page, menu items: all
// link text inside navigation. trafilatura's rescue mode (for pages with
// little text) takes the whole body and keeps them.
func dropMenus(paras []string, page []block) []string {
	menu := map[string]bool{}
	for _, b := range page {
		if b.linked && kindOf(b) == isnad.RemovedNav {
			menu[b.text] = true
		}
	}
	kept := paras[:0:0]
	for _, p := range paras {
		if !menu[p] {
			kept = append(kept, p)
		}
	}
	return kept
}

// inMain reports whether a block is the main text cut differently:
// part of a paragraph, or a wrapper around one. Short blocks are not
// matched this way: a menu item "سوريا" is in many a paragraph.
func inMain(s string, paras []string) bool {
	if utf8.RuneCountInString(s) < minContained {
		return false
	}
	for _, p := range paras {
		if strings.Contains(p, s) || (utf8.RuneCountInString(p) >= minContained && strings.Contains(s, p)) {
			return true
		}
	}
	return false
}

// appendRemoved merges a run of adjacent menu items into one entry; a
// menu above the article and one below it stay apart.
func appendRemoved(out []isnad.Removed, r isnad.Removed, adjacent bool) []isnad.Removed {
	if n := len(out); adjacent && r.Kind == isnad.RemovedNav && out[n-1].Kind == isnad.RemovedNav &&
		utf8.RuneCountInString(out[n-1].Text)+utf8.RuneCountInString(r.Text) < maxMergedNav {
		out[n-1].Text += navSeparator + r.Text
		return out
	}
	return append(out, r)
}

// kindOf classifies a block: by its nearest ancestor that says what it is
// (a nav element, a class or id such as "share-buttons"), then by what
// the text says, then by shape: all link and a few words, or a row of
// links of a few words each, is a menu; a longer link is a teaser.
func kindOf(b block) string {
	if b.ctx != "" {
		return b.ctx
	}
	if k := textKind(b.text); k != "" {
		return k
	}
	if isBylineLine(b.text) {
		return isnad.RemovedByline
	}
	if b.linked && (words(b.text) <= maxMenuWords || words(b.text) <= maxMenuWords*b.links/2) {
		return isnad.RemovedNav
	}
	return isnad.RemovedOther
}

func elementKind(n *html.Node) string {
	switch tagOf(n) {
	case atom.Nav, atom.Menu:
		return isnad.RemovedNav
	case atom.Figcaption, atom.Caption:
		return isnad.RemovedCaption
	case atom.Body, atom.Html:
		// Page-wide classes ("has-ads", "menu-open") say nothing of a block.
		return ""
	}
	for _, tok := range strings.FieldsFunc(strings.ToLower(dom.ClassName(n)+" "+dom.ID(n)), notAlnum) {
		if k := classTokens[tok]; k != "" {
			return k
		}
	}
	return ""
}

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// classTokens are words of class and id attributes that name furniture.
// Whole tokens only: "ad" must not match "header" or "download".
var classTokens = map[string]string{
	"nav": isnad.RemovedNav, "navbar": isnad.RemovedNav, "navigation": isnad.RemovedNav,
	"menu": isnad.RemovedNav, "breadcrumb": isnad.RemovedNav, "breadcrumbs": isnad.RemovedNav,
	"topbar": isnad.RemovedNav, "megamenu": isnad.RemovedNav, "pagination": isnad.RemovedNav,
	"share": isnad.RemovedShare, "sharing": isnad.RemovedShare, "social": isnad.RemovedShare,
	"addthis": isnad.RemovedShare, "sharethis": isnad.RemovedShare, "facebook": isnad.RemovedShare,
	"twitter": isnad.RemovedShare, "whatsapp": isnad.RemovedShare, "linkedin": isnad.RemovedShare,
	"telegram": isnad.RemovedShare,
	"comment":  isnad.RemovedComments, "comments": isnad.RemovedComments, "disqus": isnad.RemovedComments,
	"respond": isnad.RemovedComments,
	"ad":      isnad.RemovedAd, "ads": isnad.RemovedAd, "advert": isnad.RemovedAd,
	"advertisement": isnad.RemovedAd, "adv": isnad.RemovedAd, "banner": isnad.RemovedAd,
	"sponsor": isnad.RemovedAd, "sponsored": isnad.RemovedAd, "dfp": isnad.RemovedAd,
	"caption": isnad.RemovedCaption, "figcaption": isnad.RemovedCaption, "wp-caption": isnad.RemovedCaption,
}

// textKind classifies a block by what it says. The phrases are the
// standard Arabic prompts of news sites: comment policies, disclaimers,
// share and follow calls, ad slots, "read also" links.
func textKind(s string) string {
	for _, c := range textCues {
		if strings.Contains(s, c.phrase) {
			return c.kind
		}
	}
	return ""
}

var textCues = []struct{ phrase, kind string }{
	{"التعليقات", isnad.RemovedComments},
	{"تعليقك", isnad.RemovedComments},
	{"أضف تعليق", isnad.RemovedComments},
	{"اضف تعليق", isnad.RemovedComments},
	{"إضافة تعليق", isnad.RemovedComments},
	{"اضافة تعليق", isnad.RemovedComments},
	{"مساحة إعلانية", isnad.RemovedAd},
	{"مساحة اعلانية", isnad.RemovedAd},
	{"شارك الخبر", isnad.RemovedShare},
	{"شارك المقال", isnad.RemovedShare},
	{"شارك على", isnad.RemovedShare},
	{"تابعونا على", isnad.RemovedShare},
	{"لا تعبر عن رأي", isnad.RemovedOther},
	{"لا يعبر عن رأي", isnad.RemovedOther},
	{"لا تعبر بالضرورة", isnad.RemovedOther},
	{"جميع الحقوق محفوظة", isnad.RemovedOther},
	{"اقرأ أيضا", isnad.RemovedOther},
	{"اقرأ ايضا", isnad.RemovedOther},
	{"إقرأ أيضا", isnad.RemovedOther},
}

// trimTail cuts the site's prompts that trafilatura sometimes keeps after
// the last paragraph (a comment policy, a disclaimer). Only the tail is
// trimmed, and only paragraphs short enough to be a prompt: the phrases
// can occur in an article's own sentences.
func trimTail(paras []string) []string {
	for len(paras) > 0 {
		last := paras[len(paras)-1]
		if words(last) > maxPromptWords || textKind(last) == "" {
			break
		}
		paras = paras[:len(paras)-1]
	}
	return paras
}

// maxPromptWords is the longest a site prompt is taken to be.
const maxPromptWords = 80

// dropHeadline removes the headline when the main text starts with it:
// it is the Page's Title already.
func dropHeadline(paras []string, title string) []string {
	if len(paras) > 1 && title != "" && sameName(paras[0], title) {
		return paras[1:]
	}
	return paras
}
