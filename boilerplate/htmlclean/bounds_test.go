package htmlclean

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// Hostile page shapes, each of n repeated parts inside an article.
var costShapes = []struct {
	name string
	page func(n int) string
	n    int // the smaller size tested; the larger is four times it
}{
	{"paragraphs", func(n int) string {
		return shapePage("<article>", "</article>", n, "<p>Paragraph %d has a few words of text in it.</p>\n")
	}, 1000},
	{"list items", func(n int) string {
		return shapePage("<article><p>An article that introduces the list below it in a sentence.</p><ul>", "</ul></article>", n, "<li>item %d</li>")
	}, 3000},
	{"table cells", func(n int) string {
		return shapePage("<article><p>An article that introduces the table below it in a sentence.</p><table><tr>", "</tr></table></article>", n, "<td>c%d</td>")
	}, 10000},
	{"divs", func(n int) string {
		return shapePage("<article>", "</article>", n, "<div><span>block %d</span></div>")
	}, 10000},
}

func shapePage(open, close string, n int, part string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>A page</title></head><body>")
	b.WriteString(open)
	for i := range n {
		fmt.Fprintf(&b, part, i)
	}
	b.WriteString(close)
	b.WriteString("</body></html>")
	return b.String()
}

// allocated returns the bytes f allocates. Two collections empty every
// sync.Pool, so that buffers an earlier call left for reuse (the text
// Cleaner keeps a document's) are not reused and the count is f's own.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestBoundedCost checks that the cost of cleaning a hostile shape grows
// linearly with its size: past the limits (scaled down here, so that the
// shapes stay small) the page takes the fallback path, and four times the
// page allocates at most five times the bytes. Without the limits, the
// extractor's cost on these shapes grows with the square of their size.
func TestBoundedCost(t *testing.T) {
	c := newTestCleaner(t, Options{})
	c.limits = extractLimits{paragraphWork: 1 << 20, listItems: 1000, elements: 5000}
	for _, s := range costShapes {
		t.Run(s.name, func(t *testing.T) {
			var bytes [2]uint64
			for k, n := range []int{s.n, 4 * s.n} {
				page := s.page(n)
				var res Result
				bytes[k] = allocated(func() {
					var err error
					if res, err = c.Clean(strings.NewReader(page)); err != nil {
						t.Fatal(err)
					}
				})
				if res.Path != PathFallback || !strings.Contains(res.PathReason, "linear time") {
					t.Errorf("n=%d: path %q (%s), want the fallback past the limits", n, res.Path, res.PathReason)
				}
				if !strings.Contains(res.Note, "too large for the extractor") {
					t.Errorf("n=%d: note %q does not say why", n, res.Note)
				}
				if !strings.Contains(res.Rendered, fmt.Sprint(n-1)) {
					t.Errorf("n=%d: the last part is not in the rendered page", n)
				}
			}
			if ratio := float64(bytes[1]) / float64(bytes[0]); ratio > 5 {
				t.Errorf("4x the page allocates %.1fx the bytes (%d, %d): not linear", ratio, bytes[0], bytes[1])
			}
		})
	}
}

// TestDefaultLimits checks the limits a Cleaner applies: a page just past
// each takes the fallback path, an article of typical size does not.
func TestDefaultLimits(t *testing.T) {
	c := newTestCleaner(t, Options{})
	for _, tc := range []struct {
		name     string
		page     string
		fallback bool
	}{
		{"paragraphs", costShapes[0].page(6000), true},
		{"list items", costShapes[1].page(defaultLimits.listItems + 1), true},
		{"elements", costShapes[3].page(defaultLimits.elements/2 + 1), true},
		{"article", costShapes[0].page(200), false},
	} {
		res, err := c.Clean(strings.NewReader(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Path == PathFallback; got != tc.fallback {
			t.Errorf("%s: path %q (%s), want fallback %v", tc.name, res.Path, res.PathReason, tc.fallback)
		}
	}
}
