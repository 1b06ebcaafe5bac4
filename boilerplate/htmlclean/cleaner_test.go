package htmlclean

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

func TestCleanArticle(t *testing.T) {
	c := newTestCleaner(t, Options{})
	res := cleanString(t, c, readTestdata(t, "article.html"))
	if res.Path != PathExtractor {
		t.Errorf("Path = %q, want %q", res.Path, PathExtractor)
	}
	for _, want := range []string{
		"The river rose by two metres over the weekend",
		"Engineers from the regional water board",
		"Schools stay open",
		"Sandbags are handed out at the fire station.",
		"More than two hundred people signed up",
	} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("Text lacks %q:\n%s", want, res.Text)
		}
	}
	for _, noise := range []string{
		"Share on Facebook", "The river at dawn, seen from", "Sign up for our daily newsletter",
		"Bridge repairs to start", "Leave a reply", "Most read", "We use cookies", "Tags: flood",
	} {
		if strings.Contains(res.Text, noise) {
			t.Errorf("Text keeps %q:\n%s", noise, res.Text)
		}
	}
	fired := rulesFired(res)
	for _, rule := range []string{"dom/share/share-widget", "dom/caption/figcaption",
		"dom/subscribe/newsletter", "dom/related/related-widget", "dom/legal/cookie-banner"} {
		if !fired[rule] {
			t.Errorf("rule %s did not fire; removed: %+v", rule, res.DOMRemoved)
		}
	}
	// One block per paragraph and list item.
	if !strings.Contains(res.Rendered, "fire station.\n\nThe ferry stops") {
		t.Errorf("list items not separate blocks:\n%s", res.Rendered)
	}
	if res.Metadata.Title == "" || res.Metadata.SiteName != "Valley Courier" {
		t.Errorf("Metadata = %+v", res.Metadata)
	}
	for _, r := range res.Removed {
		if res.Rendered[r.Start:r.End] != r.Text {
			t.Errorf("removal %+v does not point into Rendered", r)
		}
	}
}

// TestGuard checks that class words do not remove the article: modifier
// classes ("has-share", "category-…") are not looked at, and an element
// holding most of the page's text is kept whatever its class.
func TestGuard(t *testing.T) {
	para := strings.Repeat("The water board met on Monday to talk about the dikes and the bridge. ", 8)
	pages := map[string]string{
		"modifier-classes": `<div class="entry-content has-share category-advertising tag-comments"><p>` + para + `</p><p>` + para + `</p></div><div class="article-share">Share now</div>`,
		"most-text":        `<div class="related-wrapper"><p>` + para + `</p><p>` + para + `</p></div><div class="related">Other stories here</div>`,
		"page-form":        `<form id="form1"><p>` + para + `</p><p>` + para + `</p><p>Write to the board.</p></form>`,
		"holds-main":       `<div class="social-layout"><div role="main"><p>` + para + `</p></div><p>` + para + para + para + `</p></div>`,
	}
	c := newTestCleaner(t, Options{})
	for name, body := range pages {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			res := cleanString(t, c, "<html><body>"+body+"</body></html>")
			if !strings.Contains(res.Rendered, "The water board met on Monday") {
				t.Errorf("article removed; DOMRemoved = %+v", res.DOMRemoved)
			}
			for _, r := range res.DOMRemoved {
				if strings.Contains(r.Text, "The water board") {
					t.Errorf("%s removed the article at %s", r.Rule, r.Path)
				}
			}
		})
	}
}

// A closed dialog that repeats the article (as republishing and print
// widgets do) holds most of the page's text; the guard must not keep it
// from the dialog rule, or the extractor may take the copy, with the
// widget's own text, for the article.
func TestHiddenArticleCopy(t *testing.T) {
	para := strings.Repeat("The water board met on Monday to talk about the dikes and the bridge. ", 8)
	terms := "Articles must be reprinted in full, with the name of the author and a link back to the page."
	article := `<article><h1>Dikes</h1><p>` + para + `</p><p>` + para + `</p></article>`
	modal := `<div id="reprint-modal" role="dialog" aria-modal="true" style="display:none"><h1>Dikes</h1><p>` + para + `</p><p>` + para + `</p><p>` + terms + `</p><p>` + terms + `</p></div>`
	for name, page := range map[string]string{
		"copy-after":  article + modal,
		"copy-before": modal + article,
	} {
		t.Run(name, func(t *testing.T) {
			res := cleanString(t, newTestCleaner(t, Options{}), "<html><body>"+page+"</body></html>")
			if !strings.Contains(res.Text, "The water board met on Monday") {
				t.Fatalf("article lost; Text = %q", res.Text)
			}
			if strings.Contains(res.Text, "reprinted in full") {
				t.Errorf("dialog text kept: %q", res.Text)
			}
			if !rulesFired(res)["dom/hidden/dialog"] {
				t.Errorf("dom/hidden/dialog did not fire; DOMRemoved = %+v", res.DOMRemoved)
			}
		})
	}
	// A hidden dialog holding nearly all of the page's text is not a copy:
	// the guard keeps it.
	doc := parseString(t, `<html><body><div role="dialog" style="display:none"><p>`+para+`</p></div><p>Short.</p></body></html>`)
	body := findElement(doc, "body")
	d := findElement(body, "div")
	if hiddenCopy(d, textLen(d), textLen(body)) {
		t.Error("hiddenCopy true for a dialog holding almost all text")
	}
}

