package htmlclean

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Another way to the article than the extractor's own: its article with
// the blocks of its flow that it left out put back (PathContainer).

// proseWords returns the prose words of each line (see
// boilerplate.Cleaner.ProseWords) and their sum. Lines hold no line
// breaks (see blockWriter), so the text cleaner sees them one for one.
// The words of the last lines measured on the page are kept on it: the
// extractor's article measured whole and without the matched elements'
// text is mostly the same text, read once.
func (c *Cleaner) proseWords(p *page, lines []line) ([]int, int) {
	if p.prose.words != nil && joinsTo(lines, p.prose.text) {
		return slices.Clone(p.prose.words), p.prose.sum
	}
	n := 0
	for _, l := range lines {
		n += len(l.text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, l := range lines {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	text := b.String()
	words := c.article.ProseWords(text)
	if len(words) != len(lines) {
		// Cannot happen (see above); never index past the end.
		words = append(words, make([]int, max(0, len(lines)-len(words)))...)[:len(lines)]
	}
	sum := 0
	for _, w := range words {
		sum += w
	}
	p.prose.text, p.prose.words, p.prose.sum = text, slices.Clone(words), sum
	return words, sum
}

// joinsTo reports whether text is the texts of lines, each followed by
// '\n', as proseWords joins them.
func joinsTo(lines []line, text string) bool {
	for _, l := range lines {
		if len(text) <= len(l.text) || text[len(l.text)] != '\n' || text[:len(l.text)] != l.text {
			return false
		}
		text = text[len(l.text)+1:]
	}
	return text == ""
}

// The extractor keeps an article's paragraphs and often drops the
// headings, lists and tables between them, or a section of the article
// that stands in a box of its own beside the one it took. What it dropped
// is put back when the page's structure says it is part of the article's
// flow, which holds on any site:
//
//   - the article's parents are the elements whose children are the
//     extracted paragraphs, and the elements beside them (same parent)
//     with the same tag and class: the other sections of the article;
//     and, where the article's sections are like blocks a few levels up
//     (a row of <section class="part">), the element in the same place
//     inside each of the others (see sameSlots);
//   - a block the extractor left out belongs to the article's flow when
//     its nearest block-level ancestors, up to one of the article's
//     parents, are lists, tables, quotes or preformatted text: a heading
//     among the paragraphs, a list or a table, not a box of its own (a
//     teaser card, a widget) inside the article;
//   - it is put back if it is a heading, a list item, a table row,
//     preformatted text or a quote; another block (a paragraph) only if
//     it is prose: the short ones the extractor drops between paragraphs
//     are bylines, labels and captions;
//   - never if it is a matched element's, hidden, mostly links, or data.
//
// Nothing the extractor kept is taken away, so this can only add text,
// and only text in the article's own flow.

// sectionLevels bounds how far above an article's parent sameSlots looks
// for the article's other sections. A template lays a long article out as
// a row of like sections (section > container > grid > text > body), each
// holding its part of the text at the same depth and under the same
// classes; a few levels cover such a template, and above them like
// siblings are the page's columns and rows, not the article's sections.
const sectionLevels = 6

// sameSlots returns the elements that stand where a stands, in the blocks
// beside a or beside one of its ancestors up to sectionLevels above it
// that have the same tag and class: reached from that sibling by the same
// path of tags and classes as a is reached from its ancestor.
func sameSlots(p *page, a *html.Node) []*html.Node {
	var out []*html.Node
	var below []*html.Node // the elements from a up to below anc: the path down from anc is below read backwards
	anc := a
	for level := 0; level <= sectionLevels && anc.Parent != nil && anc != p.body; level++ {
		sig := signatureOf(anc)
		for s := anc.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode || s == anc || !sig.of(s) {
				continue
			}
			if n := descend(s, below); n != nil {
				out = append(out, n)
			}
		}
		below = append(below, anc)
		anc = anc.Parent
		if anc.Data == "body" || anc.Data == "html" {
			break
		}
	}
	return out
}

// A signature is an element's tag and class, which like sections share.
type signature struct{ tag, class string }

func signatureOf(n *html.Node) signature { return signature{n.Data, attr(n, "class")} }

// of reports whether n has signature s.
func (s signature) of(n *html.Node) bool { return n.Data == s.tag && attr(n, "class") == s.class }

// descend follows a path of elements down from n, through the first
// child with the signature of each, and returns where it ends, or nil
// where a step finds no such child. The path is read from its end: its
// last element is the first step.
func descend(n *html.Node, path []*html.Node) *html.Node {
	for i := len(path) - 1; i >= 0; i-- {
		sig := signatureOf(path[i])
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && sig.of(c) {
				next = c
				break
			}
		}
		if next == nil {
			return nil
		}
		n = next
	}
	return n
}

// flowTags are the block elements that a block of the article's flow may
// sit in between it and one of the article's parents.
var flowTags = map[string]bool{
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "td": true, "th": true, "caption": true,
	"blockquote": true, "pre": true,
}

// restoreFlow returns the extracted article with the blocks of its flow
// that the extractor left out put back in page order, and why; nil if
// there are none.
func (c *Cleaner) restoreFlow(p *page, article []line) ([]line, string) {
	prose, _ := c.proseWords(p, article)
	used := make([]bool, len(p.texts)) // the page's text nodes the article holds
	parents := map[*html.Node]bool{}
	for i, l := range article {
		for _, s := range l.segs {
			if s.t >= 0 {
				used[s.t] = true
			}
		}
		if t := l.t0(); t >= 0 && prose[i] > 0 {
			if b := blockOf(p.texts[t].node); b != nil && b.Parent != nil {
				parents[b.Parent] = true
			}
		}
	}
	if len(parents) == 0 {
		return nil, ""
	}
	// The other sections of the article: beside one of its parents, with
	// the same tag and class; or in the same place inside a block beside
	// one of the parents' ancestors that has the same tag and class (see
	// sectionLevels).
	var found []*html.Node
	for a := range parents {
		found = append(found, sameSlots(p, a)...)
	}
	for _, n := range found {
		parents[n] = true
	}
	var region *html.Node
	for a := range parents {
		if region == nil {
			region = a
		} else {
			region = commonAncestor(region, a)
		}
	}
	if region == nil || region == p.body || region.Type != html.ElementNode || region.Data == "body" || region.Data == "html" {
		return nil, ""
	}
	// The tests of a line's place in the page come first: on most pages
	// no line of the region passes them, and its text is then never
	// finished nor measured. Prose is measured over the region's whole
	// text, and only when a paragraph waits for the answer.
	lines := renderPage(p, region)
	var add []line
	measure := false
	for _, l := range lines {
		if b := flowCandidate(p, l, used, parents); b != nil {
			add = append(add, l)
			measure = measure || !flowBlock(b)
		}
	}
	if measure {
		add = add[:0]
		cand := finish(p, lines, false, keepAll)
		candProse, _ := c.proseWords(p, cand)
		for i, l := range cand {
			if b := flowCandidate(p, l, used, parents); b != nil && !dataLine(l.text) && (flowBlock(b) || candProse[i] > 0) {
				add = append(add, l)
			}
		}
	} else {
		kept := add[:0]
		for _, l := range add {
			if l.text = finishText(p, l, false, keepAll); l.text != "" && !dataLine(l.text) {
				kept = append(kept, l)
			}
		}
		add = kept
	}
	if len(add) == 0 {
		return nil, ""
	}
	return mergeLines(article, add), fmt.Sprintf("%d blocks of the article's flow in <%s> that the extractor left out were put back", len(add), region.Data+pathSuffix(region))
}

// flowCandidate returns the block holding line l when l may be put back
// for its place in the page: it holds text of the page that the article
// does not (used), it is not mostly links, and its block lies in the flow
// of one of parents; else nil.
func flowCandidate(p *page, l line, used []bool, parents map[*html.Node]bool) *html.Node {
	t := l.t0()
	if t < 0 || holdsAny(l, used) || linkLine(p, l) {
		return nil
	}
	if b := blockOf(p.texts[t].node); inFlow(b, parents) {
		return b
	}
	return nil
}

// inFlow reports whether block b lies in the flow of one of parents: its
// block-level ancestors up to that parent are all flowTags.
func inFlow(b *html.Node, parents map[*html.Node]bool) bool {
	for a := b.Parent; a != nil; a = a.Parent {
		if parents[a] {
			return true
		}
		if a.Type == html.ElementNode && isBlock(a.Data) && !flowTags[a.Data] {
			return false
		}
	}
	return false
}

// flowBlock reports whether b is a heading, list item, table row or cell,
// preformatted text or a quote: the blocks of an article that are not
// paragraphs.
func flowBlock(b *html.Node) bool {
	switch b.Data {
	case "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "td", "th", "pre", "blockquote":
		return true
	}
	return false
}

// holdsAny reports whether line l holds one of the page's text nodes in
// set, which has a place for every one.
func holdsAny(l line, set []bool) bool {
	for _, s := range l.segs {
		if s.t >= 0 && set[s.t] {
			return true
		}
	}
	return false
}

// mergeLines puts the lines of add, in page order, among the lines of
// article, before the first line of article that comes after them in the
// page. A line put back starts a block of its own.
func mergeLines(article, add []line) []line {
	out := make([]line, 0, len(article)+len(add))
	k := 0
	for _, l := range article {
		if t := l.t0(); t >= 0 {
			for k < len(add) && add[k].t0() < t {
				a := add[k]
				a.gap = true
				out = append(out, a)
				k++
			}
		}
		out = append(out, l)
	}
	for ; k < len(add); k++ {
		a := add[k]
		a.gap = true
		out = append(out, a)
	}
	return out
}

// blockOf returns the nearest block element holding n.
func blockOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isBlock(p.Data) {
			return p
		}
	}
	return n.Parent
}

// linkLine reports whether most of line l's text lies inside links: an
// entry of a table of contents, a list of other stories, a card, a button.
func linkLine(p *page, l line) bool {
	total, linked := 0, 0
	for _, s := range l.segs {
		n := len(strings.TrimSpace(s.text))
		total += n
		if s.t >= 0 && inLink(p.texts[s.t].node) {
			linked += n
		}
	}
	return total > 0 && 2*linked > total
}

// inLink reports whether n lies inside a link.
func inLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "a" {
			return true
		}
	}
	return false
}

// dataLine reports whether line is a blob of data (JSON a script left in
// the page's text) rather than text for readers.
func dataLine(line string) bool {
	return strings.HasPrefix(line, "{\"") || strings.HasPrefix(line, "[{")
}
