package main

import (
	"fmt"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

// cleaners are the Cleaners of a cleanFn: one for text, one for HTML pages.
// Both are immutable and safe for concurrent use.
type cleaners struct {
	text *boilerplate.Cleaner
	html *htmlclean.Cleaner
}

// domRulePrefix starts the names of htmlclean's DOM rules; --disable names
// under it go to the HTML cleaner, the others to the text cleaner.
const domRulePrefix = "dom/"

// newCleaners builds the Cleaners that fn's configuration describes. build
// calls it once before the run so that a bad option fails fast, and Setup on
// every worker.
//
// The HTML cleaner's text stage uses the same options as the text cleaner,
// without the heuristics that cut page chrome before and after the article
// (the extractor has cut it already), as htmlclean does by default.
func (fn *cleanFn) newCleaners() (cleaners, error) {
	opts := boilerplate.Options{Language: fn.Language}
	var domDisable []string
	for _, name := range fn.Disable {
		if strings.HasPrefix(name, domRulePrefix) {
			domDisable = append(domDisable, name)
		} else {
			opts.DisableRules = append(opts.DisableRules, name)
		}
	}
	for _, c := range fn.Keep {
		opts.KeepCategories = append(opts.KeepCategories, boilerplate.Category(c))
	}
	for i, text := range fn.Rules {
		rs, err := boilerplate.ParseRuleSet(fn.RuleName[i], strings.NewReader(text))
		if err != nil {
			return cleaners{}, fmt.Errorf("rule file %s: %w", fn.RuleName[i], err)
		}
		opts.RuleSets = append(opts.RuleSets, rs)
	}
	text, err := boilerplate.New(opts)
	if err != nil {
		return cleaners{}, fmt.Errorf("building the text cleaner: %w", err)
	}

	htmlOpts := opts
	htmlOpts.DisableRules = append(append([]string(nil), opts.DisableRules...), domDisable...)
	html, err := htmlclean.New(htmlclean.Options{Text: htmlOpts})
	if err != nil {
		return cleaners{}, fmt.Errorf("building the HTML cleaner: %w", err)
	}
	return cleaners{text: text, html: html}, nil
}
