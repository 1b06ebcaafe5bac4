package boilerplate

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
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
	// For an anchored regexp, the strings a line must start (or end) with
	// for the regexp to have a chance: a cheap test before running it.
	prefixes, suffixes []string
	// need: every match contains one of these bytes (all digits, say), so
	// lines without any are not tried.
	need string
	// needSet is need as a bit set of ASCII bytes.
	needSet [2]uint64
}

// A matcher holds the rules that apply to one language, with one automaton
// over all their literals.
type matcher struct {
	rules []compiledRule
	all   triggers // every rule's literals
	// Lines longer than scanLimit can only match rules without a length
	// limit (span rules); long holds just their literals, so that long
	// paragraphs are not scanned for widget phrases that cannot apply.
	long      triggers
	scanLimit int
}

// triggers is an automaton over literals and, for each literal p, the
// rules it triggers: rules[p].
type triggers struct {
	ac    *automaton
	rules [][]int32
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
	expr := r.Pattern
	if !r.CaseSensitive {
		expr = "(?i)" + expr
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return fail(err)
	}
	cr.re = re
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return fail(err)
	}
	if r.Trigger != "" {
		cr.prefixes, cr.suffixes = anchors(tree.Simplify())
		cr.need = requiredBytes(tree.Simplify())
		cr.needSet = byteSet(cr.need)
		return cr, caseVariants(r.Trigger), nil
	}
	tree = tree.Simplify()
	cr.prefixes, cr.suffixes = anchors(tree)
	cr.need = requiredBytes(tree)
	cr.needSet = byteSet(cr.need)
	lits := requiredLiterals(tree)
	if len(lits) == 0 {
		return fail(fmt.Errorf("regexp has no literal of %d+ bytes that every match contains; set trigger=LITERAL", minTrigger))
	}
	var out []string
	for _, l := range lits {
		out = append(out, caseVariants(l)...)
	}
	return cr, out, nil
}

// requiredLiterals returns literals one of which every match of re
// contains, each at least minTrigger bytes long, or nil if there are none.
// Like a prefilter, it expands small alternations and character classes
// into the strings they match, so that "(?:AP|AFP)" yields both words even
// though the parser factors it into "A(?:P|FP)".
func requiredLiterals(re *syntax.Regexp) []string {
	_, req := literalInfo(re)
	return req
}

// anchors returns the strings every match must start with when re is
// anchored at the start of the text (and end with, when anchored at the
// end), or nil when that is not known.
func anchors(re *syntax.Regexp) (prefixes, suffixes []string) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil, nil
	}
	subs := re.Sub
	if subs[0].Op == syntax.OpBeginText {
		if lead := leadingLiterals(subs[1]); shortest(lead) > 0 {
			prefixes = lead
		}
	}
	if n := len(subs); subs[n-1].Op == syntax.OpEndText {
		if ex, _ := literalInfo(subs[n-2]); shortest(ex) > 0 {
			suffixes = ex
		}
	}
	return prefixes, suffixes
}

// leadingLiterals returns strings one of which every match of re starts
// with, or nil when that is not known.
func leadingLiterals(re *syntax.Regexp) []string {
	if ex, _ := literalInfo(re); ex != nil {
		return ex
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return leadingLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return leadingLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		// The exact strings of the leading children, then the leading
		// literals of the first child that is not exact.
		cur := []string{""}
		for _, sub := range re.Sub {
			ex, _ := literalInfo(sub)
			if ex == nil || len(cur)*len(ex) > maxExact {
				lead := leadingLiterals(sub)
				if lead == nil || len(cur)*len(lead) > maxExact {
					break
				}
				ex = lead
				next := make([]string, 0, len(cur)*len(ex))
				for _, a := range cur {
					for _, b := range ex {
						next = append(next, a+b)
					}
				}
				return next
			}
			next := make([]string, 0, len(cur)*len(ex))
			for _, a := range cur {
				for _, b := range ex {
					next = append(next, a+b)
				}
			}
			cur = next
		}
		return cur
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lead := leadingLiterals(sub)
			if shortest(lead) == 0 || len(all)+len(lead) > maxExact {
				return nil
			}
			all = append(all, lead...)
		}
		return all
	}
	return nil
}

// requiredBytes returns a set of ASCII bytes, one of which every match of
// re contains (at most maxRequired of them), or "" when there is none.
func requiredBytes(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpCharClass:
		var set []byte
		for k := 0; k+1 < len(re.Rune); k += 2 {
			if re.Rune[k+1] >= utf8.RuneSelf || int(re.Rune[k+1]-re.Rune[k])+1+len(set) > maxRequired {
				return ""
			}
			for r := re.Rune[k]; r <= re.Rune[k+1]; r++ {
				if r == ' ' {
					return "" // nearly every line has a space
				}
				set = append(set, byte(r))
			}
		}
		return string(set)
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			for _, r := range re.Rune {
				if r < utf8.RuneSelf && !unicode.IsLetter(r) && r != ' ' {
					return string(rune(r)) // punctuation and digits have one case
				}
			}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredBytes(re.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if set := requiredBytes(sub); set != "" && (best == "" || len(set) < len(best)) {
				best = set
			}
		}
		return best
	case syntax.OpAlternate:
		all := ""
		for _, sub := range re.Sub {
			set := requiredBytes(sub)
			if set == "" {
				return ""
			}
			for k := 0; k < len(set); k++ {
				if strings.IndexByte(all, set[k]) < 0 {
					all += set[k : k+1]
				}
			}
			if len(all) > maxRequired {
				return ""
			}
		}
		return all
	}
	return ""
}

