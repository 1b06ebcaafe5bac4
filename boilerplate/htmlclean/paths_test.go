package htmlclean

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRestoreFlow: what the extractor leaves out of the article's flow
// comes back when the page's structure says it is the article's; boxes of
// their own, links and short lines do not.
func TestRestoreFlow(t *testing.T) {
	c := newTestCleaner(t, Options{})
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "heading-list-table",
			body: `<div class="body">` + paragraphs(1, 2) + `<h2>What the board decided</h2>` + paragraphs(3, 1) +
				`<ul><li>Close the bridge</li><li>Raise the dike</li></ul><table><tr><td>Cost</td><td>$12m</td></tr></table>` + paragraphs(4, 2) + `</div>`,
			want: []string{"What the board decided", "Close the bridge", "Raise the dike", "Cost $12m"},
		},
		{
			name: "boxes-links-short",
			body: `<div class="body">` + paragraphs(1, 2) +
				`<div class="card"><h3>Another story about a fair</h3><p>The county fair opens on Friday with rides and a parade through the old town for all the families who come.</p></div>` +
				`<ul><li><a href="/a">Bridge repairs to start in May</a></li></ul><p>By Jane Roe</p>` + paragraphs(3, 2) + `</div>`,
			not: []string{"Another story about a fair", "county fair opens", "Bridge repairs to start", "By Jane Roe"},
		},
		{
			name: "sibling-section",
			body: `<div class="wrap"><section class="part">` + paragraphs(1, 3) + `</section><div class="ad">` + paragraphs(20, 1) + `</div>` +
				`<section class="part"><h2>The second part</h2>` + paragraphs(4, 3) + `</section></div>`,
			want: []string{"The second part", "On day 4 ", "On day 6 "},
		},
		{
			// The article's sections are like blocks a few levels up, each
			// holding its text in the same place; a like block that holds
			// its text elsewhere (a card) is not one of them.
			name: "nested-sections",
			body: `<div class="wrap">` +
				`<section class="part"><div class="grid"><div class="text"><div class="description">` + paragraphs(1, 3) + `</div></div></div></section>` +
				`<section class="divider"><img src="x.jpg" alt=""></section>` +
				`<section class="part"><div class="grid"><div class="text"><div class="description">` + paragraphs(4, 3) + `</div></div></div></section>` +
				`<section class="part"><div class="grid"><div class="card">` + paragraphs(20, 1) + `</div></div></section></div>`,
			want: []string{"On day 4 ", "On day 6 "},
			not:  []string{"On day 20 "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body><main>" + tt.body + "</main></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			p := &page{doc: doc, body: findElement(doc, "body")}
			c.findNoise(p)
			p.indexText()
			// The extractor's article: the paragraphs of the first part
			// only, as the extractor gives them.
			var b strings.Builder
			b.WriteString("<div>")
			for n := p.body; n != nil; n = next(n, p.body) {
				if n.Type == html.ElementNode && n.Data == "p" && strings.HasPrefix(nodeText(n, 1000), "On day") &&
					!strings.HasPrefix(nodeText(n, 1000), "On day 4") && !strings.HasPrefix(nodeText(n, 1000), "On day 5") &&
					!strings.HasPrefix(nodeText(n, 1000), "On day 6") && !strings.HasPrefix(nodeText(n, 1000), "On day 20") {
					b.WriteString("<p>" + nodeText(n, 1000) + "</p>")
				}
			}
			if tt.name != "sibling-section" && tt.name != "nested-sections" {
				b.WriteString(paragraphs(4, 2))
			}
			b.WriteString("</div>")
			ext, _ := html.Parse(strings.NewReader(b.String()))
			article := finish(p, renderExtracted(p, findElement(ext, "div")), true, p.keeps)
			restored, why := c.restoreFlow(p, article)
			got := joined(article)
			if restored != nil {
				got = joined(restored)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q (%s):\n%s", w, why, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("keeps %q (%s):\n%s", w, why, got)
				}
			}
		})
	}
}

