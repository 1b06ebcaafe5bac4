package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTermSafe(t *testing.T) {
	for in, want := range map[string]string{
		"plain.txt":               "plain.txt",
		"página ünïcode.txt":      "página ünïcode.txt",
		"a\x1b[2Jb":               `a\x1b[2Jb`,
		"title\x1b]0;pwned\x07":   `title\x1b]0;pwned\a`,
		"cr\rback\bspace":         `cr\rback\bspace`,
		"tab\tnl\n":               `tab\tnl\n`,
		"c1\u009bcsi":             `c1\u009bcsi`,
		"rtl\u202eevil.txt":       `rtl\u202eevil.txt`,
		"bad\xffbyte":             `bad\xffbyte`,
		"kept \ufffd replacement": "kept \ufffd replacement",
		"é\x1b":                   `é\x1b`,
	} {
		if got := termSafe(in); got != want {
			t.Errorf("termSafe(%q) = %q, want %q", in, got, want)
		}
	}
	if got, want := termText("line one\n\tline two\x1b[31m\r\n"), "line one\n\tline two\\x1b[31m\\r\n"; got != want {
		t.Errorf("termText = %q, want %q", got, want)
	}
	if got, want := termText("é\n\x1b"), "é\n\\x1b"; got != want {
		t.Errorf("termText = %q, want %q", got, want)
	}
	for in, want := range map[string]string{
		"dir/page.txt":     "dir/page.txt",
		"with space.txt":   `"with space.txt"`,
		"":                 `""`,
		"a\x1b[2J.txt":     `"a\x1b[2J.txt"`,
		`quote".txt`:       `"quote\".txt"`,
		"rtl\u202etxt.exe": `"rtl\u202etxt.exe"`,
	} {
		if got := quoteName(in); got != want {
			t.Errorf("quoteName(%q) = %s, want %s", in, got, want)
		}
	}
}

// No byte of an escape sequence from a file name, a rule name, an element
// path or the text reaches stderr.
func TestExplainEscapes(t *testing.T) {
	dir := t.TempDir()
	rules := writeFile(t, dir, "esc.rules", "promo/buy-now advert line Buy now\n")
	name := "evil\x1b]0;title\x07\x1b[2J.txt"
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte("Buy now\n\nA paragraph of text with \x1b[31m red \x1b[0m in it.\n"), 0o644); err != nil {
		t.Skip("this file system refuses the name:", err)
	}
	code, _, stderr := runCLI(t, "", ruled(rules, "-explain", p)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.ContainsAny(stderr, "\x1b\x07") {
		t.Errorf("stderr carries raw control characters: %q", stderr)
	}
	if !strings.Contains(stderr, `evil\x1b]0;title\a\x1b[2J.txt"`) || !strings.Contains(stderr, "esc/promo/buy-now") {
		t.Errorf("stderr %q does not name the file escaped and the rule", stderr)
	}

	page := strings.Replace(testPage, "<nav>", "<nav class=\"menu\x1b[2Jx\">", 1)
	code, _, stderr = runCLI(t, page, "-explain")
	if code != exitOK || !strings.Contains(stderr, `nav.menu\x1b[2Jx`) || strings.Contains(stderr, "\x1b") {
		t.Errorf("HTML -explain: exit %d, stderr %q; want the element path escaped", code, stderr)
	}

	missing := filepath.Join(dir, "gone\x1b[2J.txt")
	code, _, stderr = runCLI(t, "", missing)
	if code != exitFail || strings.Contains(stderr, "\x1b") || !strings.Contains(stderr, `gone\x1b[2J.txt`) {
		t.Errorf("missing file: exit %d, stderr %q; want the name escaped", code, stderr)
	}
}
