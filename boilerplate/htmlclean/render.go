package htmlclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Rendering: a tree becomes lines of text, one block per paragraph,
// heading, list item and table row, a <br> ending a line within its
// block. Each line keeps the pieces it was made of and the page's text
// nodes they came from, so that later steps can tell which lines the
// extractor kept, which element holds them, and which pieces lie in
// matched elements.

// isBlock reports whether elements named tag start and end a block of
// text: a paragraph, heading, list item, table row and the containers
// around them. It, hiddenTag and skipTag are asked of nearly every
// element of a page, several times: a switch answers them without
// hashing the name.
func isBlock(tag string) bool {
	switch tag {
	case "address", "article", "aside", "blockquote", "body",
		"caption", "center", "dd", "details", "dialog",
		"div", "dl", "dt", "fieldset", "figcaption",
		"figure", "footer", "form", "h1", "h2", "h3",
		"h4", "h5", "h6", "header", "hgroup", "hr",
		"legend", "li", "main", "menu", "nav", "ol",
		"p", "pre", "section", "summary", "table",
		"tbody", "tfoot", "thead", "tr", "ul",
		"html":
		return true
	}
	return false
}

// hiddenTag reports whether elements named tag hold no text worth
// rendering: code, styles, form controls and embedded media.
func hiddenTag(tag string) bool {
	switch tag {
	case "script", "style", "noscript", "template", "head",
		"svg", "math", "iframe", "object", "embed",
		"select", "option", "textarea", "button", "input",
		"canvas", "video", "audio", "picture", "map":
		return true
	}
	return false
}

// A seg is one piece of a line's text: from the page's text node t (an
// index into page.texts, or -1), inside the matched element noise (an
// index into page.noise, or -1).
type seg struct {
	text  string
	t     int32
	noise int32
	edge  bool // an inline element starts or ends just before it
}

// A line is one line of rendered text.
type line struct {
	segs []seg
	gap  bool // a blank line comes before it: it starts a block
	pre  bool // inside <pre>: its white space is kept
	text string

	// Set by later steps.
	drop string // the rule that removes the line before the text stage, if any
}

// t0 returns the first of the page's text nodes the line holds, or -1.
func (l *line) t0() int32 {
	for _, s := range l.segs {
		if s.t >= 0 {
			return s.t
		}
	}
	return -1
}

// A blockWriter collects text into lines and blocks.
type blockWriter struct {
	lines []line
	cur   []seg // the open line
	pre   int   // depth of <pre> elements: white space is kept
	gap   bool  // the next line starts a block
	edge  bool  // an inline element started or ended since the last text
}

// text adds text to the open line.
func (w *blockWriter) text(s string, t, noise int32) {
	if s == "" {
		return
	}
	if w.pre > 0 {
		// Lines end at "\n", "\r\n" or a lone "\r", as the text
		// cleaner splits them.
		for {
			i := strings.IndexAny(s, "\r\n")
			if i < 0 {
				break
			}
			w.add(s[:i], t, noise)
			w.endLine()
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			s = s[i+1:]
		}
	}
	w.add(s, t, noise)
}

func (w *blockWriter) add(s string, t, noise int32) {
	if s != "" {
		w.cur = append(w.cur, seg{text: s, t: t, noise: noise, edge: w.edge})
		w.edge = false
	}
}

// lineBreak ends the open line; the block goes on (<br>).
func (w *blockWriter) lineBreak() { w.endLine() }

// cell separates table cells within a row.
func (w *blockWriter) cell() { w.add(" ", -1, -1) }

// flush ends the open line and the block.
func (w *blockWriter) flush() {
	w.endLine()
	w.gap = true
}

// endLine closes the open line.
func (w *blockWriter) endLine() {
	if len(w.cur) == 0 {
		if w.pre > 0 {
			w.gap = true // a blank line inside <pre> ends a block
		}
		return
	}
	w.lines = append(w.lines, line{segs: w.cur, gap: w.gap || len(w.lines) == 0, pre: w.pre > 0})
	w.cur = nil
	w.gap = false
}

