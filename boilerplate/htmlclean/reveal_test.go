package htmlclean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRevealShowsLongHiddenPanels: long hidden panels are shown to the
// extractor, on a copy when the tree is the caller's, and short hidden
// elements, overlays, matched elements (the first and the last of the
// panels) and the hidden parts of the page's header, footer, navigation
// and asides stay hidden.
func TestRevealShowsLongHiddenPanels(t *testing.T) {
	long := strings.Repeat("Panels like this one hold the answer to a question of the article. ", 5)
	src := `<html><body>
<div id="a" style="display:none; color: red">` + long + `</div>
<div id="b" hidden aria-hidden="true">` + long + `</div>
<div id="c" style="overflow:hidden">` + long + `</div>
<div id="short" style="display:none">Skip to content</div>
<div id="modal" class="share-modal" style="display:none">` + long + `</div>
<div id="d" style="display:none">` + long + `</div>
<div id="e" class="accordion-panel accordion-panel-hidden">` + long + `</div>
<div id="f" class="is-hidden">Short</div>
<header><div id="menu">Home News</div><div id="banner" hidden>` + long + `</div></header>
<footer><div id="panel" style="display:none">` + long + `</div></footer>
<article><header><h1>The dikes</h1><div id="h" hidden>` + long + `</div></header></article>
<div id="g" style="display:none">` + long + `</div>
</body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*html.Node{}
	for n := doc; n != nil; n = next(n, doc) {
		for _, a := range n.Attr {
			if a.Key == "id" {
				byID[a.Val] = n
			}
		}
	}
	var before strings.Builder
	html.Render(&before, doc)
	// A matched element inside a chrome element (the menu) is passed over
	// with it; the matched elements after it are still known.
	p := &page{doc: doc, body: findElement(doc, "body"), noise: []noiseNode{{node: byID["d"]}, {node: byID["menu"]}, {node: byID["g"]}},
		noiseOf: map[*html.Node]int32{byID["d"]: 0, byID["menu"]: 1, byID["g"]: 2}}
	findShown(p)
	ext := forExtractor(p, false)
	var after strings.Builder
	html.Render(&after, doc)
	if before.String() != after.String() {
		t.Error("forExtractor changed the caller's tree")
	}
	shown := map[string]*html.Node{}
	for n := ext; n != nil; n = next(n, ext) {
		if id := attr(n, "id"); id != "" {
			shown[id] = n
		}
	}
	for id, hidden := range map[string]bool{"a": false, "b": false, "c": false, "short": true, "modal": true, "d": true, "e": false, "f": true, "g": true,
		"banner": true, "panel": true, "h": false} {
		if got := hides(shown[id]); got != hidden {
			t.Errorf("element %q hidden = %v for the extractor, want %v (attributes %v)", id, got, hidden, shown[id].Attr)
		}
	}
	for _, a := range shown["a"].Attr {
		if a.Key == "style" && strings.TrimSpace(a.Val) != "color: red" {
			t.Errorf("style of a = %q, want the other declarations kept", a.Val)
		}
	}
	if forExtractor(p, true) != doc {
		t.Error("forExtractor copied a tree that was the Cleaner's own")
	}
}

func TestCleanKeepsCollapsedAnswers(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Heat pumps explained</title></head><body><article><h1>Heat pumps explained</h1>`)
	for _, p := range []string{
		"A heat pump moves warmth from the air or the ground into the house, and it uses far less power to do so than a heater that makes the warmth itself from electricity.",
		"In winter the pump pulls heat out of air that feels cold to us; the colder the air, the harder it works, which is why good insulation matters before anything else.",
		"Most houses built in the last thirty years can take one without new radiators, though older homes may need larger ones in a room or two to stay warm on the coldest days.",
		"The running costs depend on the price of power where you live, but owners in our survey paid about a third less than they had paid for gas in the years before.",
	} {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`<div class="accordion"><h3>How long does the work take?</h3>`)
	b.WriteString(`<div class="accordion-panel" style="display:none"><p>Most fitters need two or three days for the work: one to set the outdoor unit on its base, one to run the pipes and a last one to test the system and show the owners how it works, which takes an hour or two of walking through the controls together with the owners of the house.</p></div>`)
	b.WriteString(`</div></article></body></html>`)
	res := cleanString(t, newTestCleaner(t, Options{}), b.String())
	if !strings.Contains(res.Text, "Most fitters need two or three days") {
		t.Errorf("Text lacks the collapsed answer:\n%s", res.Text)
	}
}

