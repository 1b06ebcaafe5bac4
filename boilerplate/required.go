package boilerplate

// Required words: a second prefilter for regexp rules. The trigger finds
// one literal a match needs; most regexps need several ("(?:we|i)\s+may\s+
// earn\s+a\s+commission" needs "earn" and "commission" too), and most of
// the lines their trigger finds lack one of the others. Those lines are
// ruled out by a search for each literal, a few hundred nanoseconds, where
// the regexp, unanchored and folding case, takes microseconds.

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A litSet is a set of literals one of which every match contains.
type litSet []string

// A conjunction is a list of literal sets each of which every match has a
// literal of.
type conjunction []litSet

// requiredWords returns, for the parsed and simplified regexp re, the
// conjunctions a line must satisfy one of for re to match it: one per
// branch of a top-level alternation, else one. It returns nil when a
// branch has no set worth testing (then every line may match). Sets that
// trig, the rule's trigger literals, already satisfy are left out: the
// automaton found one of those in the line.
func requiredWords(re *syntax.Regexp, trig []string) []conjunction {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	branches := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		branches = re.Sub
	}
	var out []conjunction
	for _, b := range branches {
		c := pickSets(requiredSets(b, trig), trig)
		if len(c) == 0 {
			return nil // this branch may match any line the trigger found
		}
		out = append(out, c)
	}
	return out
}

// Bounds on the literal tests, so that they stay cheap next to a regexp:
// a set of more than maxSetWords literals, or one with a literal shorter
// than minWordLen bytes (which nearly every line contains: "at", "is"),
// is not tested, and at most maxSets sets are tested per branch.
const (
	maxSetWords = 8
	minWordLen  = 3
	maxSets     = 3
)

// requiredSets returns literal sets each of which every match of re has a
// literal of: the literals of the parts of a concatenation, and for an
// alternation the best set of each branch that trig does not satisfy,
// joined ("get … click here|click here to …", triggered by "click",
// gives {here}: a joined {click} would test nothing). (Literals made across
// the parts of a concatenation, as literalInfo makes them, would rule out
// about 0.2% more lines and make New spend three times as long here.)
func requiredSets(re *syntax.Regexp, trig []string) conjunction {
	switch re.Op {
	case syntax.OpLiteral:
		return conjunction{{string(re.Rune)}}
	case syntax.OpCapture, syntax.OpPlus, syntax.OpRepeat:
		if sub := mandatory(re); sub != nil {
			return requiredSets(sub, trig)
		}
	case syntax.OpConcat:
		var out conjunction
		for _, sub := range re.Sub {
			out = append(out, requiredSets(sub, trig)...)
		}
		return out
	case syntax.OpAlternate:
		// One set: the best set of each branch, joined.
		var all litSet
		for _, sub := range re.Sub {
			best := bestSet(requiredSets(sub, trig), trig)
			if best == nil {
				return nil
			}
			for _, l := range best {
				if !slices.Contains(all, l) {
					all = append(all, l) // "here" once for "…click here|click here…"
				}
			}
		}
		return conjunction{all}
	}
	return nil
}

// bestSet returns the set of c that rules out most lines: the one whose
// shortest literal is longest, the smaller on ties, of those worth
// testing that trig does not satisfy; nil when there is none.
func bestSet(c conjunction, trig []string) litSet {
	var best litSet
	for _, s := range c {
		if worthTesting(s) && !coveredBy(s, trig) && (best == nil || moreSelective(s, best)) {
			best = s
		}
	}
	return best
}

// moreSelective reports whether a line is less likely to have a literal of
// a than of b: a's shortest literal is longer, or as long and a is smaller.
func moreSelective(a, b litSet) bool {
	return shortest(a) > shortest(b) || shortest(a) == shortest(b) && len(a) < len(b)
}

// worthTesting reports whether a literal set is small enough to search
// for and made of literals long enough to be rare.
func worthTesting(s litSet) bool {
	return len(s) > 0 && len(s) <= maxSetWords && shortest(s) >= minWordLen
}

