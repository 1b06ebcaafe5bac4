package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

func TestJSONLOrder(t *testing.T) {
	var in strings.Builder
	var texts []string
	for i := range 500 {
		text := fmt.Sprintf("Title %d\n\n%s", i, strings.Repeat("A sentence of the body.\n", i*7919%200))
		texts = append(texts, text)
		line, _ := json.Marshal(map[string]any{"id": i, "text": text})
		in.Write(line)
		in.WriteByte('\n')
	}
	for _, workers := range []string{"1", "3", "0"} {
		code, out, stderr := runCLI(t, in.String(), "-jsonl", "-workers", workers)
		if code != exitOK {
			t.Fatalf("workers %s: exit %d: %s", workers, code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != len(texts) {
			t.Fatalf("workers %s: %d lines for %d records", workers, len(lines), len(texts))
		}
		for i, l := range lines {
			var rec struct {
				ID   int    `json:"id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			if rec.ID != i || rec.Text != boilerplate.Clean(texts[i]).Text {
				t.Fatalf("workers %s: line %d has id %d, text %.30q; want id %d, cleaned text", workers, i+1, rec.ID, rec.Text, i)
			}
		}
	}
}

func TestJSONLRecords(t *testing.T) {
	const in = `{"id":"a","url":"https://example.com/a","text":"Title\n\nBody & <b>text</b>.","meta":{"n": 1.50, "tags":["x" , "y"]},"z":null}` + "\n" +
		"\n" + // blank: no output
		`not json` + "\n" +
		`{"id":7,"text":42}` + "\n" +
		`{"id":8}` + "\n" +
		`[1,2]` + "\n" +
		`{"text":"One line."} trailing` + "\n" +
		`{"text":"Last \u00e9 line.","removed":"old"}` // no final newline
	code, out, stderr := runCLI(t, in, "-jsonl", "-explain")
	if code != exitFail {
		t.Errorf("exit %d, want %d with bad records", code, exitFail)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d output lines for 7 records:\n%s", len(lines), out)
	}
	// Unknown members keep their bytes and their place; text is cleaned and
	// the result's members follow.
	first := boilerplate.Clean("Title\n\nBody & <b>text</b>.")
	if want := `{"id":"a","url":"https://example.com/a","text":` + jsonOf(first.Text) + `,"meta":{"n": 1.50, "tags":["x" , "y"]},"z":null,"language":`; !strings.HasPrefix(lines[0], want) {
		t.Errorf("record 1:\ngot  %s\nwant it to start %s", lines[0], want)
	}
	var got struct {
		Language   string                `json:"language"`
		Confidence float64               `json:"confidence"`
		Note       *string               `json:"note"`
		Removed    []boilerplate.Removal `json:"removed"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got.Language != first.Language || got.Confidence != first.Confidence || got.Note == nil || *got.Note != first.Note ||
		len(got.Removed) != len(first.Removed) || got.Removed == nil {
		t.Errorf("record 1 = %s; want language %q, confidence %v, note %q, %d removals", lines[0], first.Language, first.Confidence, first.Note, len(first.Removed))
	}
	for i, want := range []struct {
		line int
		id   string
		msg  string
	}{
		{3, "", "invalid JSON"},
		{4, "7", `"text" is not a string`},
		{5, "8", `no "text" or "html"`},
		{6, "", "not a JSON object"},
		{7, "", "after the record"},
	} {
		var rec struct {
			ID    json.RawMessage `json:"id"`
			Line  int             `json:"line"`
			Error string          `json:"error"`
		}
		if err := json.Unmarshal([]byte(lines[i+1]), &rec); err != nil {
			t.Fatalf("error record %s: %v", lines[i+1], err)
		}
		if rec.Line != want.line || string(rec.ID) != want.id || !strings.Contains(rec.Error, want.msg) {
			t.Errorf("error record %s; want line %d, id %q, error containing %q", lines[i+1], want.line, want.id, want.msg)
		}
		if !strings.Contains(stderr, fmt.Sprintf("line %d: ", want.line)) {
			t.Errorf("stderr does not report line %d:\n%s", want.line, stderr)
		}
	}
	// "removed" replaced in place under -explain.
	last := boilerplate.Clean("Last é line.")
	if want := `{"text":` + jsonOf(last.Text) + `,"removed":` + jsonOf(nonNil(last.Removed)) + `,"language":`; !strings.HasPrefix(lines[6], want) {
		t.Errorf("last record = %s, want it to start %s", lines[6], want)
	}
}

func jsonOf(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func TestJSONLExplain(t *testing.T) {
	dir := t.TempDir()
	rules := writeFile(t, dir, "test.rules", testRules)
	line, _ := json.Marshal(map[string]string{"text": ruledInput})
	code, out, stderr := runCLI(t, string(line)+"\n", ruled(rules, "-jsonl", "-explain")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rec struct {
		Text    string                `json:"text"`
		Removed []boilerplate.Removal `json:"removed"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	want := make(map[string]bool)
	for _, r := range rec.Removed {
		want[r.Rule] = true
		if ruledInput[r.Start:r.End] != r.Text {
			t.Errorf("removal %+v: offsets do not give its text", r)
		}
	}
	for _, rule := range []string{"test/promo/buy-now", "test/promo/newsletter", "test/promo/photo"} {
		if !want[rule] {
			t.Errorf("no removal by %s in %s", rule, out)
		}
	}
	if strings.Contains(rec.Text, "Buy now") {
		t.Errorf("text %q still holds the advert", rec.Text)
	}
	// Without -explain there is no "removed" member.
	_, out, _ = runCLI(t, string(line)+"\n", ruled(rules, "-jsonl")...)
	if strings.Contains(out, `"removed"`) {
		t.Errorf("output without -explain has removals: %s", out)
	}
}

func TestJSONLLongRecord(t *testing.T) {
	in := `{"text":"short one."}` + "\n" + `{"text":"` + strings.Repeat("x", 300) + `"}` + "\n" + `{"text":"after."}` + "\n"
	code, out, _ := runCLI(t, in, "-jsonl", "-max-record", "100")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitFail || len(lines) != 3 {
		t.Fatalf("exit %d, %d lines; want 1 and 3 lines", code, len(lines))
	}
	if !strings.Contains(lines[1], `"line":2`) || !strings.Contains(lines[1], "longer than 100 bytes") {
		t.Errorf("line 2 = %s, want an error record for the long line", lines[1])
	}
	if !strings.Contains(lines[2], "after.") {
		t.Errorf("line 3 = %s, want the record after the long one", lines[2])
	}
}

// TestJSONLSizeLimitExact: the limit counts the record, not its line end:
// a record of exactly -max-record bytes passes with LF, CRLF or none, and one
// byte more fails the same way each time.
func TestJSONLSizeLimitExact(t *testing.T) {
	rec := `{"text":"abc"}` // 14 bytes
	for _, eol := range []string{"\n", "\r\n", ""} {
		code, out, _ := runCLI(t, rec+eol, "-jsonl", "-max-record", "14")
		if code != 0 || strings.Contains(out, "error") {
			t.Errorf("14-byte record with %q at -max-size 14: exit %d, %s", eol, code, out)
		}
		code, out, _ = runCLI(t, rec+eol, "-jsonl", "-max-record", "13")
		if code != exitFail || !strings.Contains(out, "longer than 13 bytes") {
			t.Errorf("14-byte record with %q at -max-size 13: exit %d, %s; want an error record", eol, code, out)
		}
	}
}

func TestJSONLFiles(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.jsonl", `{"id":1,"text":"One."}`+"\n"+`{"id":2,"text":"Two."}`+"\r\n")
	b := writeFile(t, dir, "b.jsonl", `{"id":3,"text":"Three."}`+"\n")
	code, out, stderr := runCLI(t, "", "-jsonl", a, dir+"/missing.jsonl", b)
	if code != exitFail {
		t.Errorf("exit %d, want 1 for a missing file", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], `"id":1`) || !strings.Contains(lines[1], `"id":2`) ||
		!strings.Contains(lines[2], "missing.jsonl") || !strings.Contains(lines[3], `"id":3`) {
		t.Errorf("output:\n%s\nwant records 1, 2, an error for the missing file, 3", out)
	}
	if !strings.Contains(stderr, "missing.jsonl") {
		t.Errorf("stderr %q does not name the missing file", stderr)
	}
}
