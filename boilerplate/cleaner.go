package boilerplate

import (
	"errors"
	"fmt"
	"github.com/boilerstrip/boilerstrip/internal/names"
	"slices"
	"strings"
	"sync"
)

// A Cleaner removes boilerplate from article text. Build one with New; it is
// immutable afterwards and safe for concurrent use by multiple goroutines.
type Cleaner struct {
	opts     Options
	stop     stopTable
	lang     int                 // fixed language index, or -1 to detect
	matchers [nlang + 1]*matcher // per language; [nlang] for undetected languages
	keep     map[Category]bool
	disabled func(name string) bool
}

// ErrTooLarge is returned by CleanReader for input past Options.MaxInputSize.
var ErrTooLarge = errors.New("boilerplate: input too large")

// ErrUnknownRule is wrapped by New's error when Options.DisableRules names a
// rule or heuristic that does not exist.
var ErrUnknownRule = errors.New("unknown rule")

// The heuristics, by the names that reports use and DisableRules accepts.
const (
	HeuristicRepeated   = "heuristic/repeated-line"   // copies of a nearby line: alt text, caption, breadcrumb + title
	HeuristicPerson     = "heuristic/person-caption"  // a person's name alone between paragraphs that name them
	HeuristicSlug       = "heuristic/slug-caption"    // image alt text shaped like a file name: "Place 28 event 2017"
	HeuristicTeaser     = "heuristic/teaser-headline" // a headline between paragraphs that shares no words with the article
	HeuristicHeaderZone = "heuristic/header-zone"     // short lines before the article starts
	HeuristicTailZone   = "heuristic/tail-zone"       // lines after the article ends
)

var heuristics = []string{
	HeuristicRepeated, HeuristicPerson, HeuristicSlug, HeuristicTeaser,
	HeuristicHeaderZone, HeuristicTailZone,
}

// Heuristics returns the names of the heuristics, which DisableRules accepts
// like rule names.
func Heuristics() []string { return slices.Clone(heuristics) }

// New builds a Cleaner. Every error in the rule sets or options (a bad
// pattern, an unknown category or rule name) is reported here, so that Clean
// itself cannot fail.
func New(opts Options) (*Cleaner, error) {
	if opts.MaxInputSize < 0 {
		return nil, fmt.Errorf("boilerplate: negative MaxInputSize %d", opts.MaxInputSize)
	}
	b, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	c := &Cleaner{opts: opts, stop: b.stop, lang: -1, keep: make(map[Category]bool)}
	if opts.Language != "" {
		if c.lang = languageIndex(opts.Language); c.lang < 0 {
			return nil, fmt.Errorf("boilerplate: language %q has no built-in rules (have %s)",
				opts.Language, strings.Join(languages[:], ", "))
		}
	}
	for _, cat := range opts.KeepCategories {
		if !cat.Valid() {
			return nil, fmt.Errorf("boilerplate: KeepCategories: unknown category %q", cat)
		}
		c.keep[cat] = true
	}

	var sets []*RuleSet
	if !opts.NoBuiltinRules {
		for _, name := range builtinOrder(b) {
			sets = append(sets, b.sets[name])
		}
	}
	names := map[string]bool{"heuristic": true}
	for _, name := range builtinOrder(b) {
		names[name] = true
	}
	for _, s := range opts.RuleSets {
		if s == nil {
			return nil, errors.New("boilerplate: nil RuleSet in Options.RuleSets")
		}
		if names[s.Name] {
			// Rule names must say which set a removal came from.
			return nil, fmt.Errorf("boilerplate: rule set name %q is taken (built-in sets, \"heuristic\" and each other set's name are reserved)", s.Name)
		}
		names[s.Name] = true
		sets = append(sets, s)
	}
	if c.disabled, err = disabler(opts.DisableRules, sets); err != nil {
		return nil, err
	}
	// Each user set is compiled once; the built-in ones were compiled when
	// they were loaded. User sets come first so that their rules win.
	user := make([]*compiledSet, len(opts.RuleSets))
	for k, s := range opts.RuleSets {
		if user[k], err = compileSet(s); err != nil {
			return nil, err
		}
	}
	for k := 0; k <= nlang; k++ {
		lang := "en" // undetected languages: English widget text is everywhere
		if k < nlang {
			lang = languages[k]
		}
		var use []*compiledSet
		for j, s := range opts.RuleSets {
			if s.Language == "" || s.Language == lang {
				use = append(use, user[j])
			}
		}
		if !opts.NoBuiltinRules {
			// English widget text ("Share", "Advertisement") turns up on
			// sites in every language, so the English set follows the
			// document's own.
			use = append(use, b.compiled[lang])
			if lang != "en" {
				use = append(use, b.compiled["en"])
			}
			use = append(use, b.compiled["common"])
		}
		use = slices.DeleteFunc(use, func(s *compiledSet) bool { return s == nil })
		c.matchers[k] = newMatcher(use, c.disabled)
	}
	return c, nil
}

// disabler checks names against the rules and heuristics and returns the
// predicate that tells whether a rule or heuristic is disabled.
func disabler(patterns []string, sets []*RuleSet) (func(string) bool, error) {
	known := slices.Clone(heuristics)
	for _, s := range sets {
		for _, r := range s.Rules {
			known = append(known, s.Name+"/"+r.Name)
		}
	}
	set, unknown, ok := names.New(patterns, known)
	if !ok {
		return nil, fmt.Errorf("boilerplate: DisableRules: %q: %w", unknown, ErrUnknownRule)
	}
	return set.Has, nil
}

var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return New(Options{}) })

// Clean cleans text with a Cleaner built from the zero Options.
func Clean(text string) Result {
	c, err := defaultCleaner()
	if err != nil {
		// The built-in rules are checked by the tests; this cannot happen in
		// a released build, and Clean has no error to return.
		panic(err)
	}
	return c.Clean(text)
}
