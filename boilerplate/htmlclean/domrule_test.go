package htmlclean

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// TestBuiltinRulesValid checks the rule data itself: it parses, names are
// unique and categories known (ParseDOMRuleSet checks both), and every rule
// removes an element of testdata/rules.html.
func TestBuiltinRulesValid(t *testing.T) {
	sets, err := builtinRules()
	if err != nil {
		t.Fatal(err)
	}
	c := newTestCleaner(t, Options{})
	f, err := os.Open("testdata/rules.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := c.Clean(f)
	if err != nil {
		t.Fatal(err)
	}
	fired := map[string]bool{}
	for _, r := range res.DOMRemoved {
		fired[r.Rule] = true
	}
	seen := map[string]bool{}
	for _, s := range sets {
		for _, r := range s.Rules {
			name := s.Name + "/" + r.Name
			if seen[name] {
				t.Errorf("rule %s defined twice", name)
			}
			seen[name] = true
			if !r.Category.Valid() {
				t.Errorf("rule %s: unknown category %q", name, r.Category)
			}
			if !fired[name] {
				t.Errorf("rule %s removed nothing in testdata/rules.html", name)
			}
		}
	}
	if !strings.Contains(res.Rendered, "A second paragraph") {
		t.Errorf("article text lost:\n%s", res.Rendered)
	}
}

// TestBuiltinRuleExamples checks every built-in DOM rule against its
// examples and counterexamples.
func TestBuiltinRuleExamples(t *testing.T) {
	sets, err := builtinRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if err := s.CheckExamples(); err != nil {
			for _, e := range strings.Split(err.Error(), "\n") {
				t.Error(e)
			}
		}
	}
}

// TestCheckDOMExamplesReportsFailures: a rule that misses its example, one
// that matches its counterexample and one without examples are reported.
func TestCheckDOMExamplesReportsFailures(t *testing.T) {
	set, err := ParseDOMRuleSet("site.rules", strings.NewReader(
		"x/ok share word share-bar\n+ <div class=\"share-bar\">Share</div>\n- <div class=\"bar\">x</div>\n"+
			"x/miss share word share-bar\n+ <div class=\"sharebar\">Share</div>\n"+
			"x/too-wide share word bar\n+ <div class=\"bar\">x</div>\n- <div class=\"nav-bar\">Menu</div>\n"+
			"x/untested share word sharing\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = set.CheckExamples()
	if err == nil {
		t.Fatal("CheckExamples passed failing rules")
	}
	msg := err.Error()
	if strings.Contains(msg, "x/ok") {
		t.Errorf("the rule that matches its examples was reported: %v", msg)
	}
	for _, want := range []string{`site.rules:4: rule "x/miss": does not match its example`,
		`rule "x/too-wide": matches its counterexample`, `rule "x/untested": no example`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
}

func TestParseDOMRuleSetErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
		line             int
	}{
		{"category", "a/b  nosuch  word  share\n", "unknown category", 1},
		{"match", "\na/b  share  regex  share\n", "unknown match", 2},
		{"selector", "a/b  share  css  div[\n", "bad selector", 1},
		{"duplicate", "a/b share word x\na/b share word y\n", "name used again", 2},
		{"option", "a/b share word,maxx=3 x\n", "unknown option", 1},
		{"max", "a/b share word,max=-3 x\n", "positive number", 1},
		{"short", "a/b share word\n", "want NAME", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDOMRuleSet("my.rules", strings.NewReader(tt.file))
			var re *boilerplate.RuleError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *boilerplate.RuleError", err)
			}
			if re.File != "my.rules" || re.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v (line %d), want my.rules:%d ... %s", err, re.Line, tt.line, tt.want)
			}
		})
	}
}

