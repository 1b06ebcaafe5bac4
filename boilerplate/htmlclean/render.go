package htmlclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockTags start and end a block of text: a paragraph, heading, list item,
// table row and the containers around them.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"caption": true, "center": true, "dd": true, "details": true, "dialog": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"legend": true, "li": true, "main": true, "menu": true, "nav": true, "ol": true,
	"p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "tfoot": true, "thead": true, "tr": true, "ul": true,
	"html": true,
}

// hiddenTags hold no text worth rendering: code, styles, form controls and
// embedded media.
var hiddenTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"svg": true, "math": true, "iframe": true, "object": true, "embed": true,
	"select": true, "option": true, "textarea": true, "button": true, "input": true,
	"canvas": true, "video": true, "audio": true, "picture": true, "map": true,
}

func isBlock(tag string) bool { return blockTags[tag] }

// A blockWriter collects text into blocks: lines of text separated by one
// blank line. Inline text is collected until the next block boundary, where
// its white space is collapsed.
type blockWriter struct {
	out strings.Builder
	cur strings.Builder // text of the open block; '\n' marks a line break
	pre int             // depth of <pre> elements: white space is kept

	// If spaceInline is true, a space is put between two words that meet
	// at an inline element's edge ("<b>Lunacal</b>seamlessly"): the
	// extractor trims the white space of the text it keeps.
	spaceInline bool
	skipHidden  bool // elements that hides reports are left out
	edge        bool // an inline element started or ended since the last text
	inMark      bool // inside text of a matched element (see mark)
	piece       strings.Builder
}

// text adds inline text to the open block, leaving out marked text.
func (w *blockWriter) text(s string) {
	w.piece.Reset()
	unmarked(&w.piece, s, &w.inMark)
	s = w.piece.String()
	if s == "" {
		return
	}
	if w.edge && w.spaceInline && w.cur.Len() > 0 && s != "" {
		last, _ := utf8.DecodeLastRuneInString(w.cur.String())
		first, _ := utf8.DecodeRuneInString(s)
		if spacedWordRune(last) && spacedWordRune(first) {
			w.cur.WriteByte(' ')
		}
	}
	w.edge = false
	w.cur.WriteString(s)
}

// spacedWordRune reports whether r is a letter or digit of a script that
// separates words with spaces (the Han, kana and Thai scripts do not).
func spacedWordRune(r rune) bool {
	return r < 0x2E80 && !(r >= 0x0E00 && r <= 0x0E7F) &&
		(unicode.IsLetter(r) || unicode.IsDigit(r))
}

// lineBreak ends the current line of the open block (<br>).
func (w *blockWriter) lineBreak() { w.cur.WriteByte('\n') }

// cell separates table cells within a row.
func (w *blockWriter) cell() { w.cur.WriteByte(' ') }

// flush ends the open block: its lines, trimmed and with white space
// collapsed (kept inside <pre>), become a block of the output.
func (w *blockWriter) flush() {
	w.inMark = false // marks never span blocks; do not let a lost end mark hide more
	if w.cur.Len() == 0 {
		return
	}
	raw := w.cur.String()
	w.cur.Reset()
	first := true
	for _, line := range strings.Split(raw, "\n") {
		if w.pre > 0 {
			line = strings.TrimRight(line, " \t\r\f")
			if strings.TrimSpace(line) == "" {
				line = ""
			}
		} else {
			line = strings.Join(strings.Fields(line), " ")
		}
		if line == "" {
			if w.pre > 0 && !first {
				w.out.WriteString("\n") // a blank line inside <pre> ends a block
				first = true
			}
			continue
		}
		if first {
			if w.out.Len() > 0 {
				w.out.WriteString("\n")
			}
		}
		w.out.WriteString(line)
		w.out.WriteByte('\n')
		first = false
	}
}

// String returns the blocks written so far.
func (w *blockWriter) String() string {
	w.flush()
	s := w.out.String()
	// A blank line inside <pre> may have left a doubled separator.
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return strings.TrimLeft(s, "\n")
}

