package boilerplate

// Required hits: a third prefilter for regexp rules, for those whose every
// match holds two or more of their trigger literals. A row of share
// buttons, "^(?:(?:share|tweet|facebook|…)\s*[|·•,/]?\s*){2,8}$", is
// triggered by every line that names one network ("Facebook", "Share"),
// and most such lines name just that one; the automaton has already found
// them all. A line with fewer hits of a rule's literals than every match
// of its regexp holds is not tried.
//
// The count holds for ASCII text only. There every occurrence that the
// regexp can match is a hit, as the automaton folds ASCII case; past ASCII
// the regexp folds more ("ſhare", with a long s, matches (?i)share, and
// the automaton finds no "share" in it), so other lines are tried as
// before.

import (
	"regexp/syntax"
	"strings"
)

// requiredHits returns how many occurrences of the literals lits every
// match of the parsed regexp re holds, at least, in ASCII text, at
// disjoint places: in a line of ASCII that re matches, the automaton over
// lits reports at least that many hits.
func requiredHits(re *syntax.Regexp, lits []string) int {
	n := 0
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return requiredHits(re.Sub[0], lits)
	case syntax.OpRepeat:
		return re.Min * requiredHits(re.Sub[0], lits)
	case syntax.OpConcat:
		// The parts match side by side, so their occurrences are apart.
		for _, sub := range re.Sub {
			n += requiredHits(sub, lits)
		}
	case syntax.OpAlternate:
		n = requiredHits(re.Sub[0], lits)
		for _, sub := range re.Sub[1:] {
			n = min(n, requiredHits(sub, lits))
		}
	case syntax.OpLiteral:
	default:
		return 0 // star, quest, classes, empty-width assertions
	}
	if n > 0 {
		return n
	}
	// A part that matches one of a few strings holds one occurrence if
	// each of them holds a literal: a literal, or an alternation whose
	// branches the parser has factored ("tw(?:eet|itter)" for
	// "tweet|twitter"). A string past ASCII matches no ASCII text, so it
	// holds whatever count is asked of it.
	ex, _ := literalInfo(re)
	if len(ex) == 0 {
		return 0
	}
	for _, s := range ex {
		if isASCII(s) && !containsLiteral(s, lits) {
			return 0
		}
	}
	return 1
}

// containsLiteral reports whether the ASCII string s holds one of lits,
// ignoring ASCII case as the automaton does.
func containsLiteral(s string, lits []string) bool {
	s = strings.ToLower(s)
	for _, l := range lits {
		if isASCII(l) && strings.Contains(s, strings.ToLower(l)) {
			return true
		}
	}
	return false
}
