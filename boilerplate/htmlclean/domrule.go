package htmlclean

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/internal/rulefile"
)

// A DOMRuleSet is a named list of DOM rules, as read from a rule file. The
// names that reports use are the set's Name, a slash, and the rule's Name:
// "dom/share/share-widget".
type DOMRuleSet struct {
	Name  string // prefix of the rule names, e.g. "dom" or "mysite"
	Rules []DOMRule
}

// A DOMMatch says which part of an element a DOMRule's pattern is compared
// with. Word matches split class names, ids and attribute values into words
// at '-', '_', ':', '.', digits and lower-to-upper case changes
// ("shareButtons" is "share buttons"), ignore case, and need whole words: the
// word "share" matches the class "article-share" but not "shareholder".
type DOMMatch string

const (
	// DOMTag: the element's tag name is one of the space-separated names.
	DOMTag DOMMatch = "tag"
	// DOMWord: one of the space-separated word sequences ("most-read" is the
	// two words "most" and "read" in a row) occurs in a class name or the id.
	// Class names that only describe their element's content ("has-share",
	// "is-social", "with-comments", "category-advertising", "tag-news") are
	// not looked at.
	DOMWord DOMMatch = "word"
	// DOMClass and DOMID are DOMWord restricted to class names or to the id.
	DOMClass DOMMatch = "class"
	DOMID    DOMMatch = "id"
	// DOMRole: the role attribute is one of the space-separated values.
	DOMRole DOMMatch = "role"
	// DOMLabel: one of the word sequences occurs in the aria-label attribute.
	DOMLabel DOMMatch = "label"
	// DOMData: one of the word sequences occurs in the name of a data-*
	// attribute ("data-ad-slot") or in a one-word value of one
	// (data-component="share-bar").
	DOMData DOMMatch = "data"
	// DOMCSS: the element matches the CSS selector (cascadia syntax).
	DOMCSS DOMMatch = "css"
)

// A DOMRule names a kind of element that holds boilerplate, and its category.
type DOMRule struct {
	Name     string // unique within the set: "share/share-widget"
	Category boilerplate.Category
	Match    DOMMatch
	Pattern  string

	// MaxText is the most text, in characters, a matched element may hold
	// for the rule to remove it. Zero means no limit of the rule's own;
	// the cleaner's guard against removing the article still applies.
	MaxText int
	// Tags, if not empty, restricts the rule to elements with one of these
	// tag names.
	Tags []string

	// Examples are HTML fragments whose first element the rule must
	// match, and Counterexamples fragments whose first element it must
	// not; CheckExamples checks them.
	Examples        []string
	Counterexamples []string

	// Where the rule was read from, for error messages.
	File string
	Line int
}

// ParseDOMRuleSet reads a DOM rule file. The set's Name is name; errors
// name it as the file. The format is that of text rule files (see
// boilerplate.ParseRuleSet), with other match kinds and options:
//
//	# a comment; blank lines are ignored
//	NAME  CATEGORY  MATCH[,OPTION...]  PATTERN
//	+ <div class="share-bar">an element the rule must match</div>
//	- <div class="shareholders">an element it must not match</div>
//
// NAME is unique in the file, CATEGORY one of boilerplate.Categories(),
// MATCH one of tag, word, class, id, role, label, data, css, and PATTERN
// the rest of the line. The options are max=N (see DOMRule.MaxText) and
// tags=NAME+NAME (see DOMRule.Tags). An example is an HTML fragment whose
// first element the rule must match (or, for a counterexample, must not):
// see CheckExamples. A bad line is reported as a *boilerplate.RuleError
// naming the file and line.
func ParseDOMRuleSet(name string, r io.Reader) (*DOMRuleSet, error) {
	raw, rules, err := domKind.Parse(name, r)
	if err != nil {
		return nil, err
	}
	return &DOMRuleSet{Name: raw.Name, Rules: rules}, nil
}

