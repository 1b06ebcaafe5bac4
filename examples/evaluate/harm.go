package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// The no-harm report answers the question HTML mode is for: on which pages
// does htmlclean, which runs go-trafilatura and then removes more, end up
// worse than go-trafilatura alone? A gain on the set's average can hide a
// page that lost its article; this lists such pages one by one.

// harmBounds are the F1 losses the report counts pages at, smallest first.
// They are report buckets, not decisions. With nothing else wrong, losing a
// tenth of the article's text costs about 0.05 (recall 0.9 gives F1 0.947),
// a fifth about 0.1 and a third about 0.2; keeping noise of those sizes
// costs about as much. Pages are listed from the first bound on.
var harmBounds = []float64{0.05, 0.1, 0.2}

// harmSlack absorbs float rounding in F1 differences, so that a loss of
// exactly a bound (1 - 0.9 is 0.0999…98 in floating point) counts at it.
const harmSlack = 1e-9

// A harmPage is a page where the candidate does worse than the baseline.
type harmPage struct {
	id     string
	path   string  // the candidate's extraction path
	candF1 float64 // gold sets
	baseF1 float64
	missed []string // snippet sets: must-include snippets only the baseline holds
	leaked []string // snippet sets: must-exclude snippets only the candidate holds
}

func (h harmPage) loss() float64 { return h.baseF1 - h.candF1 }

// A harmReport collects one set's pages where the candidate system does
// worse than the baseline system on the same page: in a gold set, an
// SH-shingle4 F1 at least harmBounds[0] below the baseline's; in a snippet
// set, any must-include snippet the baseline's output holds and the
// candidate's lacks, or any must-exclude snippet the candidate's output
// holds and the baseline's lacks.
type harmReport struct {
	cand, base string
	snippetSet bool
	compared   int
	pages      []harmPage
}

func newHarmReport(cand, base string, s corpusSet) *harmReport {
	return &harmReport{cand: cand, base: base, snippetSet: !s.gold}
}

// add compares the candidate's result c with the baseline's result b on
// page p.
func (h *harmReport) add(p page, c, b pageResult) {
	h.compared++
	hp := harmPage{id: p.id, path: c.path}
	if !h.snippetSet {
		hp.candF1, hp.baseF1 = c.overlap.f1(), b.overlap.f1()
		if hp.loss() >= harmBounds[0]-harmSlack {
			h.pages = append(h.pages, hp)
		}
		return
	}
	for i, s := range snippetLines(p.with) {
		if b.hits.with[i] && !c.hits.with[i] {
			hp.missed = append(hp.missed, s)
		}
	}
	for i, s := range snippetLines(p.without) {
		if c.hits.without[i] && !b.hits.without[i] {
			hp.leaked = append(hp.leaked, s)
		}
	}
	if len(hp.missed)+len(hp.leaked) > 0 {
		h.pages = append(h.pages, hp)
	}
}

// sorted returns the pages worst first: the largest F1 loss, or the most
// snippets lost to the baseline; ties by id.
func (h *harmReport) sorted() []harmPage {
	ps := append([]harmPage(nil), h.pages...)
	sort.SliceStable(ps, func(i, j int) bool {
		if h.snippetSet {
			if a, b := len(ps[i].missed)+len(ps[i].leaked), len(ps[j].missed)+len(ps[j].leaked); a != b {
				return a > b
			}
		} else if a, b := ps[i].loss(), ps[j].loss(); a != b {
			return a > b
		}
		return ps[i].id < ps[j].id
	})
	return ps
}

// atLeast counts the pages whose F1 loss reaches bound.
func (h *harmReport) atLeast(bound float64) int {
	n := 0
	for _, p := range h.pages {
		if p.loss() >= bound-harmSlack {
			n++
		}
	}
	return n
}

// print writes the report: the counts, then the pages worst first.
func (h *harmReport) print(w io.Writer, prec int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "  no-harm, %s against %s on the same page, %d pages:", h.cand, h.base, h.compared)
	if h.snippetSet {
		fmt.Fprintf(&b, " %d where %s misses a must-include snippet %s keeps or keeps a must-exclude snippet %s drops\n",
			len(h.pages), h.cand, h.base, h.base)
	} else {
		for i, bound := range harmBounds {
			if i == 0 {
				fmt.Fprintf(&b, " F1 %g or more below on %d pages", bound, h.atLeast(bound))
			} else {
				fmt.Fprintf(&b, ", %g or more on %d", bound, h.atLeast(bound))
			}
		}
		b.WriteString("\n")
		if len(h.pages) > 0 {
			fmt.Fprintf(&b, "    (F1 loss, %s F1, %s F1, %s path, id)\n", h.cand, h.base, h.cand)
		}
	}
	for _, p := range h.sorted() {
		path := p.path
		if path == "" {
			path = "-"
		}
		if !h.snippetSet {
			fmt.Fprintf(&b, "    -%.*f %.*f %.*f %s %s\n", prec, p.loss(), prec, p.candF1, prec, p.baseF1, path, p.id)
			continue
		}
		fmt.Fprintf(&b, "    %s (%s path %s): %d must-include missed, %d must-exclude kept\n",
			p.id, h.cand, path, len(p.missed), len(p.leaked))
		for _, s := range p.missed {
			fmt.Fprintf(&b, "      missed: %q\n", s)
		}
		for _, s := range p.leaked {
			fmt.Fprintf(&b, "      kept:   %q\n", s)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}
