package boilerplate

// Split regexps. Go's regexp package runs a regexp on its backtracker only
// when the compiled program has at most 500 instructions; a bigger one
// runs on the NFA simulation, which costs several times as much a line. A
// rule that lists several ways of saying one thing (de/subscribe/newsletter
// has five) easily passes that size as a whole while each of its ways stays
// well under it. Such a regexp is compiled as one regexp per branch of its
// top-level alternation, each with its own line filter: most lines a
// trigger finds are ruled out of most branches, and the branches that do
// run, run on the backtracker.
//
// The branches give the match the whole regexp gives. Go's regexp is
// leftmost-first: of the places a match can start, the leftmost wins, and
// there the match is the one a backtracking search finds first, which
// tries the branches in order and each branch's own choices in its order.
// So the whole regexp's match is the match of the branch whose match starts
// leftmost, the earliest such branch on ties, with the end that branch
// gives alone. A concatenation that starts with an alternation (after
// zero-width assertions such as ^) splits as well: at a given start,
// "^(?:a|b)c" tries a then c, then b then c, just as "^ac|^bc" does.

// The branches are cut from the regexp's source text, not printed from its
// parsed form: printing a class such as [^.] walks all of Unicode to
// decide its flags, which costs more than compiling every built-in rule. The
// tests check that the branches of every built-in rule find what the
// whole regexp finds.

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// A branch is one alternative of a split regexp, with its own filter.
type branch struct {
	re *regexp.Regexp
	lineFilter
}

// maxBacktrackProg is the largest program, in instructions, that Go's
// regexp package runs on its backtracker (regexp/backtrack.go).
const maxBacktrackProg = 500

// splitRegexp returns the branches of the regexp source expr, whose
// simplified parse is simple, when it is too big for the backtracker and
// splits into alternatives (see splitSource); nil when it is kept whole.
// trig are the rule's trigger literals.
func splitRegexp(expr string, simple *syntax.Regexp, trig []string) ([]branch, error) {
	parts, err := splitSource(part{expr, simple})
	if err != nil || len(parts) < 2 {
		return nil, err
	}
	out := make([]branch, len(parts))
	for k, p := range parts {
		re, err := regexp.Compile(p.expr)
		if err != nil {
			return nil, fmt.Errorf("branch %d of the regexp: %w", k+1, err)
		}
		f, err := newLineFilter(p.expr, p.simple, trig)
		if err != nil {
			return nil, fmt.Errorf("branch %d of the regexp: %w", k+1, err)
		}
		out[k] = branch{re: re, lineFilter: f}
	}
	return out, nil
}

// A part is the source of a regexp, or of part of one, with its
// simplified parse.
type part struct {
	expr   string
	simple *syntax.Regexp
}

// fits reports whether package regexp runs p on its backtracker (on lines
// short enough, as all that rules look at are).
func (p part) fits() bool { return progSize(p.simple) <= maxBacktrackProg }

// splitSource returns the alternatives of p, in order, splitting those
// that are too big for the backtracker until each fits or splits no
// further. It returns p alone when it fits or when none of its parts
// would: parts that all run on the NFA cost more than their whole.
func splitSource(p part) ([]part, error) {
	whole := []part{p}
	if p.fits() {
		return whole, nil
	}
	var out []part
	for _, expr := range branchSources(p.expr) {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return nil, fmt.Errorf("a branch of the regexp: %w", err)
		}
		parts, err := splitSource(part{expr, tree.Simplify()})
		if err != nil {
			return nil, err
		}
		out = append(out, parts...)
	}
	if !slices.ContainsFunc(out, part.fits) {
		return whole, nil
	}
	return out, nil
}

// progSize returns the number of instructions of the program
// syntax.Compile makes of the simplified regexp re, counted without
// building it, which would cost New a tenth of its time: the program's
// first instruction (a failure), re's, and the final match.
func progSize(re *syntax.Regexp) int {
	n, _, _ := instCount(re)
	return n + 2
}

