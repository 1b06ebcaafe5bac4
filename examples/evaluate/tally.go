package main

import (
	"sort"
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A pageResult is one system's outcome on one page.
type pageResult struct {
	set, system, id string
	snippetSet      bool        // the page is of a snippet set: hits, not overlap, score it
	overlap         overlap     // gold sets
	hits            snippetHits // snippet sets
	with, without   float64     // snippet rates, valid if hasWith / hasWithout
	hasWith         bool
	hasWithout      bool
	inBytes         int
	outBytes        int
	elapsed         time.Duration
	removed         []boilerplate.Category
	domRemoved      []boilerplate.Category
	confidence      float64 // -1 if the system gives none
	path            string  // the system's extraction path, if it reports one
	note            string
	err             error
}

// scorePage scores a system's output on a page of set s: in a gold set with
// the SH-shingle4 overlap and the WCXB snippet rates, in a snippet set with
// the snippets it holds (and, as rates, the shares of the must-include and
// must-exclude snippets found).
func scorePage(s corpusSet, sys string, p page, out output, err error, elapsed time.Duration) pageResult {
	r := pageResult{
		set: s.name, system: sys, id: p.id,
		snippetSet: !s.gold,
		inBytes:    len(p.input),
		outBytes:   len(out.Text),
		elapsed:    elapsed,
		removed:    out.Removed,
		domRemoved: out.DOMRemoved,
		confidence: out.Confidence,
		path:       out.Path,
		note:       out.Note,
		err:        err,
	}
	if !s.gold {
		r.hits = findSnippets(snippetLines(p.with), snippetLines(p.without), out.Text)
		c := r.hits.counts()
		r.with, r.hasWith = ratio(float64(c.TP), float64(c.TP+c.FN)), c.TP+c.FN > 0
		r.without, r.hasWithout = ratio(float64(c.FP), float64(c.FP+c.TN)), c.FP+c.TN > 0
		return r
	}
	r.overlap = shingleOverlap(p.gold, out.Text)
	r.hasWith, r.hasWithout = p.hasWith, p.hasWithout
	if p.hasWith {
		r.with = snippetRate(p.with, out.Text)
	}
	if p.hasWithout {
		r.without = snippetRate(p.without, out.Text)
	}
	return r
}

// A tally sums one system's page results over a set.
type tally struct {
	system     string
	pages      int
	errors     int
	notes      int // pages with a Note
	inBytes    int64
	elapsed    time.Duration
	snippetSet bool            // the set is scored by snippets
	overlaps   []overlap       // per page (gold sets)
	snippets   []snippetCounts // per page (snippet sets)
	ids        []string        // page ids, parallel to overlaps and snippets
	withSum    float64
	withoutSum float64
	nWith      int
	nWithout   int
	removals   map[boilerplate.Category]int // text removals
	pagesCut   int                          // pages with at least one text removal
	reports    bool                         // whether the system reports text removals at all
	domRemoved map[boilerplate.Category]int // DOM removals
	domPages   int                          // pages with at least one DOM removal
	domReports bool                         // whether the system reports DOM removals
}

func newTally(system string) *tally {
	return &tally{
		system:     system,
		removals:   make(map[boilerplate.Category]int),
		domRemoved: make(map[boilerplate.Category]int),
	}
}

func (t *tally) add(r pageResult) {
	t.pages++
	if r.err != nil {
		t.errors++
	}
	if r.note != "" {
		t.notes++
	}
	t.inBytes += int64(r.inBytes)
	t.elapsed += r.elapsed
	t.snippetSet = r.snippetSet
	t.overlaps = append(t.overlaps, r.overlap)
	t.snippets = append(t.snippets, r.hits.counts())
	t.ids = append(t.ids, r.id)
	if r.hasWith {
		t.withSum += r.with
		t.nWith++
	}
	if r.hasWithout {
		t.withoutSum += r.without
		t.nWithout++
	}
	if r.removed != nil {
		t.reports = true
	}
	for _, c := range r.removed {
		t.removals[c]++
	}
	if len(r.removed) > 0 {
		t.pagesCut++
	}
	if r.domRemoved != nil {
		t.domReports = true
	}
	for _, c := range r.domRemoved {
		t.domRemoved[c]++
	}
	if len(r.domRemoved) > 0 {
		t.domPages++
	}
}

// score is the set's SH-shingle4 precision, recall and F1.
func (t *tally) score() score { return aggregate(t.overlaps) }

// snippetTotal is the set's snippet counts, pooled over its pages.
func (t *tally) snippetTotal() snippetCounts {
	var c snippetCounts
	for _, p := range t.snippets {
		c.add(p)
	}
	return c
}

// worst returns the indexes of the n worst pages, worst first (ties by id):
// in a gold set those with the lowest F1, in a snippet set those with the
// most snippets wrong.
func (t *tally) worst(n int) []int {
	idx := make([]int, len(t.ids))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		i, j := idx[a], idx[b]
		if t.snippetSet {
			if fi, fj := t.snippets[i].failures(), t.snippets[j].failures(); fi != fj {
				return fi > fj
			}
		} else if fi, fj := t.overlaps[i].f1(), t.overlaps[j].f1(); fi != fj {
			return fi < fj
		}
		return t.ids[i] < t.ids[j]
	})
	return idx[:min(n, len(idx))]
}

// withRate is the mean must-include rate over the pages with snippets, and
// whether there were any.
func (t *tally) withRate() (float64, bool) {
	if t.nWith == 0 {
		return 0, false
	}
	return t.withSum / float64(t.nWith), true
}

// withoutRate is the mean must-exclude rate, as withRate.
func (t *tally) withoutRate() (float64, bool) {
	if t.nWithout == 0 {
		return 0, false
	}
	return t.withoutSum / float64(t.nWithout), true
}

// throughput is pages per second and megabytes (10⁶ bytes) of input per
// second, over the time spent in the system only.
func (t *tally) throughput() (pagesPerSec, mbPerSec float64) {
	s := t.elapsed.Seconds()
	if s <= 0 {
		return 0, 0
	}
	return float64(t.pages) / s, float64(t.inBytes) / 1e6 / s
}

// sum adds up the counts of m.
func sum(m map[boilerplate.Category]int) int {
	n := 0
	for _, k := range m {
		n += k
	}
	return n
}
