package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// On some pages the extractor keeps the paragraphs of the article and
// drops its headings, lists, tables and other short lines, or some of its
// paragraphs (those in their own boxes, cards or columns). The paragraphs
// still show where the article lives on the page: the smallest element that
// holds them (articleContainer). Its render, cut to the stretch from the
// article's first paragraph to its last and without the lines that are
// links or data (trimToArticle), replaces the extracted article when it
// adds text but at most as much prose again (completes): more would mean
// other parts of the page. Result.Path is then PathContainer.
const (
	// containerFound is the least share of the extracted prose lines that
	// must be found on the page.
	containerFound = 0.9
	// containerProse is how much more prose, as a share, the container
	// may hold than the extracted article. Long list items count as prose
	// too, and the extractor may have dropped whole paragraphs; much more
	// than this means parts of the page it rightly left out.
	containerProse = 1.0
	// containerKey is how many bytes of a line's key (see lineKey) must
	// agree with an element's text for the line to be found there.
	containerKey = 40
	// containerLines is the fewest prose lines an article must have for
	// its container to be looked for.
	containerLines = 3
)

// articleContainer returns the smallest element under root that holds at
// least containerFound of the prose lines of rendered, the extracted
// article, or nil. Lines are matched to the elements whose text starts
// with the same first containerKey bytes of key.
func articleContainer(rendered string, root *html.Node) *html.Node {
	want := map[string]bool{}
	for _, line := range strings.Split(rendered, "\n") {
		if k := keyHead(line, containerKey); len(k) == containerKey && isProse(line) {
			want[k[:containerKey]] = true
		}
	}
	if len(want) < containerLines {
		return nil
	}
	// A line starts where a block element's text starts (each block is
	// keyed once, when its first piece of text is met: the deepest element
	// a line starts in) or, after a <br>, where a piece of text starts.
	found := map[string]*html.Node{}
	see := func(k string, b *html.Node) {
		if len(k) >= containerKey && want[k[:containerKey]] && found[k[:containerKey]] == nil {
			found[k[:containerKey]] = b
		}
	}
	eachText(root, func(n, b *html.Node, first bool) {
		if first {
			see(nodeKeyHead(b, containerKey), b)
		}
		if len(n.Data) >= containerKey {
			see(keyHead(n.Data, containerKey), b)
		}
	})
	if float64(len(found)) < containerFound*float64(len(want)) {
		return nil
	}
	var lca *html.Node
	for _, n := range found {
		if lca == nil {
			lca = n
			continue
		}
		lca = commonAncestor(lca, n)
	}
	if lca == nil || lca == root || lca.Data == "body" || lca.Data == "html" {
		return nil
	}
	return lca
}

// blockOf returns the nearest block element holding n, or root.
func blockOf(n, root *html.Node) *html.Node {
	for p := n.Parent; p != nil && p != root; p = p.Parent {
		if p.Type == html.ElementNode && isBlock(p.Data) {
			return p
		}
	}
	return root
}

// commonAncestor returns the deepest element holding both a and b.
func commonAncestor(a, b *html.Node) *html.Node {
	seen := map[*html.Node]bool{}
	for n := a; n != nil; n = n.Parent {
		seen[n] = true
	}
	for n := b; n != nil; n = n.Parent {
		if seen[n] {
			return n
		}
	}
	return nil
}

// completes reports whether container, the render of the element holding
// the article's paragraphs, completes article: it holds more text, but at
// most containerProse more prose.
func completes(article, container string) bool {
	pa, pc := proseLen(article), proseLen(container)
	return float64(pc) <= (1+containerProse)*float64(pa) && len(container) > len(article)
}

// isProse reports whether line is a prose line (see proseLen).
func isProse(line string) bool {
	return proseLen(line) > 0
}

// trimToArticle returns the part of container, the render of the element
// holding the article's paragraphs, that lies between the first and the
// last line of article's prose, widened over the lines next to them that
// article holds too (a heading before the first paragraph, a closing
// line). What the container holds before and after the article's prose
// the extractor left out on purpose: a table of contents, a sign-up box,
// a list of other stories.
func trimToArticle(article, container string, links map[string]bool) string {
	prose := map[string]bool{}
	all := map[string]bool{}
	for _, line := range strings.Split(article, "\n") {
		k := lineKey(line)
		if k == "" {
			continue
		}
		all[k] = true
		if len(k) >= containerKey && isProse(line) {
			prose[k[:containerKey]] = true
		}
	}
	lines := strings.Split(container, "\n")
	first, last := -1, -1
	for i, line := range lines {
		k := lineKey(line)
		if len(k) >= containerKey && prose[k[:containerKey]] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ""
	}
	// Widen over lines article holds, skipping the blank lines between
	// blocks.
	for i := first - 1; i >= 0; i-- {
		if k := lineKey(lines[i]); k != "" {
			if !all[k] {
				break
			}
			first = i
		}
	}
	for i := last + 1; i < len(lines); i++ {
		if k := lineKey(lines[i]); k != "" {
			if !all[k] {
				break
			}
			last = i
		}
	}
	// In between, the lines article does not hold are kept unless they
	// are links or data.
	return keepLines(lines[first:last+1], func(line, k string) bool {
		return k != "" && (all[k] || !links[keyPrefix(k)] && !dataLine(line))
	})
}

// dataLine reports whether line is a blob of data (JSON a script left in
// the page's text) rather than text for readers.
func dataLine(line string) bool {
	return strings.HasPrefix(line, "{\"") || strings.HasPrefix(line, "[{")
}

// keyPrefix is the part of a line key that link keys are compared by.
func keyPrefix(k string) string { return k[:min(len(k), containerKey)] }

// linkKeys returns the key prefixes (see keyPrefix) of the blocks under
// root whose text is mostly link text, or that sit inside a link: entries
// of tables of contents, lists of other stories, cards and buttons.
func linkKeys(root *html.Node) map[string]bool {
	keys := map[string]bool{}
	eachText(root, func(n, b *html.Node, first bool) {
		if first && (inLink(n) || mostlyLinks(b)) {
			if k := nodeKeyHead(b, containerKey); k != "" {
				keys[k] = true
			}
		}
	})
	return keys
}

// eachText calls fn, in document order, for every visible text node n
// under root that holds more than white space, with its block b (see
// blockOf) and whether n is the first such text of b.
func eachText(root *html.Node, fn func(n, b *html.Node, first bool)) {
	var last *html.Node
	for n := root; n != nil; {
		if n.Type == html.ElementNode && (hiddenTags[n.Data] || skipTags[n.Data]) {
			n = nextSkip(n, root)
			continue
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			b := blockOf(n, root)
			fn(n, b, b != last)
			last = b
		}
		n = next(n, root)
	}
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

// mostlyLinks reports whether most of n's text is link text.
func mostlyLinks(n *html.Node) bool {
	total, linked := textLen(n), 0
	if total == 0 {
		return false
	}
	for d := n.FirstChild; d != nil; {
		if d.Type == html.ElementNode && d.Data == "a" {
			linked += textLen(d)
			d = nextSkip(d, n)
			continue
		}
		d = next(d, n)
	}
	return 2*linked > total
}