// render writes the text under root as blocks: one block per paragraph,
// heading, list item and table row, a blank line between blocks, and the
// output ending in one '\n' (empty if there is no text). It walks the tree
// without recursion, so any depth is safe.
func render(root *html.Node, spaceInline bool) string {
	return renderText(root, spaceInline, false)
}

// renderVisible is render for a part of the page the extractor did not
// see through: it leaves out the elements that are still hidden (see
// hides).
func renderVisible(root *html.Node) string {
	return renderText(root, true, true)
}

func renderText(root *html.Node, spaceInline, skipHidden bool) string {
	w := blockWriter{spaceInline: spaceInline, skipHidden: skipHidden}
	n := root
	for n != nil {
		if n.Type == html.TextNode {
			w.text(n.Data)
		} else if n.Type == html.ElementNode {
			if hiddenTags[n.Data] || skipHidden && hides(n) {
				n = leave(&w, n, root)
				continue
			}
			switch {
			case n.Data == "br":
				w.lineBreak()
			case n.Data == "td" || n.Data == "th":
				w.cell()
			case blockTags[n.Data]:
				w.flush()
				if n.Data == "pre" {
					w.pre++
				}
			default:
				w.edge = true
			}
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
		} else if n.FirstChild != nil { // document node
			n = n.FirstChild
			continue
		}
		n = leave(&w, n, root)
	}
	return w.String()
}

// joinDropCaps merges drop caps into the word they start: an inline element
// whose text is one capital letter, first in its parent, followed within
// the same block by text that goes on with a lower-case letter
// ("<span class=dropcap>I</span>n-house"). Otherwise the extractor, which
// trims text, and render's spacing at inline edges would make "I n-house"
// of it.
func joinDropCaps(root *html.Node) {
	for n := root; n != nil; {
		if n.Type != html.ElementNode || blockTags[n.Data] || hiddenTags[n.Data] || n.PrevSibling != nil {
			n = next(n, root)
			continue
		}
		letter := nodeText(n, 8)
		r, size := utf8.DecodeRuneInString(letter)
		if size == 0 || size != len(letter) || !unicode.IsUpper(r) {
			n = next(n, root)
			continue
		}
		after := followingText(n, root)
		if after == nil {
			n = next(n, root)
			continue
		}
		if f, _ := utf8.DecodeRuneInString(after.Data); !unicode.IsLower(f) {
			n = next(n, root)
			continue
		}
		after.Data = letter + after.Data
		nx := nextSkip(n, root)
		n.Parent.RemoveChild(n)
		n = nx
	}
}

// followingText returns the first text node after n's subtree, or nil if a
// block boundary or the end of root comes first.
func followingText(n, root *html.Node) *html.Node {
	d := n
	for {
		// Step to the next node without leaving the block.
		for d.NextSibling == nil {
			d = d.Parent
			if d == nil || d == root || d.Type != html.ElementNode || blockTags[d.Data] {
				return nil
			}
		}
		d = d.NextSibling
		// Go down to the first text node, stopping at block boundaries.
		for {
			switch {
			case d.Type == html.TextNode:
				return d
			case d.Type != html.ElementNode || blockTags[d.Data] || hiddenTags[d.Data] || d.Data == "br":
				return nil
			}
			if d.FirstChild == nil {
				break
			}
			d = d.FirstChild
		}
	}
}

// leave closes n and every ancestor whose last child it is, and returns the
// next node to visit, or nil at the end of root.
func leave(w *blockWriter, n, root *html.Node) *html.Node {
	for n != nil {
		if n.Type == html.ElementNode && !hiddenTags[n.Data] && !(w.skipHidden && hides(n)) {
			switch {
			case n.Data == "td" || n.Data == "th":
				w.cell()
			case blockTags[n.Data]:
				w.flush()
				if n.Data == "pre" && w.pre > 0 {
					w.pre--
				}
			default:
				w.edge = true
			}
		}
		if n == root {
			return nil
		}
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}