func TestOptions(t *testing.T) {
	page := readTestdata(t, "article.html")
	t.Run("disable-prefix", func(t *testing.T) {
		res := cleanString(t, newTestCleaner(t, Options{Text: boilerplate.Options{DisableRules: []string{"dom/share/*"}}}), page)
		for _, r := range res.DOMRemoved {
			if r.Category == boilerplate.Share {
				t.Errorf("share rule %s fired although disabled", r.Rule)
			}
		}
	})
	t.Run("keep-category", func(t *testing.T) {
		res := cleanString(t, newTestCleaner(t, Options{Text: boilerplate.Options{KeepCategories: []boilerplate.Category{boilerplate.Caption}}}), page)
		if rulesFired(res)["dom/caption/figcaption"] {
			t.Error("caption removed although kept")
		}
	})
	t.Run("extra-rules", func(t *testing.T) {
		set, err := ParseDOMRuleSet("site", strings.NewReader("ferry/list  advert  tag  ul\n+ <ul><li>x</li></ul>\n"))
		if err != nil {
			t.Fatal(err)
		}
		res := cleanString(t, newTestCleaner(t, Options{RuleSets: []*DOMRuleSet{set}, NoBuiltinRules: true}), page)
		if len(res.DOMRemoved) == 0 || res.DOMRemoved[0].Rule != "site/ferry/list" {
			t.Errorf("DOMRemoved = %+v, want only site/ferry/list", res.DOMRemoved)
		}
		if strings.Contains(res.Text, "ferry stops") {
			t.Error("text of the removed list kept")
		}
	})
	for _, bad := range []Options{
		{Text: boilerplate.Options{DisableRules: []string{"dom/share/no-such-rule"}}},
		{Text: boilerplate.Options{DisableRules: []string{"nosuch/*"}}},
		{Text: boilerplate.Options{KeepCategories: []boilerplate.Category{"nosuch"}}},
		{Text: boilerplate.Options{Language: "xx"}},
		{MaxInputSize: -1},
		{RuleSets: []*DOMRuleSet{{Name: "x", Rules: []DOMRule{{Name: "a", Category: "share", Match: "css", Pattern: "div["}}}}},
	} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%+v) succeeded, want an error", bad)
		}
	}
}

// TestTextOptionsOnEveryPath: the text options (a rule set of one's own,
// the language, disabled text rules) reach the text stage whichever way the
// article was found, fallback included.
func TestTextOptionsOnEveryPath(t *testing.T) {
	set, err := boilerplate.ParseRuleSet("mine", strings.NewReader("promo/line advert line buy the print edition\n+ Buy the print edition\n"))
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{
		PathExtractor: "<html><body><article>" + paragraphs(1, 4) + "<p>Buy the print edition</p>" + paragraphs(5, 2) + "</article></body></html>",
		// Nested past the parser's limit: rendered from the token stream.
		PathFallback: "<html><body>" + strings.Repeat("<div>", 600) + "<p>Buy the print edition</p>" + paragraphs(1, 3) + "</body></html>",
	}
	c := newTestCleaner(t, Options{Text: boilerplate.Options{RuleSets: []*boilerplate.RuleSet{set}, Language: "en"}})
	off := newTestCleaner(t, Options{Text: boilerplate.Options{RuleSets: []*boilerplate.RuleSet{set}, DisableRules: []string{"mine/promo/line"}}})
	for path, page := range pages {
		res := cleanString(t, c, page)
		if res.Path != path {
			t.Errorf("%s page: Path = %q", path, res.Path)
		}
		if !removedBy(res, "mine/promo/line") {
			t.Errorf("%s path: the user's rule did not act; Removed = %+v", path, res.Removed)
		}
		if res.Language != "en" {
			t.Errorf("%s path: Language = %q, want the option's en", path, res.Language)
		}
		if res := cleanString(t, off, page); removedBy(res, "mine/promo/line") {
			t.Errorf("%s path: a disabled text rule acted", path)
		}
	}
}

