package boilerplate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestAutomatonAgainstNaive compares the automaton with a naive
// case-insensitive search on random texts over a small alphabet, where
// overlapping and nested matches are common.
func TestAutomatonAgainstNaive(t *testing.T) {
	pats := []string{"ab", "bab", "abc", "Ca", "aaa", "b", "é", "bé"}
	alphabet := []string{"a", "b", "c", "A", "B", "é", " "}
	checkAutomaton(t, pats, alphabet, 2000)
}

// TestAutomatonWide checks an automaton with more states than a 16-bit
// transition table holds.
func TestAutomatonWide(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var pats []string
	for len(pats) < 7000 {
		b := make([]byte, 12+r.IntN(8))
		for k := range b {
			b[k] = "abcdefghij"[r.IntN(10)]
		}
		pats = append(pats, string(b))
	}
	if a := newAutomaton(pats); a.delta32 == nil {
		t.Fatalf("%d patterns make a 16-bit table; the test needs more states", len(pats))
	}
	// Whole patterns among the letters, so that the texts have matches.
	alphabet := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "A", "J", " "}
	for k := 0; k < 20; k++ {
		alphabet = append(alphabet, pats[r.IntN(len(pats))], strings.ToUpper(pats[r.IntN(len(pats))]))
	}
	checkAutomaton(t, pats, alphabet, 50)
}

// checkAutomaton compares the automaton for pats with a naive search on
// n random texts over alphabet.
func checkAutomaton(t *testing.T, pats, alphabet []string, n int) {
	t.Helper()
	a := newAutomaton(pats)
	lowerPats := make([]string, len(pats))
	for p, pat := range pats {
		lowerPats[p] = strings.ToLower(pat)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < n; k++ {
		var sb strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			sb.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := sb.String()
		got := a.find(nil, text)
		var want []hit
		lower := strings.ToLower(text) // ASCII letters only change length-preservingly here
		for end := 1; end <= len(text); end++ {
			for p, lp := range lowerPats {
				if start := end - len(lp); start >= 0 && lower[start:end] == lp {
					want = append(want, hit{pat: int32(p), start: start, end: end})
				}
			}
		}
		cmpHits := func(x, y hit) int {
			return slices.Compare([]int{x.end, x.start, int(x.pat)}, []int{y.end, y.start, int(y.pat)})
		}
		slices.SortFunc(got, cmpHits)
		slices.SortFunc(want, cmpHits)
		if !slices.Equal(got, want) {
			t.Fatalf("text %q: got %v, want %v", text, got, want)
		}
	}
}
