package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// runCLI runs the command in-process and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// seeds returns the seed inputs from the repository's testdata.
func seeds(t *testing.T) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/seeds/*[0-9a-f].txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in ../../testdata/seeds (%v)", err)
	}
	m := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m[p] = string(b)
	}
	return m
}

// writeFile writes a file under dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// testRules is a rule file that removes lines of several categories
// whatever the built-in rules do, so that tests of the report and of
// -explain have removals to show.
const testRules = `# rules for the example cleaner's tests
promo/buy-now      advert     line      Buy now
promo/newsletter   subscribe  prefix    Join our mailing list
promo/photo        credit     prefix    Picture by
`

// ruled returns the flags that clean with the test rules alone: no
// built-in rules, no heuristics.
func ruled(rules string, args ...string) []string {
	return append([]string{"-no-builtin", "-disable", "heuristic/*", "-rules", rules}, args...)
}

const ruledInput = "A headline for the story\n\nBuy now\n\nThe first paragraph of the article, with a full sentence.\n\nPicture by A. Person\n\nJoin our mailing list today\n\nThe second paragraph <b>of</b> the article & more.\n"

func TestSeedsMatchLibrary(t *testing.T) {
	for path, in := range seeds(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := boilerplate.Clean(in)
			code, out, errOut := runCLI(t, "", path)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %s", code, errOut)
			}
			if out != want.Text {
				t.Errorf("cleaner %s differs from boilerplate.Clean:\ngot  %.200q\nwant %.200q", path, out, want.Text)
			}
			// The same through standard input, and with -explain: one line
			// per removal on stderr, four tab-separated fields each.
			code, out, errOut = runCLI(t, in, "-explain", "-")
			if code != exitOK || out != want.Text {
				t.Fatalf("stdin: exit %d, output differs: %v", code, out != want.Text)
			}
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if errOut == "" {
				lines = nil
			}
			if len(lines) != len(want.Removed) {
				t.Fatalf("-explain printed %d lines for %d removals:\n%s", len(lines), len(want.Removed), errOut)
			}
			for i, l := range lines {
				f := strings.Split(l, "\t")
				if len(f) != 4 || f[1] != string(want.Removed[i].Category) || f[2] != want.Removed[i].Rule {
					t.Errorf("-explain line %q does not give removal %+v", l, want.Removed[i])
				}
			}
		})
	}
}

func TestAnyBytes(t *testing.T) {
	tests := map[string]string{
		"empty":        "",
		"blank":        " \n\t\r\n",
		"invalid-utf8": "Title \xff\xfe\n\nBody \xc3\x28 text.\n",
		"nul":          "Head\x00line\n\x00\n\nBody.\n",
		"cr":           "Title\r\rBody line one.\rBody line two.\r",
		"crlf":         "Title\r\n\r\nBody line one.\r\nBody line two.\r\n",
		"no-newline":   "A single line without an end",
		"html-ish":     "<p>not html, just text</p>\n",
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCLI(t, in, "-format", "text")
			if code != exitOK {
				t.Fatalf("exit %d, stderr %s", code, errOut)
			}
			if want := boilerplate.Clean(in).Text; out != want {
				t.Errorf("output %q, want %q", out, want)
			}
			if code, _, errOut := runCLI(t, in, "-json", "-format", "text"); code != exitOK {
				t.Errorf("-json: exit %d, stderr %s", code, errOut)
			}
		})
	}
}

func TestLineEndsGiveSameOutput(t *testing.T) {
	for path, in := range seeds(t) {
		lf := strings.ReplaceAll(in, "\r\n", "\n")
		_, want, _ := runCLI(t, lf)
		for name, in := range map[string]string{
			"crlf": strings.ReplaceAll(lf, "\n", "\r\n"),
			"cr":   strings.ReplaceAll(lf, "\n", "\r"),
		} {
			if _, got, _ := runCLI(t, in); got != want {
				t.Errorf("%s with %s line ends: output differs from LF", filepath.Base(path), name)
			}
		}
	}
}

func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	in := strings.Repeat("word ", 10<<20) // 50 MiB on one line
	code, out, errOut := runCLI(t, in)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if len(out) > len(in)+1 {
		t.Errorf("output of %d bytes for %d bytes in", len(out), len(in))
	}
}

func TestTooLarge(t *testing.T) {
	code, out, errOut := runCLI(t, strings.Repeat("x", 100), "-max-size", "10")
	if code != exitFail || out != "" || !strings.Contains(errOut, "too large") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and a too-large message", code, out, errOut)
	}
}

func TestJSON(t *testing.T) {
	dir := t.TempDir()
	rules := writeFile(t, dir, "test.rules", testRules)
	a := writeFile(t, dir, "a.txt", ruledInput)
	b := writeFile(t, dir, "b.txt", "Just one paragraph of text.\n")

	code, out, errOut := runCLI(t, "", ruled(rules, "-json", a)...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var res boilerplate.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("-json output is not a Result: %v\n%s", err, out)
	}
	if len(res.Removed) < 3 || strings.Contains(res.Text, "Buy now") {
		t.Errorf("-json result: %d removals, text %q; want the three rule removals", len(res.Removed), res.Text)
	}

	code, out, _ = runCLI(t, "", "-json", "-rules", rules, a, b)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != exitOK || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines for 2 inputs", code, len(lines))
	}
	for i, want := range []string{a, b} {
		var v struct {
			Source string `json:"source"`
			ID     string `json:"id"`
			boilerplate.Result
		}
		if err := json.Unmarshal([]byte(lines[i]), &v); err != nil || v.Source != want || v.ID != outputName(want) || v.Text == "" {
			t.Errorf("line %d = %s (%v); want the record of %s", i, lines[i], err, want)
		}
	}
}

func TestFlags(t *testing.T) {
	dir := t.TempDir()
	rules := writeFile(t, dir, "test.rules", testRules)
	bad := writeFile(t, dir, "bad.rules", "ok/rule advert line Fine\nbroken-line-without-fields\n")
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // substring
		stderr   string // substring
		notInOut string
	}{
		{"rules", ruled(rules), exitOK, "first paragraph", "", "Buy now"},
		{"keep", ruled(rules, "-keep", "advert"), exitOK, "Buy now", "", "Picture by"},
		{"disable", ruled(rules, "-disable", "test/promo/buy-now"), exitOK, "Buy now", "", "Picture by"},
		{"disable-unknown", ruled(rules, "-disable", "test/promo/no-such-rule"), exitUsage, "", "no-such-rule", ""},
		{"bad-rules", []string{"-rules", bad}, exitUsage, "", "bad.rules", ""},
		{"missing-rules", []string{"-rules", filepath.Join(dir, "nope.rules")}, exitUsage, "", "nope.rules", ""},
		{"bad-keep", []string{"-keep", "nonsense"}, exitUsage, "", "unknown category", ""},
		{"bad-format", []string{"-format", "pdf"}, exitUsage, "", "-format", ""},
		{"format-with-jsonl", []string{"-jsonl", "-format", "html"}, exitUsage, "", "does not apply to -jsonl", ""},
		{"outdir-stdin", []string{"-outdir", dir}, exitUsage, "", "-outdir", ""},
		{"unknown-flag", []string{"-frobnicate"}, exitUsage, "", "frobnicate", ""},
		{"help", []string{"-help"}, exitOK, "", "Usage: cleaner", ""},
		{"version", []string{"-version"}, exitOK, "cleaner ", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, ruledInput, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q does not contain %q", out, tt.stdout)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.stderr)
			}
			if tt.notInOut != "" && strings.Contains(out, tt.notInOut) {
				t.Errorf("stdout %q contains %q", out, tt.notInOut)
			}
		})
	}
}

func TestSniffHTML(t *testing.T) {
	tests := map[string]bool{
		"<!DOCTYPE html><html>":    true,
		"\ufeff  \n<html lang=en>": true,
		"<HEAD><title>x</title>":   true,
		"<body>":                   true,
		"<html":                    true,
		"<header>Site</header>":    false,
		"<htmlish>":                false,
		"Plain text <html> later":  false,
		"<p>a paragraph</p>":       false,
		"":                         false,
		"<!doctype html5 whatever": false,
		"\xff\xfe<html>":           false,
	}
	for in, want := range tests {
		if got := sniffHTML(in); got != want {
			t.Errorf("sniffHTML(%q) = %v, want %v", in, got, want)
		}
	}
}

// The seeds come out of the command byte for byte as the specification's
// expected text, one file at a time and all at once through -outdir.
func TestSeedsExpectedText(t *testing.T) {
	in := seeds(t)
	var paths []string
	for p := range in {
		paths = append(paths, p)
	}
	out := t.TempDir()
	code, _, stderr := runCLI(t, "", append([]string{"-outdir", out}, paths...)...)
	if code != exitOK {
		t.Fatalf("-outdir: exit %d: %s", code, stderr)
	}
	for _, p := range paths {
		want, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".clean.txt")
		if err != nil {
			t.Fatal(err)
		}
		_, got, _ := runCLI(t, "", p)
		if got != string(want) {
			t.Errorf("cleaner %s differs from its .clean.txt:\ngot  %.300q\nwant %.300q", filepath.Base(p), got, want)
		}
		written, err := os.ReadFile(filepath.Join(out, outputName(p)+".txt"))
		if err != nil || string(written) != string(want) {
			t.Errorf("-outdir file for %s differs from its .clean.txt (%v)", filepath.Base(p), err)
		}
	}
}
