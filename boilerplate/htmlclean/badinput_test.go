package htmlclean

import (
	"bytes"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"testing/iotest"
)

// TestBadInput feeds inputs that are not well-formed pages: Clean must not
// panic or hang, and must return best-effort text.
func TestBadInput(t *testing.T) {
	article := readTestdata(t, "article.html")
	rng := rand.New(rand.NewSource(1))
	garbage := make([]byte, 64<<10)
	rng.Read(garbage)
	tests := []struct {
		name  string
		input []byte
		want  string // text the result must contain, if any
		path  string // the Path the result must take, if set
	}{
		{"truncated", []byte(article[:len(article)*2/3]), "The river rose by two metres", ""},
		{"truncated-in-tag", []byte("<html><body><p>Some text that is cut off in the middle of a tag <a hr"), "Some text that is cut off", ""},
		{"nested-divs-10MB", []byte("<html><body>" + strings.Repeat("<div>", 2<<20) + "deep text"), "deep text", PathFallback},
		{"garbage", garbage, "", ""},
		{"nul-bytes", []byte("<p>a\x00b</p>\x00\x00<div>c</div>"), "", ""},
		{"empty", nil, "", PathFallback},
		{"empty-body", []byte("<html><head><title>T</title></head><body></body></html>"), "", ""},
		{"text-only", []byte("Just one line of text, no markup at all."), "Just one line of text", ""},
		{"crlf", []byte("<html>\r\n<body>\r\n<p>Line one\r\nline two</p>\r\n</body></html>"), "Line one line two", ""},
	}
	c := newTestCleaner(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := c.Clean(bytes.NewReader(tt.input))
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			if tt.want != "" && !strings.Contains(res.Text, tt.want) {
				t.Errorf("Text lacks %q:\n%.500s", tt.want, res.Text)
			}
			if res.Text != "" && !strings.HasSuffix(res.Text, "\n") {
				t.Errorf("Text does not end in a newline: %q", res.Text)
			}
			if res.Path != PathExtractor && res.Path != PathFallback || (tt.path != "" && res.Path != tt.path) {
				t.Errorf("Path = %q, want %q", res.Path, tt.path)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	para := " la rivière déborde et les habitants préparent des sacs de sable près du pont, où l'eau monte encore. "
	tests := []struct {
		name  string
		input []byte
		want  string
	}{
		// Valid UTF-8 stays UTF-8 even when the page claims Latin-1.
		{"utf8-declared-latin1", []byte(`<html><head><meta charset="iso-8859-1"></head><body><p>` + strings.Repeat(para, 4) + `</p></body></html>`), "rivière déborde"},
		// Real Latin-1 bytes are decoded as declared.
		{"latin1", latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>` + strings.Repeat(para, 4) + `</p></body></html>`), "rivière déborde"},
		// Latin-1 bytes with no declaration: windows-1252 is guessed.
		{"latin1-undeclared", latin1(`<html><body><p>` + strings.Repeat(para, 4) + `</p></body></html>`), "rivière déborde"},
		// A UTF-8 byte order mark.
		{"bom", []byte("\xEF\xBB\xBF<html><body><p>" + strings.Repeat(para, 4) + "</p></body></html>"), "rivière déborde"},
	}
	c := newTestCleaner(t, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := c.Clean(bytes.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Rendered, tt.want) {
				t.Errorf("Rendered lacks %q:\n%.300s", tt.want, res.Rendered)
			}
		})
	}
}

// latin1 encodes s, whose runes are all below U+0100, as ISO 8859-1.
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := Clean(iotest.ErrReader(boom), Options{})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want it to wrap the reader's error", err)
	}
}
