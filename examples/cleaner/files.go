package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A fileJob is one input of the file modes, with where its output goes.
type fileJob struct {
	path    string // input file, "-" for standard input
	outPath string // with -outdir: the file to write
	err     error  // set before cleaning: the job is only reported
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
	if a.cfg.outdir != "" {
		if err := os.MkdirAll(a.cfg.outdir, 0o755); err != nil {
			printErr(a.stderr, err)
			return exitFail
		}
	}
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	prog := a.newProgress(len(jobs) > 1, totalSize(a.cfg.inputs, a.stdin), "files")
	rep := a.newReport()
	failed := false
	multi := len(jobs) > 1
	err := inOrder(context.Background(), a.workers, slices.Values(jobs), a.cleanFile, func(r fileResult) error {
		prog.add(r.size)
		if r.err != nil {
			failed = true
			prog.clearForMessage()
			fmt.Fprintf(a.stderr, "cleaner: %s: %v\n", displayName(r.path), r.err)
			return nil
		}
		rep.add(r.doc.name, r.out)
		if a.cfg.explain {
			prog.clearForMessage()
			writeExplain(a.stderr, r.doc.name, r.out)
		}
		if a.cfg.outdir != "" {
			if err := os.WriteFile(r.outPath, a.fileOutput(r, false), 0o644); err != nil {
				failed = true
				fmt.Fprintf(a.stderr, "cleaner: %s: %v\n", displayName(r.path), err)
			}
			return nil
		}
		if multi && !a.cfg.json {
			fmt.Fprintf(out, "==> %s <==\n", r.doc.name)
		}
		_, err := out.Write(a.fileOutput(r, multi))
		return err
	})
	return a.finishBatch(err, prog, out, rep, failed)
}

// fileJobs lists the inputs with their output files. Two inputs whose
// output names collide (a/page.txt and b/page.txt) make the second fail
// rather than overwrite the first.
func (a *app) fileJobs() []fileJob {
	jobs := make([]fileJob, len(a.cfg.inputs))
	seen := map[string]string{}
	for i, path := range a.cfg.inputs {
		jobs[i].path = path
		if a.cfg.outdir == "" {
			continue
		}
		ext := ".txt"
		if a.cfg.json {
			ext = ".json"
		}
		out := filepath.Join(a.cfg.outdir, outputName(path)+ext)
		if prev, ok := seen[out]; ok {
			jobs[i].err = fmt.Errorf("output %s already written for %s", out, prev)
			continue
		}
		if sameFile(out, path) {
			jobs[i].err = fmt.Errorf("output %s would overwrite the input", out)
			continue
		}
		seen[out] = path
		jobs[i].outPath = out
	}
	return jobs
}

// sameFile reports whether paths a and b name one existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// outputName is an input's base name without its last extension:
// "dir/page.scraped.txt" gives "page.scraped", "page.html" gives "page".
func outputName(path string) string {
	base := filepath.Base(path)
	if ext := filepath.Ext(base); ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
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

// fileOutput is what is written for one input: the cleaned text, or with
// -json its result as JSON (indented for a single input, one line with the
// file name for several).
func (a *app) fileOutput(r fileResult, multi bool) []byte {
	if !a.cfg.json {
		return []byte(r.out.result.Text)
	}
	if !multi {
		b, _ := marshalJSON(r.out.raw, "  ")
		return b
	}
	b, _ := marshalJSON(struct {
		File   string `json:"file"`
		Result any    `json:"result"`
	}{r.doc.name, r.out.raw}, "")
	return b
}

// marshalJSON encodes v as JSON ending in a newline, without escaping <, >
// and & (the text is for reading, not for a script tag).
func marshalJSON(v any, indent string) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// totalSize is the combined size of the inputs when every one is a regular
// file (standard input redirected from a file counts), or -1 when unknown.
func totalSize(paths []string, stdin any) int64 {
	var total int64
	for _, p := range paths {
		var fi os.FileInfo
		var err error
		if p == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(p)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}
