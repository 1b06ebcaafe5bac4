package boilerplate

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/boilerstrip/boilerstrip/internal/rulefile"
)

// A RuleSet is a named list of rules, as read from a rule file. The rule
// names that reports use are the set's Name, a slash, and the rule's Name:
// "en/comments/leave-a-reply".
type RuleSet struct {
	Name     string // prefix of the rule names, e.g. "en" or "mysite"
	Language string // "en", "de", "fr", "es", "it", "pt" or "nl": the set applies to that language only; "" means every language
	Rules    []Rule
}

// How a Rule's pattern is matched against a line. Matching ignores ASCII
// case unless Rule.CaseSensitive is set, and words must match whole: the
// pattern "share" does not match inside "shareholder".
type Match string

const (
	// MatchLine: the whole line equals the pattern, ignoring surrounding
	// white space, list bullets and trailing punctuation (":", "»", "…").
	MatchLine Match = "line"
	// MatchPrefix: the line starts with the pattern.
	MatchPrefix Match = "prefix"
	// MatchContains: the pattern occurs in the line.
	MatchContains Match = "contains"
	// MatchRegexp: the regular expression (RE2 syntax) matches the line. It
	// is only tried on lines that contain its trigger literal.
	MatchRegexp Match = "regexp"
)

// A Rule names a phrase or shape of boilerplate and its category.
type Rule struct {
	Name     string // unique within the set: "comments/leave-a-reply"
	Category Category
	Match    Match
	Pattern  string

	// If Rest is true the rule marks the end of the article: the matched
	// line and, once enough article text has been seen before it, the lines
	// after it are removed.
	Rest bool
	// If Span is true (regexp rules only) just the matched text is removed,
	// and the rest of the line is kept. The match must touch the start or
	// the end of the line.
	Span bool
	// If Signal is true the rule marks a prompt phrase (Category subscribe,
	// share or advert) that removes a line only together with another
	// prompt rule that matches it too: "please consider sharing" alone may
	// be the article's, with "subscribe to our newsletter" beside it the
	// paragraph is a prompt.
	Signal bool
	// MaxLen is the longest line, in bytes, the rule applies to. Zero means
	// the default: 200 for prefix, contains and regexp rules, the pattern's
	// length plus 64 for line rules, and no limit for span rules.
	MaxLen int
	// If CaseSensitive is true, the pattern's case must match too.
	CaseSensitive bool
	// Trigger is the literal that must occur in a line before a regexp rule
	// is tried. If empty, the longest literal that every match must contain
	// is used; a regexp without one of at least two bytes is an error.
	Trigger string

	// Examples are lines the rule must match, and Counterexamples lines it
	// must not; the rule-data tests check them, and so can a user's tests of
	// their own rule files (see CheckExamples).
	Examples        []string
	Counterexamples []string

	// Where the rule was read from, for error messages.
	File string
	Line int
}

// A RuleError reports a bad rule, text or DOM: the file and line it was
// read from, the rule's name when known, and what is wrong with it.
type RuleError = rulefile.Error

// ParseRuleSet reads a rule file. The set's Name is name; errors name it as
// the file. The format is line oriented:
//
//	# a comment; blank lines are ignored
//	@language de
//	NAME  CATEGORY  MATCH[,OPTION...]  PATTERN
//	+ a line the rule above must match
//	- a line the rule above must not match
//
// NAME is unique in the file, CATEGORY one of Categories(), MATCH one of
// line, prefix, contains, regexp, and PATTERN the rest of the line. The
// options are rest, span, signal, case, max=N and trigger=LITERAL (see
// Rule). Example lines ("+ ", "- ") belong to the rule before them. DOM
// rule files (package htmlclean) share the format with other match kinds.
// A bad line is reported as a *RuleError naming the file and line.
func ParseRuleSet(name string, r io.Reader) (*RuleSet, error) {
	raw, rules, err := ruleKind(nil).Parse(name, r)
	if err != nil {
		return nil, err
	}
	return &RuleSet{Name: raw.Name, Language: raw.Language, Rules: rules}, nil
}

// textSyntax is what text rule files accept beyond the common shape.
var textSyntax = rulefile.Syntax{Languages: languages[:], Categories: categoryNames()}

