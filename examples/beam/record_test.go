package main

import "testing"

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
