package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// The DOM stage: which elements of the page the DOM rules name as noise.
// It looks at the page and changes nothing in it: the matched elements
// are a set of nodes beside the tree (see page), and their text is left
// out when the article is rendered.

// protectedTags are never removed, whatever their class or id says.
var protectedTags = map[string]bool{
	"html": true, "head": true, "body": true, "main": true, "article": true,
}

// maxReportText is the most bytes of a removed element's text that a
// DOMRemoval repeats.
const maxReportText = 300

// A noiseNode is an element a DOM rule matched.
type noiseNode struct {
	node *html.Node
	rem  DOMRemoval
	// veto, when not empty, says why the element is kept after all: the
	// extractor chose it as much of the article (see vetoProse).
	veto string
}

// findNoise fills p.noise and p.noiseOf with every element under the body
// that a DOM rule matches, unless the guard protects it, in document
// order. Elements inside a matched element are not looked at.
func (c *Cleaner) findNoise(p *page) {
	root := p.body
	total, nodes := textSize(root)
	p.textBytes, p.textNodes = total, nodes
	p.noiseOf = make(map[*html.Node]int32)
	var scratch matchScratch
	n := root.FirstChild
	for n != nil {
		if n.Type != html.ElementNode || skipTag(n.Data) {
			n = nextSkip(n, root)
			continue
		}
		if r := c.matchRule(n, total, &scratch); r != nil {
			p.noiseOf[n] = int32(len(p.noise))
			p.noise = append(p.noise, noiseNode{node: n, rem: DOMRemoval{Category: r.category, Rule: r.name,
				Path: nodePath(n), Text: nodeText(n, maxReportText)}})
			n = nextSkip(n, root)
			continue
		}
		n = next(n, root)
	}
}

// matchRule returns the first rule, in rule order, that matches n and may
// remove it, or nil.
func (c *Cleaner) matchRule(n *html.Node, total int, s *matchScratch) *compiledRule {
	best, size := c.rules.match(n, s)
	if best < 0 || protectedTags[n.Data] || namesContent(n, s.words) {
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

// contentNouns name what a page is made of; followed by "body", "content"
// or "text" in a class name or id they name the element holding the
// article: "article-body", "entry-content", "post_content", "storyBody".
var contentNouns = map[string]bool{
	"article": true, "entry": true, "post": true, "story": true, "blog": true,
	"news": true, "page": true, "main": true, "single": true,
}

// namesContent reports whether n's own class, id or itemprop names it as
// the article's content. A noise word on the same element
// (<div class="article-body pagination-first">) does not make it noise:
// sites name their article's container for what it is, and add state and
// layout words beside that name.
func namesContent(n *html.Node, buf []string) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if a.Val == "articleBody" || a.Val == "text" {
				return true
			}
		case "class", "id":
			for tok := range strings.FieldsSeq(a.Val) {
				buf = splitWords(tok, buf[:0])
				for i, w := range buf {
					switch w {
					case "articlebody", "entrycontent", "postcontent", "storybody", "maincontent":
						return true
					case "content":
						if len(buf) == 1 {
							return true
						}
					}
					if i+1 < len(buf) && contentNouns[w] {
						switch buf[i+1] {
						case "body", "content", "text":
							return true
						}
					}
				}
			}
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
