package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// A Doc is one input record on its way through the pipeline: a JSON line of a
// JSONL file, or the whole of a plain-text file.
type Doc struct {
	Source string // path of the file it came from
	Line   int    // 1-based line number in a JSONL file; 0 for a plain-text file
	Data   []byte // the JSON object, or the file's content
	HTML   bool   // the file is an HTML page (Line is 0)
	Err    string // set when the record could not be read; Data is then a prefix
}

// Input formats accepted by the --format flag.
const (
	formatAuto  = "auto"  // by extension: .jsonl, .ndjson, .json are JSONL, .html, .htm HTML, the rest text (also .gz)
	formatJSONL = "jsonl" // every file is JSON Lines
	formatText  = "text"  // every file is one plain-text document
	formatHTML  = "html"  // every file is one HTML page
)

// fileFormat returns how the file at p is read under format: formatJSONL,
// formatText or formatHTML.
func fileFormat(format, p string) string {
	if format != formatAuto {
		return format
	}
	switch path.Ext(strings.TrimSuffix(strings.ToLower(p), ".gz")) {
	case ".jsonl", ".ndjson", ".json":
		return formatJSONL
	case ".html", ".htm":
		return formatHTML
	}
	return formatText
}

// readFn turns a matched file into Docs: one per line of a JSONL file, one
// for a plain-text or HTML file. A file is read by one worker; a Reshuffle after it
// spreads the cleaning. Gzip files (.gz) are decompressed on the fly.
//
// Exported fields are the DoFn's configuration, serialised with it to the
// workers.
type readFn struct {
	Format   string // formatAuto, formatJSONL, formatText or formatHTML
	MaxBytes int    // largest record or document; larger ones become error Docs

	bytesRead beam.Counter
	badFiles  beam.Counter
}

// Setup prepares the counters once per DoFn instance.
func (fn *readFn) Setup() {
	fn.bytesRead = beam.NewCounter(metricsNamespace, "bytes_read")
	fn.badFiles = beam.NewCounter(metricsNamespace, "bad_files")
}

// ProcessElement reads one file. An unreadable file is reported as one
// error Doc, so that the run goes on and the output says what failed.
func (fn *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Doc)) {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		fn.badFiles.Inc(ctx, 1)
		emit(Doc{Source: name, Err: fmt.Sprintf("opening %s: %v", name, err)})
		return
	}
	defer rc.Close()
	switch f := fileFormat(fn.Format, name); f {
	case formatJSONL:
		err = fn.readLines(ctx, name, rc, emit)
	default:
		err = fn.readWhole(ctx, name, f == formatHTML, rc, emit)
	}
	if err != nil {
		fn.badFiles.Inc(ctx, 1)
		emit(Doc{Source: name, Err: fmt.Sprintf("reading %s: %v", name, err)})
	}
}

// readWhole emits the whole file as one Doc, or an error Doc past MaxBytes.
func (fn *readFn) readWhole(ctx context.Context, name string, html bool, r io.Reader, emit func(Doc)) error {
	data, err := io.ReadAll(io.LimitReader(r, int64(fn.MaxBytes)+1))
	if err != nil {
		return err
	}
	fn.bytesRead.Inc(ctx, int64(len(data)))
	if len(data) > fn.MaxBytes {
		emit(Doc{Source: name, HTML: html, Err: fmt.Sprintf("document larger than %d bytes", fn.MaxBytes), Data: data[:min(len(data), 64)]})
		return nil
	}
	emit(Doc{Source: name, HTML: html, Data: data})
	return nil
}

// readLines emits one Doc per non-blank line. A line past MaxBytes becomes an
// error Doc and the rest of the file is still read.
func (fn *readFn) readLines(ctx context.Context, name string, r io.Reader, emit func(Doc)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, fn.MaxBytes)
		fn.bytesRead.Inc(ctx, int64(len(data)))
		switch {
		case tooLong:
			emit(Doc{Source: name, Line: line, Err: fmt.Sprintf("record larger than %d bytes", fn.MaxBytes), Data: data[:min(len(data), 64)]})
		case len(bytes.TrimSpace(data)) > 0:
			emit(Doc{Source: name, Line: line, Data: bytes.TrimSuffix(bytes.TrimSuffix(data, []byte("\n")), []byte("\r"))})
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
}

// readLine reads one line, including its '\n'. Past max bytes it keeps only
// the first max bytes, skips to the end of the line and reports tooLong, so a
// huge line costs no more than max bytes of memory.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if len(line)+len(frag) > max {
			tooLong = true
			line = append(line, frag[:max-len(line)]...)
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return line, tooLong, err
		}
		line = append(line, frag...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, false, err
		}
	}
}