// ruleKind is what text rule files are made of, for the rule-file
// package; set, if not nil, is the set whose rules' examples are checked.
func ruleKind(set *RuleSet) rulefile.Kind[Rule] {
	return rulefile.Kind[Rule]{
		Syntax: textSyntax,
		Decode: decodeRule,
		Check:  (*Rule).check,
		Info:   func(r *Rule) (string, string, int) { return r.Name, r.File, r.Line },
		Matches: func(r *Rule) (func(string) (bool, error), error) {
			one, err := compileSet(&RuleSet{Name: set.Name, Language: set.Language, Rules: []Rule{*r}})
			if err != nil {
				return nil, err
			}
			m := newMatcher([]*compiledSet{one})
			return func(ex string) (bool, error) { return m.fires(ex), nil }, nil
		},
		Examples: func(r *Rule) ([]string, []string) { return r.Examples, r.Counterexamples },
		Hint:     "+ TEXT",
	}
}

// decodeRule gives a rule as read its text-rule meaning.
func decodeRule(rr rulefile.Rule) (Rule, error) {
	r := Rule{Name: rr.Name, Category: Category(rr.Category), Match: Match(rr.Match), Pattern: rr.Pattern,
		Examples: rr.Examples, Counterexamples: rr.Counterexamples, File: rr.File, Line: rr.Line}
	for _, o := range rr.Options {
		switch {
		case o.Key == "rest" && !o.HasValue:
			r.Rest = true
		case o.Key == "span" && !o.HasValue:
			r.Span = true
		case o.Key == "case" && !o.HasValue:
			r.CaseSensitive = true
		case o.Key == "signal" && !o.HasValue:
			r.Signal = true
		case o.Key == "max" && o.HasValue:
			n, err := strconv.Atoi(o.Value)
			if err != nil || n <= 0 {
				return r, fmt.Errorf("max=%s: want a positive number of bytes", o.Value)
			}
			r.MaxLen = n
		case o.Key == "trigger" && o.HasValue && o.Value != "":
			r.Trigger = o.Value
		default:
			return r, rulefile.OptionError(o, "rest, span, signal, case, max=N or trigger=LITERAL")
		}
	}
	return r, r.check()
}

// check reports what is wrong with a rule on its own; compiling the pattern
// is left to New.
func (r *Rule) check() error {
	switch {
	case !r.Category.Valid():
		return fmt.Errorf("unknown category %q", r.Category)
	case r.Pattern == "":
		return errors.New("empty pattern")
	}
	switch r.Match {
	case MatchLine, MatchPrefix, MatchContains:
		if r.Span {
			return fmt.Errorf("option span needs match regexp, not %s", r.Match)
		}
	case MatchRegexp:
	default:
		return fmt.Errorf("unknown match %q (want line, prefix, contains or regexp)", r.Match)
	}
	switch {
	case r.Signal && !isPrompt(r.Category):
		return fmt.Errorf("option signal needs category subscribe, share or advert, not %s", r.Category)
	case r.Signal && (r.Span || r.Rest):
		return errors.New("option signal does not go with span or rest")
	}
	return nil
}

// check reports rules that are wrong in the context of the set: bad or
// duplicate names, and each rule's own faults, for sets built in code.
func (s *RuleSet) check() error {
	if err := ruleKind(s).CheckSet(s.Name, s.Rules); err != nil {
		return err
	}
	if s.Language != "" && languageIndex(s.Language) < 0 {
		return &RuleError{File: s.Name, Err: fmt.Errorf("language %q: want one of %s", s.Language, strings.Join(languages[:], ", "))}
	}
	return nil
}

func fileOf(s *RuleSet, r *Rule) string {
	if r.File != "" {
		return r.File
	}
	return s.Name
}

// CheckExamples compiles each rule of the set on its own and checks it
// against its Examples (each must match) and Counterexamples (none may).
// Rules with no examples are reported too, so that every rule is tested.
// The returned error joins one *RuleError per failure.
func (s *RuleSet) CheckExamples() error {
	if err := s.check(); err != nil {
		return err
	}
	return ruleKind(s).CheckExamples(s.Name, s.Rules)
}

// fires reports whether any rule of m decides or cuts the one-line text,
// or, for a signal rule, would decide it in the company of another prompt
// rule (matchRules counts it in prompts and then takes its decision back).
func (m *matcher) fires(text string) bool {
	lines := splitLines(text)
	infos := make([]lineInfo, len(lines))
	for i, l := range lines {
		infos[i] = lineInfo{line: l, rule: -1, hit: -1}
		infos[i].sigStart, infos[i].sigEnd = significant(text, l.start, l.end)
	}
	m.matchRules(text, infos, nil, nil)
	for _, li := range infos {
		if li.hit >= 0 || li.prompts > 0 {
			return true
		}
	}
	return false
}
