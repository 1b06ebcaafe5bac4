package boilerplate

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestBuiltinRuleData checks the rule data itself: every built-in set
// parses, its names are unique and its categories known (ParseRuleSet),
// every rule matches its examples and none of its counterexamples, and
// each set compiles whole, as the first matcher that needs it compiles it
// (a broken built-in rule would otherwise surface only then).
func TestBuiltinRuleData(t *testing.T) {
	sets := BuiltinRuleSets()
	if len(sets) < 2 {
		t.Fatalf("got %d built-in rule sets, want common and at least one language", len(sets))
	}
	for _, s := range sets {
		t.Run(s.Name, func(t *testing.T) {
			if len(s.Rules) == 0 {
				t.Fatal("no rules")
			}
			if err := s.CheckExamples(); err != nil {
				for _, e := range strings.Split(err.Error(), "\n") {
					t.Error(e)
				}
			}
		})
	}
	if _, err := New(Options{}); err != nil {
		t.Fatal(err)
	}
	b, err := loadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for name, cs := range b.compiled {
		if err := cs.compile(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestParseRuleSetErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
		line             int
	}{
		{"unknown category", "a/b  nonsense  line  x\n", "unknown category", 1},
		{"unknown match", "# c\n\na/b  share  sometimes  x\n", "unknown match", 3},
		{"missing pattern", "a/b share line\n", "want NAME CATEGORY MATCH PATTERN", 1},
		{"bad option", "a/b share line,loud x\n", "unknown option", 1},
		{"bad max", "a/b share contains,max=-3 x\n", "max=-3", 1},
		{"span needs regexp", "a/b share line,span x\n", "span needs match regexp", 1},
		{"signal needs a prompt", "a/b legal contains,signal x y\n", "signal needs category subscribe, share or advert", 1},
		{"signal with rest", "a/b share line,signal,rest x\n", "signal does not go with span or rest", 1},
		{"duplicate name", "a/b share line x\na/b share line y\n", "name used again (first at line 1)", 2},
		{"example first", "+ Share\n", "example before any rule", 1},
		{"empty language", "@language\n", "want one of en, de", 1},
		{"unknown language", "# Russian\n@language ru\n", `@language "ru": want one of`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRuleSet("my.rules", strings.NewReader(tt.file))
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a *RuleError", err)
			}
			if re.File != "my.rules" || re.Line != tt.line {
				t.Errorf("error at %s:%d, want my.rules:%d", re.File, re.Line, tt.line)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "my.rules:") {
				t.Errorf("error %q does not name the file and say %q", err, tt.want)
			}
		})
	}
}

// TestRegexpErrorsSurfaceInNew: a pattern that does not compile, or that has
// no literal to trigger on, is an error from New naming file and line.
func TestRegexpErrorsSurfaceInNew(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"x/bad share regexp (unclosed\n", "missing closing )"},
		{"x/slow share regexp ^\\d+$\n", "set trigger=LITERAL"},
	} {
		set, err := ParseRuleSet("site.rules", strings.NewReader(tt.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = New(Options{RuleSets: []*RuleSet{set}})
		if err == nil || !strings.Contains(err.Error(), "site.rules:1") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New with %q: got %v, want an error at site.rules:1 saying %q", tt.file, err, tt.want)
		}
	}
}

