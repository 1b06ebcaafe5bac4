package boilerplate

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestAnchorsThroughOptionalPart checks that an anchored regexp that starts
// with an optional part gets as prefixes the leading literals of that part
// and of what follows it.
func TestAnchorsThroughOptionalPart(t *testing.T) {
	re, err := syntax.Parse(`(?i)^(?:(?:cover|lead)\s+)?(?:photo|image)\s*:\s*\S`, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prefixes, _ := anchors(re.Simplify())
	var got []string
	for _, p := range prefixes {
		got = append(got, strings.ToLower(p)) // (?i) literals come upper-case; they are compared folded
	}
	slices.Sort(got)
	want := []string{"cover", "image", "lead", "photo"}
	if !slices.Equal(got, want) {
		t.Errorf("prefixes = %q, want %q", prefixes, want)
	}
	for _, s := range []string{"Photo: Jane Roe", "Cover photo: Jane Roe", "lead image: x"} {
		if !hasPrefixFold(s, prefixes) {
			t.Errorf("%q has none of the prefixes %q", s, prefixes)
		}
	}
	if hasPrefixFold("The photo: Jane Roe", prefixes) {
		t.Errorf("a line starting with another word passes the prefixes %q", prefixes)
	}
}

// TestStartBytes checks the first bytes worked out from an anchored
// regexp's prefixes: either case of each, and the runes past ASCII that
// fold alike; no test at all without prefixes or with one that starts
// with U+FFFD.
func TestStartBytes(t *testing.T) {
	set := startBytes([]string{"PHOTO", "video", "(c)", "Sunday", "kelvin", "über"})
	for _, s := range []string{"photo", "Photo", "Video", "VIDEO", "(C) 2024", "ſunday", "Kelvin", "Über"} {
		if !set.has(s[0]) {
			t.Errorf("%q is turned away by the first bytes of its prefixes", s)
		}
	}
	for _, s := range []string{"The photo", "жук", "1 photo"} {
		if set.has(s[0]) {
			t.Errorf("%q passes the first bytes of prefixes it does not start with", s)
		}
	}
	for _, prefixes := range [][]string{nil, {"photo", "\uFFFD"}} {
		if set := startBytes(prefixes); set != (byteBits{}) {
			t.Errorf("startBytes(%q) = %x, want no test", prefixes, set)
		}
	}
}

// TestFirstBytes checks the first bytes worked out from an anchored
// regexp that begins with a class, past ASCII too: the lead bytes of its
// runes, and every byte past ASCII when it matches U+FFFD, as it matches
// text that is not UTF-8.
func TestFirstBytes(t *testing.T) {
	for _, c := range []struct {
		expr     string
		pass, no []string
	}{
		{`^\p{Lu}\p{L}+`, []string{"Émile", "Zoe", "Ωmega", "Ğ"}, []string{"zoe", "1 Zoe", " Zoe"}},
		{`(?i)^[a-z]+x`, []string{"ſx", "Kx", "ax", "Zx"}, []string{"éx", "1x"}},
		{`^[^x]+y`, []string{"\xffy", "\x80y", "ay"}, []string{"xy"}},
		{`^\d+of`, []string{"1of"}, []string{"one of", "١of"}},
	} {
		tree, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		set := firstBytes(tree.Simplify())
		for _, s := range c.pass {
			if !set.has(s[0]) {
				t.Errorf("%s: %q is turned away by its first byte", c.expr, s)
			}
		}
		for _, s := range c.no {
			if set.has(s[0]) {
				t.Errorf("%s: %q passes the first bytes", c.expr, s)
			}
		}
	}
}

// TestPrefilterSound checks that the cheap tests before a regexp never
// rule out a line the regexp matches: on every built-in regexp rule's
// examples and counterexamples, and on every line of the seeds.
func TestPrefilterSound(t *testing.T) {
	b, err := loadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	lines := testdataLines(t, seedFiles)
	checked, matched := 0, 0
	for _, m := range b.matchers {
		m.ready()
		for k := range m.rules {
			r := &m.rules[k]
			if r.re == nil {
				continue
			}
			for _, s := range slices.Concat(r.Examples, r.Counterexamples, lines) {
				s = strings.TrimSpace(s)
				if s == "" || !r.re.MatchString(s) {
					continue
				}
				matched++
				if !r.mayMatch(s) {
					t.Errorf("%s: the prefilter rules out %q, which the regexp matches", r.name, s)
				}
			}
			checked++
		}
	}
	if checked == 0 || matched == 0 {
		t.Fatalf("checked %d regexp rules, %d matching lines: nothing was tested", checked, matched)
	}
}

// TestHeaderShapeFilters checks that the tests run before the header-shape
// regexps never rule out a line the regexp matches.
func TestHeaderShapeFilters(t *testing.T) {
	lines := []string{"16.1 C", "-3°", "21 °F", "7,5° C", "12:30", "9.45 pm", "10:15:00 a.m. CET", "7:05 PM EST",
		"2024-05-18", "18.5.2024", "5/18/24", "Page 2", "5 min read", "12", "1990s", "3 of 5", "12:3", "1.2.3.4"}
	for _, s := range lines {
		if temperatureShape.MatchString(s) && !mayBeTemperature(s) {
			t.Errorf("%q: a temperature the filter rules out", s)
		}
		if clockShape.MatchString(s) && !mayBeClock(s) {
			t.Errorf("%q: a clock the filter rules out", s)
		}
		if numericDateShape.MatchString(s) && !mayBeNumericDate(s) {
			t.Errorf("%q: a date the filter rules out", s)
		}
	}
	matched := 0
	for _, s := range lines {
		if temperatureShape.MatchString(s) || clockShape.MatchString(s) || numericDateShape.MatchString(s) {
			matched++
		}
	}
	if matched < 8 {
		t.Fatalf("only %d of the lines match a shape: the test checks little", matched)
	}
}

// TestClockShape: a clock written with ':' stands alone; one written with
// '.' needs "am" or a time zone, as a bare "10.41" is a figure as often.
func TestClockShape(t *testing.T) {
	for s, want := range map[string]bool{
		"12:30": true, "7:05 PM EST": true, "10:15:00 a.m. CET": true, "9.45 pm": true, "10.41am": true, "10.41 GMT": true,
		"10.41": false, "0.00": false, "-0.25": false, "3.75%": false, "12:3": false,
	} {
		if got := clockShape.MatchString(s); got != want {
			t.Errorf("clockShape.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTimestampShape(t *testing.T) {
	for s, want := range map[string]bool{
		"9:42 PM on 11/08/2021": true, "08.11.2021, 21:42 Uhr": true, "2021-11-08 21:42": true, "11/08/2021 at 9:42 pm EST": true,
		"9:42 PM": false, "11/08/2021": false, "12:30 in 3 of 4 cases": false, "1:2 on 3/4/5 and more": false, "Score 2:1 on 11/08/2021": false,
	} {
		if got := timestampShape.MatchString(s); got != want {
			t.Errorf("timestampShape.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFoldAffixes checks hasPrefixFold and hasSuffixFold, whose first test
// is a byte: ASCII in any case, and runes past ASCII that fold to ASCII
// (the Kelvin sign is a "k"), which that test must not turn away.
func TestFoldAffixes(t *testing.T) {
	tests := []struct {
		s      string
		list   []string
		prefix bool
		suffix bool
	}{
		{"Photo: Jane Roe", []string{"video", "photo"}, true, false},
		{"Jane Roe / REUTERS", []string{"ap", "reuters"}, false, true},
		{"\u212aelvin scale", []string{"kelvin"}, false, false}, // byte lengths differ
		{"\u212aab", []string{"\u212aAB"}, true, true},
		{"ǅemal", []string{"ǆ"}, true, false},
		{"anything", nil, true, true},
		{"", []string{"a"}, false, false},
	}
	for _, tt := range tests {
		if got := hasPrefixFold(tt.s, tt.list); got != tt.prefix {
			t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", tt.s, tt.list, got, tt.prefix)
		}
		if got := hasSuffixFold(tt.s, tt.list); got != tt.suffix {
			t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", tt.s, tt.list, got, tt.suffix)
		}
		for _, a := range tt.list {
			if want := len(a) <= len(tt.s) && strings.EqualFold(tt.s[:len(a)], a); hasPrefixFold(tt.s, []string{a}) != want {
				t.Errorf("hasPrefixFold(%q, %q) disagrees with strings.EqualFold", tt.s, a)
			}
		}
	}
}

// TestNoLeadsAnchored checks that a regexp anchored at the start has no
// lead literals: it is tried at the start of a line alone.
func TestNoLeadsAnchored(t *testing.T) {
	anchoredAtStart := mustFilter(t, `(?i)^send\s+us`, []string{"us"})
	if anchoredAtStart.lead != nil {
		t.Errorf("a regexp anchored at the start has lead literals %q: they would only slow it", anchoredAtStart.lead)
	}
}

// TestFindAtLeadsFindsWhatRegexpFinds checks that every built-in regexp
// (and every branch of a split one) that has lead literals finds, searching
// only where a match can start (see lineFilter.find), what it finds
// searching the whole line: on every test line, behind other text, and cut
// short behind text that starts past ASCII.
func TestFindAtLeadsFindsWhatRegexpFinds(t *testing.T) {
	t.Parallel()
	type filtered struct {
		re *regexp.Regexp
		f  *lineFilter
	}
	of := map[*compiledRule][]filtered{}
	rules := builtinRules(t, func(r *compiledRule) bool {
		if r.re == nil {
			return false
		}
		if r.lead != nil {
			of[r] = append(of[r], filtered{r.re, &r.lineFilter})
		}
		for k := range r.branches {
			if b := &r.branches[k]; b.lead != nil {
				of[r] = append(of[r], filtered{b.re, &b.lineFilter})
			}
		}
		return of[r] != nil
	})
	if len(rules) < 20 {
		t.Fatalf("only %d regexps with lead literals: the test checks little", len(rules))
	}
	checkOnTestLines(t, rules, func(s string) []string {
		return []string{s, "Re" + s, "“ſend " + s[:len(s)/2]}
	}, func(r *compiledRule, v string) bool {
		matched := false
		for _, x := range of[r] {
			want := x.re.FindStringIndex(v)
			if got := x.f.find(x.re, v); !slices.Equal(got, want) {
				t.Errorf("%s on %q: %v at its lead literals, %v from the start", r.name, v, got, want)
			}
			matched = matched || want != nil
		}
		return matched
	})
}

func mustFilter(t *testing.T, expr string, trig []string) lineFilter {
	t.Helper()
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	f, err := newLineFilter(expr, tree.Simplify(), trig)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestFindAtLeads checks find on regexps with lead literals, which tries
// each place one of them starts, in order, until the regexp matches there,
// and for literals after a first rune the rune before each place too: a
// match may start on that rune or, where the first part matches none, on
// the literal.
func TestFindAtLeads(t *testing.T) {
	for _, tt := range []struct {
		expr  string
		after bool
		lines []string
	}{
		{`(?i)\b(?:send|tell)\s+us\b`, false, []string{
			"Send us a line",
			"Resend the form and tell us",    // the first lead is inside a word
			"Send them; tell us; send us",    // the first match is the second lead
			"Send it, and then ſend us more", // the long s folds to s
			"Jane —send us a note",           // the rune before is three bytes
			"Tell üs",
			"",
		}},
		{`(?:[\s.(]|\b)(?:Photo|Credit):`, true, []string{
			"Photo: Jane Roe",
			" Photo: Jane Roe",
			"At dawn.Photo: Jane Roe",
			"At dawn —Credit: Jane Roe", // on the literal, after a \b
			"(Photo: Jane Roe)",
			"RePhoto: a; Photo: b",   // the first lead is inside a word
			"Photo:Credit: Jane Roe", // the rune before the second lead ends the first
			"Photographer: Jane Roe", // "Photo:" is the literal
			"No credit line",
		}},
	} {
		f := mustFilter(t, tt.expr, nil)
		if f.behind == nil || f.leadAfter != tt.after {
			t.Fatalf("%s: lead literals %q (after a rune: %v), want them after a rune: %v, with a regexp behind a rune",
				tt.expr, f.lead, f.leadAfter, tt.after)
		}
		re := regexp.MustCompile(tt.expr)
		for _, s := range tt.lines {
			want := re.FindStringIndex(s)
			if got := f.find(re, s); !slices.Equal(got, want) {
				t.Errorf("%s: find(%q) = %v, want %v", tt.expr, s, got, want)
			}
		}
	}
}
