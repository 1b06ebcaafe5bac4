package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
)

// A record is one line of JSON Lines input.
type record struct {
	file string // input file, "" for standard input
	line int    // 1-based line number in file
	data []byte // the line, without its end; nil if err is set
	size int64  // bytes read for it, for progress
	err  error  // the line could not be read whole
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
	prog := a.newProgress(true, totalSize(a.cfg.inputs, a.stdin), "records")
	rep := a.newReport()
	failed := false
	err := inOrder(context.Background(), a.workers, a.records(), a.cleanRecord, func(r recordResult) error {
		prog.add(r.size)
		if r.failed {
			failed = true
			prog.clearForMessage()
			fmt.Fprintf(a.stderr, "cleaner: %s\n", r.msg)
		} else if r.out != nil {
			rep.add(r.name, *r.out)
		}
		_, err := out.Write(r.line)
		return err
	})
	return a.finishBatch(err, prog, out, rep, failed)
}

// records yields the non-blank lines of every input in turn. An input that
// cannot be opened, or fails while being read, gives a record with the error
// (line 0 if it could not be opened) and the next input is read.
func (a *app) records() iter.Seq[record] {
	return func(yield func(record) bool) {
		for _, path := range a.cfg.inputs {
			err := a.readRecords(path, yield)
			if err == errStopped {
				return
			}
			if err != nil && !yield(record{file: path, err: err}) {
				return
			}
		}
	}
}

// readRecords yields the records of one input.
func (a *app) readRecords(path string, yield func(record) bool) error {
	if path == "-" {
		return readLines(a.stdin, a.limit, "", yield)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return readLines(f, a.limit, path, yield)
}

// errStopped reports that the consumer of readLines stopped it.
var errStopped = errors.New("stopped")

// readLines yields each non-blank line of r as a record. A line longer than
// limit is not held in memory: it is skipped up to its end and yielded as a
// record with an error, and reading goes on.
func readLines(r io.Reader, limit int64, file string, yield func(record) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for num := 1; ; num++ {
		rec := record{file: file, line: num}
		var buf []byte
		for {
			chunk, err := br.ReadSlice('\n')
			rec.size += int64(len(chunk))
			if rec.err == nil {
				if int64(len(buf)+len(chunk)) > limit+2 { // +2: room for "\r\n"
					rec.err = fmt.Errorf("record longer than %d bytes (see -max-size)", limit)
					buf = nil
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err != nil && err != io.EOF {
				return err
			}
			if rec.err == nil {
				rec.data = trimEOL(buf)
				if int64(len(rec.data)) > limit { // the line end does not count
					rec.err = fmt.Errorf("record longer than %d bytes (see -max-size)", limit)
					rec.data = nil
				}
			}
			if (rec.err != nil || !blank(rec.data)) && !yield(rec) {
				return errStopped
			}
			if err == io.EOF {
				return nil
			}
			break
		}
	}
}

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}
