package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// testPage is a hand-made news page with the usual chrome around its article.
const testPage = `<!DOCTYPE html>
<html><head><title>Harbour bridge to reopen in May | Example News</title></head>
<body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Harbour bridge to reopen in May</h1>
<p class="byline">By Jane Doe</p>
<figure><img src="b.jpg" alt="The bridge"><figcaption>The bridge under repair last winter. Photo: Example Agency</figcaption></figure>
<p>The harbour bridge, closed since a barge struck one of its piers in October, will reopen to traffic in May, the city council said on Tuesday.</p>
<p>Engineers replaced two of the damaged girders over the winter and are now testing the repaired pier under load, a council spokesperson said.</p>
<p>Buses that have been diverted through the old town will return to their usual routes once the bridge reopens, the transport authority added.</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Barge strikes harbour bridge</a></li><li><a href="/b">Council approves repair budget</a></li></ul></aside>
</article></main>
<footer><p>&copy; 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
`

// TestHTMLMatchesLibrary runs the pipeline over an HTML file and a JSONL
// record carrying the same page in "html", and checks both against
// htmlclean.Clean with its default options, removals and counters included.
func TestHTMLMatchesLibrary(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte(testPage), 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := json.Marshal(map[string]string{"id": "jsonl-page", "html": testPage})
	if err != nil {
		t.Fatal(err)
	}
	input := writeLines(t, dir, "pages.jsonl", []string{string(rec)})
	output := filepath.Join(dir, "out.jsonl")

	want, err := htmlclean.Clean(strings.NewReader(testPage), htmlclean.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want.Text == "" {
		t.Fatalf("htmlclean kept nothing of the test page: %+v", want)
	}

	cfg := config{Inputs: []string{input, page}, Output: output, Clean: cleanFn{Explain: true}}
	cs, _, err := run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	byID, errs := readOutput(t, output)
	if len(errs) > 0 {
		t.Errorf("error records: %+v", errs)
	}
	for _, id := range []string{"page", "jsonl-page"} {
		got, ok := byID[id]
		if !ok {
			t.Errorf("%s: missing from the output", id)
			continue
		}
		if got.Text != want.Text {
			t.Errorf("%s: text differs from htmlclean.Clean (-library +pipeline):\n%s", id, cmp.Diff(want.Text, got.Text))
		}
		if diff := cmp.Diff(want.Removed, got.Removed, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: removals differ from htmlclean.Clean (-library +pipeline):\n%s", id, diff)
		}
		var dom struct {
			DOMRemoved []htmlclean.DOMRemoval `json:"domRemoved"`
		}
		if err := json.Unmarshal([]byte(got.raw), &dom); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(got.raw, `"html"`) {
			t.Errorf("%s: the input page is copied into the output: %.200s", id, got.raw)
		}
		if diff := cmp.Diff(want.DOMRemoved, dom.DOMRemoved, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: DOM removals differ from htmlclean.Clean (-library +pipeline):\n%s", id, diff)
		}
	}

	wantByCategory := make(map[string]int64)
	for _, r := range want.Removed {
		wantByCategory[string(r.Category)] += 2 // the page is in the input twice
	}
	for _, r := range want.DOMRemoved {
		wantByCategory[string(r.Category)] += 2
	}
	if diff := cmp.Diff(wantByCategory, removalsByCategory(cs), cmpopts.EquateEmpty(), ignoreZero); diff != "" {
		t.Errorf("removals per category (-library +counters):\n%s", diff)
	}
	if n := 2 * int64(len(want.Removed)+len(want.DOMRemoved)); cs[counterRemovals] != n {
		t.Errorf("counter removals = %d, library removed %d", cs[counterRemovals], n)
	}
	t.Logf("kept %q; removed %v", want.Text, wantByCategory)
}
