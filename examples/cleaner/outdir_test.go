package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

func TestOutputName(t *testing.T) {
	tests := map[string]string{
		"page.scraped.txt":     "page.scraped",
		"page.html":            "page",
		"dir/sub/page.txt":     "page",
		"README":               "README",
		".hidden":              ".hidden",
		"archive.tar.gz":       "archive.tar",
		"dir.with.dots/page":   "page",
		"/abs/path/x.scraped.": "x.scraped",
	}
	for in, want := range tests {
		if got := outputName(in); got != want {
			t.Errorf("outputName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutdir(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "new", "out") // created by the command
	inputs := map[string]string{
		"page.scraped.txt": "First page title\n\nIts only paragraph.\n",
		"page.html":        "Second page, forced to text.\n",
		"third":            "Third page.\n",
	}
	var args []string
	for name, content := range inputs {
		args = append(args, writeFile(t, in, name, content))
	}
	slices.Sort(args)
	missing := filepath.Join(in, "missing.txt")
	args = append([]string{"-format", "text", "-workers", "2", "-outdir", out, missing}, args...)

	code, stdout, stderr := runCLI(t, "", args...)
	if code != exitFail {
		t.Errorf("exit %d with a missing input, want %d", code, exitFail)
	}
	if stdout != "" {
		t.Errorf("stdout %q, want nothing with -outdir", stdout)
	}
	if !strings.Contains(stderr, "missing.txt") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr %q, want one message naming missing.txt", stderr)
	}
	want := map[string]string{
		"page.scraped.txt": inputs["page.scraped.txt"],
		"page.txt":         inputs["page.html"],
		"third.txt":        inputs["third"],
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != len(want) {
		t.Errorf("outdir holds %v, want %d files", names, len(want))
	}
	for name, input := range want {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if w := boilerplate.Clean(input).Text; string(got) != w {
			t.Errorf("%s = %q, want %q", name, got, w)
		}
	}
}

func TestOutdirCollision(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	out := t.TempDir()
	pa := writeFile(t, a, "page.txt", "From a.\n")
	pb := writeFile(t, b, "page.txt", "From b.\n")
	code, _, stderr := runCLI(t, "", "-outdir", out, pa, pb)
	if code != exitFail || !strings.Contains(stderr, pb) {
		t.Errorf("exit %d, stderr %q; want exit 1 naming %s", code, stderr, pb)
	}
	got, err := os.ReadFile(filepath.Join(out, "page.txt"))
	if err != nil || string(got) != boilerplate.Clean("From a.\n").Text {
		t.Errorf("page.txt = %q (%v), want the first input's text, not overwritten", got, err)
	}
}

// Several inputs without -outdir print each one's text under a header, in
// argument order whatever the number of workers.
func TestManyFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	var want strings.Builder
	for i := range 40 {
		content := strings.Repeat("Paragraph of document "+string(rune('A'+i%26))+".\n\n", 1+i*37%50)
		p := writeFile(t, dir, "doc"+string(rune('a'+i/26))+string(rune('a'+i%26))+".txt", content)
		args = append(args, p)
		want.WriteString("==> " + p + " <==\n" + boilerplate.Clean(content).Text)
	}
	code, out, stderr := runCLI(t, "", append([]string{"-workers", "4"}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if out != want.String() {
		t.Errorf("output out of order or wrong:\n%.300s", out)
	}
}

func TestOutdirJSON(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	p := writeFile(t, in, "story.scraped.txt", "A title\n\nA paragraph of the story.\n")
	if code, _, stderr := runCLI(t, "", "-json", "-outdir", out, p); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "story.scraped.json"))
	if err != nil {
		t.Fatal(err)
	}
	var res boilerplate.Result
	if err := json.Unmarshal(data, &res); err != nil || res.Text != boilerplate.Clean("A title\n\nA paragraph of the story.\n").Text {
		t.Errorf("story.scraped.json = %s (%v), want the Result", data, err)
	}
}

// TestOutdirKeepsInput: an output that would be the input file itself is an
// error for that input, and the input is left as it was.
func TestOutdirKeepsInput(t *testing.T) {
	dir := t.TempDir()
	content := "Share this:\n\nA paragraph that stays.\n"
	path := writeFile(t, dir, "page.txt", content)
	code, _, stderr := runCLI(t, "", "-outdir", dir, path)
	if code != exitFail || !strings.Contains(stderr, "overwrite the input") {
		t.Errorf("exit %d, stderr %q; want %d and a message about overwriting the input", code, stderr, exitFail)
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != content {
		t.Errorf("input now %q (%v), want it unchanged", got, err)
	}
}
