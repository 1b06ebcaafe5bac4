package boilerplate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkInvariants checks what must hold for any input: removals lie within
// the input, are sorted, do not overlap and quote the input; and the text is
// exactly the input without the removals under the output contract.
func checkInvariants(t testing.TB, in string, res Result) {
	t.Helper()
	prevEnd := 0
	lines := newLineCounter(in)
	for k, r := range res.Removed {
		if r.Start < prevEnd || r.End <= r.Start || r.End > len(in) {
			t.Fatalf("removal %d [%d,%d) out of order or bounds (previous end %d, input %d bytes)", k, r.Start, r.End, prevEnd, len(in))
		}
		if r.Text != in[r.Start:r.End] {
			t.Fatalf("removal %d text %q is not input[%d:%d]", k, r.Text, r.Start, r.End)
		}
		if !r.Category.Valid() || r.Rule == "" {
			t.Fatalf("removal %d has category %q rule %q", k, r.Category, r.Rule)
		}
		if want := lines.at(r.Start); r.Line != want {
			t.Fatalf("removal %d at byte %d says line %d, want %d", k, r.Start, r.Line, want)
		}
		prevEnd = r.End
	}
	if diff := cmp.Diff(expectText(in, res.Removed), res.Text); diff != "" {
		t.Fatalf("text is not the input minus the removals (-want +got):\n%s", diff)
	}
}

// expectText applies the output contract independently of the cleaner:
// blank out the removed spans, split into lines at LF, CRLF or CR, trim
// each, and join runs of adjacent non-empty lines into blocks separated by
// one blank line. A line removed whole ends a block, like a blank one.
func expectText(in string, removed []Removal) string {
	b := []byte(in)
	cut := make([]bool, len(in)) // line breaks inside removals stay breaks
	for _, r := range removed {
		for i := r.Start; i < r.End; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = 0
				cut[i] = true
			}
		}
	}
	var blocks [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, cur)
			cur = nil
		}
	}
	lineStart := 0
	for i := 0; i <= len(b); i++ {
		if i < len(b) && b[i] != '\n' && b[i] != '\r' {
			continue
		}
		// Keep the line's text between cut bytes; a line whose removal is a
		// span keeps the rest (the rest never has a hole in the middle) and
		// stays in its block.
		var sb strings.Builder
		for j := lineStart; j < i; j++ {
			if !cut[j] {
				sb.WriteByte(b[j])
			}
		}
		if text := strings.TrimSpace(sb.String()); text == "" {
			flush()
		} else {
			cur = append(cur, text)
		}
		if i < len(b) && b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
		lineStart = i + 1
	}
	flush()
	var out strings.Builder
	for k, bl := range blocks {
		if k > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(strings.Join(bl, "\n"))
	}
	if out.Len() > 0 {
		out.WriteByte('\n')
	}
	return out.String()
}

// A lineCounter gives the 1-based line number of byte offsets in s,
// counting LF, CRLF and lone CR as line ends. Offsets must not decrease
// from one call to the next, so a whole report costs one pass.
type lineCounter struct {
	s    string
	pos  int // offsets before pos are counted
	line int
}

func newLineCounter(s string) *lineCounter { return &lineCounter{s: s, line: 1} }

func (c *lineCounter) at(off int) int {
	for ; c.pos < off; c.pos++ {
		if b := c.s[c.pos]; b == '\n' || b == '\r' && (c.pos+1 >= len(c.s) || c.s[c.pos+1] != '\n') {
			c.line++
		}
	}
	return c.line
}
