package boilerplate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestEachLineEnds checks eachLine, which searches for "\n" and "\r" once
// each and reuses what it found, against a byte-by-byte split on "\n",
// "\r\n" and a lone "\r", on random mixes of the three.
func TestEachLineEnds(t *testing.T) {
	pieces := []string{"\r", "\n", "\r\n", "\r\r", "\n\n", "a", "bc", " ", "\u00a0"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := sb.String()
		if got, want := splitLines(text), splitLinesByByte(text); !slices.Equal(got, want) {
			t.Fatalf("splitLines(%q) = %v, want %v", text, got, want)
		}
	}
}

// splitLinesByByte is splitLines written as one loop over the bytes.
func splitLinesByByte(text string) []line {
	var lines []line
	start, num := 0, 1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if s, e := trimSpan(text, start, i); s < e {
			lines = append(lines, line{start: s, end: e, num: num})
		}
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			i++
		}
		start, num = i+1, num+1
	}
	return lines
}
