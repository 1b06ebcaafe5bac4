package htmlclean

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// Site profiles from HTML pages. A page teaches a boilerplate.Profile its
// visible text, one line per block as the cleaner renders it, and for each
// line the signature of the block it stands in: the tag path down to the
// block, with the words of each element's class. Cleaning with the
// profile (Options.Text.Profile), a rendered line of the article is the
// site's when the profile saw it in the same kind of block on enough of
// the site's pages (see boilerplate.CleanPlaced).

// sigDepth is how many elements, from the block up, a block signature
// names: enough to tell a sidebar's list from the article's, while an
// extra wrapper high up in one page's layout does not change it.
const sigDepth = 6

// Learn reads an HTML page from r, as Clean does, and adds it to the
// profile p. It fails only when r fails or holds more than
// Options.MaxInputSize bytes. Learning needs no extraction, so it costs
// a parse and a walk of the page, much less than cleaning it.
func (c *Cleaner) Learn(p *boilerplate.Profile, r io.Reader) error {
	b, err := readInput(r, c.opts.MaxInputSize, new(bytes.Buffer))
	if err != nil {
		return err
	}
	b = decode(b)
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		lines := tokenRender(b)
		texts := make([]string, 0, len(lines))
		for _, l := range finish(nil, lines, false, keepAll) {
			texts = append(texts, l.text)
		}
		p.LearnLines(texts, nil)
		return nil
	}
	c.LearnDocument(p, doc)
	return nil
}

// LearnDocument adds a parsed page (any node of it) to the profile p. It
// never changes doc.
func (c *Cleaner) LearnDocument(p *boilerplate.Profile, doc *html.Node) {
	if doc == nil {
		p.LearnLines(nil, nil)
		return
	}
	pg := newPage(doc)
	pg.indexText()
	lines := finish(pg, renderPage(pg, pg.body), false, keepAll)
	texts := make([]string, len(lines))
	blocks := make([]string, len(lines))
	sigs := map[*html.Node]string{}
	for i, l := range lines {
		texts[i] = l.text
		blocks[i] = blockSignature(pg, l, sigs)
	}
	p.LearnLines(texts, blocks)
}

// WithProfile returns a Cleaner that is c with Options.Text.Profile set to
// p (nil: none). Its text cleaners keep copies of p, so p may change
// afterwards. It shares c's rules, so it is cheap: build one Cleaner and
// derive one per site.
func (c *Cleaner) WithProfile(p *boilerplate.Profile) *Cleaner {
	d := *c
	d.opts.Text.Profile = p // only asked whether there is one; the text cleaners keep copies
	d.article = c.article.WithProfile(p)
	d.page = c.page.WithProfile(p)
	return &d
}

// places returns, for the text joinLines makes of lines, where each line
// stood in page p: whether it is a link (see linkLine) and, with blocks,
// the signature of its block ("" for lines that hold no text of the page).
func places(p *page, lines []line, blocks bool) []boilerplate.Place {
	if p == nil {
		return nil
	}
	out := make([]boilerplate.Place, 0, len(lines))
	var sigs map[*html.Node]string
	if blocks {
		sigs = map[*html.Node]string{}
	}
	at := 0
	for i, l := range lines {
		if i > 0 {
			at++
			if l.gap {
				at++
			}
		}
		pl := boilerplate.Place{Start: at, End: at + len(l.text), Link: linkLine(p, l)}
		if blocks {
			pl.Block = blockSignature(p, l, sigs)
		}
		out = append(out, pl)
		at += len(l.text)
	}
	return out
}

// blockSignature returns the signature of the block holding line l's first
// text of the page, "" if it has none: up to sigDepth elements from the
// block up, outermost first, each its tag and class words
// ("div.entry-content>p"). Class words are the class names with their
// digits and the dashes and underscores around them dropped, in order, so
// that "post-7583" on one page and "post-7590" on the next are one class;
// ids, unique per page as often as not, are left out. sigs caches the
// signatures by block.
func blockSignature(p *page, l line, sigs map[*html.Node]string) string {
	t := l.t0()
	if t < 0 {
		return ""
	}
	b := blockOf(p.texts[t].node)
	if b == nil {
		return ""
	}
	if s, ok := sigs[b]; ok {
		return s
	}
	var parts []string
	for n := b; n != nil && n.Type == html.ElementNode && len(parts) < sigDepth; n = n.Parent {
		parts = append(parts, elementSignature(n))
		if n == p.body {
			break
		}
	}
	var sb strings.Builder
	for k := len(parts) - 1; k >= 0; k-- {
		sb.WriteString(parts[k])
		if k > 0 {
			sb.WriteByte('>')
		}
	}
	sigs[b] = sb.String()
	return sigs[b]
}

// elementSignature is an element's tag and class words: "ul.related.links".
func elementSignature(n *html.Node) string {
	var sb strings.Builder
	sb.WriteString(n.Data)
	for _, class := range strings.Fields(attr(n, "class")) {
		w := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, class)
		if w = strings.Trim(w, "-_"); w != "" {
			sb.WriteByte('.')
			sb.WriteString(w)
		}
	}
	return sb.String()
}
