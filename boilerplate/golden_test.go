package boilerplate

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden removal reports in testdata")

// seedDir holds the spec's seed documents: NAME.txt in, NAME.clean.txt the
// expected text, NAME.labels.tsv a label for every line, and our golden
// removal report NAME.removed.tsv.
const seedDir = "../testdata/seeds"

func seedNames(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedDir, "*.clean.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s (%v)", seedDir, err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".clean.txt"))
	}
	return names
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSeeds cleans every seed with one shared Cleaner, in parallel, and
// checks the text byte for byte, the removal report against its golden
// file, and every removal's category against the spec's label.
func TestSeeds(t *testing.T) {
	c := newTestCleaner(t)
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			in := readFile(t, filepath.Join(seedDir, name+".txt"))
			res := c.Clean(in)
			if diff := cmp.Diff(readFile(t, filepath.Join(seedDir, name+".clean.txt")), res.Text); diff != "" {
				t.Errorf("text differs (-want +got):\n%s", diff)
			}
			checkInvariants(t, in, res)
			checkLabels(t, filepath.Join(seedDir, name+".labels.tsv"), res)

			golden := filepath.Join(seedDir, name+".removed.tsv")
			got := formatRemovals(res.Removed)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(readFile(t, golden), got); diff != "" {
				t.Errorf("removals differ from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// formatRemovals writes a removal report as the golden TSV: line,
// category, rule, text.
func formatRemovals(rs []Removal) string {
	var b strings.Builder
	b.WriteString("line\tcategory\trule\ttext\n")
	for _, r := range rs {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\n", r.Line, r.Category, r.Rule, r.Text)
	}
	return b.String()
}

// A label is one row of a NAME.labels.tsv file.
type label struct {
	line  int
	label string
	text  string
}

func readLabels(t *testing.T, path string) []label {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue // header
		}
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want line, label, text", path, n)
		}
		num, err := strconv.Atoi(parts[0])
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, label{num, parts[1], parts[2]})
	}
	return out
}

// checkLabels checks that every noise label is removed with its category,
// and that no line labelled text is removed.
func checkLabels(t *testing.T, path string, res Result) {
	t.Helper()
	labels := readLabels(t, path)
	for _, l := range labels {
		var found *Removal
		for k := range res.Removed {
			r := &res.Removed[k]
			if r.Line == l.line && strings.TrimSpace(r.Text) == strings.TrimSpace(l.text) {
				found = r
			}
		}
		switch {
		case l.label == "text" && found != nil:
			t.Errorf("line %d is article text but was removed by %s as %s: %q", l.line, found.Rule, found.Category, l.text)
		case l.label != "text" && found == nil:
			t.Errorf("line %d (%s) was kept: %q", l.line, l.label, l.text)
		case l.label != "text" && string(found.Category) != l.label:
			t.Errorf("line %d removed as %s by %s, labelled %s: %q", l.line, found.Category, found.Rule, l.label, l.text)
		}
	}
	if len(labels) == 0 {
		t.Fatalf("%s has no labels", path)
	}
}
