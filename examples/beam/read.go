package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/boilerstrip/boilerstrip/internal/record"
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

// readLines emits one Doc per non-blank line, read by package record as the
// example cleaner reads -jsonl input. A line past MaxBytes becomes an error
// Doc and the rest of the file is still read.
func (fn *readFn) readLines(ctx context.Context, name string, r io.Reader, emit func(Doc)) error {
	_, err := record.ReadLines(r, int64(fn.MaxBytes), func(l record.Line) bool {
		fn.bytesRead.Inc(ctx, l.Size)
		if l.Err != nil {
			emit(Doc{Source: name, Line: l.Num, Err: l.Err.Error()})
		} else {
			emit(Doc{Source: name, Line: l.Num, Data: l.Data})
		}
		return true
	})
	return err
}

// matchFn expands an --input glob into the files it matches. A glob that
// matches nothing, or that cannot be listed, gives an error Doc naming it:
// the run goes on with the other inputs, and the output says what was
// missing.
type matchFn struct {
	badFiles beam.Counter
}

// Setup prepares the counter once per DoFn instance.
func (fn *matchFn) Setup() {
	fn.badFiles = beam.NewCounter(metricsNamespace, "bad_files")
}

// ProcessElement lists the files of one glob.
func (fn *matchFn) ProcessElement(ctx context.Context, glob string, emit func(fileio.FileMetadata), fail func(Doc)) {
	files, err := listGlob(ctx, glob)
	if err == nil && len(files) == 0 {
		err = errors.New("no file matches this input")
	}
	if err != nil {
		fn.badFiles.Inc(ctx, 1)
		fail(Doc{Source: glob, Err: err.Error()})
		return
	}
	for _, f := range files {
		emit(f)
	}
}

// listGlob lists the files matching glob on its Beam filesystem.
func listGlob(ctx context.Context, glob string) ([]fileio.FileMetadata, error) {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	paths, err := fs.List(ctx, glob)
	if err != nil {
		return nil, err
	}
	files := make([]fileio.FileMetadata, 0, len(paths))
	for _, p := range paths {
		size, err := fs.Size(ctx, p)
		if err != nil {
			return nil, err
		}
		files = append(files, fileio.FileMetadata{Path: p, Size: size})
	}
	return files, nil
}
