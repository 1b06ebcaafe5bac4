package rulefile

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Reserved are the set names that user rule sets may not take: the
// built-in sets of both packages and the namespaces of the heuristics, the
// HTML stages and site profiles. Every rule name starts with its set's
// name, so a name says where a removal came from and which package a
// DisableRules entry is for.
var Reserved = []string{
	"common", "en", "de", "fr", "es", "it", "pt", "nl", "pl", // text rules
	"dom",       // DOM rules and the HTML stages
	"heuristic", // text heuristics
	"profile",   // site profiles
}

// A Registry hands out rule-set names: each at most once, never a
// Reserved one.
type Registry struct{ taken map[string]bool }

// Add takes name for a user set; it fails for a bad, reserved or taken
// name.
func (r *Registry) Add(name string) error {
	if err := CheckSetName(name); err != nil {
		return err
	}
	if slices.Contains(Reserved, name) || r.taken[name] {
		return fmt.Errorf("rule set name %q is taken (built-in sets, %s and each other set's name are reserved)",
			name, `"heuristic", "dom", "profile"`)
	}
	if r.taken == nil {
		r.taken = make(map[string]bool)
	}
	r.taken[name] = true
	return nil
}

// ErrUnknownRule is wrapped by the error for a DisableRules entry that
// names no rule or stage.
var ErrUnknownRule = errors.New("unknown rule")

// Names is a compiled list of rule names and "prefix/*" patterns, as
// Options.DisableRules gives them: a name matches itself, and a pattern
// ending in "/*" every name under that prefix. The zero Names matches
// nothing. It is immutable and safe for concurrent use.
type Names struct {
	exact    map[string]bool
	prefixes []string // each ends in "/"
}

// NewNames compiles patterns. Every pattern must match at least one name
// of known, so that a typo does not silently disable nothing; otherwise
// the error names the first that does not and wraps ErrUnknownRule.
func NewNames(patterns []string, known func(yield func(string) bool)) (Names, error) {
	var s Names
	for _, p := range patterns {
		prefix, isPrefix := strings.CutSuffix(p, "*")
		isPrefix = isPrefix && strings.HasSuffix(prefix, "/")
		found := false
		for k := range known {
			if k == p || isPrefix && strings.HasPrefix(k, prefix) {
				found = true
				break
			}
		}
		if !found {
			return Names{}, fmt.Errorf("DisableRules: %q: %w", p, ErrUnknownRule)
		}
		if isPrefix {
			s.prefixes = append(s.prefixes, prefix)
		} else {
			if s.exact == nil {
				s.exact = make(map[string]bool)
			}
			s.exact[p] = true
		}
	}
	return s, nil
}

// Has reports whether name is in the set.
func (s Names) Has(name string) bool {
	if s.exact[name] {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// Empty reports whether the set matches nothing.
func (s Names) Empty() bool { return len(s.exact) == 0 && len(s.prefixes) == 0 }

// SetOf returns the set part of a rule name or pattern: "dom" of
// "dom/share/*", "heuristic" of "heuristic/tail-zone".
func SetOf(name string) string {
	set, _, _ := strings.Cut(name, "/")
	return set
}
