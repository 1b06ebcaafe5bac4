package main

import (
	"sort"
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A pageResult is one system's outcome on one page.
type pageResult struct {
	set, system, id string
	overlap         overlap
	with, without   float64 // snippet rates, valid if hasWith / hasWithout
	hasWith         bool
	hasWithout      bool
	inBytes         int
	outBytes        int
	elapsed         time.Duration
	removed         []boilerplate.Category
	domRemoved      []boilerplate.Category
	confidence      float64 // -1 if the system gives none
	note            string
	err             error
}

// scorePage scores a system's output on a page.
func scorePage(set, sys string, p page, out output, err error, elapsed time.Duration) pageResult {
	r := pageResult{
		set: set, system: sys, id: p.id,
		overlap:    shingleOverlap(p.gold, out.Text),
		hasWith:    p.hasWith,
		hasWithout: p.hasWithout,
		inBytes:    len(p.input),
		outBytes:   len(out.Text),
		elapsed:    elapsed,
		removed:    out.Removed,
		domRemoved: out.DOMRemoved,
		confidence: out.Confidence,
		note:       out.Note,
		err:        err,
	}
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
	overlaps   []overlap
	ids        []string // page ids, parallel to overlaps
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
	t.overlaps = append(t.overlaps, r.overlap)
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

// worst returns the indexes of the n pages with the lowest F1, lowest
// first (ties by id).
func (t *tally) worst(n int) []int {
	idx := make([]int, len(t.overlaps))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		fa, fb := t.overlaps[idx[a]].f1(), t.overlaps[idx[b]].f1()
		if fa != fb {
			return fa < fb
		}
		return t.ids[idx[a]] < t.ids[idx[b]]
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
