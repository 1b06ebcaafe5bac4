package htmlclean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// revealMin is the least visible text, in non-space bytes, of a hidden
// element that is shown to the extractor (see findShown): skip links,
// closed menus and tooltips are shorter.
const revealMin = 200

// findShown fills p.shown with the hidden elements under the body that
// hold at least revealMin bytes of text, are no overlay, are not matched
// by a DOM rule, lie in none of the page's chrome elements (see chrome)
// and do not come after its footer (see below). Such elements are mostly
// collapsed accordion, tab and "read more" panels of the article, which
// the extractor would otherwise drop with the rest of the hidden parts of
// the page; short hidden elements (skip links, closed menus, tooltips)
// stay hidden, and the DOM rules still match what they name.
//
// What is shown changes what the extractor finds, for better or worse: a
// long hidden panel that is not the article's (a cookie dialog's tabs, a
// banner's details) can draw it away from the article. Where a rule
// names such a panel it stays hidden; the chrome elements keep hidden
// what they hold on pages whose class words no rule knows. So does the
// page's footer for what follows it: after the footer come the dialogs,
// banners and scripts that sites append to the body, not the article.
// Two kinds of element after it are still shown: those in an article,
// section or main element, which name themselves content, and the parts
// of a page that React's server rendering streams in last (see streamed),
// which are the page's content before its scripts move them into place.
func findShown(p *page) {
	root := p.body
	upcoming := 0 // the walk meets the matched elements in order: p.noise[upcoming] is the next one
	afterFooter := false
	for n := root; n != nil; {
		if n.Type == html.ElementNode {
			noise := upcoming < len(p.noise) && p.noise[upcoming].node == n
			if noise {
				upcoming++
			}
			isChrome := chrome(n)
			if isChrome && n.DataAtom == atom.Footer {
				afterFooter = true // from here on, see above
			}
			if skipTag(n.Data) || noise || isChrome {
				// The matched elements inside a chrome element are
				// passed over with it.
				for upcoming < len(p.noise) && descends(p.noise[upcoming].node, n) {
					upcoming++
				}
				n = nextSkip(n, root)
				continue
			}
			if hides(n) && !overlay(n) && (!afterFooter || streamed(n) || inContent(n)) && textLen(n) >= revealMin {
				if p.shown == nil {
					p.shown = make(map[*html.Node]bool)
				}
				p.shown[n] = true
			}
		}
		n = next(n, root)
	}
}