func TestParseDOMRuleSetOptions(t *testing.T) {
	set, err := ParseDOMRuleSet("site", strings.NewReader(
		"# comment\n\npromo/box  advert  class,max=50,tags=div+aside  promo-box sidebar-promo\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := set.Rules[0]
	if r.Name != "promo/box" || r.Category != boilerplate.Advert || r.Match != DOMClass ||
		r.MaxText != 50 || strings.Join(r.Tags, ",") != "div,aside" || r.Pattern != "promo-box sidebar-promo" || r.Line != 3 {
		t.Errorf("parsed %+v", r)
	}
}

// TestTagRules: tag rules find the first rule, in rule order, of each
// tag they name, whichever of their tag names an element has.
func TestTagRules(t *testing.T) {
	set, err := ParseDOMRuleSet("site", strings.NewReader(
		"a/nav  navigation  tag  NAV menu\nb/form  subscribe  tag  form\nc/menu  navigation  tag  menu nav\n"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMatcher([]*DOMRuleSet{set}, func(string, boilerplate.Category) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	for tag, want := range map[string]int{"nav": 0, "menu": 0, "form": 1, "div": -1} {
		n := firstElement("<" + tag + ">x</" + tag + ">")
		if got, _ := m.match(n, &matchScratch{}); got != want {
			t.Errorf("<%s> matches rule %d, want %d", tag, got, want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	tests := map[string]string{
		"article-share":    "article share",
		"shareButtons":     "share buttons",
		"share_bar":        "share bar",
		"shareholder":      "shareholder",
		"el-18ad9":         "el 18ad9",
		"sc-AdXyz":         "sc adxyz",
		"most-read__title": "most read title",
		"ad300x250":        "ad300x250",
		"ÉtéSocial":        "été social",
		"":                 "",
	}
	for in, want := range tests {
		if got := strings.Join(splitWords(in, nil), " "); got != want {
			t.Errorf("splitWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNotNoise lists elements that no built-in rule may remove: headings
// whose id is made from their text, modifier classes, words inside other
// words, generated class names.
func TestNotNoise(t *testing.T) {
	article := `<article><p>` + strings.Repeat("The council met on Monday to discuss the new bridge over the river. ", 10) + `</p>`
	for _, el := range []string{
		`<h2 id="what-is-social-media-marketing">What is social media marketing?</h2>`,
		`<h3><span id="A_Alignment_with_Customers_Menu_and_Pricing">Menu and pricing</span></h3>`,
		`<p class="shareholder-letter">The shareholder letter was published.</p>`,
		`<div class="has-share-buttons">Body text with a modifier class.</div>`,
		`<div class="css-18ad9x">Generated class name text.</div>`,
		`<p class="sc-AdXyz">Styled component text.</p>`,
		`<div class="headline">The headline stays.</div>`,
		`<div class="cmp-text"><p>Component libraries prefix every block, text too.</p></div>`,
	} {
		res := cleanString(t, newTestCleaner(t, Options{}), "<html><body>"+article+el+"</article></body></html>")
		if len(res.DOMRemoved) > 0 {
			t.Errorf("%s: removed by %s", el, res.DOMRemoved[0].Rule)
		}
	}
}

// TestRuleSetOptionErrors: htmlclean.New treats rule sets and rule names as
// boilerplate.New does: a nil set, a reserved or repeated set name and an
// unknown rule name are errors, the last wrapping ErrUnknownRule.
func TestRuleSetOptionErrors(t *testing.T) {
	mk := func(name string) *DOMRuleSet {
		return &DOMRuleSet{Name: name, Rules: []DOMRule{{Name: "x/y", Category: boilerplate.Advert, Match: DOMWord, Pattern: "promo"}}}
	}
	for _, sets := range [][]*DOMRuleSet{{nil}, {mk("dom")}, {mk("en")}, {mk("heuristic")}, {mk("mine"), mk("mine")}} {
		if _, err := New(Options{RuleSets: sets}); err == nil {
			t.Errorf("New accepted rule sets %v", sets)
		}
	}
	if _, err := New(Options{RuleSets: []*DOMRuleSet{mk("mine"), mk("theirs")}}); err != nil {
		t.Error(err)
	}
	_, err := New(Options{Text: boilerplate.Options{DisableRules: []string{"dom/share/no-such-rule"}}})
	if !errors.Is(err, boilerplate.ErrUnknownRule) {
		t.Errorf("unknown rule name: %v, want ErrUnknownRule", err)
	}
}
