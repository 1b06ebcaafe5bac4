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
	var lower []string // the literals of ASCII, as the automaton folds them
	for _, l := range lits {
		if isASCII(l) {
			lower = append(lower, strings.ToLower(l))
		}
	}
	if len(lower) == 0 {
		return 0
	}
	return hitsIn(re, lower)
}

// hitsIn is requiredHits for the lower-case ASCII literals lits.
func hitsIn(re *syntax.Regexp, lits []string) int {
	n := 0
	switch re.Op {
	case syntax.OpLiteral:
		return holdsLiteral(string(re.Rune), lits)
	case syntax.OpCapture, syntax.OpPlus:
		return hitsIn(re.Sub[0], lits)
	case syntax.OpRepeat:
		return re.Min * hitsIn(re.Sub[0], lits)
	case syntax.OpConcat:
		// The parts match side by side, so their occurrences are apart.
		for _, sub := range re.Sub {
			n += hitsIn(sub, lits)
		}
	case syntax.OpAlternate:
		n = hitsIn(re.Sub[0], lits)
		for _, sub := range re.Sub[1:] {
			n = min(n, hitsIn(sub, lits))
		}
	default:
		return 0 // star, quest, classes, empty-width assertions
	}
	if n > 0 {
		return n
	}
	// A part that matches one of a few strings holds one occurrence if
	// each of them holds a literal: an alternation whose branches the
	// parser has factored ("tw(?:eet|itter)" for "tweet|twitter").
	if !fewStrings(re) {
		return 0
	}
	ex, _ := literalInfo(re)
	if len(ex) == 0 {
		return 0
	}
	for _, s := range ex {
		if holdsLiteral(s, lits) == 0 {
			return 0
		}
	}
	return 1
}

// holdsLiteral returns 1 if every match of the string s, ignoring ASCII
// case as the automaton does, holds one of lits, else 0. A string past
// ASCII matches no ASCII text, so it holds whatever count is asked of it.
func holdsLiteral(s string, lits []string) int {
	if !isASCII(s) {
		return 1
	}
	s = strings.ToLower(s)
	for _, l := range lits {
		if strings.Contains(s, l) {
			return 1
		}
	}
	return 0
}

// fewStrings reports whether re may match only a few strings, as far as a
// look without allocating tells: no repeats, no wide classes. It spares
// New a literalInfo of the parts that cannot hold a literal in every match.
func fewStrings(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpCharClass:
		n := rune(0) // runes in the class, as literalInfo counts them
		for k := 0; k+1 < len(re.Rune); k += 2 {
			n += re.Rune[k+1] - re.Rune[k] + 1
		}
		return n <= 4
	}
	for _, sub := range re.Sub {
		if !fewStrings(sub) {
			return false
		}
	}
	return true
}
