package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromiumFlags are the flags that start Chromium headless on a machine
// without a display or network access, as root, with a fresh profile.
var chromiumFlags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--hide-scrollbars", "--window-size=1280,1024",
}

// findChromium returns the Chromium binary, skipping the test when there is
// none, unless CI=true: CI installs it, so its absence there is a failure.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found; CI must install it (apt-get install chromium chromium-driver)")
	}
	t.Skip("SKIPPED: the report's browser test needs Chromium, and none of chromium, chromium-browser " +
		"or google-chrome is on the PATH; install it (Debian: apt-get install chromium) to run this test")
	return ""
}

// headless runs Chromium on url with extra flags and returns its stdout.
func headless(t *testing.T, chromium, url string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append(append([]string{}, chromiumFlags...), "--user-data-dir="+t.TempDir())
	args = append(append(args, flags...), url)
	cmd := exec.CommandContext(ctx, chromium, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", flags, err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// The report, loaded from its file in a real browser, shows the removed
// spans as highlighted elements, and renders to a non-empty screenshot.
func TestReportInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := findChromium(t)
	dir := t.TempDir()
	path, _ := writeReport(t, dir)
	url := "file://" + path

	dom := headless(t, chromium, url, "--dump-dom")
	// What the browser parsed, not what the file says: the marks must be
	// elements of the document, with their category and rule.
	marks := regexp.MustCompile(`<mark data-category="(advert|credit|subscribe)" data-rule="test/promo/[a-z-]+"`).FindAll(dom, -1)
	if len(marks) != 4 {
		t.Errorf("dumped DOM holds %d highlighted spans, want 4:\n%.2000s", len(marks), dom)
	}
	if !bytes.Contains(dom, []byte(`<ul class="legend" id="legend">`)) {
		t.Error("dumped DOM has no legend")
	}
	if bytes.Contains(dom, []byte("<b onmouseover")) {
		t.Error("a file name became markup in the browser")
	}

	shot := filepath.Join(dir, "report.png")
	headless(t, chromium, url, "--screenshot="+shot)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot is %d bytes and not a PNG", len(png))
	}
	if keep := os.Getenv("CLEANER_SCREENSHOT"); keep != "" {
		if err := os.WriteFile(keep, png, 0o644); err != nil {
			t.Error(err)
		}
	}

	// A report of several pages: the browser finds every document's row in
	// the index, each linking to a section page that it then opens.
	var in strings.Builder
	const docs = pageDocs + 3
	for i := range docs {
		fmt.Fprintf(&in, `{"id":"d%d","text":"Share this:\n\nParagraph %d of a small document, long enough to be prose."}`+"\n", i, i)
	}
	index := filepath.Join(dir, "many.html")
	if code, _, stderr := runCLI(t, in.String(), "-jsonl", "-report", index); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	dom = headless(t, chromium, "file://"+index, "--dump-dom")
	links := regexp.MustCompile(`<a href="(many-\d+\.html)#doc-\d+">d\d+</a>`).FindAllSubmatch(dom, -1)
	if len(links) != docs {
		t.Fatalf("the index shows %d linked documents, want %d", len(links), docs)
	}
	last := string(links[len(links)-1][1])
	page := headless(t, chromium, "file://"+filepath.Join(dir, last), "--dump-dom")
	if !bytes.Contains(page, []byte(fmt.Sprintf(`id="doc-%d"`, docs))) || !bytes.Contains(page, []byte(`<mark data-category="share"`)) {
		t.Errorf("%s, opened in the browser, lacks the last document's section or its marks:\n%.1500s", last, page)
	}
}
