package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// sitePage is page n of a made-up site: its menu, an article of its own
// and, in the middle of it, the site's box of other stories.
func sitePage(n int) string {
	var b strings.Builder
	b.WriteString("Home\n\nTown\n\nPort\n\n")
	for k := range 4 {
		if k == 2 {
			b.WriteString("Harbour desk selection\n\n")
			for j := range 3 {
				fmt.Fprintf(&b, "Tide table for pier %d\n\n", (n+j)%3)
			}
		}
		fmt.Fprintf(&b, "Paragraph %d of report %d: the crew on pier %d counted the boats at dawn, and the ferry left on time as the harbour master had planned for this week.\n\n", k, n, n*7+k)
	}
	b.WriteString("Harbour Gazette, printed on the quay\n")
	return b.String()
}

// TestSiteProfiles runs the two passes on prism: five pages of one host
// (in two input files, so that its profile is learned in parts and
// merged), one page of another host and one record without a url. Each
// record must come out as boilerplate.Cleaner with its host's profile,
// learned from all the host's pages, cleans it; the lone pages as
// without a profile.
func TestSiteProfiles(t *testing.T) {
	dir := t.TempDir()
	var a, b []string
	site := boilerplate.NewProfile()
	for n := 1; n <= 5; n++ {
		rec, err := json.Marshal(map[string]string{"id": fmt.Sprintf("gazette-%d", n), "url": fmt.Sprintf("https://www.gazette.test/news/%d", n), "text": sitePage(n)})
		if err != nil {
			t.Fatal(err)
		}
		if n <= 2 {
			a = append(a, string(rec))
		} else {
			b = append(b, string(rec))
		}
		site.LearnText(sitePage(n))
	}
	b = append(b,
		`{"id":"other-1","url":"http://other.test/1","text":`+jsonString(sitePage(6))+`}`,
		`{"id":"nourl","text":`+jsonString(sitePage(7))+`}`,
		`{"id":"broken","url":"http://gazette.test/9","text":`)
	output := filepath.Join(dir, "out.jsonl")
	cfg := config{
		Inputs:       []string{writeLines(t, dir, "a.jsonl", a), writeLines(t, dir, "b.jsonl", b)},
		Output:       output,
		SiteProfiles: true,
		Clean:        cleanFn{Explain: true, Workers: 2},
	}
	cs, _, err := run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	byID, errs := readOutput(t, output)
	profiled, err := boilerplate.New(boilerplate.Options{Profile: site})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]boilerplate.Result{"other-1": plain.Clean(sitePage(6)), "nourl": plain.Clean(sitePage(7))}
	for n := 1; n <= 5; n++ {
		want[fmt.Sprintf("gazette-%d", n)] = profiled.Clean(sitePage(n))
	}
	byProfile := 0
	for id, w := range want {
		got, ok := sameAsLibrary(t, byID, id, w)
		if !ok {
			continue
		}
		for _, r := range got.Removed {
			if r.Rule == boilerplate.ProfileSiteRepeated {
				byProfile++
				if !strings.HasPrefix(id, "gazette-") || r.Profile != (boilerplate.ProfileEvidence{Seen: 4, Pages: 4}) {
					t.Errorf("%s: %q removed with evidence %+v", id, r.Text, r.Profile)
				}
			}
		}
	}
	if byProfile == 0 {
		t.Error("no removal by the site profile")
	}
	if len(errs) != 1 || errs[0].Line != 6 {
		t.Errorf("error records %+v, want the broken line 6 of b.jsonl", errs)
	}
	if cs[counterProfiles] != 2 || cs[counterRecords] != 7 || cs[counterBadRecords] != 1 {
		t.Errorf("counters site_profiles=%d records=%d bad_records=%d, want 2, 7 and 1", cs[counterProfiles], cs[counterRecords], cs[counterBadRecords])
	}
}

func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}
