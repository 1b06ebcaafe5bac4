package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// The text of matched elements is wrapped in these two private-use
// characters before the extractor runs, so that the text it keeps from
// them can be told apart and left out when rendering, however the
// extractor reorganises the tree. Removing the elements first instead would
// change which part of the page the extractor picks.
const (
	markStart = '\uE000'
	markEnd   = '\uE001'
)

// mark wraps the text under every matched element in markStart and markEnd.
func mark(nodes []removedNode) {
	for _, r := range nodes {
		if r.node == nil {
			continue
		}
		for d := r.node.FirstChild; d != nil; d = next(d, r.node) {
			if d.Type == html.TextNode {
				d.Data = string(markStart) + d.Data + string(markEnd)
			}
		}
	}
}

// detach undoes mark and removes the matched elements from their tree.
func detach(nodes []removedNode) {
	for _, r := range nodes {
		if r.node == nil {
			continue
		}
		for d := r.node.FirstChild; d != nil; d = next(d, r.node) {
			if d.Type == html.TextNode {
				d.Data = strings.TrimSuffix(strings.TrimPrefix(d.Data, string(markStart)), string(markEnd))
			}
		}
		if r.node.Parent != nil {
			r.node.Parent.RemoveChild(r.node)
		}
	}
}

// unmarked appends to b the parts of s outside marked text; *inMark
// carries the state from one piece of text to the next.
func unmarked(b *strings.Builder, s string, inMark *bool) {
	if !strings.ContainsRune(s, markStart) && !strings.ContainsRune(s, markEnd) {
		if !*inMark {
			b.WriteString(s)
		}
		return
	}
	for _, r := range s {
		switch {
		case r == markStart:
			*inMark = true
		case r == markEnd:
			*inMark = false
		case !*inMark:
			b.WriteRune(r)
		}
	}
}
