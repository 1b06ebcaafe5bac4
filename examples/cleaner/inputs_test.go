package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A directory argument is walked recursively in lexical order, dot names
// left out, and -outdir mirrors its tree.
func TestDirectoryInput(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{
		"a.txt":             "First document, a paragraph of its own.\n",
		"sub/b.scraped.txt": "Second document in a sub-directory.\n",
		"sub/deeper/c.html": testPage,
		".hidden/d.txt":     "Never read.\n",
		"sub/.e.txt":        "Never read either.\n",
	}
	for name, content := range files {
		if err := os.MkdirAll(filepath.Join(in, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, in, name, content)
	}
	code, out, stderr := runCLI(t, "", in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var headers []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "==> ") {
			headers = append(headers, strings.TrimPrefix(strings.TrimSuffix(l, " <=="), "==> "))
		}
	}
	want := []string{filepath.Join(in, "a.txt"), filepath.Join(in, "sub/b.scraped.txt"), filepath.Join(in, "sub/deeper/c.html")}
	if strings.Join(headers, "|") != strings.Join(want, "|") {
		t.Errorf("read %v, want %v", headers, want)
	}
	if strings.Contains(out, "Never read") {
		t.Error("a file under a dot name was read")
	}

	outdir := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCLI(t, "", "-outdir", outdir, in); code != exitOK {
		t.Fatalf("-outdir: exit %d: %s", code, stderr)
	}
	for name, input := range map[string]string{"a.txt": files["a.txt"], "sub/b.scraped.txt": files["sub/b.scraped.txt"]} {
		got, err := os.ReadFile(filepath.Join(outdir, name))
		if err != nil || string(got) != boilerplate.Clean(input).Text {
			t.Errorf("%s: %q (%v), want the cleaned input", name, got, err)
		}
	}
	if page, err := os.ReadFile(filepath.Join(outdir, "sub/deeper/c.txt")); err != nil || string(page) != wantHTML(t, testPage).Text {
		t.Errorf("sub/deeper/c.txt: %q (%v), want the page's text", page, err)
	}

	empty := t.TempDir()
	code, _, stderr = runCLI(t, "", empty)
	if code != exitFail || !strings.Contains(stderr, "no file") {
		t.Errorf("empty directory: exit %d, stderr %q; want 1 and a message", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"https://example.com/page"}, []string{"is a URL", "reads files", "examples/colly"}},
		{[]string{"-jsonl", "HTTP://example.com/feed.jsonl"}, []string{"is a URL"}},
		{[]string{"-json", "-jsonl"}, []string{"-json and -jsonl"}},
		{[]string{"-max-record", "-1", "-jsonl"}, []string{"-max-record"}},
	} {
		code, out, stderr := runCLI(t, "", tt.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want %d and nothing", tt.args, code, out, exitUsage)
		}
		for _, w := range tt.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%v: stderr %q lacks %q", tt.args, stderr, w)
			}
		}
	}
}

// "cleaner -outdir . x.txt x": x.txt's output is x.txt itself, and x's
// output is x.txt too. Neither may be written, and x.txt keeps its bytes.
func TestOutdirNeverOverwritesAnInput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	const xtxt, x = "Share this:\n\nThe x.txt paragraph that must stay.\n", "Another file called x.\n"
	writeFile(t, ".", "x.txt", xtxt)
	writeFile(t, ".", "x", x)
	code, _, stderr := runCLI(t, "", "-outdir", ".", "x.txt", "x")
	if code != exitFail || strings.Count(stderr, "would overwrite the input x.txt") != 2 {
		t.Errorf("exit %d, stderr %q; want 1 and both inputs refused", code, stderr)
	}
	if got, _ := os.ReadFile("x.txt"); string(got) != xtxt {
		t.Errorf("x.txt now holds %q", got)
	}

	// The same file under another name: a hard link in the output
	// directory to another input.
	in, out := t.TempDir(), t.TempDir()
	p := writeFile(t, in, "p.txt", "Input p.\n")
	q := writeFile(t, in, "q.txt", "Input q, linked from the output directory.\n")
	if err := os.Link(q, filepath.Join(out, "p.txt")); err != nil {
		t.Skip("no hard links here:", err)
	}
	code, _, stderr = runCLI(t, "", "-outdir", out, p, q)
	if code != exitFail || !strings.Contains(stderr, "would overwrite the input "+q) {
		t.Errorf("exit %d, stderr %q; want p.txt refused, its output being %s", code, stderr, q)
	}
	if got, _ := os.ReadFile(q); string(got) != "Input q, linked from the output directory.\n" {
		t.Errorf("q.txt now holds %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "q.txt")); string(got) != boilerplate.Clean("Input q, linked from the output directory.\n").Text {
		t.Errorf("q.txt's own output %q, want it written", got)
	}

	// A report over an input is a usage error: nothing is read or written.
	code, _, stderr = runCLI(t, "", "-report", p, p)
	if code != exitUsage || !strings.Contains(stderr, "would overwrite the input") {
		t.Errorf("-report over an input: exit %d, stderr %q", code, stderr)
	}
	if got, _ := os.ReadFile(p); string(got) != "Input p.\n" {
		t.Errorf("p.txt now holds %q", got)
	}
}

// The HTML cleaner is built only when an HTML input comes, or when the
// flags say HTML is coming.
func TestHTMLCleanerBuiltLazily(t *testing.T) {
	dir := t.TempDir()
	text := writeFile(t, dir, "a.txt", "A plain text file.\n")
	page := writeFile(t, dir, "b.html", testPage)
	for _, tt := range []struct {
		args  []string
		built bool
	}{
		{[]string{text}, false},
		{[]string{"-json", text}, false},
		{[]string{text, page}, true},
		{[]string{"-format", "html", text}, true},
		{[]string{"-disable", "dom/share/*", text}, true},
	} {
		cfg, err := parseFlags(tt.args, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		a, err := newApp(cfg, strings.NewReader(""), io.Discard, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if code := a.runFiles(); code != exitOK {
			t.Fatalf("%v: exit %d", tt.args, code)
		}
		if a.html.built() != tt.built {
			t.Errorf("%v: HTML cleaner built %v, want %v", tt.args, a.html.built(), tt.built)
		}
	}
	// A DOM rule name that does not exist is still a usage error.
	if code, _, stderr := runCLI(t, "", "-disable", "dom/no-such-rule", text); code != exitUsage || !strings.Contains(stderr, "no-such-rule") {
		t.Errorf("unknown DOM rule: exit %d, stderr %q", code, stderr)
	}
}
