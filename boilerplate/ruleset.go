package boilerplate

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
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

// A RuleError reports a bad rule: the file and line it was read from and
// what is wrong with it.
type RuleError struct {
	File string
	Line int
	Rule string // the rule's name, if known
	Err  error
}

func (e *RuleError) Error() string {
	var b strings.Builder
	b.WriteString("boilerplate: ")
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	}
	if e.Rule != "" {
		fmt.Fprintf(&b, "rule %q: ", e.Rule)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *RuleError) Unwrap() error { return e.Err }

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
// options are rest, span, case, max=N and trigger=LITERAL (see Rule).
// Example lines ("+ ", "- ") belong to the rule before them.
// A bad line is reported as a *RuleError naming the file and line.
func ParseRuleSet(name string, r io.Reader) (*RuleSet, error) {
	set := &RuleSet{Name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	num := 0
	for sc.Scan() {
		num++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		if mark, ex, ok := cutExample(text); ok {
			if len(set.Rules) == 0 {
				return nil, &RuleError{File: name, Line: num, Err: errors.New("example before any rule")}
			}
			r := &set.Rules[len(set.Rules)-1]
			if mark == '+' {
				r.Examples = append(r.Examples, ex)
			} else {
				r.Counterexamples = append(r.Counterexamples, ex)
			}
			continue
		}
		if lang, ok := strings.CutPrefix(text, "@language"); ok {
			set.Language = strings.TrimSpace(lang)
			if languageIndex(set.Language) < 0 || !strings.HasPrefix(lang, " ") && !strings.HasPrefix(lang, "\t") {
				return nil, &RuleError{File: name, Line: num, Err: fmt.Errorf("@language %q: want one of %s",
					set.Language, strings.Join(languages[:], ", "))}
			}
			continue
		}
		rule, err := parseRule(text)
		rule.File, rule.Line = name, num
		if err != nil {
			return nil, &RuleError{File: name, Line: num, Rule: rule.Name, Err: err}
		}
		set.Rules = append(set.Rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, &RuleError{File: name, Line: num + 1, Err: err}
	}
	if err := set.check(); err != nil {
		return nil, err
	}
	return set, nil
}

// cutExample splits an example line, "+ TEXT" or "- TEXT", into its mark
// and text.
func cutExample(line string) (mark byte, text string, ok bool) {
	if len(line) < 3 || line[0] != '+' && line[0] != '-' || line[1] != ' ' && line[1] != '\t' {
		return 0, "", false
	}
	return line[0], strings.TrimSpace(line[2:]), true
}

// parseRule parses "NAME CATEGORY MATCH[,OPTION...] PATTERN".
func parseRule(text string) (Rule, error) {
	var r Rule
	fields := make([]string, 0, 3)
	rest := text
	for len(fields) < 3 {
		f, tail, _ := strings.Cut(rest, " ")
		if i := strings.IndexByte(f, '\t'); i >= 0 {
			f, tail = rest[:i], rest[i+1:]
		}
		if f != "" {
			fields = append(fields, f)
		}
		rest = strings.TrimLeft(tail, " \t")
		if tail == "" {
			break
		}
	}
	if len(fields) > 0 {
		r.Name = fields[0]
	}
	if len(fields) < 3 || rest == "" {
		return r, errors.New("want NAME CATEGORY MATCH PATTERN")
	}
	r.Category = Category(fields[1])
	r.Pattern = rest
	opts := strings.Split(fields[2], ",")
	r.Match = Match(opts[0])
	for _, o := range opts[1:] {
		key, val, hasVal := strings.Cut(o, "=")
		switch {
		case key == "rest" && !hasVal:
			r.Rest = true
		case key == "span" && !hasVal:
			r.Span = true
		case key == "case" && !hasVal:
			r.CaseSensitive = true
		case key == "signal" && !hasVal:
			r.Signal = true
		case key == "max" && hasVal:
			n, err := strconv.Atoi(val)
			if err != nil || n <= 0 {
				return r, fmt.Errorf("max=%s: want a positive number of bytes", val)
			}
			r.MaxLen = n
		case key == "trigger" && hasVal && val != "":
			r.Trigger = val
		default:
			return r, fmt.Errorf("unknown option %q (want rest, span, signal, case, max=N or trigger=LITERAL)", o)
		}
	}
	return r, r.check()
}

// check reports what is wrong with a rule on its own; compiling the pattern
// is left to New.
func (r *Rule) check() error {
	switch {
	case r.Name == "":
		return errors.New("rule has no name")
	case strings.ContainsAny(r.Name, " \t*"):
		return errors.New("name may not contain white space or '*'")
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

// check reports rules that are wrong in the context of the set: duplicate
// names, and each rule's own faults for sets built in code.
func (s *RuleSet) check() error {
	if s.Name == "" || strings.ContainsAny(s.Name, " \t/*") {
		return &RuleError{File: s.Name, Err: fmt.Errorf("bad rule set name %q", s.Name)}
	}
	if s.Language != "" && languageIndex(s.Language) < 0 {
		return &RuleError{File: s.Name, Err: fmt.Errorf("language %q: want one of %s", s.Language, strings.Join(languages[:], ", "))}
	}
	seen := make(map[string]int, len(s.Rules))
	for i := range s.Rules {
		r := &s.Rules[i]
		if err := r.check(); err != nil {
			return &RuleError{File: fileOf(s, r), Line: r.Line, Rule: r.Name, Err: err}
		}
		if prev, dup := seen[r.Name]; dup {
			return &RuleError{File: fileOf(s, r), Line: r.Line, Rule: r.Name,
				Err: fmt.Errorf("name used again (first at line %d)", prev)}
		}
		seen[r.Name] = r.Line
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
	var errs []error
	for _, r := range s.Rules {
		fail := func(format string, args ...any) {
			errs = append(errs, &RuleError{File: fileOf(s, &r), Line: r.Line, Rule: r.Name, Err: fmt.Errorf(format, args...)})
		}
		one, err := compileSet(&RuleSet{Name: s.Name, Language: s.Language, Rules: []Rule{r}})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		m := newMatcher([]*compiledSet{one}, func(string) bool { return false })
		if len(r.Examples) == 0 {
			fail("no example (add a line \"+ TEXT\" after the rule)")
		}
		for _, ex := range r.Examples {
			if !m.fires(ex) {
				fail("does not match its example %q", ex)
			}
		}
		for _, ex := range r.Counterexamples {
			if m.fires(ex) {
				fail("matches its counterexample %q", ex)
			}
		}
	}
	return errors.Join(errs...)
}

// fires reports whether any rule of m decides or cuts the one-line text.
func (m *matcher) fires(text string) bool {
	lines := splitLines(text)
	infos := make([]lineInfo, len(lines))
	for i, l := range lines {
		infos[i] = lineInfo{line: l, rule: -1, span: -1}
		infos[i].sigStart, infos[i].sigEnd = significant(text, l.start, l.end)
	}
	m.matchRules(text, infos)
	for _, li := range infos {
		if li.rule >= 0 || li.span >= 0 {
			return true
		}
	}
	return false
}