// enter opens element n.
func (w *blockWriter) enter(n *html.Node) {
	switch {
	case n.Data == "br":
		w.lineBreak()
	case n.Data == "td" || n.Data == "th":
		w.cell()
	case isBlock(n.Data):
		w.flush()
		if n.Data == "pre" {
			w.pre++
		}
	default:
		w.edge = true
	}
}

// leave closes element n.
func (w *blockWriter) leave(n *html.Node) {
	switch {
	case n.Data == "td" || n.Data == "th":
		w.cell()
	case isBlock(n.Data):
		w.flush()
		if n.Data == "pre" && w.pre > 0 {
			w.pre--
		}
	default:
		w.edge = true
	}
}

// finish returns the lines with their text set from the segments that
// keep reports true for, leaving out lines that keep nothing (a block
// boundary before a line left out passes to the next line). In text that
// the extractor trimmed (trimmed true), a space goes between two words
// that meet at an inline element's edge unless the page has them glued
// (a drop cap: "<span>I</span>n-house").
func finish(p *page, lines []line, trimmed bool, keep func(seg) bool) []line {
	out := lines[:0]
	gap := false
	for _, l := range lines {
		l.text = finishText(p, l, trimmed, keep)
		if l.text == "" {
			gap = gap || l.gap
			continue
		}
		l.gap = l.gap || gap
		gap = false
		out = append(out, l)
	}
	return out
}

// finishText returns the text of line l as finish sets it. A line of one
// segment, as most are, takes its text as it is, without a copy.
func finishText(p *page, l line, trimmed bool, keep func(seg) bool) string {
	var b strings.Builder
	var prev *seg
	text, kept := "", 0
	for k := range l.segs {
		s := &l.segs[k]
		if !keep(*s) {
			continue
		}
		kept++
		if kept == 1 {
			text, prev = s.text, s
			continue
		}
		if kept == 2 {
			b.WriteString(text)
		}
		if trimmed && s.edge && b.Len() > 0 && spaceBetween(p, b.String(), prev.t, s) {
			b.WriteByte(' ')
		}
		b.WriteString(s.text)
		prev = s
	}
	if kept > 1 {
		text = b.String()
	}
	if l.pre {
		text = strings.TrimRight(text, " \t\r\f")
		if strings.TrimSpace(text) == "" {
			return ""
		}
		return text
	}
	return collapseSpace(text)
}

// spaceBetween reports whether a space goes between text a, ending in a
// piece of the page's text node at, and the next piece s, across an inline
// element's edge, in text the extractor trimmed: where two words meet and
// the page does not glue them, and wherever the page has white space
// between the two text nodes ("<strong>“KB”</strong> refers", "<b>A:</b>
// Yes"), except between letters of scripts written without spaces.
func spaceBetween(p *page, a string, at int32, s *seg) bool {
	if wordsMeet(a, s.text) {
		return !glued(p, at, s.t)
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(s.text)
	if unicode.IsSpace(last) || unicode.IsSpace(first) || unspacedScript(last) || unspacedScript(first) {
		return false
	}
	return spaced(p, at, s.t)
}

// unspacedScript reports whether r is a letter of a script that does not
// separate words with spaces: Han, kana, Hangul and the like, and Thai.
func unspacedScript(r rune) bool {
	return r >= 0x2E80 && unicode.IsLetter(r) || r >= 0x0E00 && r <= 0x0E7F
}

// spaced reports whether the page's text nodes a and b follow each other
// with white space between them: at the end of a, the start of b, or in
// the text nodes of white space alone between them ("</b> <i>"). It
// looks at a few such nodes at most: more between them is markup the
// extractor took apart, and no evidence either way.
func spaced(p *page, a, b int32) bool {
	if p == nil || a < 0 || b <= a || b-a > 4 {
		return false
	}
	x, y := p.texts[a].node.Data, p.texts[b].node.Data
	if x != "" && isSpace(x[len(x)-1]) || y != "" && isSpace(y[0]) {
		return true
	}
	for k := a + 1; k < b; k++ {
		if strings.TrimLeft(p.texts[k].node.Data, " \t\n\r\f") != "" {
			return false
		}
	}
	return b > a+1
}

// collapseSpace returns s with its runs of white space (as strings.Fields
// sees it) turned into one space and trimmed at both ends. Most lines have
// none to collapse, and come back as they are.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// needsCollapse reports whether collapseSpace changes s: whether it has
// white space other than single spaces between words. It reads each byte
// with one look-up in spaceBytes.
func needsCollapse(s string) bool {
	for i := 0; i < len(s); i++ {
		k := spaceBytes[s[i]]
		if k == plainByte {
			continue
		}
		switch k {
		case spaceByte:
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return true
			}
		case otherSpaceByte:
			return true
		case spaceLeadByte:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return true
			}
			i += n - 1
		}
	}
	return false
}

