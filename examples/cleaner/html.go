package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

// htmlCleaner extracts the article from HTML pages (package htmlclean) and
// cleans its text with the same text Cleaner as plain-text input. It is
// immutable and shared by the workers.
type htmlCleaner struct {
	c *htmlclean.Cleaner
}

// A domRemoval is an element dropped from an HTML page before its text was
// extracted.
type domRemoval = htmlclean.DOMRemoval

// newHTMLCleaner builds the HTML cleaner from the flags and the text
// cleaner's options; htmlclean routes the -disable names to its DOM rules
// (those under "dom/" or a -dom-rules file's name) or its text stage.
func newHTMLCleaner(cfg config, text boilerplate.Options) (*htmlCleaner, error) {
	text.DisableRules = cfg.disable
	opts := htmlclean.Options{
		Text:           text,
		NoBuiltinRules: cfg.noBuiltin,
		MaxInputSize:   cfg.maxSize,
	}
	if opts.MaxInputSize == 0 {
		opts.MaxInputSize = boilerplate.DefaultMaxInputSize
	}
	for _, path := range cfg.domRules {
		set, err := loadDOMRuleFile(path)
		if err != nil {
			return nil, err
		}
		opts.RuleSets = append(opts.RuleSets, set)
	}
	c, err := htmlclean.New(opts)
	if err != nil {
		return nil, err
	}
	return &htmlCleaner{c: c}, nil
}

// splitDisable sorts -disable names into text rules and DOM rules: a DOM
// rule's name starts with "dom/" or with a -dom-rules file's set name.
func splitDisable(names, domRuleFiles []string) (text, dom []string) {
	sets := map[string]bool{"dom": true}
	for _, p := range domRuleFiles {
		sets[ruleSetName(p)] = true
	}
	for _, n := range names {
		first, _, _ := strings.Cut(n, "/")
		if sets[first] {
			dom = append(dom, n)
		} else {
			text = append(text, n)
		}
	}
	return text, dom
}

func loadDOMRuleFile(path string) (*htmlclean.DOMRuleSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-dom-rules: %w", err)
	}
	defer f.Close()
	set, err := htmlclean.ParseDOMRuleSet(ruleSetName(path), f)
	if err != nil {
		return nil, fmt.Errorf("-dom-rules %s: %w", path, err)
	}
	return set, nil
}

// clean extracts and cleans one page. The outcome's source is the rendered
// article text, which the text removals' offsets refer to.
func (h *htmlCleaner) clean(d doc) (outcome, error) {
	res, err := h.c.CleanURL(strings.NewReader(d.data), d.url)
	if err != nil {
		return outcome{}, err
	}
	return outcome{
		result: boilerplate.Result{Text: res.Text, Removed: res.Removed, Language: res.Language},
		source: res.Rendered,
		dom:    res.DOMRemoved,
		raw:    res,
	}, nil
}
