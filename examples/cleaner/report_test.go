package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// writeReport runs the command with -report over the ruled input and a
// hostile one, and returns the report's path and contents.
func writeReport(t *testing.T, dir string) (string, string) {
	t.Helper()
	rules := writeFile(t, dir, "test.rules", testRules)
	a := writeFile(t, dir, "story.txt", ruledInput)
	b := writeFile(t, dir, "<b onmouseover=alert(1)>.txt", "Buy now\n\n<script>alert('x')</script> & text \xff.\n")
	path := filepath.Join(dir, "report.html")
	code, _, stderr := runCLI(t, "", ruled(rules, "-report", path, "-outdir", filepath.Join(dir, "out"), a, b)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, string(data)
}

var markRE = regexp.MustCompile(`<mark data-category="([a-z]+)" data-rule="([^"]+)" title="([^"]+)">([^<]*)</mark>`)

func TestReport(t *testing.T) {
	_, page := writeReport(t, t.TempDir())
	marks := markRE.FindAllStringSubmatch(page, -1)
	// Both documents' "Buy now", and the story's credit and newsletter lines.
	got := map[string]int{}
	for _, m := range marks {
		got[m[1]+" "+m[2]+" "+m[4]]++
		if m[3] != m[1]+": "+m[2] {
			t.Errorf("mark title %q, want category and rule", m[3])
		}
	}
	for _, want := range []string{
		"advert test/promo/buy-now Buy now",
		"credit test/promo/photo Picture by A. Person",
		"subscribe test/promo/newsletter Join our mailing list today",
	} {
		if got[want] == 0 {
			t.Errorf("no highlighted span %q in the report; have %v", want, got)
		}
	}
	if got["advert test/promo/buy-now Buy now"] != 2 {
		t.Errorf("want the advert highlighted in both documents, have %v", got)
	}
	for _, bad := range []string{"<script>", "<b onmouseover", "https://", "http://", "<link", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("report contains %q: unescaped input or an external asset", bad)
		}
	}
	for _, want := range []string{"&lt;b onmouseover=alert(1)&gt;.txt", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp; text", "Kept text", `id="legend"`} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, c := range boilerplate.Categories() {
		if !strings.Contains(page, `[data-category="`+string(c)+`"]`) {
			t.Errorf("no colour for category %s", c)
		}
	}
}

func TestSegments(t *testing.T) {
	src := "abcdefghij"
	rm := []boilerplate.Removal{
		{Start: 2, End: 4, Category: boilerplate.Advert, Rule: "r1"},
		{Start: 3, End: 5, Category: boilerplate.Advert, Rule: "overlap"},  // skipped
		{Start: 6, End: 20, Category: boilerplate.Legal, Rule: "past-end"}, // skipped
		{Start: 8, End: 10, Category: boilerplate.Legal, Rule: "r2"},
	}
	var parts []string
	for _, s := range segments(src, rm) {
		parts = append(parts, string(s.Category)+":"+s.Text)
	}
	if got, want := strings.Join(parts, "|"), ":ab|advert:cd|:efgh|legal:ij"; got != want {
		t.Errorf("segments = %s, want %s", got, want)
	}
}