// What needsCollapse makes of a byte.
const (
	plainByte      = iota
	spaceByte      // ' '
	otherSpaceByte // the other ASCII white space: '\t', '\n', '\v', '\f', '\r'
	spaceLeadByte  // a byte that starts the other white space characters
)

// spaceBytes is what needsCollapse makes of each byte. Only the lead bytes
// 0xC2, 0xE1, 0xE2 and 0xE3 start a white space character that is not
// ASCII (U+0085, U+00A0, U+1680, U+2000 to U+3000); other bytes of other
// characters are passed over one by one.
var spaceBytes = func() (t [256]uint8) {
	t[' '] = spaceByte
	for _, c := range "\t\n\v\f\r" {
		t[c] = otherSpaceByte
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = spaceLeadByte
	}
	return t
}()

// wordsMeet reports whether a ends and b starts with a letter or digit of
// a script that separates words with spaces (the Han, kana and Thai
// scripts do not).
func wordsMeet(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	return spacedWordRune(last) && spacedWordRune(first)
}

func spacedWordRune(r rune) bool {
	return r < 0x2E80 && !(r >= 0x0E00 && r <= 0x0E7F) &&
		(unicode.IsLetter(r) || unicode.IsDigit(r))
}

// glued reports whether the page's text nodes a and b follow each other
// with no white space between them, as a drop cap and the rest of its
// word do.
func glued(p *page, a, b int32) bool {
	if p == nil || a < 0 || b != a+1 {
		return false
	}
	x, y := p.texts[a].node.Data, p.texts[b].node.Data
	return x != "" && y != "" && !isSpace(x[len(x)-1]) && !isSpace(y[0])
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// render walks root: text is called for each text node, and the elements
// that skip reports true for are left out with everything under them.
func (w *blockWriter) render(root *html.Node, text func(*html.Node), skip func(*html.Node) bool) []line {
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			text(n)
		case html.ElementNode:
			if hiddenTag(n.Data) || skip(n) {
				return false
			}
			w.enter(n)
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			w.leave(n)
		}
	})
	w.flush()
	return w.lines
}

// renderExtracted renders the extractor's tree root, whose text nodes are
// found in the page p (see aligner): every piece of its text knows the
// page's text node it came from and the matched element holding that.
func renderExtracted(p *page, root *html.Node) []line {
	var w blockWriter
	nodes, pieces := newAligner(p).alignAll(root)
	k := 0 // the render meets the text nodes in alignAll's order
	return w.render(root, func(n *html.Node) {
		if k >= len(nodes) || nodes[k] != n {
			w.text(n.Data, -1, -1) // not met by alignAll: found nowhere
			return
		}
		ps := pieces[k]
		k++
		for _, pc := range ps {
			noise := int32(-1)
			if pc.t >= 0 {
				noise = p.texts[pc.t].noise
			}
			w.text(pc.text, pc.t, noise)
		}
	}, func(*html.Node) bool { return false })
}

// renderPage renders the part of the page under root as readers see it:
// without the matched elements (unless vetoed), the elements that stay
// hidden, and the elements without visible text.
func renderPage(p *page, root *html.Node) []line {
	var w blockWriter
	from := 0 // every text node rendered is in p.texts, in order (see textFrom)
	return w.render(root, func(n *html.Node) {
		w.text(n.Data, p.textFrom(n, &from), -1)
	}, func(n *html.Node) bool {
		if hides(n) && !p.shown[n] {
			return true
		}
		k, ok := p.noiseOf[n]
		return ok && p.noise[k].veto == ""
	})
}
