// Package boilerplate strips the noise that scrapers leave in article text
// — photo captions and credits, "More on …" links, teaser headlines of other
// stories, "Most popular" lists, comment widgets, weather and date strips,
// breadcrumbs, menus, share rows, newsletter and cookie prompts — and
// reports every removal with its category and the rule that decided it.
//
//	res := boilerplate.Clean(text)
//	fmt.Print(res.Text)
//	for _, r := range res.Removed {
//		fmt.Println(r.Line, r.Category, r.Rule, r.Text)
//	}
//
// # How it decides
//
// The text is split into lines, each kept as byte offsets into the input.
// Named rules, read from embedded rule files (one common file and one per
// language), match phrases and shapes; all their literals are found in one
// pass per line, and a regular expression runs only on lines that contain
// its literal. Then the article zone is found: the run of lines where
// paragraphs of prose (long lines rich in stop words) outweigh short lines
// and rule hits, so that menus before it and link lists after it fall away
// without any single line deciding. An end marker ("Related articles",
// "Leave a Reply") ends the article only once most of its text has been
// seen. Inside the article, heuristics remove copies of nearby lines
// (caption and alt text, a breadcrumb glued to the title), captions shaped
// like a person's name or an image file name, and headlines of unrelated
// stories. Each heuristic has a name (see Heuristics) that the report uses
// and Options.DisableRules accepts.
//
// Article text comes first: a line is removed only on evidence, a line is
// never rewritten, and a span is cut from a line only where a rule says so
// and the span touches the start or the end of the line. Every character
// of Result.Text comes from the input.
//
// # Categories
//
// Every removal has one Category: caption, credit, related, trending,
// comments, header, navigation, metadata, share, subscribe, advert, legal,
// byline or duplicate.
//
// # Rule files
//
// Rules are data. BuiltinRuleSets returns the built-in ones; ParseRuleSet
// reads a file of one's own (the format is documented there and in the
// README); Options.RuleSets adds sets, Options.DisableRules switches rules
// off by name, Options.KeepCategories keeps whole categories.
//
// # Site profiles
//
// A Profile learns what a sample of one site's pages repeat (LearnText,
// or htmlclean's Learn for HTML); with Options.Profile, the stage
// "profile/site-repeated" removes the lines the site's other pages show
// too, with the evidence in Removal.Profile. Profiles are sums over
// pages: order-free, mergeable (Merge), bounded in memory, and written
// and read in a versioned file format (WriteTo, ReadProfile).
//
// # Concurrency
//
// A Cleaner is immutable once New returns and is safe for concurrent use by
// multiple goroutines; build one and share it. Clean holds no state between
// calls.
package boilerplate
