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
	a := newAutomaton(pats)
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "c", "A", "B", "é", " "}
	for k := 0; k < 2000; k++ {
		var sb strings.Builder
		for n := r.IntN(30); n > 0; n-- {
			sb.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := sb.String()
		got := a.find(nil, text)
		var want []hit
		lower := strings.ToLower(text) // ASCII letters only change length-preservingly here
		for end := 1; end <= len(text); end++ {
			for p, pat := range pats {
				lp := strings.ToLower(pat)
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
