package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"os"

	"github.com/boilerstrip/boilerstrip/internal/record"
)

// A jsonLine is one line of JSON Lines input.
type jsonLine struct {
	file string // input file, "" for standard input
	record.Line
}

// A recordResult is a record done: its output line and whether it failed.
type recordResult struct {
	line   []byte // one JSON object and "\n"
	failed bool
	msg    string // for a failed record: the message for stderr
	size   int64
	name   string
	out    *outcome // for the report; nil for a failed record
}

// runJSONL cleans JSON Lines records from the inputs, in parallel, writing
// one output line per input record in input order. A bad record gives an
// error record; the run goes on and the exit status says whether any failed.
func (a *app) runJSONL() int {
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	prog := a.newProgress(true, totalSize(a.inputs, a.stdin), "records")
	rep := a.newReport()
	failed := false
	err := inOrder(context.Background(), a.workers, a.lines(), a.cleanRecord, func(r recordResult) error {
		prog.add(r.size)
		if r.failed {
			failed = true
			prog.clearForMessage()
			fmt.Fprintf(a.stderr, "cleaner: %s\n", termSafe(r.msg))
		} else if r.out != nil {
			rep.add(r.name, *r.out)
		}
		_, err := out.Write(r.line)
		return err
	})
	return a.finishBatch(err, prog, out, rep, failed)
}

// lines yields the non-blank lines of every input in turn. An input that
// cannot be opened, or fails while being read, gives a line with the error
// (line 0 if it could not be opened) and the next input is read.
func (a *app) lines() iter.Seq[jsonLine] {
	return func(yield func(jsonLine) bool) {
		for _, in := range a.inputs {
			file := in.path
			if file == "-" {
				file = ""
			}
			stopped, err := a.readLines(in, func(l record.Line) bool {
				return yield(jsonLine{file, l})
			})
			if stopped {
				return
			}
			if err != nil && !yield(jsonLine{file, record.Line{Err: err}}) {
				return
			}
		}
	}
}

// readLines yields the lines of one input.
func (a *app) readLines(in input, yield func(record.Line) bool) (bool, error) {
	if in.err != nil {
		return false, in.err
	}
	if in.path == "-" {
		return record.ReadLines(a.stdin, a.recordLimit(), yield)
	}
	f, err := os.Open(in.path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	return record.ReadLines(f, a.recordLimit(), yield)
}

// recordLimit is the largest record, in bytes.
func (a *app) recordLimit() int64 {
	if a.cfg.maxRecord > 0 {
		return a.cfg.maxRecord
	}
	return record.DefaultMaxBytes
}

// cleanRecord cleans one JSON Lines record (see package record for the
// rules and the output). It runs on a worker.
func (a *app) cleanRecord(l jsonLine) recordResult {
	res := recordResult{size: l.Size}
	where := fmt.Sprintf("line %d", l.Num)
	if l.file != "" {
		where = fmt.Sprintf("%s:%d", quoteName(l.file), l.Num)
	}
	fail := func(id json.RawMessage, err error) recordResult {
		if errors.Is(err, record.ErrTooLong) {
			err = fmt.Errorf("%w (see -max-record)", err)
		}
		res.failed = true
		res.msg = fmt.Sprintf("%s: %v", where, err)
		res.line = record.ErrorLine(id, l.file, l.Num, err)
		return res
	}
	if l.Err != nil {
		return fail(nil, l.Err)
	}
	rec, err := record.Parse(l.Data)
	if err != nil {
		return fail(rec.ID, err)
	}
	d := doc{name: recordName(rec.ID, where), data: rec.Input, html: rec.HTML, url: rec.URL}
	out, err := a.clean(d)
	if err != nil {
		return fail(rec.ID, err)
	}
	line, err := rec.Encode(out.res, a.cfg.explain)
	if err != nil {
		return fail(rec.ID, err)
	}
	res.line, res.name, res.out = line, d.name, &out
	return res
}

// recordName is how the report names a record: its id, else its place.
func recordName(id json.RawMessage, where string) string {
	var s string
	if json.Unmarshal(id, &s) == nil && s != "" {
		return s
	}
	if len(id) > 0 && string(id) != "null" && len(id) < 100 {
		return string(id)
	}
	return where
}
