package boilerplate

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// splitRules returns the built-in rules whose regexp is split (each once,
// though several matchers hold it).
func splitRules(tb testing.TB) []*compiledRule {
	tb.Helper()
	return builtinRules(tb, func(r *compiledRule) bool { return r.branches != nil })
}

// builtinRules returns the built-in rules that keep reports true for, each
// once, by name.
func builtinRules(tb testing.TB, keep func(r *compiledRule) bool) []*compiledRule {
	tb.Helper()
	b, err := loadBuiltin()
	if err != nil {
		tb.Fatal(err)
	}
	var out []*compiledRule
	for _, cs := range b.compiled {
		if err := cs.compile(); err != nil {
			tb.Fatal(err)
		}
		for k := range cs.rules {
			if keep(&cs.rules[k]) {
				out = append(out, &cs.rules[k])
			}
		}
	}
	slices.SortFunc(out, func(a, b *compiledRule) int { return strings.Compare(a.name, b.name) })
	return out
}

// splitTestLines returns every line of the test inputs and every example
// and counterexample of the built-in rules, of all languages.
func splitTestLines(tb testing.TB) []string {
	tb.Helper()
	lines := testdataLines(tb, seedFiles, caseFiles, surviveFiles)
	b, err := loadBuiltin()
	if err != nil {
		tb.Fatal(err)
	}
	for _, set := range b.sets {
		for _, r := range set.Rules {
			lines = slices.Concat(lines, r.Examples, r.Counterexamples)
		}
	}
	return lines
}

// checkSplit reports where a split rule's branches find another match in
// s than its whole regexp does.
func checkSplit(t *testing.T, r *compiledRule, s string) bool {
	t.Helper()
	want := r.re.FindStringIndex(s)
	if got := r.find(s); !slices.Equal(got, want) {
		t.Errorf("%s on %q: the branches find %v, the whole regexp %v", r.name, s, got, want)
		return false
	}
	return want != nil
}

// TestSplitMatchesWhole checks that every split regexp finds, on every
// test line, the match its whole regexp finds: the same start and end, or
// none. Each line is also tried behind other text and cut short, so that
// matches start and end elsewhere than at the line's ends.
func TestSplitMatchesWhole(t *testing.T) {
	rules := splitRules(t)
	if len(rules) < 5 {
		t.Fatalf("only %d split rules: the test checks little", len(rules))
	}
	checkOnTestLines(t, rules, func(s string) []string {
		return []string{s, "Newsletter: " + s, s[:len(s)/2], s + " by Jane Doe"}
	}, func(r *compiledRule, v string) bool { return checkSplit(t, r, v) })
}

// checkOnTestLines runs check on each of rules and each variant of every
// test line (see splitTestLines), and fails a rule that check reports no
// match for: a rule no line matches would be checked on non-matches alone.
func checkOnTestLines(t *testing.T, rules []*compiledRule, variants func(string) []string, check func(r *compiledRule, v string) (matched bool)) {
	t.Helper()
	lines := splitTestLines(t)
	for _, r := range rules {
		matched := 0
		for _, s := range lines {
			for _, v := range variants(s) {
				if check(r, v) {
					matched++
				}
			}
		}
		if matched == 0 {
			t.Errorf("%s: no test line matches", r.name)
		}
	}
}

// TestWholeRegexps checks the rules whose regexp is anchored at both ends
// (compiledRule.whole), which matchAt asks only whether they match: on
// every test line, and on each cut short, a match of the regexp is the
// whole line, and matches reports one just when the regexp finds one.
func TestWholeRegexps(t *testing.T) {
	t.Parallel()
	rules := builtinRules(t, func(r *compiledRule) bool { return r.whole })
	if len(rules) < 20 {
		t.Fatalf("only %d rules anchored at both ends: the test checks little", len(rules))
	}
	checkOnTestLines(t, rules, func(s string) []string {
		return []string{s, s[:len(s)/2]}
	}, func(r *compiledRule, v string) bool {
		loc := r.re.FindStringIndex(v)
		if loc != nil && (loc[0] != 0 || loc[1] != len(v)) {
			t.Errorf("%s on %q: the match is %v, not the whole line", r.name, v, loc)
		}
		if got := r.matches(v); got != (loc != nil) {
			t.Errorf("%s on %q: matches is %v, the regexp finds %v", r.name, v, got, loc)
		}
		return loc != nil
	})
}

// TestAnchored checks which regexps count as anchored at each end.
func TestAnchored(t *testing.T) {
	for _, c := range []struct {
		expr       string
		start, end bool
	}{
		{`^share$`, true, true},
		{`^(?:share|tweet)\s+this$`, true, true},
		{`^share|^tweet$`, true, false},
		{`(?:^share|^tweet)(?: now$| later$)`, true, true},
		{`\Ashare\z`, true, true},
		{`share$`, false, true},
		{`(?:^|\s)share`, false, false},
		{`(?m)^share$`, false, false}, // ^ and $ of a line, not of the text
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		re := tree.Simplify()
		if got := anchored(re, syntax.OpBeginText); got != c.start {
			t.Errorf("anchored(%s, OpBeginText) = %v, want %v", c.expr, got, c.start)
		}
		if got := anchored(re, syntax.OpEndText); got != c.end {
			t.Errorf("anchored(%s, OpEndText) = %v, want %v", c.expr, got, c.end)
		}
	}
}

