// Package names matches the rule names that Options.DisableRules lists,
// for package boilerplate and package htmlclean alike: a name matches
// itself, and a name ending in "/*" matches every name under that prefix.
package names

import "strings"

// A Set is a compiled list of names and "prefix/*" patterns. The zero Set
// matches nothing. A Set is immutable and safe for concurrent use.
type Set struct {
	exact    map[string]bool
	prefixes []string // each ends in "/"
}

// New compiles patterns. Every pattern must match at least one of known,
// so that a typo does not silently disable nothing; the first that does
// not is returned as unknown, with ok false.
func New(patterns []string, known []string) (s Set, unknown string, ok bool) {
	for _, p := range patterns {
		prefix, isPrefix := strings.CutSuffix(p, "*")
		isPrefix = isPrefix && strings.HasSuffix(prefix, "/")
		found := false
		for _, k := range known {
			if k == p || isPrefix && strings.HasPrefix(k, prefix) {
				found = true
				break
			}
		}
		if !found {
			return Set{}, p, false
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
	return s, "", true
}

// Has reports whether name is in the set.
func (s Set) Has(name string) bool {
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
