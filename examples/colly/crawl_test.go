package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/gocolly/colly/v2"

	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

// site is three pages that link to each other, each an article with a
// menu, a share row and a related-stories list around it.
var site = map[string]struct{ title, body string }{
	"/": {"Harbour reopens after the storm",
		"The harbour reopened on Tuesday, three weeks after the storm that sank two fishing boats and flooded the quay, the harbour master said in the morning."},
	"/bridge": {"Bridge repairs begin in May",
		"Work on the old bridge starts in May and will close one lane for the whole summer, the council said after its meeting on Monday evening."},
	"/ferry": {"Ferry timetable changes for winter",
		"The ferry will run every two hours from November, and the last boat of the day leaves the island at six instead of eight in the evening."},
}

func page(path string) string {
	p := site[path]
	var links strings.Builder
	for _, other := range []string{"/", "/bridge", "/ferry"} {
		fmt.Fprintf(&links, `<li><a href="%s">%s</a></li>`, other, site[other].title)
	}
	return `<!DOCTYPE html><html lang="en"><head><title>` + p.title + ` | Valley Courier</title></head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/bridge">News</a></li><li><a href="/ferry">Travel</a></li></ul></nav>
<article><h1>` + p.title + `</h1>
<div class="article-share"><a href="https://share.example/x">Share on X</a> <a href="https://share.example/f">Share on Facebook</a></div>
<p>` + p.body + `</p>
<p>Residents who want to know more can read the notice at the town hall, which is open every weekday from nine until five, and ask the staff there.</p>
<p>The paper will report on what follows, and readers are welcome to send their questions and photographs to the newsroom by post or in person.</p>
</article>
<section class="related-posts"><h2>Related stories</h2><ul>` + links.String() + `</ul></section>
</body></html>`
}

func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := site[r.URL.Path]; !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(r.URL.Path))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// linkCount is the number of a[href] in a page as served.
func linkCount(t *testing.T, path string) int {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page(path)))
	if err != nil {
		t.Fatal(err)
	}
	return doc.Find("a[href]").Length()
}

type outRecord struct {
	URL        string             `json:"url"`
	Text       string             `json:"text"`
	Language   string             `json:"language"`
	Confidence float64            `json:"confidence"`
	Path       string             `json:"path"`
	Metadata   htmlclean.Metadata `json:"metadata"`
	DOMRemoved []json.RawMessage  `json:"domRemoved"`
	Error      string             `json:"error"`
}

func readRecords(t *testing.T, out []byte) map[string]outRecord {
	t.Helper()
	recs := map[string]outRecord{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var r outRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		if _, dup := recs[r.URL]; dup {
			t.Errorf("%s cleaned twice", r.URL)
		}
		recs[r.URL] = r
	}
	return recs
}

// The crawler visits the three pages once each from the first, and writes
// a cleaned record for each: the article kept, menu, share row and
// related list gone. A callback registered after the cleaner's sees every
// page with all its links.
func TestCrawlCleansEveryPage(t *testing.T) {
	srv := newSite(t)
	cleaner, err := htmlclean.New(htmlclean.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	c := colly.NewCollector(colly.Async(true), colly.MaxDepth(3))
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: 3}); err != nil {
		t.Fatal(err)
	}
	p := newPipeline(cleaner, &out, true)
	p.attach(c)
	var mu sync.Mutex
	links := map[string]int{}
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		mu.Lock()
		links[e.Request.URL.Path]++
		mu.Unlock()
		if strings.HasPrefix(e.Attr("href"), "/") {
			_ = e.Request.Visit(e.Attr("href"))
		}
	})
	if err := c.Visit(srv.URL + "/"); err != nil {
		t.Fatal(err)
	}
	c.Wait()

	recs := readRecords(t, out.Bytes())
	if len(recs) != len(site) {
		t.Errorf("%d records for %d pages:\n%s", len(recs), len(site), out.Bytes())
	}
	for path, pg := range site {
		r, ok := recs[srv.URL+path]
		if !ok {
			t.Errorf("%s: no record", path)
			continue
		}
		if r.Error != "" {
			t.Errorf("%s: error %s", path, r.Error)
			continue
		}
		if !strings.Contains(r.Text, pg.body) || !strings.Contains(r.Text, "town hall") {
			t.Errorf("%s: article text lost:\n%s", path, r.Text)
		}
		for _, noise := range []string{"Share on", "Related stories", "Home", "Travel"} {
			if strings.Contains(r.Text, noise) {
				t.Errorf("%s: text keeps %q:\n%s", path, noise, r.Text)
			}
		}
		if r.Language != "en" || r.Confidence <= 0 || r.Path == "" || r.Metadata.Title == "" || len(r.DOMRemoved) == 0 {
			t.Errorf("%s: record lacks language, confidence, path, metadata or removals: %+v", path, r)
		}
		if got, want := links[path], linkCount(t, path); got != want {
			t.Errorf("%s: the link callback saw %d links, the page has %d", path, got, want)
		}
	}
	if st := p.stats(); st.Pages != 3 || st.Failed != 0 {
		t.Errorf("stats %+v, want 3 pages, none failed", st)
	}
}

// The command end to end: the start page's host only, a page that fails
// gives an error record and exit status 1, and -max-pages bounds the crawl.
func TestRun(t *testing.T) {
	srv := newSite(t)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-depth", "3", srv.URL + "/", srv.URL + "/missing"}, &stdout, &stderr); code != 1 {
		t.Errorf("exit %d, want 1 for the missing page; stderr %s", code, stderr.String())
	}
	recs := readRecords(t, stdout.Bytes())
	if len(recs) != 4 || recs[srv.URL+"/missing"].Error == "" || recs[srv.URL+"/ferry"].Text == "" {
		t.Errorf("records %v, want the three pages and an error for /missing", recs)
	}

	stdout.Reset()
	if code := run([]string{"-max-pages", "1", srv.URL + "/"}, &stdout, &stderr); code != 0 {
		t.Errorf("-max-pages 1: exit %d", code)
	}
	if n := len(readRecords(t, stdout.Bytes())); n != 1 {
		t.Errorf("-max-pages 1 gave %d records", n)
	}
	for _, args := range [][]string{{}, {"ftp://example.com/"}, {"not a url"}} {
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
