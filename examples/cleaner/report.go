package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A report of a whole crawl must open fast. report.html is an index of the
// documents (one row each: removals per category, confidence, language)
// and the documents themselves, one section each, follow on pages of
// their own (report-2.html, report-3.html, …), each bounded so that a
// browser opens it quickly. A report small enough for one such page is
// written as one file, index first. Past maxReportDocs documents the rest
// are counted in the totals and the index says how many were left out.
const (
	maxReportDocs = 5000 // index rows: about 300 bytes each
	// pageDocs and pageBytes bound one page of sections: its documents and
	// their text (the input with its removals marked, and the kept text:
	// the page's HTML is about three times this, with the marks). A
	// scraped article is typically 5 to 50 KB; a page of about 1.5 MB of
	// HTML opens in about a second in a browser on a busy 2-core machine,
	// where one of 17 MB took 18.
	pageDocs  = 50
	pageBytes = 512 << 10
)

//go:embed report.html.tmpl
var reportHTML string

var reportTmpl = template.Must(template.New("report").Parse(reportHTML))

// report collects what -report shows, writing section pages as they fill.
// A nil *report collects nothing. Only the emitting goroutine calls it.
type report struct {
	path      string
	created   string
	maxDocs   int // documents shown at most (tests lower these bounds)
	pageDocs  int // documents on one page of sections
	pageBytes int // text bytes on one page of sections

	index   []indexRow
	omitted int
	totals  map[boilerplate.Category]int

	page     []reportDoc    // sections not yet written
	pageSize int            // their text bytes
	pages    []string       // section pages written, report-2.html first
	inputs   inputFiles     // never written over
	pending  map[string]any // the last section page made, not yet written
	err      error          // the first write error
}

// An indexRow is one document in the index.
type indexRow struct {
	N          int
	Name       string
	Href       string // its section: "#doc-N" or "report-2.html#doc-N"
	Removed    int
	Counts     []catCount
	Confidence float64
	Language   string
	Path       string // for HTML: how the text was found
	Note       string
}

// A reportDoc is one input as its section shows it.
type reportDoc struct {
	indexRow
	Segments []segment // the source, cut into kept and removed spans
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
	return &report{
		path:      a.cfg.report,
		created:   time.Now().UTC().Format(time.RFC3339),
		maxDocs:   maxReportDocs,
		pageDocs:  pageDocs,
		pageBytes: pageBytes,
		totals:    map[boilerplate.Category]int{},
		inputs:    statInputs(a.inputs),
	}
}

// pagePath is the file of section page n (2, 3, …): report.html gives
// report-2.html.
func (rep *report) pagePath(n int) string {
	ext := filepath.Ext(rep.path)
	return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(rep.path, ext), n, ext)
}

// add records one cleaned document.
func (rep *report) add(name string, out outcome) {
	if rep == nil {
		return
	}
	counts := countCategories(out)
	removed := 0
	for _, c := range counts {
		rep.totals[c.Category] += c.N
		removed += c.N
	}
	if len(rep.index) >= rep.maxDocs {
		rep.omitted++
		return
	}
	size := len(out.source) + len(out.res.Text)
	if len(rep.page) > 0 && (len(rep.page) >= rep.pageDocs || rep.pageSize+size > rep.pageBytes) {
		rep.flushPage()
	}
	row := indexRow{
		N: len(rep.index) + 1, Name: name, Removed: removed, Counts: counts,
		Confidence: out.res.Confidence, Language: out.res.Language, Note: out.res.Note,
	}
	if out.res.Page != nil {
		row.Path = out.res.Page.Path
	}
	// Which page the section lands on is known only when the page is
	// written; until then the link points into report.html.
	row.Href = fmt.Sprintf("#doc-%d", row.N)
	rep.index = append(rep.index, row)
	rep.page = append(rep.page, reportDoc{
		indexRow: row,
		Segments: segments(out.source, out.res.Removed),
		Kept:     strings.ToValidUTF8(out.res.Text, "\uFFFD"),
		DOM:      out.dom(),
	})
	rep.pageSize += size
}

// flushPage makes the sections collected so far the next section page and
// points their index rows at it. A page is written when the next one is
// made or the report ends, so that it can link to the next.
func (rep *report) flushPage() {
	n := len(rep.pages) + 2
	path := rep.pagePath(n)
	file := filepath.Base(path)
	for _, d := range rep.page {
		rep.index[d.N-1].Href = fmt.Sprintf("%s#doc-%d", file, d.N)
	}
	rep.pages = append(rep.pages, path)
	rep.writePending(file)
	rep.pending = map[string]any{
		"path":     path,
		"Title":    fmt.Sprintf("documents %d to %d", rep.page[0].N, rep.page[len(rep.page)-1].N),
		"Index":    filepath.Base(rep.path),
		"Docs":     rep.page,
		"Created":  rep.created,
		"PrevPage": "",
	}
	if n > 2 {
		rep.pending["PrevPage"] = filepath.Base(rep.pagePath(n - 1))
	}
	rep.page, rep.pageSize = nil, 0
}

// writePending writes the section page made last, linking it to next.
func (rep *report) writePending(next string) {
	if rep.pending == nil {
		return
	}
	rep.pending["NextPage"] = next
	if rep.err == nil {
		rep.err = rep.writeFile(rep.pending["path"].(string), rep.pending)
	}
	rep.pending = nil
}

// write writes report.html: the index, with the sections when they all
// fit on one page; else the last section pages, then the index.
func (rep *report) write(a *app) error {
	if rep == nil {
		return nil
	}
	single := len(rep.pages) == 0
	if !single && len(rep.page) > 0 {
		rep.flushPage()
	}
	rep.writePending("")
	if rep.err != nil {
		return rep.err
	}
	var totals []catCount
	for _, c := range boilerplate.Categories() {
		totals = append(totals, catCount{c, rep.totals[c]})
	}
	data := map[string]any{
		"Title":   "index",
		"IsIndex": true,
		"Rows":    rep.index,
		"Omitted": rep.omitted,
		"Totals":  totals,
		"Created": rep.created,
		"Pages":   len(rep.pages),
	}
	if single {
		data["Docs"] = rep.page
	}
	return rep.writeFile(rep.path, data)
}

// writeFile renders one page of the report to path, unless path is one of
// the inputs.
func (rep *report) writeFile(path string, data map[string]any) error {
	if in := rep.inputs.isInput(path); in != "" {
		return fmt.Errorf("report: %s would overwrite the input %s", quoteName(path), quoteName(in))
	}
	var buf bytes.Buffer
	if err := reportTmpl.Execute(&buf, data); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
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
