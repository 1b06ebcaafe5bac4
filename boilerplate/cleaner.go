package boilerplate

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync"

	"github.com/boilerstrip/boilerstrip/internal/rulefile"
)

// A Cleaner removes boilerplate from article text. Build one with New; it is
// immutable afterwards and safe for concurrent use by multiple goroutines.
type Cleaner struct {
	opts     Options
	stop     stopTable
	lang     int                 // fixed language index, or -1 to detect
	matchers [nlang + 1]*matcher // per language; [nlang] for documents in none
	off      [nlang + 1]ruleMask // rules of matchers[k] that DisableRules switches off
	keep     map[Category]bool
	stageOff []bool // stageOff[k]: DisableRules switches off stages[k]

	// buffers holds the per-document buffers of finished calls of Clean
	// (*docBuffers), for the next call to reuse: a document's lines, words
	// and verdicts take about three times its size, and allocating them
	// anew for every document costs zeroing, page faults and collections.
	// It is shared by the Cleaners derived with WithProfile.
	buffers *sync.Pool
}

// ErrTooLarge is returned by CleanReader for input past Options.MaxInputSize.
var ErrTooLarge = errors.New("boilerplate: input too large")

// ErrUnknownRule is wrapped by New's error when Options.DisableRules names a
// rule or heuristic that does not exist.
var ErrUnknownRule = rulefile.ErrUnknownRule

// New builds a Cleaner. Every error in the rule sets or options (a bad
// pattern, an unknown category or rule name) is reported here, so that Clean
// itself cannot fail. New shares the built-in rules, which are compiled
// once per process, each language's when the first document in it comes
// (the package's tests compile them all), so New is cheap after the first
// call, and the first builds no more than the documents need.
func New(opts Options) (*Cleaner, error) {
	if opts.MaxInputSize < 0 {
		return nil, fmt.Errorf("boilerplate: negative MaxInputSize %d", opts.MaxInputSize)
	}
	b, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	opts.Profile = opts.Profile.Clone()
	c := &Cleaner{opts: opts, stop: b.stop, lang: -1, keep: make(map[Category]bool), stageOff: make([]bool, len(stages)),
		buffers: new(sync.Pool)}
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

	// Rule sets of one's own: named uniquely (a removal's rule name must
	// say which set it came from), compiled once each.
	var reg rulefile.Registry
	user := make([]userSet, len(opts.RuleSets))
	for k, s := range opts.RuleSets {
		if s == nil {
			return nil, errors.New("boilerplate: nil RuleSet in Options.RuleSets")
		}
		if err := reg.Add(s.Name); err != nil {
			return nil, fmt.Errorf("boilerplate: %w", err)
		}
		cs, err := compileSet(s)
		if err != nil {
			return nil, err
		}
		user[k] = userSet{set: s, compiled: cs}
	}
	if !opts.NoBuiltinRules && len(user) == 0 {
		c.matchers = b.matchers
	} else {
		use := b
		if opts.NoBuiltinRules {
			use = nil
		}
		for k := range c.matchers {
			c.matchers[k] = newMatcher(languageSets(k, user, use))
		}
	}

	off, err := rulefile.NewNames(opts.DisableRules, c.ruleNames(b, user))
	if err != nil {
		return nil, fmt.Errorf("boilerplate: %w", err)
	}
	if !off.Empty() {
		for k, m := range c.matchers {
			c.off[k] = m.mask(off.Has)
		}
		for k := range stages {
			c.stageOff[k] = off.Has(stages[k].name)
		}
	}
	return c, nil
}

// ruleNames yields the names DisableRules may use: the stages', then
// those of every rule the Cleaner has.
func (c *Cleaner) ruleNames(b *builtin, user []userSet) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, s := range stages {
			if (s.heuristic || s.learned) && !yield(s.name) {
				return
			}
		}
		var sets []*RuleSet
		for _, u := range user {
			sets = append(sets, u.set)
		}
		if !c.opts.NoBuiltinRules {
			for _, name := range builtinOrder(b) {
				sets = append(sets, b.sets[name])
			}
		}
		for _, s := range sets {
			for _, r := range s.Rules {
				if !yield(s.Name + "/" + r.Name) {
					return
				}
			}
		}
	}
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
