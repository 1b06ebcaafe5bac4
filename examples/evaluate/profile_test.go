package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/google/go-cmp/cmp"
)

func TestReadSites(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, manifest string
		want           map[string]string
	}{
		{"site column", "id\tsite\turl\na\tnews_one\thttp://x.test/1\nb\tnews_one\t\nc\t\thttps://WWW.Y.test:8080/p\n",
			map[string]string{"a": "news_one", "b": "news_one", "c": "y.test"}},
		{"url column", "url\tid\thtml_bytes\nhttps://www.x.test/a\tp1\t5\nhttp://x.test/b\tp2\t6\n-\tp3\t7\n",
			map[string]string{"p1": "x.test", "p2": "x.test"}},
		{"neither", "id\tbytes\na\t5\n", map[string]string{}},
	} {
		got, err := readSites(strings.NewReader(tt.manifest))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	if _, err := readSites(strings.NewReader("site\turl\n")); err == nil {
		t.Error("manifest without an id column: no error")
	}
}

// siteCorpus is a set of three pages of one site, which share a box of
// teasers in the middle of their articles, and one page of another.
func siteCorpus(t *testing.T) string {
	root := t.TempDir()
	files := map[string]string{
		"set/manifest.tsv": "id\turl\np1\thttps://www.gazette.test/1\np2\thttps://gazette.test/2\np3\thttp://gazette.test/3\nq1\thttps://other.test/1\n",
	}
	for _, id := range []string{"p1", "p2", "p3", "q1"} {
		var art []string
		for k := range 4 {
			art = append(art, fmt.Sprintf("Paragraph %d of report %s: the crew on the pier counted the boats at dawn, and the ferry left on time as the harbour master planned.", k, id))
		}
		box := "Harbour desk selection\n\nTide table for the north pier\n\nTide table for the south pier\n\n"
		files["set/"+id+".gold.txt"] = strings.Join(art, "\n\n") + "\n"
		files["set/"+id+".scraped.txt"] = "Home\n\nPort\n\n" + strings.Join(art[:2], "\n\n") + "\n\n" + box + strings.Join(art[2:], "\n\n") + "\n"
	}
	writeFiles(t, root, files)
	return root + "/set"
}

func TestLooProfiles(t *testing.T) {
	t.Parallel()
	dir := siteCorpus(t)
	sets, err := findSets([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	sites, err := sitesOf(sets[0])
	if err != nil {
		t.Fatal(err)
	}
	profiles, err := looProfiles(sets[0], sites, scrapedSuffix, learnText)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]int{"p1": 2, "p2": 2, "p3": 2, "q1": 0} {
		p := profiles[id]
		if p.Pages() != want {
			t.Errorf("%s: profile of %d pages, want %d", id, p.Pages(), want)
		}
		// Never the page itself: its own paragraph is not in its profile.
		if got := p.Seen(fmt.Sprintf("Paragraph 0 of report %s: the crew on the pier counted the boats at dawn, and the ferry left on time as the harbour master planned.", id)); got != 0 {
			t.Errorf("%s: its own paragraph is in its profile", id)
		}
		if got := p.Seen("Harbour desk selection"); got != want {
			t.Errorf("%s: the box seen on %d pages, want %d", id, got, want)
		}
	}
}

func TestEvaluateProfileLOO(t *testing.T) {
	t.Parallel()
	dir := siteCorpus(t)
	cfg := config{runs: 1, prec: 3, profile: profileLOO}
	cfg.opts.ProfileExcludesPage = true
	var report bytes.Buffer
	if err := run(cfg, []string{dir}, &report); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(report.String()), " ")
	for _, want := range []string{
		"site profiles, leave one page out: 3 pages have one, learned from 1 to 2 other pages of their site",
		"no-harm, cleaner+profile against cleaner on the same page, 4 pages: F1 0.05 or more below on 0 pages",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
	// The profiled cleaner drops the box the plain one keeps, on the
	// site's pages: a better F1 there.
	var plain, profiled float64
	for _, line := range strings.Split(report.String(), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "cleaner+profile" {
			fmt.Sscan(f[1], &profiled)
		}
		if len(f) >= 2 && f[0] == "cleaner" {
			fmt.Sscan(f[1], &plain)
		}
	}
	if !(profiled > plain) {
		t.Errorf("F1 with profiles %.3f, without %.3f; want a gain:\n%s", profiled, plain, report.String())
	}

	var noop bytes.Buffer
	c, err := boilerplate.New(boilerplate.Options{ProfileExcludesPage: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := runNoop(c, true, []string{dir}, 3, 3, &noop); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(noop.String(), "set+profile: no-op") || !strings.Contains(noop.String(), "profile/site-repeated removed 0 of the") {
		t.Errorf("no-op report with profiles:\n%s", noop.String())
	}
}
