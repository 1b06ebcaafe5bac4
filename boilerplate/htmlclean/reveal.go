package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// revealMin is the least visible text, in non-space bytes, of a hidden
// element that reveal shows.
const revealMin = 200

// reveal removes the hiding (a hidden or aria-hidden attribute, display:none
// or another "hidden" value in its style, a hiding class such as
// "is-hidden") from every element under root that holds at least revealMin
// bytes of text and is not in noise. Such elements
// are mostly collapsed accordion, tab and "read more" panels of the
// article, which the extractor would otherwise drop with the rest of the
// hidden parts of the page; short hidden elements (skip links, closed menus,
// tooltips) stay hidden, and the DOM rules still match what they name.
func reveal(root *html.Node, noise []removedNode) {
	skip := make(map[*html.Node]bool, len(noise))
	for _, r := range noise {
		skip[r.node] = true
	}
	for n := root; n != nil; {
		if n.Type == html.ElementNode && (skipTags[n.Data] || skip[n]) {
			n = nextSkip(n, root)
			continue
		}
		if n.Type == html.ElementNode && hides(n) && !overlay(n) && textLen(n) >= revealMin {
			unhide(n)
		}
		n = next(n, root)
	}
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
			for _, w := range strings.Fields(a.Val) {
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

// hidingClass reports whether the class name w hides its element, as
// "hidden", "is-hidden" or "panel-hidden" do.
func hidingClass(w string) bool {
	w = strings.ToLower(w)
	return w == "hidden" || w == "hide" || strings.HasSuffix(w, "-hidden") || strings.HasPrefix(w, "hide-") || strings.Contains(w, "-hide-")
}
