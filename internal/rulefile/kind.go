package rulefile

import (
	"errors"
	"fmt"
	"io"
)

// A Kind is what one package makes of the rules of its files: how a rule
// as read becomes one of its own (Decode), what is wrong with one of its
// own (Check), where one came from (Info), and whether it matches an
// example (Matches). The functions below do the rest, the same for every
// kind.
type Kind[R any] struct {
	Syntax Syntax
	Decode func(Rule) (R, error)
	Check  func(*R) error
	Info   func(*R) (name, file string, line int)
	// Matches compiles rule on its own (an error is reported as the
	// rule's) and returns the test of whether it matches an example.
	Matches func(rule *R) (func(example string) (bool, error), error)
	// Examples returns the rule's examples and counterexamples.
	Examples func(*R) (examples, counterexamples []string)
	// Hint is how an example line of this kind looks, for the error that
	// a rule has none: "+ TEXT".
	Hint string
}

// Parse reads a rule file of kind k and decodes its rules. A bad line, or
// a rule that does not decode, is reported as an *Error naming the file
// and line.
func (k Kind[R]) Parse(name string, r io.Reader) (*Set, []R, error) {
	raw, err := Parse(name, r, k.Syntax)
	if err != nil {
		return nil, nil, err
	}
	rules := make([]R, 0, len(raw.Rules))
	for _, rr := range raw.Rules {
		rule, err := k.Decode(rr)
		if err != nil {
			return nil, nil, &Error{File: rr.File, Line: rr.Line, Rule: rr.Name, Err: err}
		}
		rules = append(rules, rule)
	}
	return raw, rules, nil
}

// CheckSet checks a set named set, as for one built in code: the names of
// the set and of its rules (see CheckNames), then each rule on its own.
func (k Kind[R]) CheckSet(set string, rules []R) error {
	err := CheckNames(set, len(rules), func(i int) (string, string, int) { return k.Info(&rules[i]) })
	if err != nil {
		return err
	}
	for i := range rules {
		if err := k.Check(&rules[i]); err != nil {
			return k.errorOf(set, &rules[i], err)
		}
	}
	return nil
}

// CheckExamples checks each rule of the set on its own against its
// examples (each must match) and counterexamples (none may). Rules with
// no examples are reported too, so that every rule is tested. The returned
// error joins one *Error per failure.
func (k Kind[R]) CheckExamples(set string, rules []R) error {
	if err := k.CheckSet(set, rules); err != nil {
		return err
	}
	var errs []error
	for i := range rules {
		r := &rules[i]
		fail := func(format string, args ...any) {
			errs = append(errs, k.errorOf(set, r, fmt.Errorf(format, args...)))
		}
		matches, err := k.Matches(r)
		if err != nil {
			errs = append(errs, k.errorOf(set, r, err))
			continue
		}
		examples, counter := k.Examples(r)
		if len(examples) == 0 {
			fail("no example (add a line %q after the rule)", k.Hint)
		}
		for _, ex := range examples {
			if ok, err := matches(ex); err != nil {
				fail("example %q: %v", ex, err)
			} else if !ok {
				fail("does not match its example %q", ex)
			}
		}
		for _, ex := range counter {
			if ok, err := matches(ex); err != nil {
				fail("counterexample %q: %v", ex, err)
			} else if ok {
				fail("matches its counterexample %q", ex)
			}
		}
	}
	return errors.Join(errs...)
}

// errorOf returns err as an *Error at rule r of set; an *Error passes
// through as it is.
func (k Kind[R]) errorOf(set string, r *R, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	name, file, line := k.Info(r)
	if file == "" {
		file = set
	}
	return &Error{File: file, Line: line, Rule: name, Err: err}
}