func TestCheckExamplesReportsFailures(t *testing.T) {
	set, err := ParseRuleSet("site.rules", strings.NewReader(
		"x/promo advert line special offer\n+ Special offer!\n- Special offers end soon\n"+
			"x/wrong advert line special offer today\n+ Special offer\n"+
			"x/untested advert prefix limited time\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = set.CheckExamples()
	if err == nil {
		t.Fatal("CheckExamples passed a rule that misses its example")
	}
	msg := err.Error()
	if strings.Contains(msg, "x/promo") {
		t.Errorf("the rule that matches its examples was reported: %v", msg)
	}
	for _, want := range []string{`rule "x/wrong": does not match its example "Special offer"`, `rule "x/untested": no example`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`^more\s+on\b`, []string{"more"}},
		{`(?:AP|AFP|Reuters)\)?$`, []string{"AP", "AFP", "Reuters"}},
		{`\d+\s+comments?`, []string{"comment"}},
		{`^\d+$`, nil},
	}
	for _, tt := range tests {
		cr, lits, err := compileRule(&RuleSet{Name: "t"}, Rule{Name: "r", Category: Share, Match: MatchRegexp, Pattern: tt.expr, CaseSensitive: true})
		_ = cr
		if tt.want == nil {
			if err == nil {
				t.Errorf("%s: got triggers %q, want an error", tt.expr, lits)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		for _, w := range tt.want {
			if !slices.Contains(lits, w) {
				t.Errorf("%s: triggers %q lack %q", tt.expr, lits, w)
			}
		}
	}
}

// TestRuleSetNames: a user set may not take a built-in set's name, or
// "heuristic", or another user set's: the report must say which set a
// removal came from.
func TestRuleSetNames(t *testing.T) {
	mk := func(name string) *RuleSet {
		return &RuleSet{Name: name, Rules: []Rule{{Name: "x/y", Category: Advert, Match: MatchLine, Pattern: "special offer"}}}
	}
	for _, sets := range [][]*RuleSet{{mk("en")}, {mk("common")}, {mk("heuristic")}, {mk("mine"), mk("mine")}} {
		if _, err := New(Options{RuleSets: sets}); err == nil {
			t.Errorf("New accepted rule sets named %q", sets[len(sets)-1].Name)
		}
	}
	if _, err := New(Options{RuleSets: []*RuleSet{mk("mine"), mk("theirs")}}); err != nil {
		t.Error(err)
	}
}

// TestEmptySpanMatch: a span regexp that matches the empty string removes
// nothing (and so leaves no empty removal in the report).
func TestEmptySpanMatch(t *testing.T) {
	set, err := ParseRuleSet("x", strings.NewReader("d/date metadata regexp,span,trigger=date ^(?:date:)?\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{RuleSets: []*RuleSet{set}, NoBuiltinRules: true})
	if err != nil {
		t.Fatal(err)
	}
	in := "The date of the vote was set on Monday after a long debate that lasted most of the night in the hall.\n"
	res := c.Clean(in)
	checkInvariants(t, in, res)
	if len(res.Removed) != 0 {
		t.Errorf("removals %+v, want none", res.Removed)
	}
}

// TestBuiltinRuleSetsAreCopies: changing what BuiltinRuleSets returns does
// not change the rules the next caller gets.
func TestBuiltinRuleSetsAreCopies(t *testing.T) {
	a := BuiltinRuleSets()
	want := a[0].Rules[0].Examples[0]
	a[0].Rules[0].Examples[0] = "changed"
	a[0].Rules[0].Pattern = "changed"
	b := BuiltinRuleSets()
	if b[0].Rules[0].Examples[0] != want || b[0].Rules[0].Pattern == "changed" {
		t.Error("BuiltinRuleSets shares memory between calls")
	}
}

// TestRegexpAfterBullets checks that regexp rules read a line after its
// bullets and dashes, as line rules do, while a symbol that says something
// ("©") stays part of what they read.
func TestRegexpAfterBullets(t *testing.T) {
	c := newTestCleaner(t)
	prose := "The council met on Monday evening and voted to keep the library open for another year, after a long debate.\n\n"
	for _, tt := range []struct {
		line, rule string
	}{
		{"Share your story", "en/comments/share-your-story"},
		{"• Share your story", "en/comments/share-your-story"},
		{"----------SHARE YOUR STORY", "en/comments/share-your-story"},
		{"» Take the next step", "en/advert/cta-next-step"},
		{"© 2024 Example Media", "common/legal/copyright-year"},
	} {
		res := c.Clean(prose + tt.line + "\n\n" + prose)
		got := ""
		for _, r := range res.Removed {
			if r.Line == 3 {
				got = r.Rule
			}
		}
		if got != tt.rule {
			t.Errorf("%q: removed by %q, want %q", tt.line, got, tt.rule)
		}
	}
	for s, want := range map[string]int{"": 0, "abc": 0, "• a": 4, "--- x": 4, "© 2024": 0, "»": 2} {
		if got := bulletEnd(s); got != want {
			t.Errorf("bulletEnd(%q) = %d, want %d", s, got, want)
		}
	}
}
