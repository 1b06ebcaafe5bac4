package htmlclean

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"slices"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/internal/names"
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
	text  *boilerplate.Cleaner // for extracted articles
	page  *boilerplate.Cleaner // for renders of a whole page or its main element
	url   *nurl.URL

	noTitle  bool // RuleLeadingTitle is disabled
	noCopies bool // RuleRepeatedParagraph is disabled
}

// New builds a Cleaner. Every error in the rule sets or options (a bad
// selector, an unknown category or rule name, a bad URL) is reported here.
func New(opts Options) (*Cleaner, error) {
	if opts.MaxInputSize < 0 {
		return nil, fmt.Errorf("htmlclean: negative MaxInputSize %d", opts.MaxInputSize)
	}
	if opts.MaxInputSize == 0 {
		opts.MaxInputSize = defaultMaxInput
	}
	c := &Cleaner{opts: opts, text: opts.Text, page: opts.Page}
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
	for _, s := range opts.RuleSets {
		if s == nil {
			continue
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		sets = append(sets, s)
	}
	enabled, err := ruleFilter(sets, opts)
	if err != nil {
		return nil, err
	}
	c.noTitle = !enabled(RuleLeadingTitle, boilerplate.Metadata)
	c.noCopies = !enabled(RuleRepeatedParagraph, boilerplate.Duplicate)
	if c.rules, err = newMatcher(sets, enabled); err != nil {
		return nil, err
	}
	if c.text == nil {
		c.text, err = boilerplate.New(TextOptions(boilerplate.Options{KeepCategories: opts.KeepCategories}))
		if err != nil {
			return nil, fmt.Errorf("htmlclean: text cleaner: %w", err)
		}
	}
	if c.page == nil {
		// Renders of more than the article keep the page chrome after
		// it, which the tail-zone heuristic cuts (see Options.Page).
		c.page, err = boilerplate.New(boilerplate.Options{KeepCategories: opts.KeepCategories,
			DisableRules: []string{boilerplate.HeuristicRepeated, boilerplate.HeuristicHeaderZone}})
		if err != nil {
			return nil, fmt.Errorf("htmlclean: page text cleaner: %w", err)
		}
	}
	return c, nil
}

// offHeuristics are the text heuristics that the default text Cleaner
// leaves out. The zone heuristics cut the page chrome before and after the
// article in scraped text, which the extractor has already cut, and on its
// output they cut the article's first and last paragraphs instead. The
// repeated-line heuristic drops recurring short lines too, which in an
// extracted article are mostly its own headings, list items and code;
// RuleRepeatedParagraph drops the copies of whole paragraphs instead.
var offHeuristics = []string{boilerplate.HeuristicHeaderZone, boilerplate.HeuristicTailZone, boilerplate.HeuristicRepeated}

// TextOptions returns opts for a text Cleaner that runs on extracted
// articles: it adds to opts.DisableRules the heuristics that cut the page
// chrome before and after the article (boilerplate.HeuristicHeaderZone and
// HeuristicTailZone), which the extractor has already cut, and
// boilerplate.HeuristicRepeated, whose place RuleRepeatedParagraph takes. Build
// Options.Text with it: boilerplate.New(htmlclean.TextOptions(myOpts)).
func TextOptions(opts boilerplate.Options) boilerplate.Options {
	disable := slices.Clone(opts.DisableRules)
	for _, h := range offHeuristics {
		if !slices.Contains(disable, h) && !slices.Contains(disable, "heuristic/*") {
			disable = append(disable, h)
		}
	}
	opts.DisableRules = disable
	return opts
}

// ruleFilter returns the test of whether a DOM rule is used, given the
// options. A name in DisableRules that names no rule is an error.
func ruleFilter(sets []*DOMRuleSet, opts Options) (func(string, boilerplate.Category) bool, error) {
	keep := map[boilerplate.Category]bool{}
	for _, c := range opts.KeepCategories {
		if !c.Valid() {
			return nil, fmt.Errorf("htmlclean: unknown category %q in KeepCategories", c)
		}
		keep[c] = true
	}
	if opts.IncludeComments {
		keep[boilerplate.Comments] = true
	}
	known := []string{RuleLeadingTitle, RuleRepeatedParagraph}
	for _, s := range sets {
		for i := range s.Rules {
			known = append(known, s.Name+"/"+s.Rules[i].Name)
		}
	}
	disabled, unknown, ok := names.New(opts.DisableRules, known)
	if !ok {
		return nil, fmt.Errorf("htmlclean: DisableRules: no DOM rule named %q", unknown)
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
	u := c.url
	if pageURL != "" {
		var err error
		if u, err = nurl.Parse(pageURL); err != nil {
			return Result{}, fmt.Errorf("htmlclean: bad page URL: %w", err)
		}
	}
	return c.clean(r, u)
}

func (c *Cleaner) clean(r io.Reader, u *nurl.URL) (Result, error) {
	b, err := readInput(r, c.opts.MaxInputSize)
	if err != nil {
		return Result{}, err
	}
	b = decode(b)
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		// The parser gives up on documents nested past its limit; render
		// their text from the token stream instead.
		return c.textResult(c.text, tokenRender(b), Metadata{}, nil), nil
	}
	return c.cleanDocument(doc, u), nil
}

// CleanDocument cleans an already parsed page. doc may be any node of the
// page (the document node, its <html> element, a subtree): the whole page
// it belongs to is cleaned. doc's tree is never modified; the page is
// copied first (see CleanSelection for goquery). It never fails: a page
// without an article gives a Result on the fallback path, possibly with
// empty Text.
func (c *Cleaner) CleanDocument(doc *html.Node) Result {
	return c.cleanDocument(clonePage(doc), c.url)
}

func (c *Cleaner) cleanDocument(doc *html.Node, u *nurl.URL) Result {
	if doc == nil {
		return c.textResult(c.text, "", Metadata{}, nil)
	}
	body := findElement(doc, "body")
	if body == nil {
		body = doc
	}
	topts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: !c.opts.IncludeComments,
		OriginalURL:     u,
	}
	// The DOM rules' elements are marked, not removed, before extraction:
	// removing them would change which part of the page the extractor
	// picks, for better or worse from page to page. Their text is left out
	// when rendering.
	joinDropCaps(body)
	noise := c.findNoise(body)
	h1 := findElement(body, "h1")
	mark(noise)
	// Long hidden elements are mostly collapsed panels of the article,
	// which the extractor would drop with the page's hidden parts.
	reveal(body, noise)
	res, err := trafilatura.ExtractDocument(doc, topts)
	if err == nil && res != nil && res.ContentNode != nil {
		meta := metadataOf(&res.Metadata)
		rendered, dropped := c.tidy(render(res.ContentNode, true), h1, res.Metadata.Title)
		if rendered != "" {
			detach(noise)
			if m := largestMain(body); m != nil {
				// The elements still hidden after reveal are left out:
				// the DOM rules do not name them all.
				alt, altDropped := c.tidy(renderVisible(m), h1, res.Metadata.Title)
				if missesProse(rendered, alt) {
					out := c.textResult(c.page, c.withComments(alt, res), meta, append(noise, altDropped...))
					out.Path = PathMain
					return out
				}
			}
			path := PathExtractor
			if cont := articleContainer(rendered, body); cont != nil {
				alt, altDropped := c.tidy(trimToArticle(rendered, renderVisible(cont), linkKeys(cont)), h1, res.Metadata.Title)
				if completes(rendered, alt) {
					rendered, dropped, path = alt, altDropped, PathContainer
				}
			}
			out := c.textResult(c.text, c.withComments(rendered, res), meta, append(noise, dropped...))
			out.Path = path
			return out
		}
	}
	detach(noise)
	meta := Metadata{}
	if res != nil {
		meta = metadataOf(&res.Metadata)
	}
	if meta.Title == "" {
		if t := findElement(doc, "title"); t != nil {
			meta.Title = nodeText(t, 1000)
		}
	}
	return c.textResult(c.page, render(body, false), meta, noise)
}

