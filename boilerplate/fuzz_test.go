package boilerplate

import (
	"path/filepath"
	"strings"
	"testing"
)

// FuzzClean feeds the cleaner arbitrary bytes, seeded with every input in
// testdata, and checks the invariants: no panic, removals in bounds, sorted
// and non-overlapping, and the text equal to the input minus the removals
// under the output contract.
func FuzzClean(f *testing.F) {
	for _, pattern := range []string{seedFiles, surviveFiles, caseFiles} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if strings.HasSuffix(file, ".clean.txt") {
				continue
			}
			f.Add(readFileF(f, file))
		}
	}
	f.Add("")
	f.Add("\x00\xff\xfe\r\n\r\rShare this:\n")
	c, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in, c.Clean(in))
	})
}

func readFileF(f *testing.F, path string) string {
	f.Helper()
	data, err := readFileBytes(path)
	if err != nil {
		f.Fatal(err)
	}
	return string(data)
}
