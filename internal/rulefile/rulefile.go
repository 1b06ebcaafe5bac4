// Package rulefile reads the rule-file language that package boilerplate
// (text rules) and package htmlclean (DOM rules) share, checks what the
// two kinds have in common, and matches the rule names that
// Options.DisableRules lists. Each kind plugs in its own match kinds and
// options through a Syntax and decodes the rules it is given.
//
// The format is line oriented:
//
//	# a comment; blank lines are ignored
//	@language de
//	NAME  CATEGORY  MATCH[,OPTION...]  PATTERN
//	+ an example the rule above must match
//	- a counterexample it must not match
//
// NAME is unique in the file and has no white space or '*'; MATCH and the
// options are the kind's; PATTERN is the rest of the line, as written.
package rulefile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// An Error reports a bad rule: the file and line it was read from, the
// rule's name when known, and what is wrong with it.
type Error struct {
	File string
	Line int
	Rule string // the rule's name, if known
	Err  error
}

func (e *Error) Error() string {
	var b strings.Builder
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
func (e *Error) Unwrap() error { return e.Err }

// A Rule is one rule as read from a file, before its kind gives the match
// and the options their meaning.
type Rule struct {
	Name     string
	Category string
	Match    string
	Options  []Option
	Pattern  string

	Examples        []string
	Counterexamples []string

	File string
	Line int
}

// An Option is one MATCH option: "rest" (no value) or "max=200".
type Option struct {
	Key, Value string
	HasValue   bool
}

func (o Option) String() string {
	if o.HasValue {
		return o.Key + "=" + o.Value
	}
	return o.Key
}

// A Set is a rule file as read.
type Set struct {
	Name     string
	Language string // from "@language"; "" when the file has none
	Rules    []Rule
}

// Syntax is what one kind of rule file accepts beyond the common shape.
type Syntax struct {
	// Languages are the values "@language" accepts; nil means the kind
	// has no language sets and "@language" is an error.
	Languages []string
	// Categories are the CATEGORY names a rule may use.
	Categories []string
}

// Parse reads a rule file named name. It checks the common shape: each
// rule line has a name, a known category, a match and a pattern; names are
// unique; examples follow a rule. Match kinds and options are left to the
// caller. A bad line is reported as an *Error naming the file and line.
func Parse(name string, r io.Reader, syn Syntax) (*Set, error) {
	set := &Set{Name: name}
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
				return nil, &Error{File: name, Line: num, Err: errors.New("example before any rule")}
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
			if syn.Languages == nil {
				return nil, &Error{File: name, Line: num, Err: errors.New("@language: this kind of rule file has no language sets")}
			}
			if !slices.Contains(syn.Languages, set.Language) || !strings.HasPrefix(lang, " ") && !strings.HasPrefix(lang, "\t") {
				return nil, &Error{File: name, Line: num, Err: fmt.Errorf("@language %q: want one of %s",
					set.Language, strings.Join(syn.Languages, ", "))}
			}
			continue
		}
		rule, err := parseRule(text, syn)
		rule.File, rule.Line = name, num
		if err != nil {
			return nil, &Error{File: name, Line: num, Rule: rule.Name, Err: err}
		}
		set.Rules = append(set.Rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: name, Line: num + 1, Err: err}
	}
	err := CheckNames(name, len(set.Rules), func(i int) (string, string, int) {
		return set.Rules[i].Name, set.Rules[i].File, set.Rules[i].Line
	})
	if err != nil {
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

// parseRule parses "NAME CATEGORY MATCH[,OPTION...] PATTERN". The pattern
// is the rest of the line as written, inner white space included.
func parseRule(text string, syn Syntax) (Rule, error) {
	var r Rule
	var fields [3]string
	n := 0
	rest := text
	for n < 3 && rest != "" {
		end := strings.IndexAny(rest, " \t")
		if end < 0 {
			end = len(rest)
		}
		fields[n] = rest[:end]
		n++
		rest = strings.TrimLeft(rest[end:], " \t")
	}
	r.Name = fields[0]
	if n < 3 || rest == "" {
		return r, errors.New("want NAME CATEGORY MATCH PATTERN")
	}
	if err := CheckName(r.Name); err != nil {
		return r, err
	}
	r.Category = fields[1]
	if !slices.Contains(syn.Categories, r.Category) {
		return r, fmt.Errorf("unknown category %q", r.Category)
	}
	r.Pattern = rest
	opts := strings.Split(fields[2], ",")
	r.Match = opts[0]
	for _, o := range opts[1:] {
		key, val, has := strings.Cut(o, "=")
		r.Options = append(r.Options, Option{Key: key, Value: val, HasValue: has})
	}
	return r, nil
}

// CheckName reports what is wrong with a rule's name, if anything.
func CheckName(name string) error {
	switch {
	case name == "":
		return errors.New("rule has no name")
	case strings.ContainsAny(name, " \t*"):
		return errors.New("name may not contain white space or '*'")
	}
	return nil
}

// CheckNames checks the name of the set and the names of its n rules,
// which rule(i) returns with the file and line each was read from: every
// name well formed and unique in the set. Kinds call it for sets built in
// code too.
func CheckNames(set string, n int, rule func(i int) (name, file string, line int)) error {
	if err := CheckSetName(set); err != nil {
		return &Error{File: set, Err: err}
	}
	seen := make(map[string]int, n)
	for i := range n {
		name, file, line := rule(i)
		if file == "" {
			file = set
		}
		if err := CheckName(name); err != nil {
			return &Error{File: file, Line: line, Rule: name, Err: err}
		}
		if prev, dup := seen[name]; dup {
			return &Error{File: file, Line: line, Rule: name, Err: fmt.Errorf("name used again (first at line %d)", prev)}
		}
		seen[name] = line
	}
	return nil
}

// CheckSetName reports what is wrong with a set's name, if anything: it
// becomes the first part of every rule name, so it may not be empty or
// contain white space, '/' or '*'.
func CheckSetName(name string) error {
	if name == "" || strings.ContainsAny(name, " \t/*") {
		return fmt.Errorf("bad rule set name %q", name)
	}
	return nil
}

// OptionError is the error for an option a kind does not take; want lists
// what it does take ("rest, span, max=N").
func OptionError(o Option, want string) error {
	return fmt.Errorf("unknown option %q (want %s)", o, want)
}
