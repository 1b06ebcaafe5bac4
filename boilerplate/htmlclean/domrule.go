package htmlclean

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/andybalholm/cascadia"

	"github.com/boilerstrip/boilerstrip/boilerplate"
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

	// Where the rule was read from, for error messages.
	File string
	Line int
}

// A DOMRuleError reports a bad DOM rule: the file and line it was read from
// and what is wrong with it.
type DOMRuleError struct {
	File string
	Line int
	Rule string // the rule's name, if known
	Err  error
}

// Error reports the file, line and rule, then what is wrong.
func (e *DOMRuleError) Error() string {
	var b strings.Builder
	b.WriteString("htmlclean: ")
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

// Unwrap returns the underlying error.
func (e *DOMRuleError) Unwrap() error { return e.Err }

// ParseDOMRuleSet reads a DOM rule file. The set's Name is name; errors
// name it as the file. The format is line oriented:
//
//	# a comment; blank lines are ignored
//	NAME  CATEGORY  MATCH[,OPTION...]  PATTERN
//
// NAME is unique in the file, CATEGORY one of boilerplate.Categories(),
// MATCH one of tag, word, class, id, role, label, data, css, and PATTERN
// the rest of the line. The options are max=N (see DOMRule.MaxText) and
// tags=NAME+NAME (see DOMRule.Tags). A bad line is reported as a
// *DOMRuleError naming the file and line.
func ParseDOMRuleSet(name string, r io.Reader) (*DOMRuleSet, error) {
	set := &DOMRuleSet{Name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	num := 0
	for sc.Scan() {
		num++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		rule, err := parseDOMRule(text)
		rule.File, rule.Line = name, num
		if err != nil {
			return nil, &DOMRuleError{File: name, Line: num, Rule: rule.Name, Err: err}
		}
		set.Rules = append(set.Rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, &DOMRuleError{File: name, Line: num + 1, Err: err}
	}
	if err := set.check(); err != nil {
		return nil, err
	}
	return set, nil
}

// parseDOMRule parses "NAME CATEGORY MATCH[,OPTION...] PATTERN".
func parseDOMRule(text string) (DOMRule, error) {
	var r DOMRule
	fields := strings.Fields(text)
	if len(fields) > 0 {
		r.Name = fields[0]
	}
	if len(fields) < 4 {
		return r, errors.New("want NAME CATEGORY MATCH PATTERN")
	}
	r.Category = boilerplate.Category(fields[1])
	r.Pattern = strings.Join(fields[3:], " ")
	opts := strings.Split(fields[2], ",")
	r.Match = DOMMatch(opts[0])
	for _, o := range opts[1:] {
		key, val, _ := strings.Cut(o, "=")
		switch {
		case key == "max" && val != "":
			n, err := strconv.Atoi(val)
			if err != nil || n <= 0 {
				return r, fmt.Errorf("max=%s: want a positive number of characters", val)
			}
			r.MaxText = n
		case key == "tags" && val != "":
			r.Tags = strings.Split(strings.ToLower(val), "+")
		default:
			return r, fmt.Errorf("unknown option %q (want max=N or tags=NAME+NAME)", o)
		}
	}
	return r, r.check()
}

// check reports what is wrong with a rule on its own.
func (r *DOMRule) check() error {
	switch {
	case r.Name == "":
		return errors.New("rule has no name")
	case strings.ContainsAny(r.Name, " \t*"):
		return errors.New("name may not contain white space or '*'")
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

// check reports rules that are wrong in the context of the set: duplicate
// names, and each rule's own faults for sets built in code.
func (s *DOMRuleSet) check() error {
	if s.Name == "" || strings.ContainsAny(s.Name, " \t/*") {
		return &DOMRuleError{File: s.Name, Err: fmt.Errorf("bad rule set name %q", s.Name)}
	}
	seen := make(map[string]int, len(s.Rules))
	for i := range s.Rules {
		r := &s.Rules[i]
		file := r.File
		if file == "" {
			file = s.Name
		}
		if err := r.check(); err != nil {
			return &DOMRuleError{File: file, Line: r.Line, Rule: r.Name, Err: err}
		}
		if prev, dup := seen[r.Name]; dup {
			return &DOMRuleError{File: file, Line: r.Line, Rule: r.Name,
				Err: fmt.Errorf("name used again (first at line %d)", prev)}
		}
		seen[r.Name] = r.Line
	}
	return nil
}
