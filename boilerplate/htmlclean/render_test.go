package htmlclean

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// testPage parses page and indexes it as the pipeline does, with the
// elements matching noiseSel (a tag name, or "" for none) as matched
// elements.
func testPage(t *testing.T, src, noiseTag string) *page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + src + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	p := &page{doc: doc, body: findElement(doc, "body"), noiseOf: map[*html.Node]int32{}}
	for n := p.body; n != nil; n = next(n, p.body) {
		if n.Type == html.ElementNode && n.Data == noiseTag {
			p.noiseOf[n] = int32(len(p.noise))
			p.noise = append(p.noise, noiseNode{node: n})
		}
	}
	p.indexText()
	return p
}

// joined returns the lines as Rendered has them.
func joined(lines []line) string {
	s, _ := joinLines(lines)
	return s
}

func TestRenderPage(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"blocks", "<h2>Title</h2><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul>",
			"Title\n\nOne bold word.\n\na\n\nb\n"},
		{"br", "<p>line one<br>line two</p>", "line one\nline two\n"},
		{"table", "<table><tr><th>State</th><th>Cost</th></tr><tr><td>Texas</td><td>$12</td></tr></table>",
			"State Cost\n\nTexas $12\n"},
		{"pre", "<pre>a  b\n  c\n\nd</pre><p>x</p>", "a  b\n  c\n\nd\n\nx\n"},
		{"hidden-tags", "<p>a<script>var x;</script>b<button>Share</button></p><style>p{}</style>", "ab\n"},
		{"hidden", `<p>seen</p><div style="display:none">unseen</div>`, "seen\n"},
		{"glued", "<p><b>W</b>ord</p>", "Word\n"},
		{"empty", "<div> </div>", ""},
		{"matched", "<p>Para one <span>Photo: AP</span> goes on.</p><p>Para two.</p>", "Para one goes on.\n\nPara two.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPage(t, tt.page, "span")
			if diff := cmp.Diff(tt.want, joined(finish(p, renderPage(p, p.body), false, keepAll))); diff != "" {
				t.Errorf("renderPage (-want +got):\n%s", diff)
			}
			if tt.name == "hidden" || tt.name == "matched" {
				return // the token stream knows no styles or matched elements
			}
			if diff := cmp.Diff(tt.want, joined(tokenRender([]byte(tt.page)))); diff != "" {
				t.Errorf("tokenRender (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRenderExtracted: the extractor's text, trimmed and run together, is
// found in the page; the pieces from a matched element are left out, and
// words that meet at an inline element's edge get a space unless the page
// has them glued (a drop cap).
func TestRenderExtracted(t *testing.T) {
	p := testPage(t, `<article><p><span class="dropcap">I</span>n-house catering is <b>common</b>.</p>`+
		`<p>Para one <em>Photo: AP</em> goes on.</p><p><b>Lunacal</b> syncs with calendars.</p></article>`, "em")
	// What the extractor gives: its own tree, text trimmed, one inline
	// element dropped and its text run into the paragraph's.
	ext, err := html.Parse(strings.NewReader(`<div><p><span>I</span><span>n-house catering is</span><b>common</b>.</p>` +
		`<p>Para one Photo: AP goes on.</p><p><b>Lunacal</b>syncs with calendars.</p><p>Text the page does not have.</p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	lines := renderExtracted(p, findElement(ext, "div"))
	got := joined(finish(p, lines, true, p.keeps))
	want := "In-house catering is common.\n\nPara one goes on.\n\nLunacal syncs with calendars.\n\nText the page does not have.\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("renderExtracted (-want +got):\n%s", diff)
	}
	if t0 := lines[3].t0(); t0 != -1 {
		t.Errorf("text the page does not have was found at text %d", t0)
	}
}

// TestRenderExtractedPunctuationEdge: where the page has white space
// between an inline element and the text after it, the trimmed text gets
// it back, whatever characters meet there ("“KB” refers", "A: Yes"); where
// the page has none ("“KB”s", Japanese across a <b>), none is added.
func TestRenderExtractedPunctuationEdge(t *testing.T) {
	p := testPage(t, `<article><p><strong>“KB”</strong> refers to the body.</p><p><b>A:</b> <i>Yes</i>, for sure.</p>`+
		`<p><b>“KB”</b>s are boxes.</p><p><b>日本</b> 語</p></article>`, "")
	ext, err := html.Parse(strings.NewReader(`<div><p><strong>“KB”</strong>refers to the body.</p><p><b>A:</b><i>Yes</i>, for sure.</p>` +
		`<p><b>“KB”</b>s are boxes.</p><p><b>日本</b>語</p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	got := joined(finish(p, renderExtracted(p, findElement(ext, "div")), true, p.keeps))
	want := "“KB” refers to the body.\n\nA: Yes, for sure.\n\n“KB”s are boxes.\n\n日本語\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("renderExtracted (-want +got):\n%s", diff)
	}
}

func TestAlignSplitsMergedText(t *testing.T) {
	p := testPage(t, "<p>Hello <b>big</b> world</p><p>Hello again</p>", "b")
	a := newAligner(p)
	got := a.align("Hello big world", nil)
	want := []piece{{"Hello ", 0}, {"big ", 1}, {"world", 2}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(piece{})); diff != "" {
		t.Errorf("align (-want +got):\n%s", diff)
	}
	if got := a.align("Hello again", nil); len(got) != 1 || got[0].t != 3 {
		t.Errorf("align after the cursor = %+v, want text 3", got)
	}
}

// TestIndexTextNoise: each text knows the outermost matched element
// holding it, past matched elements inside others.
func TestIndexTextNoise(t *testing.T) {
	p := testPage(t, "<aside>a<aside>b</aside>c</aside>d<aside>e</aside>", "aside")
	var got []int32
	for _, tx := range p.texts {
		got = append(got, tx.noise)
	}
	if want := []int32{0, 0, 0, -1, 2}; !slices.Equal(got, want) {
		t.Errorf("noise of the texts = %v, want %v", got, want)
	}
}

// TestKeysOf: the keys of texts keyed together are each text's own key,
// and appending to one leaves the next as it is.
func TestKeysOf(t *testing.T) {
	var nodes []*html.Node
	for _, s := range []string{"Hello, World!", "", "  ", "İ and Ⱥ", "9 lives"} {
		nodes = append(nodes, &html.Node{Type: html.TextNode, Data: s})
	}
	keys := keysOf(nodes)
	for i, n := range nodes {
		if got, want := string(keys.of(i)), lineKey(n.Data); got != want {
			t.Errorf("key %d of %q = %q, want %q", i, n.Data, got, want)
		}
	}
	_ = append(keys.of(0), "xxxx"...)
	if got := string(keys.of(3)); got != lineKey(nodes[3].Data) {
		t.Errorf("key 3 = %q after appending to key 0", got)
	}
}

// TestAlignShortTextInParagraph: a name set in italics at the start of
// the article's first paragraph is also an entry of the menu above it.
// The extractor's text starts at the paragraph, so its first words are
// looked for from the top of the page; they must be taken from the
// paragraph, not from the menu, or the name goes with the menu and the
// sentence loses it.
func TestAlignShortTextInParagraph(t *testing.T) {
	page := `<html><body><ul class="menu"><li><a href="/a">The Morning Desk</a></li><li><a href="/b">Night Shift with Example</a></li><li><a href="/c">Weekend Edition</a></li></ul>
<div class="entry-content"><p>The <em>Night Shift with Example</em> team asks its listeners every Friday for the best things they read online that week.</p>
<p>Following a ruling on the exclusive rights to a phrase, a magazine made a graphic about the owners of every team in the league.</p>
<p>A reporter for a local paper followed three family bakeries as they tried to sell bread without added sugar this year.</p></div></body></html>`
	res, err := newTestCleaner(t, Options{}).Clean(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "The Night Shift with Example team asks"; !strings.Contains(res.Text, want) {
		t.Errorf("text lost words inside a sentence: want %q in\n%s", want, res.Text)
	}
}

// TestAlignPrefersVisibleCopy: a paragraph the page has twice, once in a
// closed dialog, is taken from the visible copy.
func TestAlignPrefersVisibleCopy(t *testing.T) {
	para := "The water board met on Monday to talk about the dikes and the bridge."
	p := testPage(t, `<div style="display:none"><p>`+para+`</p></div><p>`+para+`</p>`, "")
	got := newAligner(p).align(para, nil)
	if len(got) != 1 || p.texts[got[0].t].hidden {
		t.Errorf("align = %+v: want the visible copy", got)
	}
}

func TestNodePath(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<body class="home"><div class="a b"><section id="s"><div><div><ul class="share"><li>x</li></ul></div></div></section></div></body>`))
	ul := findElement(doc, "ul")
	if got, want := nodePath(ul), "…>section#s>div>div>ul.share"; got != want {
		t.Errorf("nodePath = %q, want %q", got, want)
	}
	if got, want := nodePath(findElement(doc, "section")), "body>div.a>section#s"; got != want {
		t.Errorf("nodePath = %q, want %q", got, want)
	}
	// The first class name before the id, wherever each stands; the id
	// when the class attribute has no name.
	doc, _ = html.Parse(strings.NewReader(`<main id="m" class=" "><p id="i" class="c d"><b>x</b></p></main>`))
	if got, want := nodePath(findElement(doc, "b")), "body>main#m>p.c>b"; got != want {
		t.Errorf("nodePath = %q, want %q", got, want)
	}
	if got, want := pathSuffix(findElement(doc, "b")), ""; got != want {
		t.Errorf("pathSuffix = %q, want %q", got, want)
	}
}

// TestCollapseSpace checks collapseSpace against strings.Fields, around
// every character up to U+3100 (every white space character among them),
// and that every white space character starts with one of the lead bytes
// its quick scan decodes.
func TestCollapseSpace(t *testing.T) {
	cases := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "ä ö", "a\u2003 b", "\xff \xfe", "a\nb", "x\u0085y", "\xc2", "a\xe2\x80"}
	for r := rune(0); r < 0x3100; r++ {
		cases = append(cases, string(r), "a"+string(r)+"b", "x "+string(r)+" y", " "+string(r))
	}
	for _, s := range cases {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if lead := string(r)[0]; unicode.IsSpace(r) && lead != 0xC2 && lead != 0xE1 && lead != 0xE2 && lead != 0xE3 {
			t.Errorf("white space %U starts with %#x, which collapseSpace passes over", r, lead)
		}
	}
}
