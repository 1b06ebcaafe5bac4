package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// protectedTags are never removed, whatever their class or id says.
var protectedTags = map[string]bool{
	"html": true, "head": true, "body": true, "main": true, "article": true,
}

// skipTags hold no visible text: the DOM rules do not look inside them and
// text lengths do not count them.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"svg": true,
}

// maxReportText is the most bytes of a removed element's text that a
// DOMRemoval repeats.
const maxReportText = 300

// A removedNode is an element a DOM rule matched.
type removedNode struct {
	node   *html.Node
	rem    DOMRemoval
	report bool // whether the element has text, and so a place in the report
}

// findNoise returns every element under root that a DOM rule matches,
// unless the guard protects it, in document order. Elements inside a
// matched element are not looked at. It never returns root.
func (c *Cleaner) findNoise(root *html.Node) []removedNode {
	total := textLen(root)
	var out []removedNode
	var buf []string
	n := root.FirstChild
	for n != nil {
		if n.Type != html.ElementNode || skipTags[n.Data] {
			n = nextSkip(n, root)
			continue
		}
		if r := c.matchRule(n, total, &buf); r != nil {
			text := nodeText(n, maxReportText)
			out = append(out, removedNode{n, DOMRemoval{Category: r.category, Rule: r.name, Path: nodePath(n), Text: text}, text != ""})
			n = nextSkip(n, root)
			continue
		}
		n = next(n, root)
	}
	return out
}

// matchRule returns the first rule, in rule order, that matches n and may
// remove it, or nil.
func (c *Cleaner) matchRule(n *html.Node, total int, buf *[]string) *compiledRule {
	best, size := c.rules.match(n, buf)
	if best < 0 || protectedTags[n.Data] {
		return nil
	}
	// The guard: an element holding most of the page's text is the
	// article or wraps it, whatever its class says.
	if size < 0 {
		size = textLen(n)
	}
	if total > 0 && size*2 > total && !hiddenCopy(n, size, total) {
		return nil
	}
	if holdsMain(n) {
		return nil
	}
	return &c.rules.rules[best]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hiddenCopy reports whether n, which holds size of the page's total
// bytes of text, is a hidden overlay that the guard need not protect: a
// closed modal that repeats the article (to republish or print it) while
// the page outside it still holds at least half as much text again.
func hiddenCopy(n *html.Node, size, total int) bool {
	return hides(n) && overlay(n) && 2*(total-size) >= size
}

// holdsMain reports whether n contains the element marked as the page's
// main content: <main>, role="main" or itemprop="articleBody".
func holdsMain(n *html.Node) bool {
	for d := n.FirstChild; d != nil; d = next(d, n) {
		if d.Type != html.ElementNode {
			continue
		}
		if d.Data == "main" {
			return true
		}
		for _, a := range d.Attr {
			if (a.Key == "role" && a.Val == "main") || (a.Key == "itemprop" && a.Val == "articleBody") {
				return true
			}
		}
	}
	return false
}

// next returns the node after n in document order within root, or nil.
func next(n, root *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	return nextSkip(n, root)
}

// nextSkip returns the node after n's subtree in document order within root,
// or nil.
func nextSkip(n, root *html.Node) *html.Node {
	for n != nil && n != root {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}

// textLen counts the non-space bytes of the visible text under n.
func textLen(n *html.Node) int {
	total := 0
	for d := n.FirstChild; d != nil; {
		switch {
		case d.Type == html.TextNode:
			for i := 0; i < len(d.Data); i++ {
				switch d.Data[i] {
				case ' ', '\t', '\n', '\r', '\f':
				default:
					total++
				}
			}
		case d.Type == html.ElementNode && skipTags[d.Data]:
			d = nextSkip(d, n)
			continue
		}
		d = next(d, n)
	}
	return total
}

// nodeText returns the visible text under n with white space collapsed, cut
// to about max bytes (at a rune boundary, with "…" added).
func nodeText(n *html.Node, max int) string {
	var b strings.Builder
	for d := n.FirstChild; d != nil && b.Len() < 2*max; {
		switch {
		case d.Type == html.ElementNode && skipTags[d.Data]:
			d = nextSkip(d, n)
			continue
		case d.Type == html.TextNode:
			b.WriteString(d.Data)
		case d.Type == html.ElementNode && (isBlock(d.Data) || d.Data == "br"):
			b.WriteByte(' ')
		}
		d = next(d, n)
	}
	s := strings.Join(strings.Fields(b.String()), " ")
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// nodePath returns a short path to n: up to four elements, each its tag
// and first class name ("body>div.share>ul"), "…" where more were left out.
func nodePath(n *html.Node) string {
	var segs []string
	top := false // whether the path reaches body or the root
	p := n
	for ; p != nil && p.Type == html.ElementNode && len(segs) < 4; p = p.Parent {
		seg := p.Data
		if p.Data != "body" {
			seg += pathSuffix(p)
		}
		segs = append(segs, seg)
		if p.Data == "body" {
			top = true
			break
		}
	}
	if !top && p != nil && p.Type == html.ElementNode {
		segs = append(segs, "…")
	}
	var b strings.Builder
	for i := len(segs) - 1; i >= 0; i-- {
		b.WriteString(segs[i])
		if i > 0 {
			b.WriteByte('>')
		}
	}
	return b.String()
}

// pathSuffix returns ".class" for n's first class name, else "#id", else "".
func pathSuffix(n *html.Node) string {
	id := ""
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			if f := strings.Fields(a.Val); len(f) > 0 {
				return "." + f[0]
			}
		case "id":
			if f := strings.Fields(a.Val); len(f) > 0 {
				id = "#" + f[0]
			}
		}
	}
	return id
}
