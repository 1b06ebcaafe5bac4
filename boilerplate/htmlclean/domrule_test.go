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
			var re *DOMRuleError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *DOMRuleError", err)
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
