package htmlclean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMissesProse(t *testing.T) {
	sentence := "This line of the article is long enough to count as prose, and it ends a sentence."
	article := strings.Repeat(sentence+"\n\n", 4)
	more := article + strings.Repeat(sentence+"\n\n", 8)
	short := strings.Repeat("Short line\n\nA line of many words without any end mark at all here\n\n", 20)
	for _, tc := range []struct {
		name          string
		article, main string
		want          bool
	}{
		{"main holds three times the prose", article, more, true},
		{"same prose", article, article, false},
		{"main adds no prose, only short lines", article, article + short, false},
		{"little prose in all", "One.\n", sentence + "\n", false}, // less than mainProseMin more
	} {
		if got := missesProse(tc.article, tc.main); got != tc.want {
			t.Errorf("%s: missesProse = %v, want %v (prose %d and %d)", tc.name, got, tc.want, proseLen(tc.article), proseLen(tc.main))
		}
	}
}

func TestLargestMain(t *testing.T) {
	page := `<html><body><article id="small"><p>A short teaser.</p></article>
<div role="main" id="big"><p>The whole story, told at length over many more words than the teaser.</p></div>
<main id="mid"><p>Some text of middling length.</p></main></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if m := largestMain(doc); m == nil || attr(m, "id") != "big" {
		t.Errorf("largestMain = %v, want the role=main element", m)
	}
	doc, err = html.Parse(strings.NewReader("<p>No main element.</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if m := largestMain(doc); m != nil {
		t.Errorf("largestMain = %v, want nil", m)
	}
}

func TestRenderVisible(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<main><p>Shown.</p><div class="modal" style="display:none"><p>Hidden.</p></div><p>Also shown.</p></main>`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := renderVisible(doc), "Shown.\n\nAlso shown.\n"; got != want {
		t.Errorf("renderVisible = %q, want %q", got, want)
	}
	if got := render(doc, true); !strings.Contains(got, "Hidden.") {
		t.Errorf("render = %q, want the hidden text kept", got)
	}
}
