package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestMain parses Beam's flags; the runner is prism, in this process, unless
// --runner says otherwise.
func TestMain(m *testing.M) { ptest.Main(m) }

// seedDir holds the project's golden seeds, NAME.txt beside NAME.clean.txt.
const seedDir = "../../testdata/seeds"

// seeds returns the paths of the seed inputs, without their expected outputs.
func seeds(t testing.TB) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".clean.txt") {
			out = append(out, p)
		}
	}
	if len(out) != 5 {
		t.Fatalf("found %d seeds in %s, want 5", len(out), seedDir)
	}
	return out
}

// outRecord is what the test reads back of an output line.
type outRecord struct {
	ID      string                `json:"id"`
	URL     string                `json:"url"`
	Text    string                `json:"text"`
	Removed []boilerplate.Removal `json:"removed"`
	Extra   json.RawMessage       `json:"extra"`
	Error   string                `json:"error"`
	Source  string                `json:"source"`
	Line    int                   `json:"line"`
	raw     string
}

// readOutput reads the pipeline's JSONL output, keyed by id, and its error
// records apart.
// sameAsLibrary reports, as test errors, where the pipeline's record id
// differs from w, the library's result for the same input. It returns the
// record, and false when there is none.
func sameAsLibrary(t *testing.T, byID map[string]outRecord, id string, w boilerplate.Result) (outRecord, bool) {
	t.Helper()
	got, ok := byID[id]
	if !ok {
		t.Errorf("%s: missing from the output", id)
		return got, false
	}
	if got.Text != w.Text {
		t.Errorf("%s: text differs from the library's (-library +pipeline):\n%s", id, cmp.Diff(w.Text, got.Text))
	}
	if diff := cmp.Diff(w.Removed, got.Removed, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s: removals differ from the library's (-library +pipeline):\n%s", id, diff)
	}
	return got, true
}

func readOutput(t *testing.T, name string) (byID map[string]outRecord, errs []outRecord) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byID = make(map[string]outRecord)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r outRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, sc.Text())
		}
		r.raw = sc.Text()
		if r.Error != "" {
			errs = append(errs, r)
			continue
		}
		if _, dup := byID[r.ID]; dup {
			t.Errorf("id %q twice in the output", r.ID)
		}
		byID[r.ID] = r
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return byID, errs
}

// writeLines writes lines, each followed by '\n', to a new file in dir.
func writeLines(t *testing.T, dir, name string, lines []string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSeedsMatchLibrary runs the pipeline on the local runner over the seeds,
// once as plain-text files and once as JSONL records with extra fields and
// two bad lines, and checks every output record against boilerplate.Clean on
// the same input, and the counters against the library's removals.
func TestSeedsMatchLibrary(t *testing.T) {
	dir := t.TempDir()
	paths := seeds(t)
	want := make(map[string]boilerplate.Result)
	var jsonl []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		res := boilerplate.Clean(string(data))
		want[name], want["jsonl-"+name] = res, res
		rec, err := json.Marshal(map[string]any{"id": "jsonl-" + name, "url": "https://example.test/" + name, "text": string(data)})
		if err != nil {
			t.Fatal(err)
		}
		// An extra field, spaced and ordered oddly, must come back byte for
		// byte and in its place, before the "removed" the pipeline adds.
		jsonl = append(jsonl, strings.TrimSuffix(string(rec), "}")+`,"extra": {"z":[1, 2.50],"a":null}}`)
	}
	// Line 6 is blank (skipped), 7 and 8 are bad: the run goes on past them.
	jsonl = append(jsonl, "", `{"id": "broken", "text": `, `{"id": "no-text"}`)
	input := writeLines(t, dir, "seeds.jsonl", jsonl)
	output := filepath.Join(dir, "out.jsonl")

	cfg := config{Inputs: append([]string{input}, paths...), Output: output, Clean: cleanFn{Explain: true, Workers: 3}}
	cs, _, err := run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	byID, errs := readOutput(t, output)

	var wantRemovals int64
	wantByCategory := make(map[string]int64)
	for id, w := range want {
		got, ok := sameAsLibrary(t, byID, id, w)
		if !ok {
			continue
		}
		if strings.HasPrefix(id, "jsonl-") {
			if !strings.Contains(got.raw, `,"extra":{"z":[1, 2.50],"a":null},`) {
				t.Errorf("%s: extra field not passed through untouched: %s", id, got.raw[max(0, len(got.raw)-200):])
			}
			if got.URL == "" {
				t.Errorf("%s: url lost", id)
			}
		}
		wantRemovals += int64(len(w.Removed))
		for _, r := range w.Removed {
			wantByCategory[string(r.Category)]++
		}
	}
	if len(byID) != len(want) {
		t.Errorf("output has %d records, want %d", len(byID), len(want))
	}

	gotLines := map[int]bool{}
	for _, e := range errs {
		gotLines[e.Line] = true
		if e.Source != input {
			t.Errorf("error record names source %q, want %q", e.Source, input)
		}
		// The record on line 8 could be read: its error record carries
		// its id; the broken one on line 7 has none to give.
		if wantID := map[int]string{7: "", 8: "no-text"}[e.Line]; e.ID != wantID {
			t.Errorf("error record %s: id %q, want %q", e.raw, e.ID, wantID)
		}
	}
	if len(errs) != 2 || !gotLines[7] || !gotLines[8] {
		t.Errorf("error records %+v, want lines 7 and 8 of %s", errs, input)
	}

	if cs[counterRecords] != int64(len(want)) || cs[counterBadRecords] != 2 {
		t.Errorf("counters records=%d bad_records=%d, want %d and 2", cs[counterRecords], cs[counterBadRecords], len(want))
	}
	if cs[counterRemovals] != wantRemovals {
		t.Errorf("counter removals = %d, library removed %d", cs[counterRemovals], wantRemovals)
	}
	gotByCategory := removalsByCategory(cs)
	var sum int64
	for _, n := range gotByCategory {
		sum += n
	}
	if sum != wantRemovals {
		t.Errorf("removed_* counters add up to %d, library removed %d", sum, wantRemovals)
	}
	if diff := cmp.Diff(wantByCategory, gotByCategory, cmpopts.EquateEmpty(), ignoreZero); diff != "" {
		t.Errorf("removals per category (-library +counters):\n%s", diff)
	}
	t.Logf("%d records, %d removals: %v", cs[counterRecords], wantRemovals, gotByCategory)
}

