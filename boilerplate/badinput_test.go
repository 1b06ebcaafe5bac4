package boilerplate

import (
	"os"
	"strings"
	"testing"
)

func readFileBytes(path string) ([]byte, error) { return os.ReadFile(path) }

// TestBadInput: any bytes give a best-effort result, never a panic.
func TestBadInput(t *testing.T) {
	c := newTestCleaner(t)
	article := "The council approved the budget on Monday after a debate that lasted most of the night and ended with a narrow vote.\n\n"
	tests := map[string]string{
		"empty":         "",
		"blank":         " \n\t\r\n \u00a0\n",
		"invalid utf-8": "\xff\xfe\xfd Share this:\n\n" + article + "\xc3\x28 broken \xe2\x82 sequence\n",
		"nul bytes":     "Share\x00this:\n\x00\n" + article + "\x00\x00\x00\n",
		"cr only":       strings.ReplaceAll(article+"Leave a Reply\n\nReply\n", "\n", "\r"),
		"mixed eol":     "Menu\r\nHome\n\r" + article + "Leave a Reply\r",
		"only noise":    "Share this:\n\nLeave a Reply\n\nAdvertisement\n",
		"long word":     strings.Repeat("a", 1<<16) + "\n\n" + article,
		// Near-copies are searched for between adjacent lines: two long,
		// almost equal lines must not take quadratic time.
		"adjacent long lines": article + strings.Repeat("ab", 1<<17) + "\n" + strings.Repeat("ab", 1<<17) + "c\n",
		"many name lines":     strings.Repeat(article+"Jane Roe\n\n", 5000),
		// Line ends are found without rescanning: a CR-only document with
		// no "\n" at all must not take quadratic time.
		"many cr lines": strings.Repeat("Menu\rShare this:\r"+strings.TrimSpace(article)+"\r", 20000),
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			res := c.Clean(in)
			checkInvariants(t, in, res)
		})
	}
}

// TestHugeLine cleans a 50 MB single line.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	c := newTestCleaner(t)
	sentence := "The river rose again overnight, and the town closed the lower bridge to traffic as a precaution. "
	in := strings.Repeat(sentence, 50<<20/len(sentence))
	res := c.Clean(in)
	if len(res.Text) != len(strings.TrimSpace(in))+1 {
		t.Fatalf("kept %d bytes of a %d-byte line of prose", len(res.Text), len(in))
	}
}

// TestCRLFSameDecisions: CRLF and CR input give the same text and the same
// removals (by line and rule) as LF input, for every seed.
func TestCRLFSameDecisions(t *testing.T) {
	c := newTestCleaner(t)
	for _, name := range seedNames(t) {
		in := readFile(t, seedDir+"/"+name+".txt")
		want := c.Clean(in)
		for _, eol := range []string{"\r\n", "\r"} {
			got := c.Clean(strings.ReplaceAll(in, "\n", eol))
			if got.Text != want.Text {
				t.Errorf("%s with %q: text differs from LF", name, eol)
			}
			if len(got.Removed) != len(want.Removed) {
				t.Fatalf("%s with %q: %d removals, LF has %d", name, eol, len(got.Removed), len(want.Removed))
			}
			for k := range got.Removed {
				g, w := got.Removed[k], want.Removed[k]
				if g.Line != w.Line || g.Rule != w.Rule || g.Category != w.Category || g.Text != w.Text {
					t.Errorf("%s with %q: removal %d is %+v, LF has %+v", name, eol, k, g, w)
				}
			}
		}
	}
}
