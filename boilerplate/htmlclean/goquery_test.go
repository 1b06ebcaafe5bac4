package htmlclean

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderTree is the tree under n as html.Render writes it.
func renderTree(t testing.TB, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func goqueryDoc(t testing.TB, page string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Whatever part of the page it is handed, CleanSelection cleans the whole
// page, gives the Text that Clean gives for the page's HTML, and leaves the
// caller's tree byte for byte as it was; CleanDocument too.
func TestCleanSelectionWholePageUntouched(t *testing.T) {
	c := newTestCleaner(t, Options{})
	for _, name := range []string{"article.html", "rules.html"} {
		page := readTestdata(t, name)
		want := cleanString(t, c, page)
		if want.Text == "" || len(want.DOMRemoved) == 0 {
			t.Fatalf("%s: Clean gave no text or no DOM removal; the test needs both", name)
		}
		doc := goqueryDoc(t, page)
		before := renderTree(t, doc.Nodes[0])
		sels := map[string]*goquery.Selection{
			"document":   doc.Selection,
			"html":       doc.Find("html"),
			"body":       doc.Find("body"),
			"article":    doc.Find("article"),
			"paragraphs": doc.Find("p"),
			"last-li":    doc.Find("li").Last(),
		}
		for sname, sel := range sels {
			if sel.Length() == 0 {
				continue
			}
			got, err := c.CleanSelection(sel, "")
			if err != nil {
				t.Fatalf("%s/%s: %v", name, sname, err)
			}
			if got.Text != want.Text || got.Path != want.Path || len(got.DOMRemoved) != len(want.DOMRemoved) {
				t.Errorf("%s/%s: Text, Path or DOM removals differ from Clean's:\ngot  %s %d %q\nwant %s %d %q",
					name, sname, got.Path, len(got.DOMRemoved), got.Text, want.Path, len(want.DOMRemoved), want.Text)
			}
			if after := renderTree(t, doc.Nodes[0]); after != before {
				t.Fatalf("%s/%s: CleanSelection changed the caller's tree", name, sname)
			}
		}
		for _, n := range []*html.Node{doc.Nodes[0], doc.Find("html").Nodes[0], doc.Find("article").Nodes[0]} {
			got := c.CleanDocument(n)
			if got.Text != want.Text {
				t.Errorf("%s: CleanDocument(<%s>) Text differs from Clean's:\ngot  %q\nwant %q", name, n.Data, got.Text, want.Text)
			}
			if after := renderTree(t, doc.Nodes[0]); after != before {
				t.Fatalf("%s: CleanDocument(<%s>) changed the caller's tree", name, n.Data)
			}
		}
	}
}

// The page URL given per call is the one the extractor reads, as with
// CleanURL; a bad one and an empty selection are errors.
func TestCleanSelectionURLAndErrors(t *testing.T) {
	page := readTestdata(t, "article.html")
	const u = "https://news.example.org/2024/river-towns"
	c := newTestCleaner(t, Options{URL: "https://other.example.com/"})
	want, err := c.CleanURL(strings.NewReader(page), u)
	if err != nil {
		t.Fatal(err)
	}
	doc := goqueryDoc(t, page)
	got, err := c.CleanSelection(doc.Find("article"), u)
	if err != nil {
		t.Fatal(err)
	}
	if got.Metadata != want.Metadata {
		t.Errorf("Metadata with a page URL = %+v, CleanURL gives %+v", got.Metadata, want.Metadata)
	}
	def, err := c.CleanSelection(doc.Selection, "")
	if err != nil {
		t.Fatal(err)
	}
	if def.Metadata.URL == got.Metadata.URL {
		t.Errorf("Metadata.URL %q is the same with and without a page URL: the URL is not used", def.Metadata.URL)
	}
	if _, err := c.CleanSelection(doc.Selection, "http://[::1"); err == nil {
		t.Error("a page URL that does not parse gave no error")
	}
	for name, sel := range map[string]*goquery.Selection{"nil": nil, "no-match": doc.Find("video")} {
		if _, err := c.CleanSelection(sel, ""); !errors.Is(err, ErrEmptySelection) {
			t.Errorf("%s selection: error %v, want ErrEmptySelection", name, err)
		}
	}
}

// A fragment that hangs from no document is cleaned as a page of its own.
func TestCleanSelectionFragment(t *testing.T) {
	page := readTestdata(t, "article.html")
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(page[strings.Index(page, "<article"):strings.Index(page, "</article>")+10]), body)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	before := renderTree(t, body)
	c := newTestCleaner(t, Options{})
	res, err := c.CleanSelection(goquery.NewDocumentFromNode(body).Selection, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "Engineers from the regional water board") || strings.Contains(res.Text, "Share on Facebook") {
		t.Errorf("fragment cleaned to %q", res.Text)
	}
	if renderTree(t, body) != before {
		t.Error("the fragment was changed")
	}
}

// cloneTree copies every node, shares none with the original, and walks a
// tree far deeper than a recursive copy could without growing the stack.
// (TestRevealShowsLongHiddenPanels checks the map of copies it returns.)
func TestCloneTree(t *testing.T) {
	orig := parseString(t, readTestdata(t, "rules.html"))
	cp, _ := cloneTree(orig, nil)
	if got, want := renderTree(t, cp), renderTree(t, orig); got != want {
		t.Fatalf("clone renders differently:\n%s\nwant\n%s", got, want)
	}
	seen := map[*html.Node]bool{}
	for n := orig; n != nil; n = next(n, orig) {
		seen[n] = true
	}
	count := 0
	for n := cp; n != nil; n = next(n, cp) {
		count++
		if seen[n] {
			t.Fatalf("clone shares node <%s> with the original", n.Data)
		}
		if len(n.Attr) > 0 {
			n.Attr[0].Val = "changed"
		}
	}
	if count != len(seen) {
		t.Errorf("clone has %d nodes, original %d", count, len(seen))
	}
	if renderTree(t, orig) == renderTree(t, cp) {
		t.Error("changing the clone's attributes changed the original's too, or nothing changed")
	}

	const depth = 200_000
	deep := &html.Node{Type: html.DocumentNode}
	n := deep
	for range depth {
		c := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: "x"}}}
		n.AppendChild(c)
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "t"})
		n = c
	}
	cp, _ = cloneTree(deep, nil)
	levels := 0
	for n := cp; n.FirstChild != nil; n = n.FirstChild {
		if n.FirstChild.NextSibling == nil || n.FirstChild.NextSibling.Data != "t" {
			t.Fatalf("level %d: sibling text lost", levels)
		}
		levels++
	}
	if levels != depth {
		t.Errorf("clone is %d levels deep, want %d", levels, depth)
	}
}

func BenchmarkCloneTree(b *testing.B) {
	page := readTestdata(b, "article.html")
	doc := parseString(b, page)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		cloneTree(doc, nil)
	}
}