// TestDialogAfterFooterStaysHidden: a dialog that sites append after the
// footer, with class words no rule knows, holds long hidden tab panels
// (a cookie dialog's). Shown, they would be the longest text of the page
// and the extractor would take them for the article; they stay hidden,
// and the article is what comes out.
func TestDialogAfterFooterStaysHidden(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>A poster contest for children</title></head><body><div class="q1"><h1>A poster contest for children</h1>`)
	b.WriteString(`<p>The poster contest for children takes place for the sixth time this year, and children between six and twelve are asked to join in with colourful ideas.</p>`)
	b.WriteString(`<p>Design a poster under the motto "Keep our waters clean", think about what it means and send your message to the city by the third of April.</p>`)
	b.WriteString(`</div><footer><p>About us</p><p>Contact</p></footer>`)
	b.WriteString(`<div class="q2"><ul><li><button>Overview</button></li><li><button>Needed</button></li><li><button>Extra</button></li></ul>`)
	for _, tab := range []string{
		"This website uses cookies so that we can give you the best experience we can. The information is stored in your browser and does things such as recognising you when you come back to the website and helping the team to understand which sections of the website you find most interesting and useful.",
		"Strictly necessary cookies should be enabled at all times so that we can save your preferences for cookie settings. If you turn this cookie off, we cannot save your settings, which means that every time you visit this website you will have to enable or disable cookies again.",
		"This website uses further cookies to collect anonymous information such as the number of visitors to the site and the most popular pages. Keeping this cookie enabled helps us to improve our website, and you can turn it off at any time in the settings of this dialog.",
	} {
		b.WriteString(`<div class="q3" style="display:none"><h3>Cookies</h3><p>` + tab + `</p></div>`)
	}
	b.WriteString(`</div></body></html>`)
	res := cleanString(t, newTestCleaner(t, Options{}), b.String())
	if !strings.Contains(res.Text, "Design a poster") || strings.Contains(res.Text, "cookie") {
		t.Errorf("path %s (%s); text:\n%s", res.Path, res.PathReason, res.Text)
	}
}

func TestHidingClass(t *testing.T) {
	for w, want := range map[string]bool{
		"hidden": true, "Hidden": true, "is-hidden": true, "panel-hidden": true, "hide-on-load": true,
		"x-hide-y": true, "hide": true, "hiddenness": false, "unhidden-text": false, "show": false, "overflow-hidden-x": false,
	} {
		if got := hidingClass(w); got != want {
			t.Errorf("hidingClass(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMayHide: the quick test that hides asks first never rules out a
// class attribute with a hiding class name in it.
func TestMayHide(t *testing.T) {
	for _, v := range []string{"hidden", "Hidden", "a is-hidden", "HIDE-mobile b", "x-hide-y", "HİDDEN", "panel-hIdden"} {
		hiding := false
		for _, w := range strings.Fields(v) {
			hiding = hiding || hidingClass(w)
		}
		if !hiding {
			t.Errorf("%q: no hiding class in the test case", v)
		}
		if !mayHide(v) {
			t.Errorf("mayHide(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"", "header shadow", "hi d", "share-bar"} {
		if mayHide(v) {
			t.Errorf("mayHide(%q) = true, want false", v)
		}
	}
	// mayHide passes over eight bytes at a time: "hid" at every offset
	// into such a word, across the end of one (the 'h' its last byte),
	// in the bytes after the last whole word; and a byte past ASCII, or
	// an 'h' that starts no "hid", anywhere.
	for n := range 26 {
		for at := 0; at < n; at++ {
			for _, w := range []string{"hid", "HiD", "h", "H", "hi", "é", "hxd"} {
				if at+len(w) > n {
					continue
				}
				v := strings.Repeat("x-", n)[:at] + w + strings.Repeat("a_", n)[:n-at-len(w)]
				if got, want := mayHide(v), mayHideAt(v, 0, len(v)); got != want {
					t.Errorf("mayHide(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
}

// TestRevealStopsAtFooter: hidden panels after the page's footer stay
// hidden (dialogs and banners appended to the body), unless they lie in
// an article, section or main element or are React's streamed content; a
// footer inside the article does not count.
func TestRevealStopsAtFooter(t *testing.T) {
	long := strings.Repeat("Panels like this one hold the answer to a question of the article. ", 5)
	src := `<html><body>
<article><p>The dikes held.</p><div id="before" style="display:none">` + long + `</div><footer>Filed under dikes</footer></article>
<div id="after-article" style="display:none">` + long + `</div>
<footer><p>About us</p></footer>
<div class="x1"><button>Settings</button><div id="tab" style="display:none">` + long + `</div></div>
<div hidden id="S:1f">` + long + `</div>
<div hidden id="S:zz">` + long + `</div>
<section><div id="in-section" style="display:none">` + long + `</div></section>
</body></html>`
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(doc)
	findShown(p)
	shown := map[string]bool{}
	for n := range p.shown {
		shown[attr(n, "id")] = true
	}
	for id, want := range map[string]bool{"before": true, "after-article": true, "tab": false, "S:1f": true, "S:zz": false, "in-section": true} {
		if shown[id] != want {
			t.Errorf("element %q shown = %v, want %v", id, shown[id], want)
		}
	}
}
