package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// htmlCleaner extracts the article from HTML pages (package htmlclean) and
// cleans its text. It is immutable and shared by the workers.
type htmlCleaner struct {
	c *htmlclean.Cleaner
}

// A domRemoval is an element dropped from an HTML page before its text was
// extracted.
type domRemoval = htmlclean.DOMRemoval

// lazyHTML builds the HTML cleaner once, on first use: building it costs
// more than cleaning a small text file, and most runs of the cleaner see
// text only. It is built at once when the flags say HTML is coming
// (-format html, -dom-rules, a DOM rule in -disable), so that a bad DOM
// rule name is a usage error before any input is read.
type lazyHTML struct {
	once  sync.Once
	build func() (*htmlCleaner, error)
	c     *htmlCleaner
	err   error
	done  atomic.Bool
}

// newLazyHTML reads the -dom-rules files now, so that a bad one is a usage
// error, and returns the HTML cleaner to build.
func newLazyHTML(cfg config, opts boilerplate.Options) (*lazyHTML, error) {
	// htmlclean routes the -disable names to its DOM rules (those under
	// "dom/" or a -dom-rules file's name) or to its text stage.
	opts.DisableRules = cfg.disable
	hopts := htmlclean.Options{
		Text:           opts,
		NoBuiltinRules: cfg.noBuiltin,
		MaxInputSize:   cfg.maxSize,
	}
	if hopts.MaxInputSize == 0 {
		hopts.MaxInputSize = boilerplate.DefaultMaxInputSize
	}
	for _, path := range cfg.domRules {
		set, err := loadDOMRuleFile(path)
		if err != nil {
			return nil, err
		}
		hopts.RuleSets = append(hopts.RuleSets, set)
	}
	l := &lazyHTML{build: func() (*htmlCleaner, error) {
		c, err := htmlclean.New(hopts)
		if err != nil {
			return nil, err
		}
		return &htmlCleaner{c: c}, nil
	}}
	if _, dom := splitDisable(cfg.disable, cfg.domRules); cfg.format == "html" || len(cfg.domRules) > 0 || len(dom) > 0 {
		if _, err := l.get(); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// get returns the HTML cleaner, building it on the first call. It is safe
// for concurrent use.
func (l *lazyHTML) get() (*htmlCleaner, error) {
	l.once.Do(func() {
		l.c, l.err = l.build()
		l.done.Store(true)
	})
	return l.c, l.err
}

// built reports whether the HTML cleaner has been built.
func (l *lazyHTML) built() bool { return l.done.Load() }

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
	return outcome{res: record.FromHTML(res), source: res.Rendered}, nil
}
