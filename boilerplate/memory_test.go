package boilerplate

import (
	"runtime"
	"strings"
	"testing"
)

// memoryShapes are inputs of about 1 MB of one shape each, with the most
// bytes Clean may allocate per input byte for them. Lines of one or two
// bytes are the worst case: a document holds a record of about 140 bytes
// per non-blank line while it is cleaned, and its Result a Removal of 72
// bytes per removed line. Prose and long lines are the typical case. The
// bounds are the README's ("Speed and memory").
var memoryShapes = []struct {
	name    string
	text    string
	perByte float64
}{
	{"one-byte lines", strings.Repeat("a\n", 1<<19), 80},
	{"one-byte lines before an article", strings.Repeat("a\n", 1<<19) + strings.Repeat("The council approved the budget on Monday after a debate that lasted most of the night.\n\n", 64), 120},
	{"two-byte lines between blank lines", strings.Repeat("ab\n\n", 1<<18), 80},
	{"removed short lines", strings.Repeat("Share this:\n", 1<<16), 80},
	{"menu entries", strings.Repeat("Home\nNews\nSport\nWeather\n", 1<<15), 80},
	{"prose", strings.Repeat("The council approved the budget on Monday after a debate that lasted most of the night.\n\n", 1<<13), 8},
	{"one long line", strings.Repeat("word and another word, ", 1<<15), 8},
}

// TestMemoryBound checks that Clean allocates at most a fixed multiple of
// its input for every shape, counting the bytes allocated (which bound
// the peak): memory grows linearly with the input, whatever its lines.
func TestMemoryBound(t *testing.T) {
	c := newTestCleaner(t)
	for _, s := range memoryShapes {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		res := c.Clean(s.text)
		runtime.ReadMemStats(&after)
		got := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(s.text))
		t.Logf("%s: %.1f bytes allocated per input byte (bound %.0f), %d removals", s.name, got, s.perByte, len(res.Removed))
		if got > s.perByte {
			t.Errorf("%s: Clean allocated %.1f bytes per input byte, more than %.0f", s.name, got, s.perByte)
		}
	}
}