// streamed reports whether n holds a part of the page that React's
// server rendering sends after the rest and its scripts move into place:
// a hidden <div id="S:…"> (the id in hexadecimal after "S:").
func streamed(n *html.Node) bool {
	id, ok := strings.CutPrefix(attr(n, "id"), "S:")
	if !ok || id == "" || n.DataAtom != atom.Div {
		return false
	}
	for _, c := range id {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// inContent reports whether n lies in an article, section or main element.
func inContent(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Section || a.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// chrome reports whether n is one of the page's chrome elements, whose
// hidden parts are the page's (a collapsed menu, a banner's details, a
// footer's panels), not the article's: its header, footer, navigation or
// an aside. A header or footer inside an article or section is that
// part's own (its title, its byline), and a hidden part of it may be the
// article's: only those outside any article or section are chrome.
func chrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside:
		return true
	case atom.Header, atom.Footer:
		return !inContent(n)
	}
	return false
}

// forExtractor returns the document the extractor reads: p.doc with the
// elements of p.shown unhidden. When p.doc is the caller's (owned false)
// and something is to be unhidden, that is done on a copy, so that the
// caller's tree is never changed.
func forExtractor(p *page, owned bool) *html.Node {
	if len(p.shown) == 0 {
		return p.doc
	}
	doc := p.doc
	copies := map[*html.Node]*html.Node{}
	if !owned {
		doc, copies = cloneTree(p.doc, p.shown)
	}
	for n := range p.shown {
		if c, ok := copies[n]; ok {
			n = c
		}
		unhide(n)
	}
	return doc
}

// overlayWords, in an element's class or id, name what is shown on
// demand over or beside the article rather than in it.
var overlayWords = []string{"modal", "popup", "pop-up", "dialog", "overlay", "lightbox", "footnote", "tooltip", "drawer"}

// overlay reports whether n is an overlay: a dialog by its role or
// aria-modal attribute, or a modal, pop-up, footnote list or tooltip by its
// class or id. A hidden overlay stays hidden.
func overlay(n *html.Node) bool {
	for _, a := range n.Attr {
		switch {
		case a.Key == "role" && (a.Val == "dialog" || a.Val == "alertdialog"),
			a.Key == "aria-modal" && a.Val == "true":
			return true
		case a.Key != "class" && a.Key != "id":
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range overlayWords {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// hides reports whether n carries an attribute that hides it from readers
// (or that the extractor takes to).
func hides(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class":
			if !mayHide(a.Val) {
				continue
			}
			for w := range strings.FieldsSeq(a.Val) {
				if hidingClass(w) {
					return true
				}
			}
		case "style":
			if strings.Contains(a.Val, "hidden") || strings.Contains(a.Val, "display:none") || strings.Contains(a.Val, "display: none") {
				return true
			}
		}
	}
	return false
}

// unhide removes n's hidden and aria-hidden attributes, its hiding class
// names and the style declarations that hide it or that name "hidden".
func unhide(n *html.Node) {
	attrs := n.Attr[:0]
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden", "aria-hidden":
			continue
		case "class":
			var keep []string
			for _, w := range strings.Fields(a.Val) {
				if !hidingClass(w) {
					keep = append(keep, w)
				}
			}
			a.Val = strings.Join(keep, " ")
		case "style":
			var keep []string
			for _, decl := range strings.Split(a.Val, ";") {
				d := strings.ToLower(strings.Join(strings.Fields(decl), ""))
				if d == "" || strings.Contains(d, "hidden") || strings.Contains(d, "display:none") {
					continue
				}
				keep = append(keep, decl)
			}
			a.Val = strings.Join(keep, ";")
		}
		attrs = append(attrs, a)
	}
	n.Attr = attrs
}

// mayHide reports whether the class attribute value v may hold a hiding
// class name: every one has "hid" in it, in some case. It is true, too,
// for any value that is not ASCII, whose lower case may hold "hid"
// ("HİDDEN"). hides asks it first: few class names hide, and every
// element's are read, so it passes over eight bytes at a time where none
// is past ASCII nor an 'h' or 'H', as most of them are.
func mayHide(v string) bool {
	for i := 0; i < len(v); i += 8 {
		if i+8 <= len(v) {
			w := v[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			// Setting bit 0x20 of every byte makes both 'H' and 'h' an 'h',
			// and only them.
			if x&eachByte(0x80) == 0 && !hasZeroByte((x|eachByte(0x20))^eachByte('h')) {
				continue
			}
		}
		if mayHideAt(v, i, min(i+8, len(v))) {
			return true
		}
	}
	return false
}

// mayHideAt is mayHide for the bytes of v from from to to, with the two
// bytes after each of them that "hid" needs.
func mayHideAt(v string, from, to int) bool {
	for i := from; i < to; i++ {
		switch c := v[i]; {
		case c >= utf8.RuneSelf:
			return true
		case c|0x20 == 'h' && i+2 < len(v) && v[i+1]|0x20 == 'i' && v[i+2]|0x20 == 'd':
			return true
		}
	}
	return false
}

// eachByte returns a word with every one of its eight bytes b.
func eachByte(b byte) uint64 { return 0x0101010101010101 * uint64(b) }

// hasZeroByte reports whether one of the eight bytes of x is zero: the
// subtraction borrows into the top bit of the lowest zero byte, and of
// no byte above a byte that is not zero unless a borrow came from below.
func hasZeroByte(x uint64) bool {
	return (x-eachByte(1))&^x&eachByte(0x80) != 0
}

// hidingClass reports whether the class name w hides its element, as
// "hidden", "is-hidden" or "panel-hidden" do.
func hidingClass(w string) bool {
	w = strings.ToLower(w)
	return w == "hidden" || w == "hide" || strings.HasSuffix(w, "-hidden") || strings.HasPrefix(w, "hide-") || strings.Contains(w, "-hide-")
}
