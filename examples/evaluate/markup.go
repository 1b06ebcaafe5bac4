package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The -markup modes: what evaluate takes away from each page's markup
// before both systems read it, to measure how they do on sites whose
// markup they do not know. The text of the page is left as it is.
const (
	markupOpaque = "opaque" // class and id words become opaque tokens
	markupPlain  = "plain"  // the sectioning elements become <div>s
	markupBare   = "bare"   // both
)

// markupModes lists the -markup modes, for the flag's help and its check.
var markupModes = []string{markupOpaque, markupPlain, markupBare}

// sectioning are the elements that name a part of the page by their tag:
// mode plain renames them to div.
var sectioning = map[atom.Atom]bool{
	atom.Article: true, atom.Main: true, atom.Section: true, atom.Aside: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true,
}

// disguise returns page with its markup disguised as mode says. In mode
// opaque, every class and id word is replaced by a token made from its
// hash ("x1a2b3c4d"): words no rule knows, but the same word gives the
// same token, so what repeats on the page still repeats. The page is
// parsed and rendered again, as a browser would have read it.
func disguise(page, mode string) (string, error) {
	opaque, plain, err := markupMode(mode)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", err
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if plain && sectioning[n.DataAtom] {
				n.DataAtom, n.Data = atom.Div, "div"
			}
			if opaque {
				for i, a := range n.Attr {
					if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
						n.Attr[i].Val = opaqueWords(a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		return "", err
	}
	return b.String(), nil
}

// markupMode reports what mode takes away: class and id words (opaque),
// sectioning elements (plain); an error for an unknown mode.
func markupMode(mode string) (opaque, plain bool, err error) {
	if !slices.Contains(markupModes, mode) {
		return false, false, fmt.Errorf("-markup: want one of %s, not %q", strings.Join(markupModes, ", "), mode)
	}
	return mode != markupPlain, mode != markupOpaque, nil
}

// opaqueWords replaces each space-separated word of v by its token.
func opaqueWords(v string) string {
	words := strings.Fields(v)
	for i, w := range words {
		h := fnv.New32a()
		h.Write([]byte(w))
		words[i] = fmt.Sprintf("x%08x", h.Sum32())
	}
	return strings.Join(words, " ")
}
