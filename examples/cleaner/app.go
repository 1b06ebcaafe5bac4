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
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// app holds what every mode shares: the flags, the cleaners built from them
// and the standard streams. After newApp it is only read (the HTML cleaner
// is built once, on first use), so workers share it.
type app struct {
	cfg     config
	text    *boilerplate.Cleaner
	html    *lazyHTML
	limit   int64 // largest input file, in bytes
	workers int
	inputs  []input       // the files to read, directories expanded
	hosts   *siteProfiles // -profiles: each record's site profile; nil otherwise

	stdin          io.Reader
	stdout, stderr io.Writer
	ttyOut         bool // stdout is a terminal: control characters in the text are shown escaped
}

func newApp(cfg config, stdin io.Reader, stdout, stderr io.Writer) (*app, error) {
	opts, err := cfg.options()
	if err != nil {
		return nil, err
	}
	// The text cleaner is built now, so that a bad rule name or file is a
	// usage error before any input is read; the HTML cleaner only when an
	// HTML input comes (see lazyHTML).
	text, err := boilerplate.New(opts)
	if err != nil {
		return nil, err
	}
	html, err := newLazyHTML(cfg, opts)
	if err != nil {
		return nil, err
	}
	a := &app{
		cfg: cfg, text: text, html: html,
		limit:   cfg.maxSize,
		workers: cfg.workers,
		stdin:   stdin, stdout: stdout, stderr: stderr,
		ttyOut: isTerminal(stdout),
	}
	if a.limit == 0 {
		a.limit = boilerplate.DefaultMaxInputSize
	}
	a.workers = min(a.workers, boilerplate.MaxWorkers)
	if a.workers <= 0 {
		a.workers = runtime.GOMAXPROCS(0)
	}
	if cfg.profiles != "" {
		a.hosts = &siteProfiles{dir: cfg.profiles, sites: map[string]*siteCleaners{}}
	}
	if a.inputs, err = expandInputs(cfg.inputs); err != nil {
		return nil, err
	}
	if err := a.checkReportPath(); err != nil {
		return nil, err
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
	res record.Result
	// source is the text that the removals' offsets refer to: the input
	// itself, or for HTML the text extracted from the page.
	source string
}

// dom is the elements dropped from an HTML page before its text was
// cleaned; nil for text.
func (o outcome) dom() []domRemoval {
	if o.res.Page == nil {
		return nil
	}
	return o.res.Page.DOMRemoved
}

// clean cleans one document. Text documents cannot fail; HTML ones can.
func (a *app) clean(d doc) (outcome, error) {
	if a.hosts != nil {
		return a.cleanSite(d)
	}
	if d.html {
		h, err := a.html.get()
		if err != nil {
			return outcome{}, err
		}
		return h.clean(d)
	}
	r := a.text.Clean(d.data)
	return outcome{res: record.FromText(r), source: d.data}, nil
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
		err = rep.write(a)
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
