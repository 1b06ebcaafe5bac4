package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchInputs returns the seed inputs, and a large input made of the seeds
// repeated to about 8 MB, so that per-document costs and per-byte costs
// both show.
func benchInputs(b *testing.B) (seeds []string, large string) {
	b.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".clean.txt") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	if len(seeds) == 0 {
		b.Fatal("no seeds")
	}
	var sb strings.Builder
	for sb.Len() < 8<<20 {
		for _, s := range seeds {
			sb.WriteString(s)
			sb.WriteString("\n\n")
		}
	}
	return seeds, sb.String()
}

func BenchmarkCleanSeeds(b *testing.B) {
	c := newTestCleaner(b)
	seeds, _ := benchInputs(b)
	n := 0
	for _, s := range seeds {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range seeds {
			c.Clean(s)
		}
	}
}

func BenchmarkCleanLarge(b *testing.B) {
	c := newTestCleaner(b)
	_, large := benchInputs(b)
	b.SetBytes(int64(len(large)))
	b.ReportAllocs()
	for b.Loop() {
		c.Clean(large)
	}
}

func newTestCleaner(tb testing.TB) *Cleaner {
	tb.Helper()
	c, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkCleanCorpus cleans the scraped text of the development corpus
// when it is present beside the checkout (it is not part of the repository).
func BenchmarkCleanCorpus(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*/*.scraped.txt")
	if len(files) == 0 {
		b.Skip("no corpus at ../../shared/corpus/dev")
	}
	var docs []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		n += len(data)
	}
	c := newTestCleaner(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			c.Clean(d)
		}
	}
}

// BenchmarkCleanMenu cleans a page that is mostly short menu lines, the
// worst case per byte: many lines, few words each.
func BenchmarkCleanMenu(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("Home\n\nNews\n\nSport\n\nWeather\n\nShare this:\n\nMost Popular\n\n")
		sb.WriteString("The council approved the budget on Monday after a debate that lasted most of the night.\n\n")
	}
	in := sb.String()
	c := newTestCleaner(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		c.Clean(in)
	}
}

// BenchmarkNew builds a Cleaner with the built-in rules: the cost of one
// per process, or per configuration.
func BenchmarkNew(b *testing.B) {
	if _, err := New(Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		New(Options{})
	}
}