// instCount returns how many instructions syntax.Compile makes of re,
// whether the fragment can match the empty string and whether it is a
// fragment that never matches (syntax.Compile emits no branch to such a
// fragment). It mirrors that function case by case.
func instCount(re *syntax.Regexp) (n int, nullable, fails bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return 0, false, true
	case syntax.OpEmptyMatch:
		return 1, true, false
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return 1, true, false
		}
		return len(re.Rune), false, false
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return 1, false, false
	case syntax.OpCapture:
		n, nullable, fails = instCount(re.Sub[0])
		return n + 2, nullable, fails
	case syntax.OpStar:
		n, nullable, _ = instCount(re.Sub[0])
		if nullable {
			return n + 2, true, false // compiled as (x+)?
		}
		return n + 1, true, false
	case syntax.OpPlus:
		n, nullable, fails = instCount(re.Sub[0])
		return n + 1, nullable, fails
	case syntax.OpQuest:
		n, _, _ = instCount(re.Sub[0])
		return n + 1, true, false
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return 1, true, false
		}
		nullable = true
		for _, sub := range re.Sub {
			k, null, f := instCount(sub)
			n, nullable, fails = n+k, nullable && null, fails || f
		}
		return n, nullable, fails
	case syntax.OpAlternate:
		fails = true
		for _, sub := range re.Sub {
			k, null, f := instCount(sub)
			n += k
			switch {
			case fails:
				nullable, fails = null, f
			case !f:
				n++ // the branch instruction
				nullable = nullable || null
			}
		}
		return n, nullable, fails
	}
	return 1, true, false // an empty-width assertion
}

// branchSources returns regexps whose alternation, in order, matches what
// expr matches with the same preferences, or nil: the alternatives of a
// top-level alternation ("(?i)a|b" gives "(?i)a" and "(?i)b"), or, when
// expr starts with a group of alternatives (after ^ or \b), that group
// with each alternative followed by the rest ("^(?:a|b)c" gives "^(?:a)c"
// and "^(?:b)c"). The flags that open expr open every branch. A source
// that sets flags elsewhere, which would carry across a "|", or quotes
// text with \Q, is not split.
func branchSources(expr string) []string {
	flags := leadingFlags(expr)
	body := expr[len(flags):]
	if strings.Contains(body, `\Q`) || setsFlags(body) {
		return nil
	}
	if alts := alternatives(body); len(alts) > 1 {
		for k := range alts {
			alts[k] = flags + alts[k]
		}
		return alts
	}
	i := 0
	for i < len(body) {
		if j := zeroWidthAt(body, i); j > i {
			i = j
			continue
		}
		break
	}
	if i == len(body) || body[i] != '(' {
		return nil
	}
	end := groupEnd(body, i)
	if end < len(body) && strings.IndexByte("*+?{", body[end]) >= 0 {
		return nil // a repeated group: its alternatives do not distribute
	}
	open := groupOpener(body[i:end])
	alts := alternatives(body[i+len(open) : end-1])
	if len(alts) < 2 {
		return nil
	}
	for k := range alts {
		alts[k] = flags + body[:i] + open + alts[k] + ")" + body[end:]
	}
	return alts
}

// alternatives returns the parts of the regexp source s between its
// top-level "|" signs: s alone when it has none.
func alternatives(s string) []string {
	var out []string
	from, depth := 0, 0
	for i := 0; i < len(s); i = tokenEnd(s, i) {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + 1
			}
		}
	}
	return append(out, s[from:])
}

// tokenEnd returns the end of the token of the regexp source s that starts
// at i: an escaped byte, a whole character class, or one byte. A
// parenthesis is a token of its own, so that callers can count depth.
func tokenEnd(s string, i int) int {
	switch s[i] {
	case '\\':
		return min(i+2, len(s))
	case '[':
		return classEnd(s, i)
	}
	return i + 1
}

// classEnd returns the end of the character class that starts at s[i]:
// past its closing "]", which may not be its first member ("[]a]",
// "[^]a]"), an escaped one, or the end of a named class ("[[:alpha:]]").
func classEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++
	}
	for j < len(s) {
		switch {
		case s[j] == '\\':
			j += 2
		case strings.HasPrefix(s[j:], "[:"):
			if k := strings.Index(s[j+2:], ":]"); k >= 0 {
				j += 2 + k + 2
			} else {
				j++
			}
		case s[j] == ']':
			return j + 1
		default:
			j++
		}
	}
	return len(s)
}

// groupEnd returns the end of the group that starts at s[i], past its
// closing parenthesis.
func groupEnd(s string, i int) int {
	depth := 0
	for j := i; j < len(s); j = tokenEnd(s, j) {
		switch s[j] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return j + 1
			}
		}
	}
	return len(s)
}

