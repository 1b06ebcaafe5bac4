package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildCleaner builds the example cleaner (examples/cleaner, in the
// library's module) into dir.
func buildCleaner(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "cleaner")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = "../cleaner"
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the example cleaner: %v\n%s", err, out)
	}
	return bin
}

// runCleaner runs the example cleaner and returns its standard output.
func runCleaner(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) {
		t.Fatalf("cleaner %v: %v\n%s", args, err, stderr.Bytes())
	}
	return out
}

// lines splits JSON Lines output and keys each line by its record's id.
func linesByID(t *testing.T, out []byte) map[string]string {
	t.Helper()
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var v struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		if _, dup := m[v.ID]; dup {
			t.Errorf("id %q twice in the output", v.ID)
		}
		m[v.ID] = sc.Text()
	}
	return m
}

// members decodes a record into its members.
func members(t *testing.T, line string) map[string]json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	return m
}

// The same records through the example cleaner's -jsonl, the Beam pipeline
// and (as files) the cleaner's -json give the same results: -jsonl and Beam
// the same line byte for byte, -json the same result members, and the odd
// records the same treatment and the same error.
func TestCleanerAndBeamAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example cleaner")
	}
	dir := t.TempDir()
	bin := buildCleaner(t, dir)
	seed, err := os.ReadFile(seeds(t)[1])
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	good := map[string]string{ // id → the document -json is given, as a file
		"text": string(seed),
		"page": testPage,
		"both": testPage, // html wins over text
		"null": testPage, // "text":null is no text
	}
	records := []string{
		`{"id":"text","text":` + str(string(seed)) + `,"extra":{"a": [1, 2.50]}}`,
		`{"id":"page","html":` + str(testPage) + `,"lang":"en"}`,
		`{"id":"both","text":"Scraped text that the page wins over.","html":` + str(testPage) + `}`,
		`{"id":"null","text":null,"html":` + str(testPage) + `}`,
		`{"id":"url","url":"https://news.example.com/harbour-bridge","html":` + str(testPage) + `}`,
		`{"id":"only-null","text":null}`,
		`{"id":"url-number","text":"Some text.","url":5}`,
		`{"id":"dup","text":"One.","text":"Two."}`,
		`{"id":"number","text":42}`,
	}
	errs := map[string]string{ // id → the error both must give
		"only-null":  `record has no "text" or "html" string`,
		"url-number": `"url" is not a string`,
		"dup":        `duplicate key "text"`,
		"number":     `"text" is not a string`,
	}
	input := writeLines(t, dir, "records.jsonl", records)

	cli := linesByID(t, runCleaner(t, bin, "-jsonl", "-explain", "-quiet", input))
	output := filepath.Join(dir, "beam.jsonl")
	if _, _, err := run(context.Background(), config{Inputs: []string{input}, Output: output, Clean: cleanFn{Explain: true, Workers: 2}}); err != nil {
		t.Fatal(err)
	}
	out, err := os.ReadFile(output)
	if err != nil {
		t.Fatal(err)
	}
	beam := linesByID(t, out)
	if len(cli) != len(records) || len(beam) != len(records) {
		t.Fatalf("-jsonl gave %d records, Beam %d, for %d", len(cli), len(beam), len(records))
	}

	for id, msg := range errs {
		for name, line := range map[string]string{"-jsonl": cli[id], "Beam": beam[id]} {
			var e struct {
				Line  int    `json:"line"`
				Error string `json:"error"`
			}
			if err := json.Unmarshal([]byte(line), &e); err != nil || e.Error != msg || e.Line == 0 {
				t.Errorf("%s, record %s: %s; want an error record with its id and line and the error %q", name, id, line, msg)
			}
		}
	}
	for id := range good {
		if cli[id] != beam[id] {
			t.Errorf("record %s: -jsonl and Beam differ:\n-jsonl %.300s\nBeam   %.300s", id, cli[id], beam[id])
		}
		if strings.Contains(beam[id], `"html"`) || strings.Contains(beam[id], "Scraped text that the page wins over") {
			t.Errorf("record %s: the input html or text is in the output: %.300s", id, beam[id])
		}
	}
	if cli["url"] != beam["url"] || !strings.Contains(cli["url"], `"url":"https://news.example.com/harbour-bridge"`) {
		t.Errorf("record url: -jsonl and Beam differ or lost the url:\n%.300s\n%.300s", cli["url"], beam["url"])
	}

	// -json on the same documents as files.
	var files []string
	for id, docText := range good {
		ext := ".txt"
		if strings.HasPrefix(docText, "<!DOCTYPE") {
			ext = ".html"
		}
		p := filepath.Join(dir, id+ext)
		if err := os.WriteFile(p, []byte(docText), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	js := linesByID(t, runCleaner(t, bin, append([]string{"-json"}, files...)...))
	for id := range good {
		j, l := members(t, js[id]), members(t, cli[id])
		for _, k := range []string{"text", "language", "confidence", "note", "path", "metadata", "removed", "domRemoved", "rendered"} {
			if string(j[k]) != string(l[k]) {
				t.Errorf("record %s: %q differs between -json and -jsonl:\n-json  %.200s\n-jsonl %.200s", id, k, j[k], l[k])
			}
		}
		if _, ok := j["path"]; ok != (id != "text") {
			t.Errorf("record %s: has path %v, want it for pages only", id, ok)
		}
	}
}

// An --input glob that matches nothing gives an error record naming it, and
// so does a record past --max_bytes; the other inputs and records are
// cleaned and the run does not fail.
func TestUnmatchedGlobAndLongRecord(t *testing.T) {
	dir := t.TempDir()
	input := writeLines(t, dir, "one.jsonl", []string{
		`{"id":"one","text":"A line of text."}`,
		`{"id":"long","text":"` + strings.Repeat("word ", 100) + `"}`,
		`{"id":"two","text":"Another line of text."}`,
	})
	missing := filepath.Join(dir, "nothing-*.jsonl")
	output := filepath.Join(dir, "out.jsonl")
	cs, _, err := run(context.Background(), config{Inputs: []string{input, missing}, Output: output, MaxBytes: 200, Clean: cleanFn{Workers: 1}})
	if err != nil {
		t.Fatalf("the run failed: %v", err)
	}
	byID, errs := readOutput(t, output)
	if _, ok := byID["one"]; !ok {
		t.Error("record one was not cleaned")
	}
	if _, ok := byID["two"]; !ok {
		t.Error("the record after the long one was not cleaned")
	}
	var sawGlob, sawLong bool
	for _, e := range errs {
		switch {
		case e.Source == missing && strings.Contains(e.Error, "no file matches"):
			sawGlob = true
		case e.Source == input && e.Line == 2 && strings.Contains(e.Error, "longer than 200 bytes"):
			sawLong = true
		default:
			t.Errorf("unexpected error record %s", e.raw)
		}
	}
	if !sawGlob || !sawLong {
		t.Errorf("error records %+v, want one naming %s and one for line 2 of %s", errs, missing, input)
	}
	if cs[counterBadRecords] != 2 || cs["bad_files"] != 1 {
		t.Errorf("counters %v, want two bad records and one bad file", cs)
	}
}
