package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHarmReportGold(t *testing.T) {
	t.Parallel()
	perfect := overlap{TP: 1}
	// Each candidate overlap is worked out for its F1 (P·R·2/(P+R)):
	//   P = R = 0.9 (TP 9/11, FP 1/11, FN 1/11): F1 0.9, a loss of exactly
	//   0.1, which float rounding puts just under 0.1 without the slack;
	//   P = 1, R = 19/21: F1 0.95, a loss of 0.05;
	//   P = 1, R = 12/13: F1 0.96, a loss of 0.04, under every bound;
	//   P = R = 0.5 (TP, FP, FN 1/3 each) for the baseline of the page whose
	//   candidate is empty (F1 0): a loss of 0.5.
	pages := []struct {
		id, path   string
		cand, base overlap
	}{
		{"a", "container", overlap{TP: 9.0 / 11, FP: 1.0 / 11, FN: 1.0 / 11}, perfect},
		{"b", "fallback", overlap{FN: 1}, overlap{TP: 1.0 / 3, FP: 1.0 / 3, FN: 1.0 / 3}},
		{"c", "extractor", perfect, overlap{TP: 0.5, FN: 0.5}}, // the candidate is better
		{"d", "extractor", overlap{TP: 12.0 / 13, FN: 1.0 / 13}, perfect},
		{"e", "", overlap{TP: 19.0 / 21, FN: 2.0 / 21}, perfect},
		{"f", "main", perfect, perfect},
	}
	h := newHarmReport("new", "old", corpusSet{gold: true})
	for _, p := range pages {
		h.add(page{id: p.id}, pageResult{overlap: p.cand, path: p.path}, pageResult{overlap: p.base})
	}
	tests := []struct {
		bound float64
		want  int
	}{{0.05, 3}, {0.1, 2}, {0.2, 1}, {0.6, 0}}
	for _, tt := range tests {
		if got := h.atLeast(tt.bound); got != tt.want {
			t.Errorf("pages losing %g or more: %d, want %d", tt.bound, got, tt.want)
		}
	}
	var out bytes.Buffer
	if err := h.print(&out, 3); err != nil {
		t.Fatal(err)
	}
	want := `  no-harm, new against old on the same page, 6 pages: F1 0.05 or more below on 3 pages, 0.1 or more on 2, 0.2 or more on 1
    (F1 loss, new F1, old F1, new path, id)
    -0.500 0.000 0.500 fallback b
    -0.100 0.900 1.000 container a
    -0.050 0.950 1.000 - e
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

func TestHarmReportSnippets(t *testing.T) {
	t.Parallel()
	set := corpusSet{name: "suite"}
	pages := []struct {
		with, without string
		cand, base    string
		path          string
	}{
		// The candidate loses "beta" and keeps "ads", which the baseline
		// does not; dropping "menu" is a gain, not a harm.
		{"alpha\nbeta\n", "menu\nads\n", "alpha ads", "alpha beta menu", "main"},
		// The candidate finds more than the baseline: no harm.
		{"alpha\nbeta\n", "", "alpha beta", "alpha", "extractor"},
		// Both miss "beta": the baseline does not hold it, so no harm.
		{"alpha\nbeta\n", "menu\n", "alpha", "alpha", "extractor"},
		// An empty candidate loses every snippet the baseline holds.
		{"one\ntwo\nthree\n", "four\n", "", "one two three", "fallback"},
		// Raw matching: "Alpha" is not "alpha".
		{"Alpha\n", "", "alpha", "Alpha", ""},
	}
	h := newHarmReport("new", "old", set)
	for i, p := range pages {
		pg := page{id: string(rune('a' + i)), with: p.with, without: p.without, hasWith: true, hasWithout: true}
		c := scorePage(set, "new", pg, output{Text: p.cand, Path: p.path}, nil, 0)
		b := scorePage(set, "old", pg, output{Text: p.base}, nil, 0)
		h.add(pg, c, b)
	}
	var out bytes.Buffer
	if err := h.print(&out, 3); err != nil {
		t.Fatal(err)
	}
	want := `  no-harm, new against old on the same page, 5 pages: 3 where new misses a must-include snippet old keeps or keeps a must-exclude snippet old drops
    d (new path fallback): 3 must-include missed, 0 must-exclude kept
      missed: "one"
      missed: "two"
      missed: "three"
    a (new path main): 1 must-include missed, 1 must-exclude kept
      missed: "beta"
      kept:   "ads"
    e (new path -): 1 must-include missed, 0 must-exclude kept
      missed: "Alpha"
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

// TestEvaluateSetHarm runs the no-harm report through evaluateSet: the first
// system is compared with the second, page by page.
func TestEvaluateSetHarm(t *testing.T) {
	t.Parallel()
	root := testCorpus(t)
	sets, err := findSets([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	var report bytes.Buffer
	for _, s := range sets {
		if err := evaluateSet(config{runs: 1, prec: 3}, s, []system{failing{}, identity{}}, scrapedSuffix, nil, &report); err != nil {
			t.Fatal(err)
		}
	}
	// news: identity scores F1 0.8 on a and 1 on b (see TestEvaluateSet),
	// the failing system 0. suite: identity's outputs hold "Story begins"
	// (e) and "Only text" (f); the failing system's hold nothing, and so no
	// must-exclude snippet either.
	text := report.String()
	for _, want := range []string{
		"no-harm, failing against identity on the same page, 2 pages: F1 0.05 or more below on 2 pages, 0.1 or more on 2, 0.2 or more on 2\n" +
			"    (F1 loss, failing F1, identity F1, failing path, id)\n" +
			"    -1.000 0.000 1.000 - b\n" +
			"    -0.800 0.000 0.800 - a\n",
		"no-harm, failing against identity on the same page, 2 pages: 2 where failing misses",
		"    e (failing path -): 1 must-include missed, 0 must-exclude kept\n" +
			"      missed: \"Story begins\"\n" +
			"    f (failing path -): 1 must-include missed, 0 must-exclude kept\n" +
			"      missed: \"Only text\"\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	var one bytes.Buffer
	if err := evaluateSet(config{runs: 1, prec: 3}, sets[0], []system{identity{}}, scrapedSuffix, nil, &one); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(one.String(), "no-harm") {
		t.Errorf("no-harm report with one system:\n%s", one.String())
	}
}
