package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	nurl "net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

// Site profiles, leave one page out (-profile loo). Each page is cleaned
// with a boilerplate.Profile learned from the other pages of its site in
// the set, never from itself, as a crawl's page is cleaned with what the
// site's other pages say. A page's site is the "site" column of the set's
// manifest.tsv when it has one (CleanPortalEval), else the host of its
// "url" column without "www.". Pages whose site has no other page in the
// set get an empty profile, which changes nothing.

// profileLOO is the one -profile mode.
const profileLOO = "loo"

// sitesOf returns the site of each page of s that has one, read from the
// set's manifest.tsv; no manifest gives none.
func sitesOf(s corpusSet) (map[string]string, error) {
	f, err := os.Open(filepath.Join(s.dir, "manifest.tsv"))
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading manifest: %w", err)
	}
	defer f.Close()
	return readSites(f)
}

// readSites reads a manifest: a TSV file whose header names the columns,
// among them "id" and "site" or "url".
func readSites(r io.Reader) (map[string]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	sites := map[string]string{}
	col := map[string]int{}
	for first := true; sc.Scan(); first = false {
		f := strings.Split(sc.Text(), "\t")
		if first {
			for i, name := range f {
				col[strings.TrimSpace(name)] = i + 1
			}
			if col["id"] == 0 {
				return nil, errors.New("manifest has no id column")
			}
			continue
		}
		get := func(name string) string {
			if k := col[name]; k > 0 && k <= len(f) {
				return strings.TrimSpace(f[k-1])
			}
			return ""
		}
		id, site := get("id"), get("site")
		if site == "" {
			site = hostOf(get("url"))
		}
		if id != "" && site != "" {
			sites[id] = site
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading manifest: %w", err)
	}
	return sites, nil
}

// hostOf returns the lower-case host of a URL without "www.", or "".
func hostOf(raw string) string {
	u, err := nurl.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// A learner adds one page's input to a profile.
type learner func(p *boilerplate.Profile, input string) error

// learnText learns a page of scraped text.
func learnText(p *boilerplate.Profile, input string) error {
	p.LearnText(input)
	return nil
}

// htmlLearner learns HTML pages with c.
func htmlLearner(c *htmlclean.Cleaner) learner {
	return func(p *boilerplate.Profile, input string) error {
		return c.Learn(p, strings.NewReader(input))
	}
}

// looProfiles returns, for each page of s that has a site, the profile of
// the other pages of its site: each page is learned once, in a profile of
// its own, and the others' are merged.
func looProfiles(s corpusSet, sites map[string]string, inputSuffix string, learn learner) (map[string]*boilerplate.Profile, error) {
	own := map[string]*boilerplate.Profile{}
	bySite := map[string][]string{}
	for _, id := range s.ids {
		site, ok := sites[id]
		if !ok {
			continue
		}
		input, exists, err := readOptional(filepath.Join(s.dir, id+inputSuffix))
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", id, err)
		}
		if !exists {
			continue
		}
		p := boilerplate.NewProfile()
		if err := learn(p, input); err != nil {
			return nil, fmt.Errorf("page %s: learning: %w", id, err)
		}
		own[id] = p
		bySite[site] = append(bySite[site], id)
	}
	out := map[string]*boilerplate.Profile{}
	for _, ids := range bySite {
		for _, id := range ids {
			p := boilerplate.NewProfile()
			for _, other := range ids {
				if other != id {
					p.Merge(own[other])
				}
			}
			out[id] = p
		}
	}
	return out, nil
}

// A siteSystem cleans a page with a profile of the page's site (nil: none).
type siteSystem interface {
	system
	RunWith(p *boilerplate.Profile, input string) (output, error)
}

// profiledCleaner is the text cleaner with the page's site profile.
type profiledCleaner struct{ c *boilerplate.Cleaner }

func (profiledCleaner) Name() string { return "cleaner+profile" }

func (s profiledCleaner) Run(input string) (output, error) { return s.RunWith(nil, input) }

func (s profiledCleaner) RunWith(p *boilerplate.Profile, input string) (output, error) {
	return cleanerSystem{s.c.WithProfile(p)}.Run(input)
}

// profiledHTML is htmlclean with the page's site profile.
type profiledHTML struct{ c *htmlclean.Cleaner }

func (profiledHTML) Name() string { return "htmlclean+profile" }

func (s profiledHTML) Run(input string) (output, error) { return s.RunWith(nil, input) }

func (s profiledHTML) RunWith(p *boilerplate.Profile, input string) (output, error) {
	return htmlcleanSystem{s.c.WithProfile(p)}.Run(input)
}

// profileLearner returns how the set's pages are learned for the systems:
// as scraped text, or as HTML with the HTML system's cleaner.
func profileLearner(systems []system) learner {
	for _, sys := range systems {
		if h, ok := sys.(profiledHTML); ok {
			return htmlLearner(h.c)
		}
	}
	return learnText
}

// siteStats describes a set's leave-one-out profiles for the report.
type siteStats struct {
	pages, most int // pages with a profile of one page or more, most pages in one
}

func statsOf(profiles map[string]*boilerplate.Profile) siteStats {
	var st siteStats
	for _, p := range profiles {
		if n := p.Pages(); n > 0 {
			st.pages++
			st.most = max(st.most, n)
		}
	}
	return st
}

// printSited writes the scores of each system on the pages that had a
// profile of at least one other page: where profiles can make a
// difference, which the whole set's average dilutes.
func printSited(w io.Writer, st siteStats, prec int, tallies []*tally) error {
	if _, err := fmt.Fprintf(w, "  site profiles, leave one page out: %d pages have one, learned from 1 to %d other pages of their site; on those pages:\n", st.pages, st.most); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	if st.pages == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, t := range tallies {
		sc := t.score()
		fmt.Fprintf(tw, "    %s\t%.*f\t%.*f\t%.*f\n", t.system, prec, sc.F1, prec, sc.P, prec, sc.R)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}
