package htmlclean

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/internal/rulefile"
)

// ErrTooLarge is returned, wrapped, by Clean for input past
// Options.MaxInputSize.
var ErrTooLarge = errors.New("htmlclean: input too large")

// A Cleaner extracts the article from HTML pages and removes its
// boilerplate. Build one with New; it is immutable afterwards and safe for
// concurrent use by multiple goroutines.
type Cleaner struct {
	opts  Options
	rules *matcher
	// article cleans the extracted article; page cleans renders of more
	// than the article (the page's main element, its whole body), whose
	// chrome after the article its tail-zone heuristic cuts.
	article, page *boilerplate.Cleaner
	url           *nurl.URL

	noTitle  bool // RuleLeadingTitle is disabled
	noCopies bool // RuleRepeatedParagraph is disabled

	limits extractLimits // pages past them take the fallback path (see bounds.go)
	inputs *inputPool    // buffers to read pages into, shared by the Cleaner's copies
}

// articleOff are the text heuristics that the article cleaner leaves out.
// The zone heuristics cut the page chrome before and after the article in
// scraped text, which the extractor has already cut; on its output they
// cut the article's first and last paragraphs instead. The repeated-line
// heuristic drops recurring short lines too, which in an extracted article
// are mostly its own headings, list items and code; RuleRepeatedParagraph
// drops the copies of whole paragraphs instead.
var articleOff = []string{boilerplate.HeuristicHeaderZone, boilerplate.HeuristicTailZone, boilerplate.HeuristicRepeated}

// pageOff are the text heuristics that the page cleaner leaves out: the
// main element starts with the article (a header zone cut there takes its
// first lines), the DOM rules remove the site's header, and
// RuleRepeatedParagraph drops repeated paragraphs.
var pageOff = []string{boilerplate.HeuristicHeaderZone, boilerplate.HeuristicRepeated}

