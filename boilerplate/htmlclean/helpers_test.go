package htmlclean

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func newTestCleaner(t testing.TB, opts Options) *Cleaner {
	t.Helper()
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func cleanString(t testing.TB, c *Cleaner, page string) Result {
	t.Helper()
	res, err := c.Clean(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func rulesFired(res Result) map[string]bool {
	m := map[string]bool{}
	for _, r := range res.DOMRemoved {
		m[r.Rule] = true
	}
	return m
}

func parseString(t testing.TB, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// align is alignKey for s, keyed here: the pipeline keys the extractor's
// texts all at once (see keysOf), the tests one at a time.
func (a *aligner) align(s string, dst []piece) []piece {
	return a.alignKey(s, appendKey(nil, s), dst)
}
