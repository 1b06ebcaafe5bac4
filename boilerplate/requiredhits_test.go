package boilerplate

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

var shareWords = []string{"share", "tweet", "twitter", "print"}

// TestRequiredHits checks the count of literals that every match holds:
// the parts of a concatenation add up, an alternation takes its least
// branch, a repeat its least number of times, and optional parts count
// for nothing.
func TestRequiredHits(t *testing.T) {
	tests := []struct {
		expr string
		want int
	}{
		{`^(?:(?:share|tweet|twitter|print)\s*[|,]?\s*){2,8}$`, 2},
		{`share|tweet`, 1},
		{`(?:share)?tweet`, 1},
		{`share\s+tweet`, 2},
		{`share.*twitter`, 2},
		{`sharetweet`, 1}, // one literal: the count does not look inside it
		{`(?:share|copy)\s+tweet`, 1},
		{`(?:share\s+)+tweet`, 2},
		{`(?:share\s+)*tweet`, 1},
		{`\bnewsletter\b`, 0},
		{`zurück\s+share`, 2}, // "zurück" is in no line of ASCII, where the count holds
	}
	for _, tt := range tests {
		re, err := syntax.Parse("(?i)"+tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := requiredHits(re.Simplify(), shareWords); got != tt.want {
			t.Errorf("requiredHits(%q) = %d, want %d", tt.expr, got, tt.want)
		}
	}
}

// TestRequiredHitsHold checks, on random lines of ASCII made of the
// literals, their parts and separators in any case, that every line a
// regexp matches has as many hits of the literals as requiredHits says.
func TestRequiredHitsHold(t *testing.T) {
	exprs := []string{
		`^(?:(?:share|tweet|twitter|print)\s*[|,]?\s*){2,8}$`,
		`(?:share|tweet)\s+(?:tw(?:eet|itter)|print)`,
		`share.{0,10}tweet|print\s+print`,
	}
	pieces := []string{"share", "SHARE", "Tweet", "twitter", "tw", "eet", "print", "Print", " ", " | ", ",", "x"}
	a := newAutomaton(shareWords)
	r := rand.New(rand.NewPCG(5, 6))
	for _, expr := range exprs {
		tree, err := syntax.Parse("(?i)"+expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		want := requiredHits(tree.Simplify(), shareWords)
		re := regexp.MustCompile("(?i)" + expr)
		matched := 0
		for k := 0; k < 3000; k++ {
			var sb strings.Builder
			for n := 1 + r.IntN(6); n > 0; n-- {
				sb.WriteString(pieces[r.IntN(len(pieces))])
			}
			line := sb.String()
			if !re.MatchString(line) {
				continue
			}
			matched++
			if got := len(a.find(nil, line)); got < want {
				t.Fatalf("%q matches %q with %d hits, fewer than requiredHits's %d", expr, line, got, want)
			}
		}
		if matched == 0 {
			t.Errorf("%q matched no line: the test says nothing", expr)
		}
	}
}