// New builds a Cleaner. Every error in the rule sets or options (a bad
// selector, an unknown category or rule name, a bad URL) is reported here.
func New(opts Options) (*Cleaner, error) {
	if opts.MaxInputSize < 0 {
		return nil, fmt.Errorf("htmlclean: negative MaxInputSize %d", opts.MaxInputSize)
	}
	if opts.MaxInputSize == 0 {
		opts.MaxInputSize = defaultMaxInput
	}
	c := &Cleaner{opts: opts, limits: defaultLimits, inputs: &inputPool{}}
	if opts.URL != "" {
		u, err := nurl.Parse(opts.URL)
		if err != nil {
			return nil, fmt.Errorf("htmlclean: bad URL: %w", err)
		}
		c.url = u
	}
	var sets []*DOMRuleSet
	if !opts.NoBuiltinRules {
		builtin, err := builtinRules()
		if err != nil {
			return nil, err
		}
		sets = append(sets, builtin...)
	}
	// Set names are unique across DOM and text sets: a DisableRules name
	// goes to the kind of rules its set holds.
	var reg rulefile.Registry
	domSets := map[string]bool{"dom": true}
	for _, s := range opts.Text.RuleSets {
		if s != nil {
			if err := reg.Add(s.Name); err != nil {
				return nil, fmt.Errorf("htmlclean: %w", err)
			}
		}
	}
	for _, s := range opts.RuleSets {
		if s == nil {
			return nil, errors.New("htmlclean: nil DOMRuleSet in Options.RuleSets")
		}
		if err := reg.Add(s.Name); err != nil {
			return nil, fmt.Errorf("htmlclean: %w", err)
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		domSets[s.Name] = true
		sets = append(sets, s)
	}
	var domOff, textOff []string
	for _, name := range opts.Text.DisableRules {
		if domSets[rulefile.SetOf(name)] {
			domOff = append(domOff, name)
		} else {
			textOff = append(textOff, name)
		}
	}
	enabled, err := ruleFilter(sets, domOff, opts)
	if err != nil {
		return nil, err
	}
	c.noTitle = !enabled(RuleLeadingTitle, boilerplate.Metadata)
	c.noCopies = !enabled(RuleRepeatedParagraph, boilerplate.Duplicate)
	if c.rules, err = newMatcher(sets, enabled); err != nil {
		return nil, err
	}
	if c.article, err = textCleaner(opts.Text, textOff, articleOff); err != nil {
		return nil, err
	}
	if c.page, err = textCleaner(opts.Text, textOff, pageOff); err != nil {
		return nil, err
	}
	return c, nil
}

// textCleaner builds a text cleaner from the user's text options, with the
// text rules of disable and the heuristics of off switched off.
func textCleaner(opts boilerplate.Options, disable, off []string) (*boilerplate.Cleaner, error) {
	opts.DisableRules = slices.Clone(disable)
	for _, h := range off {
		if !slices.Contains(disable, h) && !slices.Contains(disable, "heuristic/*") {
			opts.DisableRules = append(opts.DisableRules, h)
		}
	}
	opts.MaxInputSize = 0
	c, err := boilerplate.New(opts)
	if err != nil {
		return nil, fmt.Errorf("htmlclean: text stage: %w", err)
	}
	return c, nil
}

// ruleFilter returns the test of whether a DOM rule is used, given the
// names of DOM rules to switch off and the options. A name that names no
// rule is an error.
func ruleFilter(sets []*DOMRuleSet, off []string, opts Options) (func(string, boilerplate.Category) bool, error) {
	keep := map[boilerplate.Category]bool{}
	for _, c := range opts.Text.KeepCategories {
		if !c.Valid() {
			return nil, fmt.Errorf("htmlclean: unknown category %q in KeepCategories", c)
		}
		keep[c] = true
	}
	if opts.IncludeComments {
		keep[boilerplate.Comments] = true
	}
	known := func(yield func(string) bool) {
		if !yield(RuleLeadingTitle) || !yield(RuleRepeatedParagraph) {
			return
		}
		for _, s := range sets {
			for i := range s.Rules {
				if !yield(s.Name + "/" + s.Rules[i].Name) {
					return
				}
			}
		}
	}
	disabled, err := rulefile.NewNames(off, known)
	if err != nil {
		return nil, fmt.Errorf("htmlclean: %w", err)
	}
	return func(name string, c boilerplate.Category) bool {
		return !keep[c] && !disabled.Has(name)
	}, nil
}

// Clean reads an HTML page from r and returns its cleaned article text. The
// page's charset is honoured unless its bytes are valid UTF-8. Clean fails
// only when r fails or holds more than Options.MaxInputSize bytes; any
// content, however broken, gives a best-effort Result.
func (c *Cleaner) Clean(r io.Reader) (Result, error) {
	return c.clean(r, c.url)
}

// CleanURL is Clean for a page fetched from pageURL, which takes the place
// of Options.URL for this page: the extractor resolves the page's links and
// reads its site name against it. A pageURL that does not parse is an
// error; an empty one means Options.URL.
func (c *Cleaner) CleanURL(r io.Reader, pageURL string) (Result, error) {
	u, err := c.pageURL(pageURL)
	if err != nil {
		return Result{}, err
	}
	return c.clean(r, u)
}

func (c *Cleaner) clean(r io.Reader, u *nurl.URL) (Result, error) {
	buf := c.inputs.get()
	defer c.inputs.put(buf)
	b, err := readInput(r, c.opts.MaxInputSize, buf)
	if err != nil {
		return Result{}, err
	}
	b = decode(b)
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		// The parser gives up on documents nested past its limit; render
		// their text from the token stream instead.
		res := c.textResult(c.page, nil, tokenRender(b), Metadata{})
		res.Path, res.PathReason = PathFallback, "the page is nested too deep to parse; its text was read from the token stream"
		return res, nil
	}
	return c.cleanDocument(doc, u, true), nil
}

// CleanDocument cleans an already parsed page: doc is the document node
// html.Parse returns (any node of the page will do; the whole page is
// cleaned). It never changes doc. It never fails: a page without an
// article gives a Result on the fallback path, possibly with empty Text.
func (c *Cleaner) CleanDocument(doc *html.Node) Result {
	return c.cleanDocument(doc, c.url, false)
}

var defaultCleaner = sync.OnceValues(func() (*Cleaner, error) { return New(Options{}) })

// cleanerFor returns the shared default Cleaner for the zero Options, else
// a new one.
func cleanerFor(opts Options) (*Cleaner, error) {
	if reflect.ValueOf(opts).IsZero() {
		return defaultCleaner()
	}
	return New(opts)
}

// Clean cleans one HTML page with a Cleaner built from opts; with the zero
// Options it uses one Cleaner shared by every such call. To clean many
// pages with other options, build the Cleaner once with New and share it.
func Clean(r io.Reader, opts Options) (Result, error) {
	c, err := cleanerFor(opts)
	if err != nil {
		return Result{}, err
	}
	return c.Clean(r)
}

// CleanDocument cleans one parsed HTML page with a Cleaner built from opts
// (shared, for the zero Options); see (*Cleaner).CleanDocument.
func CleanDocument(doc *html.Node, opts Options) (Result, error) {
	c, err := cleanerFor(opts)
	if err != nil {
		return Result{}, err
	}
	return c.CleanDocument(doc), nil
}
