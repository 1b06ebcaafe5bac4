package htmlclean

import "github.com/boilerstrip/boilerstrip/boilerplate"

// Options configure a Cleaner. The zero value means the defaults: the
// built-in DOM rules, every category removed, the default text Cleaner of
// package boilerplate, and inputs of up to 64 MiB.
type Options struct {
	// Text is the text Cleaner run over the rendered article. If nil, one
	// built with boilerplate.New(TextOptions(boilerplate.Options{
	// KeepCategories: KeepCategories})) is used. Build your own with
	// TextOptions too: the zone heuristics it leaves out cut article text
	// from extracted articles.
	Text *boilerplate.Cleaner

	// Page is the text Cleaner run over renders of more than the article:
	// the page's main element (Result.Path PathMain) or its whole body
	// (PathFallback), which keep the page chrome after the article. If
	// nil, one built with boilerplate.New(boilerplate.Options{
	// KeepCategories: KeepCategories, DisableRules: []string{
	// boilerplate.HeuristicRepeated, boilerplate.HeuristicHeaderZone}}) is
	// used: its tail-zone heuristic cuts that chrome; the main element
	// starts with the article (a header zone cut there takes its first
	// lines), the DOM rules remove the site header, and
	// RuleRepeatedParagraph has already dropped repeated paragraphs.
	Page *boilerplate.Cleaner

	// URL is the page's address, if known. It helps the extractor resolve
	// the page's metadata; if empty, the URL the page declares is used.
	URL string

	// DisableRules lists DOM rules by name ("dom/share/share-widget"). A
	// name ending in "/*" disables every rule under that prefix
	// ("dom/share/*"). Naming a rule that does not exist is an error from
	// New, so that a typo does not silently do nothing. To disable text
	// rules, build Text with boilerplate.Options.DisableRules.
	DisableRules []string

	// KeepCategories lists categories whose DOM rules never remove
	// anything. If Text is nil they are kept by the text stage as well.
	KeepCategories []boilerplate.Category

	// RuleSets are extra DOM rule sets, typically from ParseDOMRuleSet,
	// used after the built-in ones.
	RuleSets []*DOMRuleSet

	// If NoBuiltinRules is true, the built-in DOM rules are not loaded and
	// only RuleSets are used.
	NoBuiltinRules bool

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
