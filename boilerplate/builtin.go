package boilerplate

import (
	"bytes"
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed rules/*.rules rules/*.stop
var rulesFS embed.FS

// builtin holds what every Cleaner shares: the parsed built-in rule sets,
// compiled as matchers first need them, one matcher per language over
// them, and the stop-word table. It is built once per process; its sets
// and matchers compile and build themselves once, on first use.
type builtin struct {
	sets     map[string]*RuleSet // by name: "common", "en", "de", …
	compiled map[string]*compiledSet
	// matchers[k] holds the rules for documents in languages[k]: the
	// language's own, then English, then common; matchers[nlang] those for
	// documents in no built-in language (English and common).
	matchers [nlang + 1]*matcher
	stop     stopTable
}

var loadBuiltin = sync.OnceValues(func() (*builtin, error) {
	b := &builtin{sets: make(map[string]*RuleSet), compiled: make(map[string]*compiledSet)}
	entries, err := rulesFS.ReadDir("rules")
	if err != nil {
		return nil, fmt.Errorf("boilerplate: %w", err)
	}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".rules")
		if !ok {
			continue
		}
		data, err := rulesFS.ReadFile("rules/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("boilerplate: %w", err)
		}
		set, err := ParseRuleSet(name, bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		if err := set.check(); err != nil {
			return nil, err
		}
		b.sets[name] = set
		b.compiled[name] = lazySet(set) // compiled by the first matcher that needs it
	}
	for k := range b.matchers {
		b.matchers[k] = newMatcher(languageSets(k, nil, b))
	}
	if b.stop, err = loadStopWords(); err != nil {
		return nil, err
	}
	return b, nil
})

// A userSet is a rule set from Options.RuleSets with its compiled form.
type userSet struct {
	set      *RuleSet
	compiled *compiledSet
}

// languageSets returns the compiled sets that apply to documents in
// languages[k] (k == nlang: in no built-in language), in the order their
// rules are tried: the user's first, then, unless b is nil, the language's
// own set, English (English widget text, "Share" or "Advertisement", turns
// up on sites in every language) and common.
func languageSets(k int, user []userSet, b *builtin) []*compiledSet {
	lang := "en"
	if k < nlang {
		lang = languages[k]
	}
	var use []*compiledSet
	for _, u := range user {
		if u.set.Language == "" || u.set.Language == lang {
			use = append(use, u.compiled)
		}
	}
	if b != nil {
		use = append(use, b.compiled[lang])
		if lang != "en" {
			use = append(use, b.compiled["en"])
		}
		use = append(use, b.compiled["common"])
	}
	return slices.DeleteFunc(use, func(s *compiledSet) bool { return s == nil })
}

// BuiltinRuleSets returns copies of the built-in rule sets ("common" and one
// per language), for reading or as a base for a set of one's own. The
// built-in files are checked by the package's tests, so it returns nil only
// for a broken build.
func BuiltinRuleSets() []*RuleSet {
	b, err := loadBuiltin()
	if err != nil {
		return nil
	}
	out := make([]*RuleSet, 0, len(b.sets))
	for _, name := range builtinOrder(b) {
		s := b.sets[name]
		c := *s
		c.Rules = append([]Rule(nil), s.Rules...)
		for k := range c.Rules {
			r := &c.Rules[k]
			r.Examples = slices.Clone(r.Examples)
			r.Counterexamples = slices.Clone(r.Counterexamples)
		}
		out = append(out, &c)
	}
	return out
}

// builtinOrder lists the built-in set names: "common" first, then the
// languages in their fixed order.
func builtinOrder(b *builtin) []string {
	names := []string{"common"}
	for _, l := range languages {
		if _, ok := b.sets[l]; ok {
			names = append(names, l)
		}
	}
	return names
}