// TestStartAnchor checks startAnchor: which sources it puts behind a ^ of
// their own, that package regexp then tries the built-in regexps whose
// every match starts at the start of the text there alone (their program
// begins with ^), and that those find on every test line what their rule's
// own source finds.
func TestStartAnchor(t *testing.T) {
	for expr, want := range map[string]string{
		`^a|^b`:         `^(?:^a|^b)`,
		`(?i)(^a|^b)c`:  `^(?:(?i)(^a|^b)c)`,
		`^(?:a|b)`:      `^(?:a|b)`,
		`(?:^a|^b)?c`:   `(?:^a|^b)?c`,
		`a|^b`:          `a|^b`,
		`(?m)^a|(?m)^b`: `(?m)^a|(?m)^b`,
	} {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := startAnchor(expr, tree.Simplify()); got != want {
			t.Errorf("startAnchor(%q) = %q, want %q", expr, got, want)
		}
	}
	rules := builtinRules(t, func(r *compiledRule) bool { return r.re != nil && r.re.String() != r.regexpSource() })
	if len(rules) == 0 {
		t.Fatal("no built-in regexp is put behind a ^: the test checks nothing")
	}
	own := map[*compiledRule]*regexp.Regexp{}
	for _, r := range rules {
		tree, err := syntax.Parse(r.re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(tree.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if prog.StartCond()&syntax.EmptyBeginText == 0 {
			t.Errorf("%s: the program of %q does not begin with ^", r.name, r.re)
		}
		own[r] = regexp.MustCompile(r.regexpSource())
	}
	checkOnTestLines(t, rules, func(s string) []string {
		return []string{s, "By " + s, s[:len(s)/2]}
	}, func(r *compiledRule, v string) bool {
		want := own[r].FindStringIndex(v)
		if got := r.re.FindStringIndex(v); !slices.Equal(got, want) {
			t.Errorf("%s on %q: finds %v, its own source %v", r.name, v, got, want)
		}
		return want != nil
	})
}

// TestSplitFits checks that every split regexp has a branch small enough
// for the backtracker, which is what splitting is for.
func TestSplitFits(t *testing.T) {
	for _, r := range splitRules(t) {
		if !slices.ContainsFunc(r.branches, func(b branch) bool { return progSizeOf(t, b.re.String()) <= maxBacktrackProg }) {
			t.Errorf("%s: every branch is too big for the backtracker", r.name)
		}
	}
}

// FuzzSplitMatchesWhole checks split regexps against their whole regexps
// on arbitrary lines, seeded with the rules' examples.
func FuzzSplitMatchesWhole(f *testing.F) {
	rules := splitRules(f)
	for _, r := range rules {
		for _, s := range slices.Concat(r.Examples, r.Counterexamples) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range rules {
			checkSplit(t, r, s)
		}
	})
}

func progSizeOf(tb testing.TB, expr string) int {
	tb.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		tb.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		tb.Fatal(err)
	}
	return len(prog.Inst)
}

// TestProgSize checks that progSize counts the instructions of every
// built-in regexp, and of every branch, as syntax.Compile makes them.
func TestProgSize(t *testing.T) {
	b, err := loadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	var exprs []string
	for _, cs := range b.compiled {
		if err := cs.compile(); err != nil {
			t.Fatal(err)
		}
		for _, r := range cs.rules {
			if r.re != nil {
				exprs = append(exprs, r.re.String())
			}
			for _, br := range r.branches {
				exprs = append(exprs, br.re.String())
			}
		}
	}
	exprs = append(exprs, `a|[^\x00-\x{10FFFF}]`, `[^\x00-\x{10FFFF}]|b`, `(?:a*)*`, `(?:)*x`, `(a?)+?`, `^$`)
	for _, expr := range exprs {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		re = re.Simplify()
		prog, err := syntax.Compile(re)
		if err != nil {
			t.Fatal(err)
		}
		if got := progSize(re); got != len(prog.Inst) {
			t.Errorf("progSize(%q) = %d, want %d", expr, got, len(prog.Inst))
		}
	}
}

// TestBranchSources checks the cuts of a regexp's source into branches:
// "|" splits only outside groups, classes and escapes, and a leading group
// of alternatives is distributed over the rest unless it is repeated.
func TestBranchSources(t *testing.T) {
	for expr, want := range map[string][]string{
		`(?i)a|b`:                   {`(?i)a`, `(?i)b`},
		`a[|]b|c\|d|(e|f)`:          {`a[|]b`, `c\|d`, `(e|f)`},
		`[]|]x|[^]|]y|[[:alpha:]|]`: {`[]|]x`, `[^]|]y`, `[[:alpha:]|]`},
		`(?i)^(?:a|b)c$`:            {`(?i)^(?:a)c$`, `(?i)^(?:b)c$`},
		`^\b(?P<n>a|b)c`:            {`^\b(?P<n>a)c`, `^\b(?P<n>b)c`},
		`^(?i:a|b)c`:                {`^(?i:a)c`, `^(?i:b)c`},
		`^(?:a|b)+c`:                nil, // repeated
		`^(?:a|b){2}c`:              nil,
		`x(?:a|b)`:                  nil, // not leading
		`a(?i)b|c`:                  nil, // the flag would carry over to c
		`\Qa|b\E`:                   nil,
	} {
		if got := branchSources(expr); !slices.Equal(got, want) {
			t.Errorf("branchSources(%q) = %q, want %q", expr, got, want)
		}
	}
}
