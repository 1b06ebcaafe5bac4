package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/boilerstrip/boilerstrip/internal/record"
)

// A fileJob is one input of the file modes, with where its output goes.
type fileJob struct {
	input
	outPath string // with -outdir: the file to write
}

// A fileResult is a fileJob done.
type fileResult struct {
	fileJob
	size int64
	doc  doc
	out  outcome
}

// runFiles cleans the file arguments (or standard input): to standard
// output, or with -outdir to one file per input. Every input is processed
// even if one fails; the exit status says whether any did.
func (a *app) runFiles() int {
	jobs := a.fileJobs()
	inputs := statInputs(a.inputs)
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	prog := a.newProgress(len(jobs) > 1, totalSize(a.inputs, a.stdin), "files")
	rep := a.newReport()
	failed := false
	multi := len(jobs) > 1
	fail := func(path string, err error) {
		failed = true
		prog.clearForMessage()
		a.message(displayName(path), err)
	}
	err := inOrder(context.Background(), a.workers, slices.Values(jobs), a.cleanFile, func(r fileResult) error {
		prog.add(r.size)
		if r.err != nil {
			fail(r.path, r.err)
			return nil
		}
		rep.add(r.doc.name, r.out)
		if a.cfg.explain {
			prog.clearForMessage()
			writeExplain(a.stderr, r.doc.name, r.out)
		}
		if a.cfg.outdir != "" {
			// Checked before anything was written, and again now: an
			// output must never be an input.
			if in := inputs.isInput(r.outPath); in != "" {
				fail(r.path, fmt.Errorf("output %s would overwrite the input %s", quoteName(r.outPath), quoteName(in)))
				return nil
			}
			if err := os.MkdirAll(filepath.Dir(r.outPath), 0o755); err != nil {
				fail(r.path, err)
				return nil
			}
			if err := os.WriteFile(r.outPath, a.fileOutput(r, false, false), 0o644); err != nil {
				fail(r.path, err)
			}
			return nil
		}
		if multi && !a.cfg.json {
			fmt.Fprintf(out, "==> %s <==\n", quoteName(r.doc.name))
		}
		_, err := out.Write(a.fileOutput(r, multi, a.ttyOut))
		return err
	})
	return a.finishBatch(err, prog, out, rep, failed)
}

// fileJobs lists the inputs with their output files. An output that is an
// input file (compared by file identity, whatever the names) makes that
// input fail, as does an output that another input's output already takes
// (a/page.txt and b/page.txt given as files): nothing is overwritten. All
// this is decided before anything is written.
func (a *app) fileJobs() []fileJob {
	jobs := make([]fileJob, len(a.inputs))
	if a.cfg.outdir == "" {
		for i, in := range a.inputs {
			jobs[i].input = in
		}
		return jobs
	}
	ext := ".txt"
	if a.cfg.json {
		ext = ".json"
	}
	inputs := statInputs(a.inputs)
	seen := map[string]string{}
	for i, in := range a.inputs {
		jobs[i].input = in
		if in.err != nil {
			continue
		}
		out := outputPath(a.cfg.outdir, in, ext)
		if prev, ok := seen[out]; ok {
			jobs[i].err = fmt.Errorf("output %s already written for %s", quoteName(out), quoteName(prev))
			continue
		}
		if other := inputs.isInput(out); other != "" {
			jobs[i].err = fmt.Errorf("output %s would overwrite the input %s", quoteName(out), quoteName(other))
			continue
		}
		seen[out] = in.path
		jobs[i].outPath = out
	}
	return jobs
}

// cleanFile reads and cleans one input. It runs on a worker.
func (a *app) cleanFile(j fileJob) fileResult {
	r := fileResult{fileJob: j}
	if j.err != nil {
		return r
	}
	data, err := a.readInput(j.path)
	r.size = int64(len(data))
	if err != nil {
		r.err = err
		return r
	}
	r.doc = doc{name: displayName(j.path), data: data, html: a.isHTML(j.path, data)}
	r.out, r.err = a.clean(r.doc)
	return r
}

// fileOutput is what is written for one input: the cleaned text (with
// control characters escaped for a terminal), or with -json its record:
// indented for a single input, one line for each of several.
func (a *app) fileOutput(r fileResult, multi, tty bool) []byte {
	if !a.cfg.json {
		if tty {
			return []byte(termText(r.out.res.Text))
		}
		return []byte(r.out.res.Text)
	}
	source := r.path
	if source == "-" {
		source = ""
	}
	rec := record.File(source, outputName(source), r.doc.data, r.doc.html)
	line, err := rec.Encode(r.out.res, true)
	if err != nil {
		return record.ErrorLine(rec.ID, source, 0, err)
	}
	if multi {
		return line
	}
	var b bytes.Buffer
	if err := json.Indent(&b, line, "", "  "); err != nil {
		return line
	}
	return b.Bytes()
}

// displayName is how messages name an input file.
func displayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

// totalSize is the combined size of the inputs when every one is a regular
// file (standard input redirected from a file counts), or -1 when unknown.
func totalSize(inputs []input, stdin any) int64 {
	var total int64
	for _, in := range inputs {
		var fi os.FileInfo
		var err error
		if in.path == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(in.path)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}
