package boilerplate

// Options configure a Cleaner. The zero value means the defaults: the
// language is detected per document, the built-in rule sets are used, and
// every category is removed.
type Options struct {
	// Language, if set, is the ISO 639-1 code ("en", "de", "fr", "es", "it",
	// "pt", "nl" or "pl") of the rule set and stop-word list used for every
	// document. If empty, the language is detected per document from its
	// stop words. A document in none of these languages gets Result.Language
	// "", the common and English rules, and no stop-word heuristics.
	Language string

	// RuleSets are extra rule sets, typically from ParseRuleSet, used in
	// addition to the built-in ones for every language.
	RuleSets []*RuleSet

	// If NoBuiltinRules is true, the built-in rule sets are not loaded and
	// only RuleSets are used. Heuristics still run unless disabled.
	NoBuiltinRules bool

	// KeepCategories lists categories that are never removed: a line that a
	// rule or heuristic assigns to one of them is kept.
	KeepCategories []Category

	// DisableRules lists rules and heuristics by name ("en/comments/leave-a-reply",
	// "heuristic/repeated-line"). A name ending in "/*" disables every rule
	// under that prefix ("en/share/*"). Naming a rule that does not exist is
	// an error from New, so that a typo does not silently do nothing.
	DisableRules []string

	// Profile, if not nil, is what the site's other pages repeat (see
	// Profile): the stage "profile/site-repeated" removes the lines it has
	// seen on enough of them. New keeps a copy, so the Profile may change
	// afterwards; WithProfile gives a Cleaner for another site cheaply.
	Profile *Profile

	// ProfileExcludesPage says whether Profile was learned from the site's
	// other pages only, never from the documents this Cleaner cleans, as
	// in a leave-one-out evaluation. If false, each document is taken to
	// be one of the pages the profile learned (learn a crawl, then clean
	// it), and its own lines are taken off the counts: the evidence about
	// a page is always the site's other pages. Taking a page off that was
	// not learned only makes the evidence a page short.
	ProfileExcludesPage bool

	// MaxInputSize is the largest input, in bytes, that CleanReader accepts;
	// past it CleanReader returns ErrTooLarge. Zero means 256 MiB. Clean,
	// which is handed a string already in memory, has no limit.
	MaxInputSize int64
}
