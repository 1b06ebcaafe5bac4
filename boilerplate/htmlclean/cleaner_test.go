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
		res := cleanString(t, newTestCleaner(t, Options{DisableRules: []string{"dom/share/*"}}), page)
		for _, r := range res.DOMRemoved {
			if r.Category == boilerplate.Share {
				t.Errorf("share rule %s fired although disabled", r.Rule)
			}
		}
	})
	t.Run("keep-category", func(t *testing.T) {
		res := cleanString(t, newTestCleaner(t, Options{KeepCategories: []boilerplate.Category{boilerplate.Caption}}), page)
		if rulesFired(res)["dom/caption/figcaption"] {
			t.Error("caption removed although kept")
		}
	})
	t.Run("extra-rules", func(t *testing.T) {
		set, err := ParseDOMRuleSet("site", strings.NewReader("ferry/list  advert  tag  ul\n"))
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
		{DisableRules: []string{"dom/share/no-such-rule"}},
		{DisableRules: []string{"nosuch/*"}},
		{KeepCategories: []boilerplate.Category{"nosuch"}},
		{MaxInputSize: -1},
		{RuleSets: []*DOMRuleSet{{Name: "x", Rules: []DOMRule{{Name: "a", Category: "share", Match: "css", Pattern: "div["}}}}},
	} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%+v) succeeded, want an error", bad)
		}
	}
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

func TestTextOptions(t *testing.T) {
	got := TextOptions(boilerplate.Options{DisableRules: []string{"en/share/*", boilerplate.HeuristicTailZone}})
	want := []string{"en/share/*", boilerplate.HeuristicTailZone, boilerplate.HeuristicHeaderZone, boilerplate.HeuristicRepeated}
	if diff := cmp.Diff(want, got.DisableRules); diff != "" {
		t.Errorf("DisableRules (-want +got):\n%s", diff)
	}
	if _, err := boilerplate.New(got); err != nil {
		t.Errorf("TextOptions gave options New rejects: %v", err)
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
