package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
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
func (fn *cleanFn) cleanDoc(d Doc) cleaned {
	out, err := fn.clean(d)
	if err != nil {
		return cleaned{line: errorLine(d, err), bad: true}
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
// error record.
func (fn *cleanFn) clean(d Doc) (cleaned, error) {
	if d.Err != "" {
		return cleaned{}, errors.New(d.Err)
	}
	var obj object
	var input string
	isHTML := d.HTML
	if d.Line == 0 { // a whole file
		input = string(d.Data)
		base := path.Base(d.Source)
		obj = object{
			{name: "id", value: mustMarshal(strings.TrimSuffix(base, path.Ext(base)))},
			{name: "source", value: mustMarshal(d.Source)},
		}
	} else {
		var err error
		if obj, err = parseObject(d.Data); err != nil {
			return cleaned{}, err
		}
		if input, isHTML, err = recordInput(obj); err != nil {
			return cleaned{}, err
		}
	}

	out := cleaned{bytesIn: int64(len(input))}
	var text string
	var removed []boilerplate.Removal
	if isHTML {
		res, err := fn.cleaners.html.CleanURL(strings.NewReader(input), recordURL(obj))
		if err != nil {
			return cleaned{}, fmt.Errorf("cleaning HTML: %w", err)
		}
		text, removed = res.Text, res.Removed
		for _, r := range res.DOMRemoved {
			out.removed = append(out.removed, r.Category)
		}
		if fn.Explain {
			dom := res.DOMRemoved
			if dom == nil {
				dom = []htmlclean.DOMRemoval{}
			}
			if obj, err = obj.setJSON("dom_removed", dom); err != nil {
				return cleaned{}, err
			}
		}
	} else {
		res := fn.cleaners.text.Clean(input)
		text, removed = res.Text, res.Removed
	}

	var err error
	if obj, err = obj.setJSON("text", text); err != nil {
		return cleaned{}, err
	}
	if fn.Explain {
		if removed == nil {
			removed = []boilerplate.Removal{}
		}
		if obj, err = obj.setJSON("removed", removed); err != nil {
			return cleaned{}, err
		}
	}
	var buf bytes.Buffer
	if err := obj.appendTo(&buf); err != nil {
		return cleaned{}, err
	}
	out.line, out.bytesOut = buf.String(), int64(len(text))
	for _, r := range removed {
		out.removed = append(out.removed, r.Category)
		out.removedBytes += int64(r.End - r.Start)
	}
	return out, nil
}

// recordInput returns what a JSONL record asks to clean: its "text", or
// failing that its "html" page.
func recordInput(obj object) (input string, isHTML bool, err error) {
	name := "text"
	raw := obj.get(name)
	if raw == nil {
		name, isHTML = "html", true
		if raw = obj.get(name); raw == nil {
			return "", false, errors.New(`record has no "text" or "html" field`)
		}
	}
	if err := json.Unmarshal(raw, &input); err != nil {
		return "", false, fmt.Errorf("field %q is not a string: %w", name, err)
	}
	return input, isHTML, nil
}

// recordURL returns the record's "url" field, or "" when it has none or it
// is not a string.
func recordURL(obj object) string {
	var u string
	if raw := obj.get("url"); raw != nil && json.Unmarshal(raw, &u) != nil {
		return ""
	}
	return u
}

// errorLine renders the error record of a Doc that could not be cleaned:
// {"error": …, "source": …, "line": …}, line omitted for a plain-text file.
func errorLine(d Doc, err error) string {
	obj := object{
		{name: "error", value: mustMarshal(err.Error())},
		{name: "source", value: mustMarshal(d.Source)},
	}
	if d.Line > 0 {
		obj = append(obj, field{name: "line", value: mustMarshal(d.Line)})
	}
	var buf bytes.Buffer
	_ = obj.appendTo(&buf) // every value was marshalled just above
	return buf.String()
}

// mustMarshal encodes a string or an int, which cannot fail.
func mustMarshal(v any) json.RawMessage {
	raw, err := marshal(v)
	if err != nil {
		return json.RawMessage(`null`)
	}
	return raw
}
