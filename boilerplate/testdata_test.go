package boilerplate

import (
	"os"
	"path/filepath"
	"testing"
)

// The globs of the package's test inputs: the seeds, the texts that must
// survive cleaning, and the hand-written cases.
const (
	seedFiles    = "../testdata/seeds/*.txt"
	surviveFiles = "../testdata/survive/*.txt"
	caseFiles    = "../testdata/cases/*.txt"
)

// testdataLines returns every line of the files that patterns match, in
// order.
func testdataLines(tb testing.TB, patterns ...string) []string {
	tb.Helper()
	var lines []string
	for _, pattern := range patterns {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			tb.Fatalf("no test inputs match %s", pattern)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			for _, l := range splitLines(string(data)) {
				lines = append(lines, string(data[l.start:l.end]))
			}
		}
	}
	return lines
}
