package htmlclean_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

// A goquery user (a colly OnHTML callback holds e.DOM) passes any selection
// of the page; the whole page is cleaned and the caller's tree is left as
// it was.
func ExampleCleaner_CleanSelection() {
	page := `<html><head><title>Dikes hold</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<p>The dikes along the lower river held through the night, the water board said on Tuesday morning after its engineers had walked the full length of the bank.</p>
<div class="article-share">Share on Facebook</div>
<p>The water is expected to fall slowly over the next three days, and the ferry will start running again once it drops below the second mark at the old bridge.</p>
</article>
</body></html>`

	c, err := htmlclean.New(htmlclean.Options{}) // once, shared by every page and goroutine
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	res, err := c.CleanSelection(doc.Find("article"), "https://example.org/dikes")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(res.Text)

	fmt.Println(doc.Find("nav a").Length(), "links still in the caller's page")
	// Output:
	// The dikes along the lower river held through the night, the water board said on Tuesday morning after its engineers had walked the full length of the bank.
	//
	// The water is expected to fall slowly over the next three days, and the ferry will start running again once it drops below the second mark at the old bridge.
	// 2 links still in the caller's page
}
