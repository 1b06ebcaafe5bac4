package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// app holds what every mode shares: the flags, the cleaners built from them
// and the standard streams. After newApp it is only read, so workers share
// it.
type app struct {
	cfg     config
	text    *boilerplate.Cleaner
	html    *htmlCleaner
	limit   int64 // largest input or record, in bytes
	workers int

	stdin          io.Reader
	stdout, stderr io.Writer
}

func newApp(cfg config, stdin io.Reader, stdout, stderr io.Writer) (*app, error) {
	opts, err := cfg.options()
	if err != nil {
		return nil, err
	}
	text, err := boilerplate.New(opts)
	if err != nil {
		return nil, err
	}
	html, err := newHTMLCleaner(cfg, opts)
	if err != nil {
		return nil, err
	}
	a := &app{
		cfg: cfg, text: text, html: html,
		limit:   cfg.maxSize,
		workers: cfg.workers,
		stdin:   stdin, stdout: stdout, stderr: stderr,
	}
	if a.limit == 0 {
		a.limit = boilerplate.DefaultMaxInputSize
	}
	a.workers = min(a.workers, boilerplate.MaxWorkers)
	if a.workers <= 0 {
		a.workers = runtime.GOMAXPROCS(0)
	}
	return a, nil
}

// A doc is one input document.
type doc struct {
	name string // file name, "<stdin>", or the id or place of a JSONL record
	data string // the raw input
	html bool   // data is HTML, to be extracted before it is cleaned
	url  string // the page's address, if known (HTML only)
}

// An outcome is what cleaning a doc gave.
type outcome struct {
	result boilerplate.Result
	// source is the text that result's offsets refer to: the input itself,
	// or for HTML the text extracted from the page.
	source string
	dom    []domRemoval // elements dropped from an HTML page before its text was cleaned
	raw    any          // the result as -json prints it
}

// clean cleans one document. Text documents cannot fail; HTML ones can.
func (a *app) clean(d doc) (outcome, error) {
	if d.html {
		return a.html.clean(d)
	}
	r := a.text.Clean(d.data)
	return outcome{result: r, source: d.data, raw: r}, nil
}

// displayName is how messages name an input file.
func displayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

// readInput reads a whole input, standard input for "-", failing past the
// size limit with an error wrapping boilerplate.ErrTooLarge.
func (a *app) readInput(path string) (string, error) {
	r := a.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	var b strings.Builder
	n, err := io.Copy(&b, io.LimitReader(r, a.limit+1))
	if err != nil {
		return "", fmt.Errorf("reading: %w", err)
	}
	if n > a.limit {
		return "", fmt.Errorf("%w: more than %d bytes (see -max-size)", boilerplate.ErrTooLarge, a.limit)
	}
	return b.String(), nil
}

// isHTML decides whether an input is HTML: by -format, else by the file
// extension, else by sniffing its first bytes.
func (a *app) isHTML(path, data string) bool {
	switch a.cfg.format {
	case "html":
		return true
	case "text":
		return false
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".html" || ext == ".htm" {
		return true
	}
	return sniffHTML(data)
}

// sniffHTML reports whether data starts, after a byte-order mark and white
// space, with an HTML doctype or an html, head or body tag.
func sniffHTML(data string) bool {
	data = strings.TrimPrefix(data, "\ufeff")
	data = strings.TrimLeft(data, " \t\r\n\f")
	if len(data) > 64 {
		data = data[:64]
	}
	data = strings.ToLower(data)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if strings.HasPrefix(data, p) {
			rest := data[len(p):]
			// "<header>" is not "<head": the name must end there.
			return rest == "" || strings.ContainsRune(" \t\r\n\f>/", rune(rest[0]))
		}
	}
	return false
}

// finishBatch ends a batch run: it stops the progress bar, flushes the
// output, writes the report, and turns what happened into the exit status.
// err is the batch's own error, if any.
func (a *app) finishBatch(err error, prog *progress, out *bufio.Writer, rep *report, failed bool) int {
	prog.finish()
	if err == nil {
		err = out.Flush()
	}
	if err == nil {
		err = rep.write()
	}
	if err != nil {
		printErr(a.stderr, err)
		return exitFail
	}
	if failed {
		return exitFail
	}
	return exitOK
}
