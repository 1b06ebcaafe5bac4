package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// writeReport runs the command with -report over the ruled input and a
// hostile one, and returns the report's path and contents.
func writeReport(t *testing.T, dir string) (string, string) {
	t.Helper()
	rules := writeFile(t, dir, "test.rules", testRules)
	a := writeFile(t, dir, "story.txt", ruledInput)
	b := writeFile(t, dir, "<b onmouseover=alert(1)>.txt", "Buy now\n\n<script>alert('x')</script> & text \xff.\n")
	path := filepath.Join(dir, "report.html")
	code, _, stderr := runCLI(t, "", ruled(rules, "-report", path, "-outdir", filepath.Join(dir, "out"), a, b)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, string(data)
}

var markRE = regexp.MustCompile(`<mark data-category="([a-z]+)" data-rule="([^"]+)" title="([^"]+)">([^<]*)</mark>`)

func TestReport(t *testing.T) {
	_, page := writeReport(t, t.TempDir())
	marks := markRE.FindAllStringSubmatch(page, -1)
	// Both documents' "Buy now", and the story's credit and newsletter lines.
	got := map[string]int{}
	for _, m := range marks {
		got[m[1]+" "+m[2]+" "+m[4]]++
		if m[3] != m[1]+": "+m[2] {
			t.Errorf("mark title %q, want category and rule", m[3])
		}
	}
	for _, want := range []string{
		"advert test/promo/buy-now Buy now",
		"credit test/promo/photo Picture by A. Person",
		"subscribe test/promo/newsletter Join our mailing list today",
	} {
		if got[want] == 0 {
			t.Errorf("no highlighted span %q in the report; have %v", want, got)
		}
	}
	if got["advert test/promo/buy-now Buy now"] != 2 {
		t.Errorf("want the advert highlighted in both documents, have %v", got)
	}
	for _, bad := range []string{"<script>", "<b onmouseover", "https://", "http://", "<link", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("report contains %q: unescaped input or an external asset", bad)
		}
	}
	for _, want := range []string{"&lt;b onmouseover=alert(1)&gt;.txt", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp; text", "Kept text", `id="legend"`} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, c := range boilerplate.Categories() {
		if !strings.Contains(page, `[data-category="`+string(c)+`"]`) {
			t.Errorf("no colour for category %s", c)
		}
	}
}

func TestSegments(t *testing.T) {
	src := "abcdefghij"
	rm := []boilerplate.Removal{
		{Start: 2, End: 4, Category: boilerplate.Advert, Rule: "r1"},
		{Start: 3, End: 5, Category: boilerplate.Advert, Rule: "overlap"},  // skipped
		{Start: 6, End: 20, Category: boilerplate.Legal, Rule: "past-end"}, // skipped
		{Start: 8, End: 10, Category: boilerplate.Legal, Rule: "r2"},
	}
	var parts []string
	for _, s := range segments(src, rm) {
		parts = append(parts, string(s.Category)+":"+s.Text)
	}
	if got, want := strings.Join(parts, "|"), ":ab|advert:cd|:efgh|legal:ij"; got != want {
		t.Errorf("segments = %s, want %s", got, want)
	}
}

// A report of many documents is an index page and pages of sections: every
// document has one row in the index, linking to its one section, and the
// section pages link to the index and to each other.
func TestReportPages(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	const docs = 2*pageDocs + 7
	for i := range docs {
		fmt.Fprintf(&in, `{"id":"doc-%03d","text":"Share this:\n\nParagraph %d of a small document, long enough to be prose for the cleaner."}`+"\n", i, i)
	}
	path := filepath.Join(dir, "crawl.html")
	if code, _, stderr := runCLI(t, in.String(), "-jsonl", "-report", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	index := readFileString(t, path)
	rows := regexp.MustCompile(`<td class="name"><a href="(crawl-(\d+)\.html)#doc-(\d+)">doc-(\d+)</a>`).FindAllStringSubmatch(index, -1)
	if len(rows) != docs {
		t.Fatalf("index has %d linked rows, want %d", len(rows), docs)
	}
	if strings.Contains(index, `<section class="doc"`) {
		t.Error("the index page holds sections too")
	}
	pages := map[string]string{}
	for i, r := range rows {
		if r[3] != fmt.Sprint(i+1) || r[4] != fmt.Sprintf("%03d", i) {
			t.Errorf("row %d links to #doc-%s for doc-%s", i+1, r[3], r[4])
		}
		if _, ok := pages[r[1]]; !ok {
			pages[r[1]] = readFileString(t, filepath.Join(dir, r[1]))
		}
		if strings.Count(pages[r[1]], `id="doc-`+r[3]+`"`) != 1 {
			t.Errorf("%s does not hold the section of document %s once", r[1], r[3])
		}
	}
	if len(pages) != 3 {
		t.Errorf("%d section pages, want 3 of at most %d documents", len(pages), pageDocs)
	}
	for name, want := range map[string][]string{
		"crawl-2.html": {`href="crawl.html">index`, `href="crawl-3.html">next page`},
		"crawl-3.html": {`href="crawl-2.html">previous page`, `href="crawl-4.html">next page`},
		"crawl-4.html": {`href="crawl-3.html">previous page`},
	} {
		for _, w := range want {
			if !strings.Contains(pages[name], w) {
				t.Errorf("%s lacks the link %s", name, w)
			}
		}
	}
	if strings.Contains(pages["crawl-4.html"], "next page") {
		t.Error("the last page links to a next page")
	}
	for name, page := range pages {
		for _, bad := range []string{"https://", "http://", "<link", "src=", "<script"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s contains %q: not self-contained", name, bad)
			}
		}
	}
}

// Past the bound on documents shown, the index says how many were left out
// and the totals still count them.
func TestReportOmitted(t *testing.T) {
	dir := t.TempDir()
	a := &app{cfg: config{report: filepath.Join(dir, "r.html")}}
	rep := a.newReport()
	rep.maxDocs = 3
	for i := range 5 {
		text := fmt.Sprintf("Buy now\n\nDocument %d.\n", i)
		rm := []boilerplate.Removal{{Start: 0, End: 7, Line: 1, Category: boilerplate.Advert, Rule: "r"}}
		rep.add(fmt.Sprint("doc", i), outcome{res: record.Result{Text: text[9:], Removed: rm}, source: text})
	}
	if err := rep.write(a); err != nil {
		t.Fatal(err)
	}
	page := readFileString(t, filepath.Join(dir, "r.html"))
	if !strings.Contains(page, "2 more were cleaned but are not shown") || !strings.Contains(page, ">advert: 5<") {
		t.Errorf("report does not say what was left out, or its totals miss them:\n%.1500s", page)
	}
	if strings.Count(page, `<section class="doc"`) != 3 {
		t.Errorf("want the 3 documents shown")
	}
}

func readFileString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
