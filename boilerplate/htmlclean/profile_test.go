package htmlclean

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A synthetic site of HTML pages: the site's menu and footer, an article
// of its own on each page, and in the middle of the article the site's
// box of other stories, whose teasers rotate from page to page. The
// words are made up.
func gazettePage(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><title>Harbour report %d</title></head><body>
<div class="masthead"><a href="/">Harbour Gazette</a> <a href="/town">Town</a> <a href="/port">Port</a></div>
<div class="post-%d entry"><h1>Harbour report %d</h1>
`, n, 7000+n, n)
	for k := range 6 {
		if k == 3 {
			b.WriteString(`<div class="gazette-box"><h3>Harbour desk selection</h3>`)
			for j := range 3 {
				fmt.Fprintf(&b, `<p>Tide table for pier %d</p>`, (n+j)%3)
			}
			b.WriteString("</div>\n")
		}
		fmt.Fprintf(&b, "<p>Paragraph %d of report %d: the pier %d crew counted %d boats at dawn and the ferry %d left on time, as the harbour master had planned for the week of report %d.</p>\n", k, n, n*7+k, n*13+k, n+k, n)
	}
	b.WriteString(`</div><div class="colophon"><p>Harbour Gazette, printed on the quay</p><p>Letters to the quay office</p></div></body></html>`)
	return b.String()
}

func TestProfileLearnAndClean(t *testing.T) {
	c := newTestCleaner(t, Options{})
	p := boilerplate.NewProfile()
	for n := 2; n <= 4; n++ {
		if err := c.Learn(p, strings.NewReader(gazettePage(n))); err != nil {
			t.Fatal(err)
		}
	}
	if p.Pages() != 3 || p.Seen("Harbour desk selection") != 3 || p.Seen("Paragraph 0 of report 2") != 0 {
		t.Fatalf("profile of %d pages, box heading seen on %d", p.Pages(), p.Seen("Harbour desk selection"))
	}
	page := gazettePage(1)
	plain := cleanString(t, c, page)
	if !strings.Contains(plain.Text, "Tide table for pier 1") {
		t.Fatalf("without a profile the box is gone already, the test shows nothing:\n%s", plain.Text)
	}
	others := newTestCleaner(t, Options{Text: boilerplate.Options{ProfileExcludesPage: true}})
	for name, pc := range map[string]*Cleaner{
		"WithProfile": others.WithProfile(p),
		"New":         newTestCleaner(t, Options{Text: boilerplate.Options{Profile: p, ProfileExcludesPage: true}}),
	} {
		res := cleanString(t, pc, page)
		// The box's teasers go but the last, which heads a paragraph of
		// the article as a subheading would; the footer goes.
		for _, gone := range []string{"Tide table for pier 1", "Tide table for pier 2", "Harbour Gazette, printed on the quay", "Letters to the quay office"} {
			if strings.Contains(res.Text, gone) {
				t.Errorf("%s: the site's line %q was kept:\n%s", name, gone, res.Text)
			}
		}
		for k := range 6 {
			if want := fmt.Sprintf("Paragraph %d of report 1:", k); !strings.Contains(res.Text, want) {
				t.Errorf("%s: %q was removed:\n%s", name, want, res.Text)
			}
		}
		n := 0
		for _, r := range res.Removed {
			if r.Rule == boilerplate.ProfileSiteRepeated {
				n++
				if r.Profile.Pages != 3 || r.Profile.Seen != 3 {
					t.Errorf("%s: %q: evidence %+v, want seen on 3 of 3 pages in the same block", name, r.Text, r.Profile)
				}
				if res.Rendered[r.Start:r.End] != r.Text {
					t.Errorf("%s: removal %+v does not point into Rendered", name, r)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: nothing removed by %s", name, boilerplate.ProfileSiteRepeated)
		}
	}
}

// TestProfilePlaces: a line the site shows in one kind of block is not
// the site's where it stands in another: the profile counts lines in
// their blocks, and the text of a box learned in the box is not evidence
// against the same words in the article.
func TestProfilePlaces(t *testing.T) {
	c := newTestCleaner(t, Options{})
	p := boilerplate.NewProfile()
	for n := 2; n <= 4; n++ {
		if err := c.Learn(p, strings.NewReader(gazettePage(n))); err != nil {
			t.Fatal(err)
		}
	}
	// Page 1 says the box's heading and one of its teasers as a list of
	// its own, in the article's flow.
	page := strings.Replace(gazettePage(1), "<p>Paragraph 1 of report 1",
		"<ul><li>Harbour desk selection</li><li>Tide table for pier 0</li></ul><p>Paragraph 1 of report 1", 1)
	res := cleanString(t, newTestCleaner(t, Options{Text: boilerplate.Options{Profile: p, ProfileExcludesPage: true}}), page)
	if !strings.Contains(res.Text, "Harbour desk selection\n\nTide table for pier 0\n\nParagraph 1") {
		t.Errorf("the article's own list went as the site's:\n%s", res.Text)
	}
}

// TestPlacesMatchRendered: the places given to the text stage cover the
// lines of the rendered text, with each line's block.
func TestPlacesMatchRendered(t *testing.T) {
	doc := parseString(t, gazettePage(5))
	p := &page{doc: doc, body: findElement(doc, "body")}
	p.indexText()
	lines := finish(p, renderPage(p, p.body), false, keepAll)
	rendered, _ := joinLines(lines)
	pl := places(p, lines, true)
	if len(pl) != len(lines) {
		t.Fatalf("%d places for %d lines", len(pl), len(lines))
	}
	for i, x := range pl {
		if rendered[x.Start:x.End] != lines[i].text {
			t.Errorf("place %d is %q, line %q", i, rendered[x.Start:x.End], lines[i].text)
		}
	}
	want := map[string]string{
		"Harbour desk selection":   "body>div.post.entry>div.gazette-box>h3",
		"Tide table for pier 2":    "body>div.post.entry>div.gazette-box>p",
		"Harbour Gazette, printed": "body>div.colophon>p",
	}
	for i, l := range lines {
		for prefix, sig := range want {
			if strings.HasPrefix(l.text, prefix) && pl[i].Block != sig {
				t.Errorf("%q: block %q, want %q", l.text, pl[i].Block, sig)
			}
		}
	}
}

// TestLearnBadInput: any input is learned without a panic, as a page.
func TestLearnBadInput(t *testing.T) {
	c := newTestCleaner(t, Options{MaxInputSize: 1 << 20})
	p := boilerplate.NewProfile()
	for _, in := range []string{"", "\x00\xff<html", "<p>unclosed <b>tags <i>everywhere", strings.Repeat("<div>", 100000) + "deep"} {
		if err := c.Learn(p, strings.NewReader(in)); err != nil {
			t.Errorf("Learn(%.20q): %v", in, err)
		}
	}
	if p.Pages() != 4 {
		t.Errorf("Pages() = %d, want 4", p.Pages())
	}
	if err := c.Learn(p, bytes.NewReader(make([]byte, 2<<20))); err == nil {
		t.Error("Learn past MaxInputSize: no error")
	}
	c.LearnDocument(p, nil)
}