// pickSets returns the sets of c worth testing that trig does not already
// satisfy, the most selective first, at most maxSets of them.
func pickSets(c conjunction, trig []string) conjunction {
	var out conjunction
	for _, s := range c {
		if worthTesting(s) && !coveredBy(s, trig) && !slices.ContainsFunc(out, func(o litSet) bool { return slices.Equal(o, s) }) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b litSet) int {
		switch {
		case moreSelective(a, b):
			return -1
		case moreSelective(b, a):
			return 1
		}
		return 0
	})
	if len(out) > maxSets {
		out = out[:maxSets]
	}
	return out
}

// coveredBy reports whether every literal of trig contains a literal of
// s, ignoring case: a line with any of trig then has one of s.
func coveredBy(s litSet, trig []string) bool {
	if len(trig) == 0 {
		return false
	}
	for _, t := range trig {
		if !slices.ContainsFunc(s, func(l string) bool { return indexFold(t, l) >= 0 }) {
			return false
		}
	}
	return true
}

// mayHave reports whether s may satisfy one of the conjunctions: for each
// set of one of them, s contains one of its literals, ignoring case. An
// empty list allows anything.
func mayHave(s string, cs []conjunction) bool {
	if len(cs) == 0 {
		return true
	}
	for _, c := range cs {
		if satisfies(s, c) {
			return true
		}
	}
	return false
}

func satisfies(s string, c conjunction) bool {
	for _, set := range c {
		if !slices.ContainsFunc(set, func(l string) bool { return indexFold(s, l) >= 0 }) {
			return false
		}
	}
	return true
}

// indexFold returns the offset of the first place in s where lit occurs
// under Unicode simple case folding, as a regexp with (?i) folds, or -1.
// Runes that fold alike may differ in length ("ſ" and "s", "K" and "k"),
// so s is compared rune by rune, not by byte windows.
func indexFold(s, lit string) int {
	if lit == "" {
		return 0
	}
	first, _ := utf8.DecodeRuneInString(lit)
	f := lowerASCII(lit[0])
	ascii := first < utf8.RuneSelf
	if ascii && !foldsPastASCII(first) {
		// Only f, in either case, can start a match: strings.IndexByte
		// finds those bytes many at a time.
		i := indexFoldAt(s, lit, f)
		if 'a' <= f && f <= 'z' {
			if j := indexFoldAt(s, lit, f-'a'+'A'); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		return i
	}
	// A rune past ASCII can start a match: lit starts with one, or with
	// an ASCII letter that one folds to (k and s).
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if ascii && lowerASCII(c) != f {
				continue
			}
		case c < 0xC0:
			continue // inside a rune
		}
		if hasPrefixRuneFold(s[i:], lit) {
			return i
		}
	}
	return -1
}

// indexFoldAt returns the offset of the first place in s where lit occurs
// under simple case folding and s has the byte c, or -1.
func indexFoldAt(s, lit string, c byte) int {
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return -1
		}
		i += k
		if hasPrefixRuneFold(s[i:], lit) {
			return i
		}
	}
	return -1
}

// foldsPastASCII reports whether the ASCII rune r is equal under simple
// folding to a rune past ASCII: k and s (the Kelvin sign, the long s).
func foldsPastASCII(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// hasPrefixRuneFold reports whether s starts with lit under simple case
// folding, rune by rune.
func hasPrefixRuneFold(s, lit string) bool {
	for lit != "" {
		if s == "" {
			return false
		}
		a, b := s[0], lit[0]
		if a < utf8.RuneSelf && b < utf8.RuneSelf {
			// Two ASCII runes fold alike only as ASCII letters do.
			if lowerASCII(a) != lowerASCII(b) {
				return false
			}
			s, lit = s[1:], lit[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		q, m := utf8.DecodeRuneInString(lit)
		if r != q && !sameFold(r, q) {
			return false
		}
		s, lit = s[n:], lit[m:]
	}
	return true
}

// sameFold reports whether a and b are in the same simple folding orbit.
func sameFold(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}