// ignoreZero leaves out categories whose counter is zero: a runner may or
// may not report a counter that was never incremented.
var ignoreZero = cmpopts.IgnoreMapEntries(func(_ string, n int64) bool { return n == 0 })

// TestOptionsAndOddInputs runs the pipeline with a user rule file, a kept
// category and a small size limit over gzip JSONL and plain-text files with
// CRLF, invalid UTF-8, empty and oversized documents, and checks the output
// against a Cleaner built with the same options.
func TestOptionsAndOddInputs(t *testing.T) {
	dir := t.TempDir()
	const ruleFile = "# a user rule\nmarker  advert  line  zz boilerstrip test marker zz\n"
	rules := []string{ruleFile}
	opts := boilerplate.Options{KeepCategories: []boilerplate.Category{boilerplate.Category("caption")}}
	rs, err := boilerplate.ParseRuleSet("test", strings.NewReader(ruleFile))
	if err != nil {
		t.Fatal(err)
	}
	opts.RuleSets = []*boilerplate.RuleSet{rs}
	lib, err := boilerplate.New(opts)
	if err != nil {
		t.Fatal(err)
	}

	texts := map[string]string{
		"marker":  "The council met on Monday to discuss the budget for the coming year.\n\nzz boilerstrip test marker zz\n\nMembers agreed to meet again in a month, after the consultation closes.\n",
		"crlf":    "First line of a short article.\r\nSecond line, also kept.\r\n",
		"badutf8": "Caf\xff au lait \x00 with NUL.\n",
		"empty":   "",
	}
	var lines []string
	for _, id := range []string{"marker", "crlf", "badutf8", "empty"} {
		rec, err := json.Marshal(map[string]string{"id": id, "text": texts[id]})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(rec))
	}
	lines = append(lines, `{"id": "number", "text": 42}`) // line 5: an error record
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write([]byte(strings.Join(lines, "\r\n"))); err != nil { // CRLF, no final newline
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	jsonl := filepath.Join(dir, "odd.jsonl.gz")
	if err := os.WriteFile(jsonl, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	writeLines(t, dir, "emptyfile.txt", nil) // a single "\n"
	texts["emptyfile"] = "\n"
	big := writeLines(t, dir, "big.txt", []string{strings.Repeat("word ", 1000)})

	output := filepath.Join(dir, "out.jsonl")
	cfg := config{
		Inputs:   []string{jsonl, filepath.Join(dir, "*.txt")},
		Output:   output,
		MaxBytes: 4096,
		Clean:    cleanFn{Keep: []string{"caption"}, Rules: rules, RuleName: []string{"test"}, Workers: 1},
	}
	cs, _, err := run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	byID, errs := readOutput(t, output)

	var wantAdvert int64
	for id, text := range texts {
		got, ok := byID[id]
		if !ok {
			t.Errorf("%s: missing from the output", id)
			continue
		}
		want := lib.Clean(strings.ToValidUTF8(text, "\uFFFD"))
		if got.Text != want.Text {
			t.Errorf("%s: text %q, library gives %q", id, got.Text, want.Text)
		}
		if strings.Contains(got.raw, `"removed"`) {
			t.Errorf("%s: removals written without --explain: %s", id, got.raw)
		}
		for _, r := range want.Removed {
			if r.Category == boilerplate.Category("advert") {
				wantAdvert++
			}
		}
	}
	if wantAdvert == 0 {
		t.Errorf("the user rule removed nothing in the library: %+v", lib.Clean(texts["marker"]))
	}
	if got := cs[removedPrefix+"advert"]; got != wantAdvert {
		t.Errorf("counter removed_advert = %d, library removed %d", got, wantAdvert)
	}
	if len(errs) != 2 {
		t.Fatalf("error records %+v, want line 5 of %s and %s", errs, jsonl, big)
	}
	for _, e := range errs {
		if !(e.Source == jsonl && e.Line == 5) && !(e.Source == big && e.Line == 0) {
			t.Errorf("unexpected error record %+v", e)
		}
	}
}
