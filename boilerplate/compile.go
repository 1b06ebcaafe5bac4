package boilerplate

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A compiledRule is a Rule ready to match: its full name, its regexp and its
// effective length limit.
type compiledRule struct {
	Rule
	name   string // set name + "/" + rule name
	re     *regexp.Regexp
	maxLen int // 0: no limit
	// The cheap tests a line must pass before the regexp runs on it;
	// all zero for a split regexp, whose branches have their own.
	lineFilter
	// branches: the regexp split into its alternatives when it is too
	// big for the backtracker (see split.go); nil otherwise.
	branches []branch
	// minHits: in a line of ASCII, every match holds this many hits of
	// the rule's trigger literals (see requiredHits).
	minHits int
	// whole: the regexp is anchored at both ends ("^…$"), so that a match
	// is the whole text it runs on, and only whether there is one needs
	// finding out (see matches).
	whole bool
}

// lineSlack is how much longer than its pattern a line matched by a line
// rule may be: bullets, punctuation and white space around the phrase.
const lineSlack = 64

// defaultMaxLen is the longest line a prefix, contains or regexp rule looks
// at unless the rule says otherwise: longer lines are prose, not widgets.
const defaultMaxLen = 200

// minTrigger is the shortest literal a regexp rule may trigger on; a shorter
// one would make the regexp run on nearly every line.
const minTrigger = 2

func compileRule(set *RuleSet, r Rule) (compiledRule, []string, error) {
	cr := compiledRule{Rule: r, name: set.Name + "/" + r.Name, maxLen: r.MaxLen}
	fail := func(err error) (compiledRule, []string, error) {
		return cr, nil, &RuleError{File: fileOf(set, &r), Line: r.Line, Rule: r.Name, Err: err}
	}
	if cr.maxLen == 0 && !r.Span {
		cr.maxLen = defaultMaxLen
		if r.Match == MatchLine {
			cr.maxLen = len(r.Pattern) + lineSlack
		}
	}
	switch r.Match {
	case MatchLine:
		// Lines are compared without their bullets and trailing
		// punctuation, so the pattern is too: "Loading comments..." matches.
		s, e := significant(r.Pattern, 0, len(r.Pattern))
		if s >= e {
			return fail(errors.New("line pattern is only punctuation"))
		}
		cr.Pattern = r.Pattern[s:e]
		return cr, caseVariants(cr.Pattern), nil
	case MatchPrefix, MatchContains:
		return cr, caseVariants(r.Pattern), nil
	}
	expr := r.regexpSource()
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return fail(err)
	}
	simple := tree.Simplify()
	re, err := regexp.Compile(startAnchor(expr, simple))
	if err != nil {
		return fail(err)
	}
	cr.re = re
	var pats []string
	if r.Trigger != "" {
		pats = caseVariants(r.Trigger)
	} else {
		lits := requiredLiterals(simple)
		if len(lits) == 0 {
			return fail(fmt.Errorf("regexp has no literal of %d+ bytes that every match contains; set trigger=LITERAL", minTrigger))
		}
		for _, l := range lits {
			pats = append(pats, caseVariants(l)...)
		}
	}
	cr.minHits = requiredHits(simple, pats)
	cr.whole = anchored(simple, syntax.OpBeginText) && anchored(simple, syntax.OpEndText)
	if cr.branches, err = splitRegexp(expr, simple, pats); err != nil {
		return fail(err)
	}
	if cr.branches == nil {
		if cr.lineFilter, err = newLineFilter(expr, simple, pats); err != nil {
			return fail(err)
		}
	}
	return cr, pats, nil
}

// regexpSource returns the source of a regexp rule's regexp: its pattern,
// ignoring case unless the rule says otherwise.
func (r *Rule) regexpSource() string {
	if r.CaseSensitive {
		return r.Pattern
	}
	return "(?i)" + r.Pattern
}

// startAnchor returns the source expr of the regexp simple to compile: expr
// behind a ^ of its own when each of its alternatives is anchored at the
// start ("^by\s+entering…|^by\s+checking…") but it does not begin with ^.
// Package regexp tries a match at the start of the text alone only when
// its program begins with ^; it tries such a regexp at every offset of
// the line, each try failing at the ^ of every alternative. Every match
// starts at the start of the text either way, where the two regexps try
// the same alternatives in the same order: they find the same matches.
func startAnchor(expr string, simple *syntax.Regexp) string {
	if !anchored(simple, syntax.OpBeginText) || leadsWith(simple, syntax.OpBeginText) {
		return expr
	}
	return "^(?:" + expr + ")"
}

// leadsWith reports whether re begins with op, inside groups and
// sequences: whether the program package regexp compiles of it begins
// with op, and not with a choice.
func leadsWith(re *syntax.Regexp, op syntax.Op) bool {
	for re.Op == syntax.OpCapture || re.Op == syntax.OpConcat && len(re.Sub) > 0 {
		re = re.Sub[0]
	}
	return re.Op == op
}

// caseVariants returns p and, when p has non-ASCII letters (which the
// automaton does not fold), its lower-case, upper-case and capitalised forms.
func caseVariants(p string) []string {
	ascii := true
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return []string{p}
	}
	lower := strings.ToLower(p)
	r, n := utf8.DecodeRuneInString(lower)
	title := string(unicode.ToUpper(r)) + lower[n:]
	out := []string{p}
	for _, v := range []string{lower, strings.ToUpper(p), title} {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// A compiledSet is a rule set ready to match: each rule compiled, with the
// literals that trigger it. Once compiled it is immutable, so the built-in
// sets are compiled once and shared by every Cleaner.
//
// A built-in set is compiled when a matcher first needs it (see
// lazySet), so that a process that cleans English text never compiles
// the Polish rules: compiling the regexps is most of what a Cleaner costs
// to build.
type compiledSet struct {
	src  *RuleSet
	once sync.Once
	err  error

	rules []compiledRule
	pats  [][]string // pats[k]: the trigger literals of rules[k]
}

// compileSet checks and compiles every rule of set.
func compileSet(set *RuleSet) (*compiledSet, error) {
	if err := set.check(); err != nil {
		return nil, err
	}
	cs := lazySet(set)
	if err := cs.compile(); err != nil {
		return nil, err
	}
	return cs, nil
}

// lazySet returns set to be compiled on first use; set has been checked.
func lazySet(set *RuleSet) *compiledSet { return &compiledSet{src: set} }

// compile compiles cs's rules, once, and returns the first error.
func (cs *compiledSet) compile() error {
	cs.once.Do(func() {
		for _, r := range cs.src.Rules {
			cr, pats, err := compileRule(cs.src, r)
			if err != nil {
				cs.err = err
				cs.rules, cs.pats = nil, nil
				return
			}
			cs.rules = append(cs.rules, cr)
			cs.pats = append(cs.pats, pats)
		}
	})
	return cs.err
}

// names yields the full names ("set/rule") of cs's rules, in order, without
// compiling them.
func (cs *compiledSet) names(yield func(string) bool) {
	for _, r := range cs.src.Rules {
		if !yield(cs.src.Name + "/" + r.Name) {
			return
		}
	}
}
