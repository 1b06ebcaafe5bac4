package boilerplate

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// prose is a paragraph of running text.
const prose = "The council approved the budget on Monday after a debate that lasted most of the night.\n\n"

// teaserList is a list of three teasers (headline, summary) and a line
// that ends it: each list is judged on its own (see offTopicHeadlines).
const teaserList = "Council backs a new bridge over the river\nThe council voted on Monday to build a bridge for walkers and cyclists by next spring.\n" +
	"Harbour festival returns with tall ships\nThe festival will fill the quay for three days in July with boats and music.\n" +
	"Library opens a quiet room for students\nThe room has forty desks and will be open until nine on every weekday evening.\n" +
	"See you next week.\n\n"

// memoryShapes are inputs of one shape each, made of n repeated parts,
// with the most bytes Clean may allocate per input byte for them. Lines
// of one or two bytes are the worst case: a document holds a record of
// about 140 bytes per non-blank line while it is cleaned, and its Result
// a Removal of 72 bytes per removed line. Prose and long lines are the
// typical case. The bounds are the README's ("Speed, memory and bounded
// cost").
var memoryShapes = []struct {
	name    string
	text    func(n int) string
	n       int // parts in about 1 MB
	perByte float64
}{
	{"one-byte lines", func(n int) string { return strings.Repeat("a\n", n) }, 1 << 19, 88},
	{"one-byte lines before an article", func(n int) string {
		return strings.Repeat("a\n", n) + strings.Repeat(prose, 64)
	}, 1 << 19, 128},
	{"two-byte lines between blank lines", func(n int) string { return strings.Repeat("ab\n\n", n) }, 1 << 18, 80},
	{"removed short lines", func(n int) string { return strings.Repeat("Share this:\n", n) }, 1 << 16, 80},
	{"menu entries", func(n int) string { return strings.Repeat("Home\nNews\nSport\nWeather\n", n) }, 1 << 15, 80},
	{"prose", func(n int) string { return strings.Repeat(prose, n) }, 1 << 13, 8},
	{"lists of teasers", func(n int) string { return strings.Repeat(teaserList, n) }, 1 << 12, 16},
	{"one long line", func(n int) string { return strings.Repeat("word and another word, ", n) }, 1 << 15, 8},
}

// allocated returns the bytes c.Clean(text) allocates. The text is
// cleaned once before, so that what is built once per process (the
// automata of the text's language) is not counted. Two collections empty
// every sync.Pool, so the buffers that call left for reuse (see
// Cleaner.buffers) are counted again, as a call without them allocates.
func allocated(c *Cleaner, text string) uint64 {
	c.Clean(text)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	c.Clean(text)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestMemoryBound checks that Clean allocates at most a fixed multiple of
// its input for every shape, counting the bytes allocated (which bound
// the peak): memory grows linearly with the input, whatever its lines.
//
// Under the race detector, sync.Pool drops what it holds at random, so the
// regexp package allocates a new machine for most runs and the count is
// not the cleaner's: the test is skipped there (CI runs it without).
func TestMemoryBound(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not the cleaner's under the race detector")
	}
	c := newTestCleaner(t)
	for _, s := range memoryShapes {
		text := s.text(s.n)
		got := float64(allocated(c, text)) / float64(len(text))
		t.Logf("%s: %.1f bytes allocated per input byte (bound %.0f)", s.name, got, s.perByte)
		if got > s.perByte {
			t.Errorf("%s: Clean allocated %.1f bytes per input byte, more than %.0f", s.name, got, s.perByte)
		}
	}
}

// TestLinearGrowth checks that the cost of Clean grows linearly with its
// input for every shape: four times the input allocates at most five
// times the bytes. Allocation counts, not a clock, measure it.
func TestLinearGrowth(t *testing.T) {
	c := newTestCleaner(t)
	for _, s := range memoryShapes {
		a, b := allocated(c, s.text(s.n/4)), allocated(c, s.text(s.n))
		if ratio := float64(b) / float64(a); ratio > 5 {
			t.Errorf("%s: 4x the input allocates %.1fx the bytes (%d, %d)", s.name, ratio, a, b)
		}
	}
}

// TestReusedBuffers checks that a document cleaned with the buffers an
// earlier, larger or smaller, document left gives the Result a Cleaner
// that never cleaned anything gives.
func TestReusedBuffers(t *testing.T) {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("seeds: %v (%d files)", err, len(files))
	}
	shared := newTestCleaner(t)
	for round := 0; round < 2; round++ {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fresh := newTestCleaner(t) // its own, empty, buffers
			if got, want := shared.Clean(string(data)), fresh.Clean(string(data)); !reflect.DeepEqual(got, want) {
				t.Errorf("%s, round %d: the Result differs from a new Cleaner's", f, round)
			}
		}
	}
}
