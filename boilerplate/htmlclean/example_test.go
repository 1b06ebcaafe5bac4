package htmlclean_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

func Example() {
	page := `<html><head><title>Dikes hold</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<p>The dikes along the lower river held through the night, the water board said on Tuesday morning after its engineers had walked the full length of the bank.</p>
<div class="article-share">Share on Facebook</div>
<p>The water is expected to fall slowly over the next three days, and the ferry will start running again once it drops below the second mark at the old bridge.</p>
</article>
</body></html>`
	c, err := htmlclean.New(htmlclean.Options{})
	if err != nil {
		log.Fatal(err)
	}
	res, err := c.Clean(strings.NewReader(page))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(res.Text)
	for _, r := range res.DOMRemoved {
		fmt.Printf("removed %s (%s) at %s: %q\n", r.Category, r.Rule, r.Path, r.Text)
	}
	// Output:
	// The dikes along the lower river held through the night, the water board said on Tuesday morning after its engineers had walked the full length of the bank.
	//
	// The water is expected to fall slowly over the next three days, and the ferry will start running again once it drops below the second mark at the old bridge.
	// removed navigation (dom/navigation/nav) at body>nav: "Home News"
	// removed share (dom/share/share-widget) at body>article>div.article-share: "Share on Facebook"
}