// paragraphs returns n paragraphs of article prose, each different,
// numbered from first on.
func paragraphs(first, n int) string {
	var b strings.Builder
	for i := first; i < first+n; i++ {
		fmt.Fprintf(&b, "<p>On day %d the water board met to talk about the dikes and the bridge, and about the plans for the winter after the floods of the spring.</p>", i)
	}
	return b.String()
}

func removedBy(res Result, rule string) bool {
	for _, r := range res.Removed {
		if r.Rule == rule {
			return true
		}
	}
	return false
}

func TestCleanDocument(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(readTestdata(t, "article.html")))
	if err != nil {
		t.Fatal(err)
	}
	res, err := CleanDocument(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "The river rose") {
		t.Errorf("Text = %q", res.Text)
	}
	if _, err := CleanDocument(nil, Options{}); err != nil {
		t.Errorf("nil document: %v", err)
	}
}

// TestCleanDocumentLeavesTreeAlone: cleaning a parsed page changes nothing
// in it, whichever of its nodes is passed, and gives the same result.
func TestCleanDocumentLeavesTreeAlone(t *testing.T) {
	long := strings.Repeat("Panels like this one hold the answer to a question of the article. ", 5)
	page := strings.Replace(readTestdata(t, "article.html"), "signed up in the first two days.</p>",
		`signed up in the first two days.</p><div class="accordion-panel" style="display:none"><p>`+long+`</p></div>`, 1)
	c := newTestCleaner(t, Options{})
	want := cleanString(t, c, page)
	doc := parseString(t, page)
	var before strings.Builder
	if err := html.Render(&before, doc); err != nil {
		t.Fatal(err)
	}
	for _, n := range []*html.Node{doc, findElement(doc, "html"), findElement(doc, "article")} {
		res := c.CleanDocument(n)
		var after strings.Builder
		if err := html.Render(&after, doc); err != nil {
			t.Fatal(err)
		}
		if after.String() != before.String() {
			t.Fatalf("CleanDocument(<%s>) changed the tree", n.Data)
		}
		if res.Text != want.Text {
			t.Errorf("CleanDocument(<%s>) Text differs from Clean's:\n%s\nwant:\n%s", n.Data, res.Text, want.Text)
		}
	}
	if !strings.Contains(want.Text, "Panels like this one") {
		t.Errorf("the collapsed panel was not shown to the extractor:\n%s", want.Text)
	}
}

// TestClassWordOnArticle: a noise word in the class of the element that
// holds the article does not remove it, whether the element names itself
// as the content or the extractor chose its text as the article.
func TestClassWordOnArticle(t *testing.T) {
	menu := "<ul class=\"site-menu\">" + strings.Repeat("<li><a href=\"/x\">Section name</a></li>", 60) + "</ul>"
	footer := "<footer>" + strings.Repeat("<p>About us. Contact. Jobs. Advertise with us. Terms of use.</p>", 20) + "</footer>"
	for name, article := range map[string]string{
		"names-content":   `<div class="article-body pagination-first">` + paragraphs(1, 6) + `</div>`,
		"extractor-chose": `<div class="story pagination-first">` + paragraphs(1, 6) + `</div>`,
	} {
		t.Run(name, func(t *testing.T) {
			res := cleanString(t, newTestCleaner(t, Options{}), "<html><body>"+menu+article+footer+"</body></html>")
			if got := strings.Count(res.Text, "the water board met"); got != 6 {
				t.Errorf("kept %d of 6 paragraphs; Path %s, DOMRemoved %+v, Text:\n%s", got, res.Path, res.DOMRemoved, res.Text)
			}
		})
	}
}

