package record

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		in    string
		input string
		html  bool
		url   string
		id    string // raw
		err   string // substring; "" for none
	}{
		{"text", `{"id":"a","text":"T","url":"https://x/"}`, "T", false, "https://x/", `"a"`, ""},
		{"html", `{"id":1,"html":"<p>H</p>"}`, "<p>H</p>", true, "", `1`, ""},
		{"both: html wins", `{"text":"T","html":"<p>H</p>"}`, "<p>H</p>", true, "", "", ""},
		{"html null: text", `{"text":"T","html":null}`, "T", false, "", "", ""},
		{"text null: html", `{"text":null,"html":"H"}`, "H", true, "", "", ""},
		{"text null alone", `{"id":"n","text":null}`, "", false, "", `"n"`, `no "text" or "html"`},
		{"neither", `{"id":8}`, "", false, "", `8`, `no "text" or "html"`},
		{"text number", `{"id":7,"text":42}`, "", false, "", `7`, `"text" is not a string`},
		{"html object", `{"html":{"a":1}}`, "", false, "", "", `"html" is not a string`},
		{"url number", `{"id":"u","text":"T","url":5}`, "", false, "", `"u"`, `"url" is not a string`},
		{"url null", `{"text":"T","url":null}`, "T", false, "", "", ""},
		{"duplicate text", `{"id":"d","text":"a","text":"b"}`, "", false, "", `"d"`, `duplicate key "text"`},
		{"duplicate other", `{"id":"d","x":1,"x":2,"text":"a"}`, "", false, "", `"d"`, `duplicate key "x"`},
		{"duplicate id", `{"id":1,"id":2,"text":"a"}`, "", false, "", "", `duplicate key "id"`},
		{"not an object", `[1,2]`, "", false, "", "", "not a JSON object"},
		{"invalid", `{"text":`, "", false, "", "", "invalid JSON"},
		{"trailing", `{"text":"a"} x`, "", false, "", "", "after the record"},
		{"string", `"text"`, "", false, "", "", "not a JSON object"},
	}
	for _, tt := range tests {
		rec, err := Parse([]byte(tt.in))
		if tt.err == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if rec.Input != tt.input || rec.HTML != tt.html || rec.URL != tt.url {
				t.Errorf("%s: input %q html %v url %q; want %q %v %q", tt.name, rec.Input, rec.HTML, rec.URL, tt.input, tt.html, tt.url)
			}
		} else if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.err)
		}
		if string(rec.ID) != tt.id {
			t.Errorf("%s: ID %s, want %q", tt.name, rec.ID, tt.id)
		}
	}
}

