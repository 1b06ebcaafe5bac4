package htmlclean

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzClean checks that no input makes Clean fail, panic or break the
// output contract. It is seeded from the test pages.
func FuzzClean(f *testing.F) {
	addTestPages(f)
	f.Add([]byte("<p>a<br>b</p><table><tr><td>x</td></tr></table>"))
	c := newTestCleaner(f, Options{})
	f.Fuzz(func(t *testing.T, page []byte) {
		res, err := c.Clean(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(res.Rendered) && utf8.Valid(page) {
			t.Errorf("Rendered is not valid UTF-8")
		}
		if res.Text != "" && (!strings.HasSuffix(res.Text, "\n") || strings.HasSuffix(res.Text, "\n\n")) {
			t.Errorf("Text does not end in exactly one newline: %q", res.Text)
		}
		for _, r := range res.Removed {
			if r.Start < 0 || r.End > len(res.Rendered) || res.Rendered[r.Start:r.End] != r.Text {
				t.Errorf("removal %+v does not point into Rendered", r)
			}
		}
	})
}

// FuzzDOM fuzzes the cleaner's own steps apart from the extractor, which
// is slow enough to keep a fuzzer on the whole pipeline to a few runs a
// second: the DOM rules, the hidden parts shown, the page's text index, the
// aligner (each text node of the page aligned against the page itself),
// the renderers and the token renderer, and the bounds on the extractor.
// It runs at several hundred executions a second on two cores; give it
// -fuzzminimizetime 1s, since the default minimises each new input for a
// minute, during which no executions are counted.
func FuzzDOM(f *testing.F) {
	addTestPages(f)
	f.Add([]byte("<p>a<br>b</p><table><tr><td>x</td></tr></table><pre>x\r\ny</pre>"))
	f.Add([]byte(`<div class="share" hidden>Share <b>this</b></div><p>Text <i>and</i> more, ÄÖ 1.</p>`))
	c := newTestCleaner(f, Options{})
	f.Fuzz(func(t *testing.T, in []byte) {
		b := decode(in)
		for _, l := range tokenRender(b) {
			if strings.ContainsAny(l.text, "\r\n") && !l.pre {
				t.Errorf("token render: line %q holds a line break", l.text)
			}
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			return // too deep to parse: Clean takes the token renderer
		}
		c.limits.overLimits(doc)
		p := newPage(doc)
		c.findNoise(p)
		findShown(p)
		p.indexText()

		// The page's own text nodes, aligned in order, are found in it.
		a := newAligner(p)
		var pieces []piece
		for k, src := range p.texts {
			s := src.node.Data
			pieces = a.align(s, pieces[:0])
			var joined strings.Builder
			for _, pc := range pieces {
				joined.WriteString(pc.text)
				if pc.t < -1 || int(pc.t) >= len(p.texts) {
					t.Fatalf("text %d: piece %q points at text %d of %d", k, pc.text, pc.t, len(p.texts))
				}
				if src.k1 > src.k0 && pc.t < 0 {
					t.Errorf("text %d (%q): piece %q not found in the page", k, s, pc.text)
				}
			}
			if joined.String() != s {
				t.Fatalf("text %d: pieces %q do not make up %q", k, joined.String(), s)
			}
		}

		for _, lines := range [][]line{
			finish(p, renderPage(p, p.body), false, keepAll),
			finish(p, renderExtracted(p, p.body), true, p.keeps),
		} {
			rendered, _ := joinLines(lines)
			if utf8.Valid(in) && !utf8.ValidString(rendered) {
				t.Errorf("rendered text is not valid UTF-8")
			}
			for _, l := range lines {
				if l.text == "" || !l.pre && strings.ContainsAny(l.text, "\r\n") {
					t.Errorf("line %q is empty or holds a line break", l.text)
				}
			}
			markCopies(p, lines)
		}
	})
}

// addTestPages seeds f with the test pages.
func addTestPages(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.html")
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}