func TestNamesContent(t *testing.T) {
	for class, want := range map[string]bool{
		"article-body pagination-first": true, "entry-content": true, "storyBody": true, "post_content": true,
		"content": true, "articleBody": true, "comment-content": false, "related-content": false,
		"pagination": false, "content-related-list": false,
	} {
		doc, _ := html.Parse(strings.NewReader(`<div class="` + class + `">x</div>`))
		if got := namesContent(findElement(doc, "div"), nil); got != want {
			t.Errorf("namesContent(class %q) = %v, want %v", class, got, want)
		}
	}
	doc, _ := html.Parse(strings.NewReader(`<div itemprop="articleBody" class="share-tools">x</div>`))
	if !namesContent(findElement(doc, "div"), nil) {
		t.Error("itemprop articleBody not taken for content")
	}
}

func TestJoinsTo(t *testing.T) {
	lines := []line{{text: "one"}, {text: ""}, {text: "two"}}
	for text, want := range map[string]bool{
		"one\n\ntwo\n": true, "one\n\ntwo": false, "one\n\ntwo\n\n": false,
		"one\ntwo\n": false, "one\n\ntwx\n": false, "": false,
	} {
		if got := joinsTo(lines, text); got != want {
			t.Errorf("joinsTo(%q) = %v, want %v", text, got, want)
		}
	}
	if !joinsTo(nil, "") {
		t.Error("joinsTo(nil, \"\") = false, want true")
	}
}

// TestWidgetForArticle: when the extractor takes a comment section for the
// article (as it may when the article is not marked up as one), the DOM
// rules take the comments out and nothing of the article is left; the
// whole page is cleaned instead, and the Result says why. When the
// extractor's text still holds prose after the comments go, or the page
// holds no prose elsewhere, the extractor's text stays.
func TestWidgetForArticle(t *testing.T) {
	c := newTestCleaner(t, Options{})
	var comments strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&comments, `<div class="reply"><p>Reader %d writes that the council got the dikes wrong again, and that they will not hold another winter unless somebody pays for the repairs.</p></div>`, i)
	}
	// The heading stands outside the section, as it does on some pages:
	// it is what is left of the extractor's text once the section goes.
	section := `<h4>Discussion about this post</h4><div class="comments-section">` + comments.String() + `</div>`
	menu := `<div class="site-menu"><ul>` + strings.Repeat(`<li><a href="/p">Politics and government</a></li><li><a href="/b">Business and the markets</a></li>`, 20) + `</ul></div>`
	tests := []struct {
		name      string
		article   string // the page's article
		extracted string // what the extractor takes for it
		path      string
		want, not []string
	}{
		{
			name:      "comments-taken",
			article:   paragraphs(1, 4),
			extracted: "<p>Discussion about this post</p>" + comments.String(),
			path:      PathFallback,
			want:      []string{"On day 1 ", "On day 4 "},
			not:       []string{"Reader 1 writes"},
		},
		{
			name:      "article-and-comments",
			article:   paragraphs(1, 4),
			extracted: paragraphs(1, 4) + comments.String(),
			path:      PathExtractor,
			want:      []string{"On day 1 ", "On day 4 "},
			not:       []string{"Reader 1 writes"},
		},
		{
			name:      "no-prose-elsewhere",
			article:   `<ul><li>Bread</li><li>Milk</li><li>Eggs</li></ul>`,
			extracted: "<p>Discussion about this post</p>" + comments.String(),
			path:      PathExtractor,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseString(t, "<html><head><title>The dikes</title></head><body>"+menu+
				`<div class="post"><h1>The dikes</h1><div class="post-body">`+tt.article+"</div></div>"+section+"</body></html>")
			p := newPage(doc)
			c.findNoise(p)
			findShown(p)
			p.indexText()
			if !rulesFired(c.textResult(c.page, p, nil, Metadata{}))["dom/comments/comment-section"] {
				t.Fatal("the comment section is not matched; the test's page no longer tests the path")
			}
			ext := parseString(t, "<html><body><div>"+tt.extracted+"</div></body></html>")
			res := c.fromExtracted(p, renderExtracted(p, findElement(ext, "div")), "The dikes", Metadata{})
			if res.Path != tt.path {
				t.Errorf("path %q (%s), want %q; text:\n%s", res.Path, res.PathReason, tt.path, res.Text)
			}
			if res.Path == PathFallback && (!strings.Contains(res.PathReason, "comment sections") || !strings.Contains(res.Note, "comment section")) {
				t.Errorf("the reason (%q) and note (%q) do not say why", res.PathReason, res.Note)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("lacks %q:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(res.Text, w) {
					t.Errorf("keeps %q:\n%s", w, res.Text)
				}
			}
		})
	}
}
