package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"os"
	"strings"
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// Limits that keep a report of a whole crawl openable in a browser; the
// page says how many documents were left out.
const (
	maxReportDocs  = 500
	maxReportBytes = 32 << 20 // of document text
)

//go:embed report.html.tmpl
var reportHTML string

var reportTmpl = template.Must(template.New("report").Parse(reportHTML))

// report collects what -report shows. A nil *report collects nothing.
// Only the emitting goroutine calls it.
type report struct {
	path    string
	docs    []reportDoc
	bytes   int
	omitted int
	totals  map[boilerplate.Category]int
}

// A reportDoc is one input as the report shows it.
type reportDoc struct {
	Name     string
	Segments []segment // the source, cut into kept and removed spans
	Counts   []catCount
	Removed  int
	Kept     string
	DOM      []domRemoval
}

// A segment is a run of the source: kept when Category is empty.
type segment struct {
	Text     string
	Category boilerplate.Category
	Rule     string
}

type catCount struct {
	Category boilerplate.Category
	N        int
}

func (a *app) newReport() *report {
	if a.cfg.report == "" {
		return nil
	}
	return &report{path: a.cfg.report, totals: map[boilerplate.Category]int{}}
}

// add records one cleaned document.
func (rep *report) add(name string, out outcome) {
	if rep == nil {
		return
	}
	for _, r := range out.res.Removed {
		rep.totals[r.Category]++
	}
	for _, d := range out.dom() {
		rep.totals[d.Category]++
	}
	if len(rep.docs) >= maxReportDocs || rep.bytes+len(out.source) > maxReportBytes {
		rep.omitted++
		return
	}
	rep.bytes += len(out.source)
	d := reportDoc{
		Name:     name,
		Segments: segments(out.source, out.res.Removed),
		Removed:  len(out.res.Removed) + len(out.dom()),
		Kept:     strings.ToValidUTF8(out.res.Text, "\uFFFD"),
		DOM:      out.dom(),
	}
	d.Counts = countCategories(out)
	rep.docs = append(rep.docs, d)
}

// segments cuts source at the removals' offsets. Offsets out of range or
// out of order are skipped rather than trusted.
func segments(source string, removed []boilerplate.Removal) []segment {
	var segs []segment
	text := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	pos := 0
	for _, r := range removed {
		if r.Start < pos || r.End > len(source) || r.Start >= r.End {
			continue
		}
		if r.Start > pos {
			segs = append(segs, segment{Text: text(source[pos:r.Start])})
		}
		segs = append(segs, segment{Text: text(source[r.Start:r.End]), Category: r.Category, Rule: r.Rule})
		pos = r.End
	}
	if pos < len(source) {
		segs = append(segs, segment{Text: text(source[pos:])})
	}
	return segs
}

func countCategories(out outcome) []catCount {
	n := map[boilerplate.Category]int{}
	for _, r := range out.res.Removed {
		n[r.Category]++
	}
	for _, d := range out.dom() {
		n[d.Category]++
	}
	var counts []catCount
	for _, c := range boilerplate.Categories() {
		if n[c] > 0 {
			counts = append(counts, catCount{c, n[c]})
		}
	}
	return counts
}

// write renders the report to its file.
func (rep *report) write(a *app) error {
	if rep == nil {
		return nil
	}
	var totals []catCount
	for _, c := range boilerplate.Categories() {
		totals = append(totals, catCount{c, rep.totals[c]})
	}
	var buf bytes.Buffer
	err := reportTmpl.Execute(&buf, map[string]any{
		"Docs":    rep.docs,
		"Omitted": rep.omitted,
		"Totals":  totals,
		"Created": time.Now().UTC().Format(time.RFC3339),
	})
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.WriteFile(rep.path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}
