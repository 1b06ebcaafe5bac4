package htmlclean

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// benchPages returns the pages the benchmarks run on: the test pages, and
// the development corpus's pages when ../../../shared (not part of the
// repository) is present. The corpus is limited to its first 40 pages of
// each set to keep a run short.
func benchPages(b *testing.B) [][]byte {
	b.Helper()
	var pages [][]byte
	names, _ := filepath.Glob("testdata/*.html")
	for _, dir := range []string{"../../../shared/corpus/dev/scrapinghub", "../../../shared/corpus/dev/wcxb"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		if len(files) > 40 {
			files = files[:40]
		}
		names = append(names, files...)
	}
	for _, n := range names {
		p, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func totalSize(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkClean runs the whole pipeline: decode, parse, extract, DOM
// rules, render and the text cleaner.
func BenchmarkClean(b *testing.B) {
	pages := benchPages(b)
	c := newTestCleaner(b, Options{})
	b.SetBytes(totalSize(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := c.Clean(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTrafilatura is the baseline: parse and go-trafilatura alone, with
// the options Clean uses, on the same pages.
func BenchmarkTrafilatura(b *testing.B) {
	pages := benchPages(b)
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	b.SetBytes(totalSize(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			doc, err := html.Parse(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			_, _ = trafilatura.ExtractDocument(doc, opts)
		}
	}
}