// domSyntax is what DOM rule files accept beyond the common shape: no
// language sets.
var domSyntax = rulefile.Syntax{Categories: func() []string {
	var out []string
	for _, c := range boilerplate.Categories() {
		out = append(out, string(c))
	}
	return out
}()}

// domKind is what DOM rule files are made of, for the rule-file package.
var domKind = rulefile.Kind[DOMRule]{
	Syntax: domSyntax,
	Decode: decodeDOMRule,
	Check:  (*DOMRule).check,
	Info:   func(r *DOMRule) (string, string, int) { return r.Name, r.File, r.Line },
	Matches: func(r *DOMRule) (func(string) (bool, error), error) {
		m, err := newMatcher([]*DOMRuleSet{{Name: "x", Rules: []DOMRule{*r}}}, func(string, boilerplate.Category) bool { return true })
		if err != nil {
			return nil, err
		}
		return func(ex string) (bool, error) {
			n := firstElement(ex)
			if n == nil {
				return false, errors.New("no element")
			}
			best, _ := m.match(n, &matchScratch{})
			return best >= 0, nil
		}, nil
	},
	Examples: func(r *DOMRule) ([]string, []string) { return r.Examples, r.Counterexamples },
	Hint:     "+ <tag ...>",
}

// decodeDOMRule gives a rule as read its DOM-rule meaning.
func decodeDOMRule(rr rulefile.Rule) (DOMRule, error) {
	r := DOMRule{Name: rr.Name, Category: boilerplate.Category(rr.Category), Match: DOMMatch(rr.Match),
		Pattern: rr.Pattern, Examples: rr.Examples, Counterexamples: rr.Counterexamples, File: rr.File, Line: rr.Line}
	for _, o := range rr.Options {
		switch {
		case o.Key == "max" && o.Value != "":
			n, err := strconv.Atoi(o.Value)
			if err != nil || n <= 0 {
				return r, fmt.Errorf("max=%s: want a positive number of characters", o.Value)
			}
			r.MaxText = n
		case o.Key == "tags" && o.Value != "":
			r.Tags = strings.Split(strings.ToLower(o.Value), "+")
		default:
			return r, rulefile.OptionError(o, "max=N or tags=NAME+NAME")
		}
	}
	return r, r.check()
}

// check reports what is wrong with a rule on its own.
func (r *DOMRule) check() error {
	switch {
	case !r.Category.Valid():
		return fmt.Errorf("unknown category %q", r.Category)
	case strings.TrimSpace(r.Pattern) == "":
		return errors.New("empty pattern")
	case r.MaxText < 0:
		return fmt.Errorf("negative MaxText %d", r.MaxText)
	}
	switch r.Match {
	case DOMTag, DOMWord, DOMClass, DOMID, DOMRole, DOMLabel, DOMData:
	case DOMCSS:
		if _, err := cascadia.ParseGroup(r.Pattern); err != nil {
			return fmt.Errorf("bad selector: %w", err)
		}
	default:
		return fmt.Errorf("unknown match %q (want tag, word, class, id, role, label, data or css)", r.Match)
	}
	return nil
}

// check reports rules that are wrong in the context of the set: bad or
// duplicate names, and each rule's own faults, for sets built in code.
func (s *DOMRuleSet) check() error { return domKind.CheckSet(s.Name, s.Rules) }

// CheckExamples checks each rule of the set on its own against its
// Examples, whose first element it must match, and Counterexamples, whose
// first element it must not. Rules with no examples are reported too, so
// that every rule is tested. The returned error joins one
// *boilerplate.RuleError per failure.
func (s *DOMRuleSet) CheckExamples() error { return domKind.CheckExamples(s.Name, s.Rules) }

// firstElement parses the HTML fragment s in the context of <body> and
// returns its first element, or nil.
func firstElement(s string) *html.Node {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		for d := n; d != nil; d = next(d, n) {
			if d.Type == html.ElementNode {
				return d
			}
		}
	}
	return nil
}