// TestPrivateUseText: characters of the private-use area in the page's
// text (once used to mark noise in the text itself) change nothing.
func TestPrivateUseText(t *testing.T) {
	page := "<html><body><article>" + paragraphs(1, 1) + "<p>Opening \ue000 sign and a closing \ue001 sign sit in this paragraph of the article, which goes on.</p>" +
		paragraphs(2, 3) + `<div class="share-bar">Share</div></article></body></html>`
	res := cleanString(t, newTestCleaner(t, Options{}), page)
	if !strings.Contains(res.Text, "sit in this paragraph of the article, which goes on.") || strings.Count(res.Text, "the water board") != 4 {
		t.Errorf("text lost around private-use characters:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "Share") {
		t.Errorf("share bar kept:\n%s", res.Text)
	}
}

func TestTooLarge(t *testing.T) {
	_, err := Clean(strings.NewReader(strings.Repeat("x", 200)), Options{MaxInputSize: 100})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

// TestConcurrentUse runs one Cleaner from several goroutines; under -race
// this checks that Clean shares no mutable state, and every run must give
// the same Result.
func TestConcurrentUse(t *testing.T) {
	c := newTestCleaner(t, Options{})
	page := readTestdata(t, "article.html")
	want := cleanString(t, c, page)
	for i := 0; i < 6; i++ {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(want, cleanString(t, c, page)); diff != "" {
				t.Errorf("concurrent Clean differs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIncludeComments(t *testing.T) {
	page := strings.Replace(readTestdata(t, "article.html"), `<div id="comments">`,
		`<div id="comments"><ol class="commentlist"><li class="comment"><p>I live by the old bridge and the water was higher than I have ever seen it, thanks for the report.</p></li></ol>`, 1)
	const comment = "I live by the old bridge"
	if res := cleanString(t, newTestCleaner(t, Options{}), page); strings.Contains(res.Rendered, comment) {
		t.Errorf("comment kept by default:\n%s", res.Rendered)
	}
	res := cleanString(t, newTestCleaner(t, Options{IncludeComments: true}), page)
	if !strings.Contains(res.Rendered, comment) {
		t.Errorf("comment lost with IncludeComments:\n%s", res.Rendered)
	}
	if rulesFired(res)["dom/comments/comment-item"] {
		t.Error("comment rules ran with IncludeComments")
	}
}

// TestCleanURL: the page URL given per call reaches the extractor, which
// reports it in the metadata of a page that names no URL of its own; a URL
// that does not parse is an error.
func TestCleanURL(t *testing.T) {
	c := newTestCleaner(t, Options{URL: "https://default.example/"})
	page := readTestdata(t, "article.html")
	res, err := c.CleanURL(strings.NewReader(page), "https://news.example/2024/river")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Metadata.URL, "news.example") {
		t.Errorf("Metadata.URL = %q, want the per-call URL", res.Metadata.URL)
	}
	res, err = c.CleanURL(strings.NewReader(page), "")
	if err != nil || !strings.Contains(res.Metadata.URL, "default.example") {
		t.Errorf("empty per-call URL: Metadata.URL = %q (%v), want Options.URL", res.Metadata.URL, err)
	}
	if _, err := c.CleanURL(strings.NewReader(page), "http://[::1"); err == nil {
		t.Error("a URL that does not parse was accepted")
	}
}

// TestLanguageFromMetadata: when the text stage cannot tell the language
// (too little text), the Result takes the one the page declares.
func TestLanguageFromMetadata(t *testing.T) {
	page := `<html lang="pt"><head><title>Ponte</title></head><body><article><h1>Ponte</h1><p>Obras na ponte velha.</p></article></body></html>`
	res := cleanString(t, newTestCleaner(t, Options{}), page)
	if res.Language != "pt" {
		t.Errorf("Language = %q (metadata %q), want pt", res.Language, res.Metadata.Language)
	}
}

// TestTeaserNeedsLink: inside the extractor's article, a heading that
// shares no words with the text is still the article's own unless it is a
// link; a linked headline of another story goes as a teaser.
func TestTeaserNeedsLink(t *testing.T) {
	c := newTestCleaner(t, Options{})
	const heading = "Pop singer cancels stadium concert after vocal injury"
	const linked = "Chef opens seaside restaurant with locally caught fish menu"
	res := cleanString(t, c, `<html><head><title>Tram line opens</title></head><body><article>
<p>Engineers have finished testing the new tram line that connects the eastern suburbs with the city centre, and passengers can ride it from Friday.</p>
<p>The line has fourteen stops and cuts the journey from the suburbs to the central station to twenty minutes.</p>
<h3>`+heading+`</h3>
<p>The transport authority expects around forty thousand passengers a day once the line is fully running.</p>
<p><a href="/food/seaside-restaurant">`+linked+`</a></p>
<p>Tickets for the tram are valid on buses and the metro, and the first week of travel on the new line is free.</p>
</article></body></html>`)
	if !strings.Contains(res.Text, heading) {
		t.Errorf("the heading that links nowhere was removed:\n%s", res.Text)
	}
	if strings.Contains(res.Text, linked) {
		t.Errorf("the linked headline was kept:\n%s", res.Text)
	}
}
