package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// DOM walking: document-order traversal without recursion (any depth is
// safe), and what the other files ask of a node: its text, its size, an
// attribute, a short path for reports.

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

// walk visits root and the nodes under it in document order, without
// recursion: enter on the way down, where false skips the node's
// children, and leave on the way up, for every node whose enter returned
// true.
func walk(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root
	for {
		descend := enter(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend {
			leave(n)
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			leave(n)
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// skipTag reports whether elements named tag hold no visible text: the
// DOM rules do not look inside them and text lengths do not count them.
func skipTag(tag string) bool {
	switch tag {
	case "script", "style", "noscript", "template", "head", "svg":
		return true
	}
	return false
}

// textLen counts the non-space bytes of the visible text under n.
func textLen(n *html.Node) int {
	size, _ := textSize(n)
	return size
}

// textSize counts the non-space bytes of the visible text under n, and
// the text nodes that hold it.
func textSize(n *html.Node) (size, nodes int) {
	for d := n.FirstChild; d != nil; {
		switch {
		case d.Type == html.TextNode:
			nodes++
			size += nonSpace(d.Data)
		case d.Type == html.ElementNode && skipTag(d.Data):
			d = nextSkip(d, n)
			continue
		}
		d = next(d, n)
	}
	return size, nodes
}

// nonSpace counts the bytes of s that are not HTML white space. It adds
// up notSpace eight bytes at a time: textSize reads every byte of the
// page's text, and the loop's own test and step would cost as much again.
func nonSpace(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		n += int(notSpace[b[0]]) + int(notSpace[b[1]]) + int(notSpace[b[2]]) + int(notSpace[b[3]]) +
			int(notSpace[b[4]]) + int(notSpace[b[5]]) + int(notSpace[b[6]]) + int(notSpace[b[7]])
	}
	for ; i < len(s); i++ {
		n += int(notSpace[s[i]])
	}
	return n
}

// notSpace is 1 for every byte but the HTML white space bytes: nonSpace
// adds it up without a branch per byte.
var notSpace = func() (t [256]uint8) {
	for c := range t {
		t[c] = 1
	}
	for _, c := range " \t\n\r\f" {
		t[c] = 0
	}
	return t
}()

// nodeText returns the visible text under n with white space collapsed, cut
// to about max bytes (at a rune boundary, with "…" added).
func nodeText(n *html.Node, max int) string {
	var b strings.Builder
	for d := n.FirstChild; d != nil && b.Len() < 2*max; {
		switch {
		case d.Type == html.ElementNode && skipTag(d.Data):
			d = nextSkip(d, n)
			continue
		case d.Type == html.TextNode:
			b.WriteString(d.Data)
		case d.Type == html.ElementNode && (isBlock(d.Data) || d.Data == "br"):
			b.WriteByte(' ')
		}
		d = next(d, n)
	}
	return cutText(strings.Join(strings.Fields(b.String()), " "), max)
}

// cutText returns s cut to about max bytes at a rune boundary, with "…"
// added where it was cut.
func cutText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// descends reports whether n is a or lies under it.
func descends(n, a *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// findElement returns the first element named tag under n, or nil.
func findElement(n *html.Node, tag string) *html.Node {
	for d := n; d != nil; d = next(d, n) {
		if d.Type == html.ElementNode && d.Data == tag {
			return d
		}
	}
	return nil
}

// commonAncestor returns the deepest node holding both a and b.
func commonAncestor(a, b *html.Node) *html.Node {
	depth := func(n *html.Node) int {
		d := 0
		for ; n != nil; n = n.Parent {
			d++
		}
		return d
	}
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

// nodePath returns a short path to n: up to four elements, each its tag
// and first class name ("body>div.share>ul"), "…" where more were left out.
// It is written at once, from the top, into one string: every matched
// element of a page reports one.
func nodePath(n *html.Node) string {
	var path [4]*html.Node // from n up
	k := 0
	top := false // whether the path reaches body or the root
	p := n
	for ; p != nil && p.Type == html.ElementNode && k < len(path); p = p.Parent {
		path[k] = p
		k++
		if p.Data == "body" {
			top = true
			break
		}
	}
	var b strings.Builder
	if !top && p != nil && p.Type == html.ElementNode {
		b.WriteString("…>")
	}
	for i := k - 1; i >= 0; i-- {
		e := path[i]
		b.WriteString(e.Data)
		if e.Data != "body" {
			mark, name := suffixOf(e)
			if name != "" {
				b.WriteByte(mark)
				b.WriteString(name)
			}
		}
		if i > 0 {
			b.WriteByte('>')
		}
	}
	return b.String()
}

// pathSuffix returns ".class" for n's first class name, else "#id", else "".
func pathSuffix(n *html.Node) string {
	mark, name := suffixOf(n)
	if name == "" {
		return ""
	}
	return string(mark) + name
}

// suffixOf returns what pathSuffix makes of n in two parts: '.' and its
// first class name, else '#' and its id, else no name.
func suffixOf(n *html.Node) (mark byte, name string) {
	id := ""
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			if f := firstField(a.Val); f != "" {
				return '.', f
			}
		case "id":
			if f := firstField(a.Val); f != "" {
				id = f
			}
		}
	}
	return '#', id
}

// firstField returns the first of the fields of s that strings.Fields
// would return, or "".
func firstField(s string) string {
	for f := range strings.FieldsSeq(s) {
		return f
	}
	return ""
}

// cloneTree returns a deep copy of root and, for each node of want, its
// copy. It copies without recursion, so any depth is safe.
func cloneTree(root *html.Node, want map[*html.Node]bool) (*html.Node, map[*html.Node]*html.Node) {
	copies := make(map[*html.Node]*html.Node, len(want))
	copyOf := func(n *html.Node) *html.Node {
		c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
		if len(n.Attr) > 0 {
			c.Attr = append([]html.Attribute(nil), n.Attr...)
		}
		if want[n] {
			copies[n] = c
		}
		return c
	}
	top := copyOf(root)
	parent := top // the copy of the parent of the node being copied
	for n := root.FirstChild; n != nil; {
		c := copyOf(n)
		parent.AppendChild(c)
		if n.FirstChild != nil {
			parent, n = c, n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n, parent = n.Parent, parent.Parent
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return top, copies
}
