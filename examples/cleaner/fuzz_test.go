package main

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/boilerstrip/boilerstrip/internal/record"
)

// Any line of input gives exactly one line of valid JSON, and never a
// panic: cleaned records and error records alike.
func FuzzRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"text":"Title\n\nBody."}`,
		`{"html":"<html><body><p>x</p></body></html>","url":"http://x/"}`,
		`{"text":"a","removed":1,"domRemoved":2,"html":null,"language":3}`,
		`{"text":"\u0000\ud800 bad"}`,
		"{\"text\":\"\xff\xfe\"}",
		`[]`, `{`, `{"a":1}{}`, `"text"`, `{"text":{"nested":true}}`,
	} {
		f.Add([]byte(s))
	}
	a, err := newApp(config{format: "auto", explain: true}, nil, io.Discard, io.Discard)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		data = bytes.ReplaceAll(data, []byte("\n"), nil) // one record is one line
		r := a.cleanRecord(jsonLine{Line: record.Line{Num: 1, Data: data}})
		line := r.line
		if len(line) == 0 || line[len(line)-1] != '\n' || bytes.Count(line, []byte("\n")) != 1 {
			t.Fatalf("output %q is not one line", line)
		}
		if !json.Valid(line) {
			t.Fatalf("output %q is not valid JSON", line)
		}
	})
}
