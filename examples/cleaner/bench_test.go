package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/internal/record"
)

// seedRecords is the seeds as JSON Lines, repeated to about 4 MB.
func seedRecords(b *testing.B) string {
	paths, _ := filepath.Glob("../../testdata/seeds/*[0-9a-f].txt")
	if len(paths) == 0 {
		b.Skip("no seeds")
	}
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			line, _ := json.Marshal(map[string]string{"id": filepath.Base(p), "text": string(data)})
			sb.Write(line)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// BenchmarkJSONL measures the -jsonl mode end to end (reading, parsing,
// cleaning on all cores, writing), in input MB/s and records/s.
func BenchmarkJSONL(b *testing.B) {
	in := seedRecords(b)
	records := strings.Count(in, "\n")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"-jsonl", "-quiet"}, strings.NewReader(in), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkRecord measures one record's parse, clean and output on one
// core, against BenchmarkCleanReader's cleaning alone.
func BenchmarkRecord(b *testing.B) {
	in := seedRecords(b)
	line := []byte(in[:strings.IndexByte(in, '\n')])
	var out bytes.Buffer
	a, err := newApp(config{format: "auto"}, nil, &out, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if r := a.cleanRecord(jsonLine{Line: record.Line{Num: 1, Data: line}}); r.failed {
			b.Fatal(r.msg)
		}
	}
}
