package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// An input is one file to read: a file argument, a file found under a
// directory argument, or "-" for standard input.
type input struct {
	path string
	// rel is where -outdir puts its output, relative to the output
	// directory and before the extension changes: a file argument's base
	// name, or a file's path under the directory argument it was found in,
	// so that the output mirrors the tree.
	rel string
	err error // the input cannot be read (a directory that could not be walked)
}

// expandInputs turns the file arguments into inputs: a directory gives
// every regular file under it, recursively and in lexical order, leaving
// out names that start with "." (.git, .DS_Store). A path that does not
// exist is kept: reading it fails, for that input only.
func expandInputs(args []string) ([]input, error) {
	var out []input
	for _, arg := range args {
		fi, err := os.Stat(arg)
		if arg == "-" || err != nil || !fi.IsDir() {
			out = append(out, input{path: arg, rel: filepath.Base(arg)})
			continue
		}
		n := len(out)
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, input{path: path, err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				// A symbolic link to a regular file is read; other
				// special files (sockets, devices) are not.
				if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
					return nil
				}
			}
			rel, err := filepath.Rel(arg, path)
			if err != nil {
				rel = filepath.Base(path)
			}
			out = append(out, input{path: path, rel: rel})
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			out = append(out, input{path: arg, err: errors.New("directory holds no file to read")})
		}
	}
	return out, nil
}

// outputPath is where -outdir writes an input's output: the input's
// relative place with its last extension replaced by ext
// ("sub/page.scraped.txt" gives DIR/sub/page.scraped.txt, "page.html"
// DIR/page.txt).
func outputPath(dir string, in input, ext string) string {
	return filepath.Join(dir, filepath.Dir(in.rel), outputName(in.rel)+ext)
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

// inputFiles is the identity of every input file that exists, for
// isInput.
type inputFiles []fileID

type fileID struct {
	path string
	info os.FileInfo
}

func statInputs(inputs []input) inputFiles {
	var ids inputFiles
	for _, in := range inputs {
		if in.path == "-" || in.err != nil {
			continue
		}
		if fi, err := os.Stat(in.path); err == nil {
			ids = append(ids, fileID{in.path, fi})
		}
	}
	return ids
}

// isInput returns the input that path is (the same file, whatever the
// name: os.SameFile), or "" when it is none or does not exist.
func (ids inputFiles) isInput(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	for _, id := range ids {
		if os.SameFile(fi, id.info) {
			return id.path
		}
	}
	return ""
}

// checkReportPath refuses a -report file that is one of the inputs.
func (a *app) checkReportPath() error {
	if a.cfg.report == "" {
		return nil
	}
	if in := statInputs(a.inputs).isInput(a.cfg.report); in != "" {
		return fmt.Errorf("-report %s would overwrite the input %s", quoteName(a.cfg.report), quoteName(in))
	}
	return nil
}
