package htmlclean

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// readInput reads at most max bytes of r into buf, or fails with
// ErrTooLarge. A reader that knows its length (bytes.Reader,
// strings.Reader, bytes.Buffer) is read into one buffer of that size.
func readInput(r io.Reader, max int64, buf *bytes.Buffer) ([]byte, error) {
	if l, ok := r.(interface{ Len() int }); ok && int64(l.Len()) <= max {
		buf.Grow(l.Len() + bytes.MinRead)
	}
	_, err := buf.ReadFrom(io.LimitReader(r, max+1))
	b := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("htmlclean: reading input: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("htmlclean: more than %d bytes: %w", max, ErrTooLarge)
	}
	return b, nil
}

// An inputPool keeps the buffers that pages are read into, for the next
// pages: a page is read whole before it is parsed, and a new buffer for
// each page, of a page's size, is memory the runtime must find, clear
// and collect again, for every page. The parser copies what it keeps,
// so a buffer is free again once its page is parsed.
type inputPool struct{ pool sync.Pool }

// maxPooledInput is the largest buffer an inputPool keeps: about thirty
// times the average page of the development corpus (145 KB), twice its
// largest (1.8 MB). A buffer that held a rare huge page (up to
// MaxInputSize) is let go rather than held for pages that do not need it.
const maxPooledInput = 4 << 20

func (p *inputPool) get() *bytes.Buffer {
	if b, ok := p.pool.Get().(*bytes.Buffer); ok {
		return b
	}
	return new(bytes.Buffer)
}

func (p *inputPool) put(b *bytes.Buffer) {
	if b.Cap() <= maxPooledInput {
		b.Reset()
		p.pool.Put(b)
	}
}

// decode returns b as UTF-8. Bytes that are valid UTF-8 are taken as UTF-8
// whatever a <meta> tag claims (pages often declare iso-8859-1 and are
// UTF-8); otherwise the byte order mark, the <meta> declaration or, failing
// both, a guess from the bytes decides, as in the HTML standard.
func decode(b []byte) []byte {
	if utf8.Valid(b) {
		return bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	}
	enc, _, _ := charset.DetermineEncoding(b, "")
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// Not decodable as declared: keep the bytes; the HTML parser
		// replaces what is not UTF-8.
		return b
	}
	return out
}

// tokenRender renders HTML as blocks without building a tree, with the
// same block rules as renderPage. It is the way out for documents the parser
// rejects (more than 512 nested elements): their text still comes through.
func tokenRender(b []byte) []line {
	var w blockWriter
	z := html.NewTokenizer(bytes.NewReader(b))
	hidden := 0 // depth inside hidden elements
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.flush()
			return finish(nil, w.lines, false, func(seg) bool { return true })
		case html.TextToken:
			if hidden == 0 {
				w.text(string(z.Text()), -1, -1)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := strings.ToLower(string(name))
			if hiddenTag(tag) {
				if tt == html.StartTagToken && !voidTags[tag] {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
				continue
			}
			if hidden > 0 {
				continue
			}
			switch {
			case tag == "br":
				w.lineBreak()
			case tag == "td" || tag == "th":
				w.cell()
			case isBlock(tag):
				w.flush()
				if tag == "pre" && tt == html.StartTagToken {
					w.pre++
				} else if tag == "pre" && tt == html.EndTagToken && w.pre > 0 {
					w.pre--
				}
			}
		}
	}
}

// voidTags never have an end tag.
var voidTags = map[string]bool{
	"input": true, "embed": true, "br": true, "img": true, "hr": true, "meta": true,
	"link": true, "source": true, "track": true, "wbr": true, "area": true, "base": true,
	"col": true, "param": true,
}