// groupOpener returns what opens the group g: "(", "(?:", "(?i:",
// "(?P<name>" or "(?<name>".
func groupOpener(g string) string {
	if len(g) < 2 || g[1] != '?' {
		return "("
	}
	if end := strings.IndexAny(g, ":>"); end >= 0 {
		return g[:end+1]
	}
	return "("
}

// flagGroupEnd returns the end of the group that only sets flags, such as
// "(?i)" or "(?-s)", that starts at s[i], or i if there is none.
func flagGroupEnd(s string, i int) int {
	if !strings.HasPrefix(s[i:], "(?") {
		return i
	}
	for j := i + 2; j < len(s); j++ {
		switch s[j] {
		case 'i', 'm', 's', 'U', '-':
			continue
		case ')':
			return j + 1
		}
		return i
	}
	return i
}

// leadingFlags returns the groups that set flags at the start of the
// regexp source s: "(?i)" for a rule that ignores case.
func leadingFlags(s string) string {
	i := 0
	for j := flagGroupEnd(s, i); j > i; j = flagGroupEnd(s, i) {
		i = j
	}
	return s[:i]
}

// setsFlags reports whether the regexp source s has a group that sets
// flags, which holds to the end of the group it stands in, across "|".
func setsFlags(s string) bool {
	for i := 0; i < len(s); i = tokenEnd(s, i) {
		if flagGroupEnd(s, i) > i {
			return true
		}
	}
	return false
}

// zeroWidthAt returns the end of the assertion ^, \A, \b or \B at s[i],
// or i if there is none.
func zeroWidthAt(s string, i int) int {
	switch {
	case s[i] == '^':
		return i + 1
	case strings.HasPrefix(s[i:], `\A`), strings.HasPrefix(s[i:], `\b`), strings.HasPrefix(s[i:], `\B`):
		return i + 2
	}
	return i
}

// find returns where the regexp of r first matches t, as
// r.re.FindStringIndex(t) does, or nil. A split regexp runs its branches
// that t passes the filter of, and keeps the leftmost match, the earliest
// branch's on ties (see the top of this file).
func (r *compiledRule) find(t string) []int {
	if r.branches == nil {
		return r.lineFilter.find(r.re, t)
	}
	var best []int
	for k := range r.branches {
		b := &r.branches[k]
		if best != nil && best[0] == 0 {
			break // no later branch can start further left
		}
		if !b.mayMatch(t) {
			continue
		}
		if loc := b.find(b.re, t); loc != nil && (best == nil || loc[0] < best[0]) {
			best = loc
		}
	}
	return best
}

// matches reports whether the regexp of r matches t, as
// r.re.MatchString(t) does; a split regexp, when one of its branches that
// t passes the filter of does.
func (r *compiledRule) matches(t string) bool {
	if r.branches == nil {
		return r.re.MatchString(t)
	}
	for k := range r.branches {
		b := &r.branches[k]
		if b.mayMatch(t) && b.re.MatchString(t) {
			return true
		}
	}
	return false
}

// find returns where re, whose filter f is, first matches t, as
// re.FindStringIndex(t) does, searching only where a match can start.
//
// With lead literals, those places are where one of them starts and,
// when they follow a first rune (leadAfter), the rune before each: find
// tries f.behind on each in turn, from the rune before it, which matches
// just when re matches there and, as both are tried in the same order,
// where re's match there ends. The first place with a match is the
// leftmost, the one package regexp would find after trying every offset
// of t. The first place of t has no rune before it, and then t is
// searched as a whole.
func (f *lineFilter) find(re *regexp.Regexp, t string) []int {
	if f.behind == nil {
		return re.FindStringIndex(t)
	}
	tried := -1 // the last place tried: the rune before a lead may be the last lead
	for i := f.nextLead(t, 0); i >= 0; i = f.nextLead(t, i+1) {
		places := [2]int{i, i}
		if f.leadAfter {
			places[0] = runeBefore(t, i)
		}
		for _, at := range places {
			if at <= tried {
				continue
			}
			tried = at
			if at == 0 {
				return re.FindStringIndex(t)
			}
			from := runeBefore(t, at)
			if loc := f.behind.FindStringIndex(t[from:]); loc != nil {
				return []int{at, from + loc[1]}
			}
		}
	}
	return nil
}
