package htmlclean

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks that no input makes Clean fail, panic or break the
// output contract. It is seeded from the test pages.
func FuzzClean(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.html")
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<p>a<br>b</p><table><tr><td>x</td></tr></table>"))
	c := newTestCleaner(f, Options{})
	f.Fuzz(func(t *testing.T, page []byte) {
		res, err := c.Clean(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(res.Rendered) && utf8.Valid(page) {
			t.Errorf("Rendered is not valid UTF-8")
		}
		if res.Text != "" && (!strings.HasSuffix(res.Text, "\n") || strings.HasSuffix(res.Text, "\n\n")) {
			t.Errorf("Text does not end in exactly one newline: %q", res.Text)
		}
		for _, r := range res.Removed {
			if r.Start < 0 || r.End > len(res.Rendered) || res.Rendered[r.Start:r.End] != r.Text {
				t.Errorf("removal %+v does not point into Rendered", r)
			}
		}
	})
}