// tidy drops from rendered, a render of the article, the lines that repeat
// the one before, the page title at its start and later copies of a
// paragraph, and returns the rest and the report of the last two.
func (c *Cleaner) tidy(rendered string, h1 *html.Node, metaTitle string) (string, []removedNode) {
	rendered = dropRepeats(rendered)
	var dropped []removedNode
	if !c.noTitle {
		if rest, title := dropTitle(rendered, h1, metaTitle); title != nil && rest != "" {
			rendered = rest
			dropped = append(dropped, *title)
		}
	}
	if !c.noCopies {
		var copies []removedNode
		rendered, copies = dropCopies(rendered)
		dropped = append(dropped, copies...)
	}
	return rendered, dropped
}

// withComments adds the comment section the extractor found to rendered,
// if Options.IncludeComments asks for it.
func (c *Cleaner) withComments(rendered string, res *trafilatura.ExtractResult) string {
	if c.opts.IncludeComments && res.CommentsNode != nil {
		if comments := render(res.CommentsNode, true); comments != "" {
			rendered += "\n" + comments
		}
	}
	return rendered
}

// textResult runs the text Cleaner tc over rendered; the Result's Path is
// PathFallback.
func (c *Cleaner) textResult(tc *boilerplate.Cleaner, rendered string, meta Metadata, removed []removedNode) Result {
	tr := tc.Clean(rendered)
	var dom []DOMRemoval
	for _, r := range removed {
		if r.report {
			dom = append(dom, r.rem)
		}
	}
	return Result{
		Text:       tr.Text,
		Removed:    tr.Removed,
		Rendered:   rendered,
		DOMRemoved: dom,
		Metadata:   meta,
		Path:       PathFallback,
		Language:   tr.Language,
		Confidence: tr.Confidence,
		Note:       tr.Note,
	}
}

func metadataOf(m *trafilatura.Metadata) Metadata {
	return Metadata{
		Title:    m.Title,
		Author:   m.Author,
		Date:     m.Date,
		URL:      m.URL,
		SiteName: m.Sitename,
		Language: m.Language,
	}
}

// findElement returns the first element named tag under n, or nil.
func findElement(n *html.Node, tag string) *html.Node {
	for d := n; d != nil; d = next(d, n) {
		if d.Type == html.ElementNode && d.Data == tag {
			return d
		}
	}
	return nil
}

// Clean cleans one HTML page with a Cleaner built from opts. To clean many
// pages, build the Cleaner once with New and share it.
func Clean(r io.Reader, opts Options) (Result, error) {
	c, err := New(opts)
	if err != nil {
		return Result{}, err
	}
	return c.Clean(r)
}

// CleanDocument cleans one parsed HTML page with a Cleaner built from opts;
// see (*Cleaner).CleanDocument.
func CleanDocument(doc *html.Node, opts Options) (Result, error) {
	c, err := New(opts)
	if err != nil {
		return Result{}, err
	}
	return c.CleanDocument(doc), nil
}
