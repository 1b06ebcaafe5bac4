package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// metricsNamespace is the namespace of every counter the pipeline reports.
const metricsNamespace = "boilerstrip"

// Counter names. Removals are also counted per category, as
// removedPrefix+category ("removed_caption", ...).
const (
	counterRecords      = "records"       // records cleaned
	counterBadRecords   = "bad_records"   // records that gave an error record
	counterBytesIn      = "bytes_in"      // bytes of text handed to the cleaner
	counterBytesOut     = "bytes_out"     // bytes of cleaned text
	counterRemovals     = "removals"      // removals, all categories
	counterRemovedBytes = "removed_bytes" // bytes of removed spans, all categories
	removedPrefix       = "removed_"
)

// cleanFn cleans Docs and emits their output lines. Its Cleaners (text and
// HTML) are built once per DoFn instance in Setup, and reused for every
// element of every bundle the instance processes; a Cleaner is immutable and
// safe for concurrent use, so Workers goroutines share it within a bundle
// (see bundle.go).
//
// Exported fields are the DoFn's configuration, serialised with it to the
// workers; they are the boilerplate.Options of the Cleaner.
type cleanFn struct {
	Language string   // boilerplate.Options.Language
	Keep     []string // boilerplate.Options.KeepCategories
	Disable  []string // boilerplate.Options.DisableRules; names under "dom/" go to htmlclean
	Rules    []string // rule files' contents, parsed with boilerplate.ParseRuleSet
	RuleName []string // names of the rule files, parallel to Rules
	Explain  bool     // if true, each output record carries "removed"
	Workers  int      // documents cleaned at once in a bundle; 0 means GOMAXPROCS of the worker

	cleaners cleaners
	counters map[string]beam.Counter
	pool     *pool // the current bundle's workers; nil when Workers is 1
}

// Setup builds the Cleaners and the counters, once per DoFn instance.
func (fn *cleanFn) Setup() error {
	c, err := fn.newCleaners()
	if err != nil {
		return err
	}
	fn.cleaners = c
	fn.counters = make(map[string]beam.Counter)
	for _, name := range []string{counterRecords, counterBadRecords, counterBytesIn, counterBytesOut, counterRemovals, counterRemovedBytes} {
		fn.counters[name] = beam.NewCounter(metricsNamespace, name)
	}
	for _, cat := range boilerplate.Categories() {
		name := removedPrefix + string(cat)
		fn.counters[name] = beam.NewCounter(metricsNamespace, name)
	}
	return nil
}

// count adds n to the counter called name; a category the Cleaner reports
// that was unknown at Setup gets its counter on first use.
func (fn *cleanFn) count(ctx context.Context, name string, n int64) {
	c, ok := fn.counters[name]
	if !ok {
		c = beam.NewCounter(metricsNamespace, name)
		fn.counters[name] = c
	}
	c.Inc(ctx, n)
}

// A cleaned is the outcome of cleaning one Doc: its output line and what to
// add to the counters.
type cleaned struct {
	line         string
	bad          bool                   // line is an error record
	bytesIn      int64                  // text handed to the cleaner
	bytesOut     int64                  // cleaned text
	removedBytes int64                  // bytes of the removed text spans
	removed      []boilerplate.Category // one per removal: text spans, then elements of an HTML page
}

// cleanDoc cleans one Doc. It touches no Beam state, so the bundle's worker
// goroutines may call it at once.
func (fn *cleanFn) cleanDoc(d Doc) cleaned { return fn.cleanDocWith(fn.cleaners, d) }

// cleanDocWith is cleanDoc with the Cleaners cs, such as a site's.
func (fn *cleanFn) cleanDocWith(cs cleaners, d Doc) cleaned {
	out, id, err := fn.clean(cs, d)
	if err != nil {
		return cleaned{line: errorLine(d, id, err), bad: true}
	}
	return out
}

// output adds c to the counters and emits its line. It runs on the goroutine
// that Beam called, with that call's context.
func (fn *cleanFn) output(ctx context.Context, c cleaned, emit func(string)) {
	if c.bad {
		fn.count(ctx, counterBadRecords, 1)
	} else {
		fn.count(ctx, counterRecords, 1)
		fn.count(ctx, counterBytesIn, c.bytesIn)
		fn.count(ctx, counterBytesOut, c.bytesOut)
		fn.count(ctx, counterRemovals, int64(len(c.removed)))
		fn.count(ctx, counterRemovedBytes, c.removedBytes)
		for _, cat := range c.removed {
			fn.count(ctx, removedPrefix+string(cat), 1)
		}
	}
	emit(c.line)
}

// clean returns the outcome of a good Doc, or the error that makes it an
// error record with the record's id when it could be read. Records are
// read and written by package record, as the example cleaner's -jsonl
// does: the same record gives the same output line in both.
func (fn *cleanFn) clean(cs cleaners, d Doc) (cleaned, json.RawMessage, error) {
	if d.Err != "" {
		return cleaned{}, nil, errors.New(d.Err)
	}
	var rec record.Record
	if d.Line == 0 { // a whole file
		base := path.Base(d.Source)
		rec = record.File(d.Source, strings.TrimSuffix(base, path.Ext(base)), string(d.Data), d.HTML)
	} else {
		var err error
		if rec, err = record.Parse(d.Data); err != nil {
			return cleaned{}, rec.ID, err
		}
	}

	out := cleaned{bytesIn: int64(len(rec.Input))}
	var res record.Result
	if rec.HTML {
		page, err := cs.html.CleanURL(strings.NewReader(rec.Input), rec.URL)
		if err != nil {
			return cleaned{}, rec.ID, fmt.Errorf("cleaning HTML: %w", err)
		}
		res = record.FromHTML(page)
		for _, r := range page.DOMRemoved {
			out.removed = append(out.removed, r.Category)
		}
	} else {
		res = record.FromText(cs.text.Clean(rec.Input))
	}
	line, err := rec.Encode(res, fn.Explain)
	if err != nil {
		return cleaned{}, rec.ID, err
	}
	out.line, out.bytesOut = strings.TrimSuffix(string(line), "\n"), int64(len(res.Text))
	for _, r := range res.Removed {
		out.removed = append(out.removed, r.Category)
		out.removedBytes += int64(r.End - r.Start)
	}
	return out, nil, nil
}

// errorLine renders the error record of a Doc that could not be cleaned:
// {"id":…, "source":…, "line":…, "error":…}, id when the record's could be
// read, line left out for a whole file.
func errorLine(d Doc, id json.RawMessage, err error) string {
	return strings.TrimSuffix(string(record.ErrorLine(id, d.Source, d.Line, err)), "\n")
}
