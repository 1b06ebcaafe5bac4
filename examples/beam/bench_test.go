package main

import (
	"encoding/json"
	"os"
	"testing"
)

// seedDocs returns the seeds as JSONL Docs, and their total text size.
func seedDocs(b *testing.B) ([]Doc, []string, int64) {
	b.Helper()
	var docs []Doc
	var texts []string
	var size int64
	for i, p := range seeds(b) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		rec, err := json.Marshal(map[string]string{"id": p, "url": "https://example.test/", "text": string(data)})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, Doc{Source: "seeds.jsonl", Line: i + 1, Data: rec})
		texts = append(texts, string(data))
		size += int64(len(data))
	}
	return docs, texts, size
}

// BenchmarkCleanDoc measures the clean step of the pipeline on one core:
// JSON decoding, cleaning and encoding of the seeds, without Beam.
func BenchmarkCleanDoc(b *testing.B) {
	docs, _, size := seedDocs(b)
	fn := &cleanFn{}
	c, err := fn.newCleaners()
	if err != nil {
		b.Fatal(err)
	}
	fn.cleaners = c
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if out := fn.cleanDoc(d); out.bad {
				b.Fatal(out.line)
			}
		}
	}
}

// BenchmarkLibraryClean is the library's share of BenchmarkCleanDoc: the
// text Cleaner alone on the same seeds.
func BenchmarkLibraryClean(b *testing.B) {
	_, texts, size := seedDocs(b)
	fn := &cleanFn{}
	c, err := fn.newCleaners()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			c.text.Clean(t)
		}
	}
}
