package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// printSet writes one set's block: a row per system with its scores (the
// SH-shingle4 scores and snippet rates of a gold set, the pooled snippet
// metric of a snippet set) and throughput, then the removals of each system
// that reports them, and with worst > 0 each system's worst pages.
func printSet(w io.Writer, s corpusSet, inputSuffix string, skipped, prec, worst int, tallies []*tally) error {
	var inBytes int64
	pages := 0
	if len(tallies) > 0 {
		inBytes, pages = tallies[0].inBytes, tallies[0].pages
	}
	head := fmt.Sprintf("%s: %d pages, %.1f MB of *%s", s.name, pages, float64(inBytes)/1e6, inputSuffix)
	if skipped > 0 {
		head += fmt.Sprintf(" (%d skipped: no input file)", skipped)
	}
	if !s.gold && len(tallies) > 0 {
		c := tallies[0].snippetTotal()
		head += fmt.Sprintf("; %d must-include and %d must-exclude snippets, matched byte for byte, counts pooled over the set",
			c.TP+c.FN, c.FP+c.TN)
	}
	if _, err := fmt.Fprintln(w, head); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if s.gold {
		fmt.Fprintln(tw, "  system\tF1\tP\tR\tmust-include\tmust-exclude\tpages/s\tMB/s\terrors\tnotes")
	} else {
		fmt.Fprintln(tw, "  system\tF1\tP\tR\taccuracy\tTP\tFN\tFP\tTN\tpages/s\tMB/s\terrors\tnotes")
	}
	for _, t := range tallies {
		ps, mbs := t.throughput()
		if !s.gold {
			c := t.snippetTotal()
			sc := c.score()
			fmt.Fprintf(tw, "  %s\t%.*f\t%.*f\t%.*f\t%.*f\t%d\t%d\t%d\t%d\t%.0f\t%.1f\t%d\t%d\n",
				t.system, prec, sc.F1, prec, sc.P, prec, sc.R, prec, sc.Accuracy, c.TP, c.FN, c.FP, c.TN,
				ps, mbs, t.errors, t.notes)
			continue
		}
		sc := t.score()
		with, hasWith := t.withRate()
		without, hasWithout := t.withoutRate()
		fmt.Fprintf(tw, "  %s\t%.*f\t%.*f\t%.*f\t%s\t%s\t%.0f\t%.1f\t%d\t%d\n",
			t.system, prec, sc.F1, prec, sc.P, prec, sc.R, percent(prec, with, hasWith), percent(prec, without, hasWithout),
			ps, mbs, t.errors, t.notes)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	for _, t := range tallies {
		if t.domReports {
			if _, err := fmt.Fprintf(w, "  DOM removals by %s: %s\n", t.system, removalSummary(t.domRemoved, t.domPages)); err != nil {
				return fmt.Errorf("writing report: %w", err)
			}
		}
		if t.reports {
			if _, err := fmt.Fprintf(w, "  text removals by %s: %s\n", t.system, removalSummary(t.removals, t.pagesCut)); err != nil {
				return fmt.Errorf("writing report: %w", err)
			}
		}
	}
	for _, t := range tallies {
		if worst == 0 {
			break
		}
		if err := printWorst(w, t, prec, worst); err != nil {
			return err
		}
	}
	return nil
}

// printWorst lists t's n worst pages.
func printWorst(w io.Writer, t *tally, prec, n int) error {
	cols := "F1 P R id"
	if t.snippetSet {
		cols = "must-include missed, must-exclude found, id"
	}
	if _, err := fmt.Fprintf(w, "  worst pages of %s (%s):\n", t.system, cols); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	for _, i := range t.worst(n) {
		var err error
		if t.snippetSet {
			c := t.snippets[i]
			_, err = fmt.Fprintf(w, "    %d %d %s\n", c.FN, c.FP, t.ids[i])
		} else {
			o := t.overlaps[i]
			_, err = fmt.Fprintf(w, "    %.*f %.*f %.*f %s\n", prec, o.f1(), prec, o.precision(), prec, o.recall(), t.ids[i])
		}
		if err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
	}
	return nil
}

// percent shows a rate as a percentage with prec-2 decimals, so that it has
// the precision of the scores.
func percent(prec int, v float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.*f%%", max(prec-2, 0), 100*v)
}

// removalSummary lists removal counts by category, largest first.
func removalSummary(counts map[boilerplate.Category]int, pages int) string {
	total := sum(counts)
	if total == 0 {
		return "none"
	}
	cats := make([]boilerplate.Category, 0, len(counts))
	for c := range counts {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool {
		if a, b := counts[cats[i]], counts[cats[j]]; a != b {
			return a > b
		}
		return cats[i] < cats[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "%d in %d pages:", total, pages)
	for _, c := range cats {
		fmt.Fprintf(&b, " %s %d", c, counts[c])
	}
	return b.String()
}

// A perPageWriter writes one TSV line per page and system, for studying the
// worst pages (sort -t$'\t' -k6,6g puts the lowest F1 first). The columns
// are set, system, id, the page's SH-shingle4 P, R and F1 (empty in a
// snippet set), its must-include and must-exclude rates (the shares of
// snippets found; empty without snippets), the snippet metric's TP, FN, FP
// and TN (snippet sets only), input and output bytes, milliseconds,
// confidence (empty if the system gives none), the extraction path (empty if
// the system has none), the numbers of DOM and text removals, one count per
// category (DOM and text removals together; "other" for categories outside
// the list), the system's note and the error, if any.
type perPageWriter struct {
	w    *bufio.Writer
	cats []boilerplate.Category
}

func newPerPageWriter(w io.Writer) (*perPageWriter, error) {
	p := &perPageWriter{w: bufio.NewWriter(w), cats: boilerplate.Categories()}
	cols := []string{"set", "system", "id", "sh_p", "sh_r", "sh_f1", "with", "without",
		"tp", "fn", "fp", "tn", "in_bytes", "out_bytes", "ms", "confidence", "path",
		"dom_removed", "removed"}
	for _, c := range p.cats {
		cols = append(cols, string(c))
	}
	cols = append(cols, "other", "note", "error")
	if _, err := p.w.WriteString(strings.Join(cols, "\t") + "\n"); err != nil {
		return nil, fmt.Errorf("writing per-page scores: %w", err)
	}
	return p, nil
}

// write adds r's line. Absent scores, rates and confidence are empty fields.
func (p *perPageWriter) write(r pageResult) error {
	o := r.overlap
	f := []string{r.set, r.system, r.id}
	if r.snippetSet {
		f = append(f, "", "", "")
	} else {
		f = append(f, ftoa(o.precision()), ftoa(o.recall()), ftoa(o.f1()))
	}
	f = append(f, optional(r.with, r.hasWith), optional(r.without, r.hasWithout))
	if r.snippetSet {
		c := r.hits.counts()
		f = append(f, strconv.Itoa(c.TP), strconv.Itoa(c.FN), strconv.Itoa(c.FP), strconv.Itoa(c.TN))
	} else {
		f = append(f, "", "", "", "")
	}
	f = append(f,
		strconv.Itoa(r.inBytes), strconv.Itoa(r.outBytes),
		strconv.FormatFloat(float64(r.elapsed.Microseconds())/1000, 'f', 3, 64),
		optional(r.confidence, r.confidence >= 0),
		tsvField(r.path),
		strconv.Itoa(len(r.domRemoved)),
		strconv.Itoa(len(r.removed)),
	)
	// The category columns count text and DOM removals together.
	counts := make(map[boilerplate.Category]int)
	for _, c := range r.removed {
		counts[c]++
	}
	for _, c := range r.domRemoved {
		counts[c]++
	}
	known := 0
	for _, c := range p.cats {
		f = append(f, strconv.Itoa(counts[c]))
		known += counts[c]
	}
	errText := ""
	if r.err != nil {
		errText = r.err.Error()
	}
	f = append(f, strconv.Itoa(len(r.removed)+len(r.domRemoved)-known), tsvField(r.note), tsvField(errText))
	if _, err := p.w.WriteString(strings.Join(f, "\t") + "\n"); err != nil {
		return fmt.Errorf("writing per-page scores: %w", err)
	}
	return nil
}

func (p *perPageWriter) flush() error {
	if err := p.w.Flush(); err != nil {
		return fmt.Errorf("writing per-page scores: %w", err)
	}
	return nil
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

func optional(v float64, ok bool) string {
	if !ok {
		return ""
	}
	return ftoa(v)
}

// tsvField keeps a free-text field on one TSV cell.
func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