// byteSet returns the ASCII bytes of s as a bit set.
func byteSet(s string) [2]uint64 {
	var set [2]uint64
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			set[c>>6] |= 1 << (c & 63)
		}
	}
	return set
}

// hasAnyByte reports whether s contains a byte of set.
func hasAnyByte(s string, set [2]uint64) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && set[c>>6]&(1<<(c&63)) != 0 {
			return true
		}
	}
	return false
}

// maxRequired bounds the byte sets of requiredBytes: all ten digits fit.
const maxRequired = 10

// maxExact bounds the sets of strings literalInfo expands.
const maxExact = 64

// literalInfo returns the finite set of strings re matches (nil if it is not
// small and finite) and the best set of required literals found in it.
func literalInfo(re *syntax.Regexp) (exact, required []string) {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		return []string{s}, usable([]string{s})
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, nil
	case syntax.OpCharClass:
		var set []string
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for r := re.Rune[k]; r <= re.Rune[k+1]; r++ {
				if len(set) == 4 {
					return nil, nil
				}
				set = append(set, string(r))
			}
		}
		return set, nil
	case syntax.OpCapture:
		return literalInfo(re.Sub[0])
	case syntax.OpQuest:
		if ex, _ := literalInfo(re.Sub[0]); ex != nil {
			return append(ex, ""), nil
		}
		return nil, nil
	case syntax.OpPlus:
		ex, req := literalInfo(re.Sub[0])
		return nil, betterLits(usable(ex), req)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			ex, req := literalInfo(re.Sub[0])
			return nil, betterLits(usable(ex), req)
		}
	case syntax.OpAlternate:
		var ex, req []string
		exactOK, reqOK := true, true
		for _, sub := range re.Sub {
			e, r := literalInfo(sub)
			if e == nil || len(ex)+len(e) > maxExact {
				exactOK = false
			} else {
				ex = append(ex, e...)
			}
			if b := betterLits(usable(e), r); b != nil {
				req = append(req, b...)
			} else {
				reqOK = false // a branch without a literal: no required set
			}
		}
		if !reqOK {
			req = nil
		}
		return exactIf(exactOK, ex), req
	case syntax.OpConcat:
		var best []string
		cur := []string{""}
		all := true
		for _, sub := range re.Sub {
			e, r := literalInfo(sub)
			if e != nil && len(cur)*len(e) <= maxExact {
				next := make([]string, 0, len(cur)*len(e))
				for _, a := range cur {
					for _, b := range e {
						next = append(next, a+b)
					}
				}
				cur = next
				continue
			}
			all = false
			best = betterLits(best, usable(cur))
			best = betterLits(best, betterLits(usable(e), r))
			cur = []string{""}
		}
		best = betterLits(best, usable(cur))
		return exactIf(all, cur), best
	}
	return nil, nil
}

func exactIf(ok bool, set []string) []string {
	if ok {
		return set
	}
	return nil
}

// usable returns set if every string in it is long enough to trigger on.
func usable(set []string) []string {
	if len(set) == 0 || shortest(set) < minTrigger {
		return nil
	}
	return set
}

// betterLits returns whichever literal set has the longer shortest string,
// preferring a (non-nil) smaller set on ties.
func betterLits(a, b []string) []string {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case shortest(b) > shortest(a), shortest(b) == shortest(a) && len(b) < len(a):
		return b
	}
	return a
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
		if !contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// newMatcher compiles sets into one matcher, skipping disabled rules.
func newMatcher(sets []*RuleSet, disabled func(string) bool) (*matcher, error) {
	m := &matcher{}
	type lit struct {
		text  string
		rules []int32
	}
	var all, long []lit
	index := map[string]int{}
	longIndex := map[string]int{}
	add := func(list *[]lit, idx map[string]int, p string, id int32) {
		k, ok := idx[p]
		if !ok {
			k = len(*list)
			idx[p] = k
			*list = append(*list, lit{text: p})
		}
		(*list)[k].rules = append((*list)[k].rules, id)
	}
	for _, set := range sets {
		if err := set.check(); err != nil {
			return nil, err
		}
		for _, r := range set.Rules {
			cr, pats, err := compileRule(set, r)
			if err != nil {
				return nil, err
			}
			if disabled(cr.name) {
				continue
			}
			id := int32(len(m.rules))
			m.rules = append(m.rules, cr)
			m.scanLimit = max(m.scanLimit, cr.maxLen)
			for _, p := range pats {
				add(&all, index, p, id)
				if cr.maxLen == 0 {
					add(&long, longIndex, p, id)
				}
			}
		}
	}
	build := func(list []lit) triggers {
		t := triggers{rules: make([][]int32, len(list))}
		texts := make([]string, len(list))
		for k, l := range list {
			texts[k], t.rules[k] = l.text, l.rules
		}
		t.ac = newAutomaton(texts)
		return t
	}
	m.all, m.long = build(all), build(long)
	return m, nil
}

// shortest returns the length of the shortest string in lits (0 if empty).
func shortest(lits []string) int {
	if len(lits) == 0 {
		return 0
	}
	n := len(lits[0])
	for _, l := range lits[1:] {
		n = min(n, len(l))
	}
	return n
}
