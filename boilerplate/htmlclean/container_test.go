package htmlclean

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// containerPage has an article whose paragraphs sit in div#body between
// headings, a list of facts, a list of links and a data blob, with a
// sign-up box and a list of other stories in the same container before and
// after the paragraphs.
const containerPage = `<html><body><div id="page">
<div id="body">
<p>Sign up for the weekly letter and read every story first.</p>
<p>The harbour board met on Monday to decide the future of the old ferry pier and its sheds.</p>
<h2>What was decided</h2>
<p>After two hours of debate the board agreed to keep the pier open for walkers until the spring.</p>
<ul><li>Repairs start in March</li><li>Cost: 2.4 million</li></ul>
<ul><li><a href="/a">Harbour fees rise again</a></li><li><a href="/b">New ferry for the island</a></li></ul>
<div>{"widget":"cards","count":3}</div>
<p>The sheds will be offered to local clubs, who have until the end of the year to bid for them.</p>
<ul><li><a href="/c">Read more: the pier in pictures</a></li></ul>
</div>
<div id="aside"><p>Other news from the region, told in a sentence that is long enough to be prose.</p></div>
</div></body></html>`

// extracted is what an extractor that dropped the headings and lists
// would give for containerPage.
const extracted = `The harbour board met on Monday to decide the future of the old ferry pier and its sheds.

After two hours of debate the board agreed to keep the pier open for walkers until the spring.

The sheds will be offered to local clubs, who have until the end of the year to bid for them.
`

func TestArticleContainer(t *testing.T) {
	doc := parseString(t, containerPage)
	body := findElement(doc, "body")
	c := articleContainer(extracted, body)
	if c == nil || attr(c, "id") != "body" {
		t.Fatalf("articleContainer = %v, want div#body", c)
	}
	// Lines that start after a <br>, not where their block starts.
	brPage := parseString(t, `<html><body><div id="cards">`+
		`<div>Pothos<br>The harbour board met on Monday to decide the future of the old ferry pier and its sheds.</div>`+
		`<div>Ivy<br>After two hours of debate the board agreed to keep the pier open for walkers until the spring.</div>`+
		`<div>Fern<br>The sheds will be offered to local clubs, who have until the end of the year to bid for them.</div>`+
		`</div><p>A footer line that is long enough to count as prose in the page.</p></body></html>`)
	if c := articleContainer(extracted, findElement(brPage, "body")); c == nil || attr(c, "id") != "cards" {
		t.Errorf("articleContainer of lines after <br> = %v, want div#cards", c)
	}
	// Too few prose lines to place the article.
	if c := articleContainer("The harbour board met on Monday to decide the future of the old ferry pier and its sheds.\n", body); c != nil {
		t.Errorf("articleContainer of one line = %v, want nil", c)
	}
	// Lines that are not on the page.
	if c := articleContainer(strings.ReplaceAll(extracted, "The", "A"), body); c != nil {
		t.Errorf("articleContainer of unknown lines = %v, want nil", c)
	}
}

func TestTrimToArticle(t *testing.T) {
	doc := parseString(t, containerPage)
	c := articleContainer(extracted, findElement(doc, "body"))
	if c == nil {
		t.Fatal("no container")
	}
	got := trimToArticle(extracted, renderVisible(c), linkKeys(c))
	want := `The harbour board met on Monday to decide the future of the old ferry pier and its sheds.

What was decided

After two hours of debate the board agreed to keep the pier open for walkers until the spring.

Repairs start in March

Cost: 2.4 million

The sheds will be offered to local clubs, who have until the end of the year to bid for them.
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("trimToArticle (-want +got):\n%s", diff)
	}
	if !completes(extracted, got) {
		t.Error("completes = false for a render that only adds a heading and a list")
	}
	if trimToArticle("Nothing of this is in the container, as the line says here.\n", renderVisible(c), nil) != "" {
		t.Error("trimToArticle without the article's lines is not empty")
	}
}

func TestCompletes(t *testing.T) {
	para := "This line of the article is long enough to count as prose, and it ends a sentence."
	article := strings.Repeat(para+"\n\n", 4)
	for _, tc := range []struct {
		name      string
		container string
		want      bool
	}{
		{"adds short lines", article + strings.Repeat("A heading\n\n", 10), true},
		{"adds nothing", article, false},
		{"adds a little prose", article + "A list item that is long enough to count as prose, ended by a stop.\n\n", true},
		{"adds much prose", article + strings.Repeat("Another paragraph of some other part of the page, long enough and ended.\n\n", 5), false},
	} {
		if got := completes(article, tc.container); got != tc.want {
			t.Errorf("%s: completes = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDataLine(t *testing.T) {
	for line, want := range map[string]bool{
		`{"layout":2,"title":"x"}`:  true,
		`[{"id":1}]`:                true,
		`{braces} in a sentence`:    false,
		`Cost: {"a"} is not a blob`: false,
	} {
		if got := dataLine(line); got != want {
			t.Errorf("dataLine(%q) = %v, want %v", line, got, want)
		}
	}
}