func mustParse(t *testing.T, s string) Record {
	t.Helper()
	rec, err := Parse([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestEncode(t *testing.T) {
	t.Parallel()
	textRes := Result{Text: "Kept.\n", Language: "en", Confidence: 0.5,
		Removed: []boilerplate.Removal{{Start: 0, End: 4, Line: 1, Category: boilerplate.Share, Rule: "r", Text: "Cut."}}}
	pageRes := Result{Text: "P <b> & q\n", Language: "de", Confidence: 1, Note: "n",
		Page: &Page{Path: htmlclean.PathExtractor, Metadata: htmlclean.Metadata{Title: "T"}, Rendered: "R"}}
	tests := []struct {
		name    string
		in      string
		res     Result
		explain bool
		want    string
	}{
		{"text, members kept in place", `{"id":"a","text":"in","meta":{"n": 1.50},"z":null}`, textRes, false,
			`{"id":"a","text":"Kept.\n","meta":{"n": 1.50},"z":null,"language":"en","confidence":0.5,"note":""}`},
		{"owned member replaced in place", `{"language":"xx","text":"in","removed":"old"}`, textRes, true,
			`{"language":"en","text":"Kept.\n","removed":[{"start":0,"end":4,"line":1,"category":"share","rule":"r","text":"Cut."}],"confidence":0.5,"note":""}`},
		{"removed passes through without explain", `{"text":"in","removed":"old"}`, textRes, false,
			`{"text":"Kept.\n","removed":"old","language":"en","confidence":0.5,"note":""}`},
		{"html: text in its place", `{"id":1,"html":"<p>x</p>","lang":"de"}`, pageRes, false,
			`{"id":1,"text":"P <b> & q\n","lang":"de","language":"de","confidence":1,"note":"n","path":"extractor","pathReason":"","metadata":{"title":"T"}}`},
		{"html and text: html dropped", `{"text":"t","html":"<p>x</p>"}`, pageRes, true,
			`{"text":"P <b> & q\n","language":"de","confidence":1,"note":"n","path":"extractor","pathReason":"","metadata":{"title":"T"},"removed":[],"domRemoved":[],"domVetoed":[],"rendered":"R"}`},
	}
	for _, tt := range tests {
		got, err := mustParse(t, tt.in).Encode(tt.res, tt.explain)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if string(got) != tt.want+"\n" {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.name, got, tt.want)
		}
		if !json.Valid(got) {
			t.Errorf("%s: not valid JSON: %s", tt.name, got)
		}
	}

	file, err := File("dir/page.scraped.txt", "page.scraped", "in", false).Encode(textRes, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"page.scraped","source":"dir/page.scraped.txt","text":"Kept.\n","language":"en","confidence":0.5,"note":""}` + "\n"; string(file) != want {
		t.Errorf("file record:\ngot  %swant %s", file, want)
	}
	stdin, _ := File("", "", "in", false).Encode(textRes, false)
	if want := `{"text":"Kept.\n","language":"en","confidence":0.5,"note":""}` + "\n"; string(stdin) != want {
		t.Errorf("stdin record:\ngot  %swant %s", stdin, want)
	}
}

func TestErrorLine(t *testing.T) {
	t.Parallel()
	err := errors.New(`bad "x"`)
	for _, tt := range []struct {
		id     string
		source string
		line   int
		want   string
	}{
		{`"a"`, "f.jsonl", 3, `{"id":"a","source":"f.jsonl","line":3,"error":"bad \"x\""}`},
		{``, "", 2, `{"line":2,"error":"bad \"x\""}`},
		{`{"k":1}`, "page.html", 0, `{"id":{"k":1},"source":"page.html","error":"bad \"x\""}`},
	} {
		if got := string(ErrorLine(json.RawMessage(tt.id), tt.source, tt.line, err)); got != tt.want+"\n" {
			t.Errorf("ErrorLine = %s, want %s", got, tt.want)
		}
	}
}

func TestReadLines(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 300)
	in := "first\r\n\n  \t\n" + long + "\nexact-ten!\r\neleven-byte\nlast"
	type got struct {
		Num  int
		Data string
		Err  bool
	}
	var lines []got
	var size int64
	// A one-byte reader makes every line span many reads.
	stopped, err := ReadLines(iotest.OneByteReader(strings.NewReader(in)), 10, func(l Line) bool {
		lines = append(lines, got{l.Num, string(l.Data), l.Err != nil})
		if l.Err != nil && !errors.Is(l.Err, ErrTooLong) {
			t.Errorf("line %d: error %v does not wrap ErrTooLong", l.Num, l.Err)
		}
		size += l.Size
		return true
	})
	if stopped || err != nil {
		t.Fatalf("stopped %v, err %v", stopped, err)
	}
	want := []got{{1, "first", false}, {4, "", true}, {5, "exact-ten!", false}, {6, "", true}, {7, "last", false}}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if size != int64(len(in))-int64(len("\n  \t\n")) {
		t.Errorf("sizes add up to %d for %d bytes read (blank lines excepted)", size, len(in))
	}

	n := 0
	stopped, _ = ReadLines(strings.NewReader("a\nb\nc\n"), 10, func(Line) bool { n++; return n < 2 })
	if !stopped || n != 2 {
		t.Errorf("stopped %v after %d lines, want stopped after 2", stopped, n)
	}
	boom := errors.New("boom")
	if _, err := ReadLines(io.MultiReader(strings.NewReader("a\nb"), iotest.ErrReader(boom)), 10, func(Line) bool { return true }); !errors.Is(err, boom) {
		t.Errorf("reader error %v, want boom", err)
	}
}
