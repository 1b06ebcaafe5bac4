package htmlclean

import "github.com/boilerstrip/boilerstrip/boilerplate"

// Options configure a Cleaner. The zero value means the defaults: the
// built-in DOM and text rules, every category removed, the language
// detected per page, and inputs of up to 64 MiB.
type Options struct {
	// Text configures the text stage, as it would a boilerplate.Cleaner:
	// Language, text RuleSets, NoBuiltinRules (for the text rules). The
	// Cleaner builds every text cleaner it needs from it, for each way it
	// may find the article (see Result.Path).
	//
	// Two of its fields apply to the whole Cleaner. Text.DisableRules
	// names DOM rules and text rules alike: a name is routed by its set,
	// "dom/…" and the names of RuleSets to the DOM rules, all others to
	// the text stage. Text.KeepCategories keeps those categories from
	// the DOM rules too. Text.MaxInputSize is not used: see MaxInputSize.
	Text boilerplate.Options

	// RuleSets are extra DOM rule sets, typically from ParseDOMRuleSet,
	// used after the built-in ones. Their names must differ from each
	// other's and from the text rule sets'.
	RuleSets []*DOMRuleSet

	// If NoBuiltinRules is true, the built-in DOM rules are not loaded and
	// only RuleSets are used. (Text.NoBuiltinRules does the same for the
	// text rules.)
	NoBuiltinRules bool

	// URL is the page's address, if known. It helps the extractor resolve
	// the page's metadata; if empty, the URL the page declares is used.
	// CleanURL and CleanSelection take one per page instead.
	URL string

	// If IncludeComments is true, the comment section the extractor finds
	// is rendered after the article (it is dropped by default), and the DOM
	// rules of category comments are not used.
	IncludeComments bool

	// MaxInputSize is the largest input, in bytes, that Clean reads; past
	// it Clean returns an error wrapping ErrTooLarge. Zero means 64 MiB.
	MaxInputSize int64
}

// defaultMaxInput is Options.MaxInputSize's zero value.
const defaultMaxInput = 64 << 20
