package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

const testPage = `<!DOCTYPE html>
<html lang="en"><head><title>Harbour reopens after storm</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour reopens after storm</h1>
<p>The town's harbour reopened on Tuesday, three weeks after the storm that sank
two fishing boats and flooded the quay, the harbour master said.</p>
<figure><img src="boats.jpg" alt=""><figcaption>Boats back at the quay on Tuesday.</figcaption></figure>
<p>Repairs to the sea wall cost more than the council had set aside, and the work
went on through the night for most of the last week before the opening.</p>
<p>Fishermen said they were glad to be back at sea before the winter season began,
though several boats still need repairs that will take until the spring.</p>
</article>
</body></html>
`

// wantHTML is what package htmlclean makes of a page with the default rules.
func wantHTML(t *testing.T, page string) htmlclean.Result {
	t.Helper()
	c, err := htmlclean.New(htmlclean.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Clean(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestHTMLInput(t *testing.T) {
	want := wantHTML(t, testPage)
	if want.Text == "" || strings.Contains(want.Text, "<p>") {
		t.Fatalf("htmlclean gave %q for the test page", want.Text)
	}
	dir := t.TempDir()
	tests := []struct {
		name  string
		stdin string
		args  []string
		html  bool
	}{
		{"sniffed-stdin", testPage, nil, true},
		{"sniffed-file", "", []string{writeFile(t, dir, "page.scraped.txt", testPage)}, true},
		{"extension", "", []string{writeFile(t, dir, "nodoctype.html", testPage[len("<!DOCTYPE html>\n"):])}, true},
		{"forced-html", "   <p>" + testPage[strings.Index(testPage, "<article>"):], []string{"-format", "html"}, true},
		{"forced-text", testPage, []string{"-format", "text"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, tt.stdin, tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := !strings.Contains(out, "<p>"); got != tt.html {
				t.Errorf("output %.80q: treated as HTML %v, want %v", out, got, tt.html)
			}
			if tt.name == "sniffed-stdin" && out != want.Text {
				t.Errorf("output differs from htmlclean:\ngot  %q\nwant %q", out, want.Text)
			}
		})
	}
}

func TestHTMLExplainAndJSON(t *testing.T) {
	want := wantHTML(t, testPage)
	code, _, stderr := runCLI(t, testPage, "-explain")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if stderr == "" {
		lines = nil
	}
	if n := len(want.DOMRemoved) + len(want.Removed); len(lines) != n || n == 0 {
		t.Errorf("-explain printed %d lines, want %d (DOM and text removals):\n%s", len(lines), n, stderr)
	}
	if len(want.DOMRemoved) > 0 && !strings.HasPrefix(lines[0], "<stdin>:"+want.DOMRemoved[0].Path+"\t"+string(want.DOMRemoved[0].Category)) {
		t.Errorf("first -explain line %q, want the first DOM removal %+v", lines[0], want.DOMRemoved[0])
	}

	_, out, _ := runCLI(t, testPage, "-json")
	var got htmlclean.Result
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out)
	}
	if got.Text != want.Text || got.Rendered != want.Rendered || len(got.DOMRemoved) != len(want.DOMRemoved) {
		t.Errorf("-json result differs from htmlclean's:\n%s", out)
	}
}

func TestHTMLOutdir(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	page := writeFile(t, in, "page.html", testPage)
	code, _, stderr := runCLI(t, "", "-outdir", out, page)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(filepath.Join(out, "page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := wantHTML(t, testPage).Text; string(got) != want {
		t.Errorf("page.txt = %q, want %q", got, want)
	}
}

func TestJSONLHTML(t *testing.T) {
	want := wantHTML(t, testPage)
	page, _ := json.Marshal(testPage)
	rec := `{"id":"p1","html":` + string(page) + `,"lang":"en"}`
	code, out, stderr := runCLI(t, rec+"\n", "-jsonl", "-explain")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var text string
	_ = json.Unmarshal(got["text"], &text)
	if text != want.Text {
		t.Errorf("text = %q, want %q", text, want.Text)
	}
	if _, ok := got["html"]; ok {
		t.Error(`output still carries "html"`)
	}
	if string(got["lang"]) != `"en"` || string(got["id"]) != `"p1"` {
		t.Errorf("other members changed: %s", out)
	}
	var dom []htmlclean.DOMRemoval
	if err := json.Unmarshal(got["domRemoved"], &dom); err != nil || len(dom) != len(want.DOMRemoved) {
		t.Errorf("domRemoved = %s (%v), want %d removals", got["domRemoved"], err, len(want.DOMRemoved))
	}
	// Member order: id, then text where html was, then lang.
	if i, j, k := strings.Index(out, `"id"`), strings.Index(out, `"text"`), strings.Index(out, `"lang"`); !(i < j && j < k) {
		t.Errorf("member order changed: %s", out)
	}
}

func TestSplitDisable(t *testing.T) {
	text, dom := splitDisable([]string{"dom/share/*", "en/share/x", "heuristic/*", "mysite/ads", "domain/x"}, []string{"rules/mysite.dom.rules"})
	if strings.Join(text, ",") != "en/share/x,heuristic/*,domain/x" || strings.Join(dom, ",") != "dom/share/*,mysite/ads" {
		t.Errorf("splitDisable = %v, %v", text, dom)
	}
}
