package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestObjectRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, want string
	}{
		{`{}`, `{"text":"b"}`},
		{`{"text":"a"}`, `{"text":"b"}`},
		{` { "id" : 7 , "text":"a", "meta": {"k": [1, 2.50e3]} } `, `{"id":7,"text":"b","meta":{"k": [1, 2.50e3]}}`},
		{`{"b":1,"text":"x","a":2}`, `{"b":1,"text":"b","a":2}`},
		{`{"text":"x","text":"y"}`, `{"text":"b"}`},
		{`{"html":"<p>"}`, `{"html":"<p>","text":"b"}`},
		{`{"t\u00e9xt":"\u00e9"}`, `{"téxt":"\u00e9","text":"b"}`},
	} {
		obj, err := parseObject([]byte(tc.in))
		if err != nil {
			t.Errorf("parseObject(%s): %v", tc.in, err)
			continue
		}
		obj, err = obj.setJSON("text", "b")
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := obj.appendTo(&buf); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != tc.want {
			t.Errorf("%s -> %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseObjectErrors(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		``, `{`, `{"a":}`, `{"a":1`, `{"a":1}{}`, `{"a":1} x`, `[1,2]`, `"text"`, `null`, "{\"a\":\"\x00\"}", `{1:2}`,
	} {
		if obj, err := parseObject([]byte(in)); err == nil {
			t.Errorf("parseObject(%q) = %v, want an error", in, obj)
		}
	}
	if _, err := parseObject([]byte(`[1]`)); !errors.Is(err, errNotObject) {
		t.Errorf("parseObject([1]) error %v, want errNotObject", err)
	}
}

func TestMarshalKeepsHTML(t *testing.T) {
	t.Parallel()
	got, err := marshal("a <b> & c\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := `"a <b> & c\n"`; string(got) != want {
		t.Errorf("marshal = %s, want %s", got, want)
	}
}

func TestReadLine(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 300)
	in := "short\n" + long + "\n\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16) // smaller than the lines
	type line struct {
		Text    string
		TooLong bool
	}
	var got []line
	for {
		data, tooLong, err := readLine(br, 100)
		got = append(got, line{string(data), tooLong})
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	want := []line{{"short\n", false}, {long[:100], true}, {"\n", false}, {"last", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func TestFileFormat(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		format, path, want string
	}{
		{formatAuto, "a/b.jsonl", formatJSONL},
		{formatAuto, "gs://b/x.NDJSON.gz", formatJSONL},
		{formatAuto, "x.json", formatJSONL},
		{formatAuto, "x.txt", formatText},
		{formatAuto, "x.txt.gz", formatText},
		{formatAuto, "jsonl", formatText},
		{formatAuto, "page.HTM", formatHTML},
		{formatAuto, "page.html.gz", formatHTML},
		{formatJSONL, "x.txt", formatJSONL},
		{formatText, "x.jsonl", formatText},
		{formatHTML, "x.txt", formatHTML},
	} {
		if got := fileFormat(tc.format, tc.path); got != tc.want {
			t.Errorf("fileFormat(%q, %q) = %q, want %q", tc.format, tc.path, got, tc.want)
		}
	}
}
