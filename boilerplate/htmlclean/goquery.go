package htmlclean

import (
	"errors"
	"fmt"
	nurl "net/url"

	"github.com/PuerkitoBio/goquery"
)

// ErrEmptySelection is returned by CleanSelection for a selection that holds
// no node, so that the page it came from cannot be found.
var ErrEmptySelection = errors.New("htmlclean: empty selection: no page to clean")

// CleanSelection cleans the page that sel is part of. sel may be any
// selection of the page: the document (goquery.Document.Selection), its
// <html> element, or a subtree such as the element a colly OnHTML callback
// receives as e.DOM. The whole page is cleaned whichever it is, since the
// extractor needs the page around the article to find it. The caller's tree
// is never modified, so other code holding it (colly's other callbacks)
// sees it as it was.
//
// pageURL is the page's address, as for CleanURL; empty means Options.URL.
// It fails for an empty selection or a pageURL that does not parse.
//
//	doc, _ := goquery.NewDocumentFromReader(resp.Body)
//	res, err := c.CleanSelection(doc.Selection, resp.Request.URL.String())
func (c *Cleaner) CleanSelection(sel *goquery.Selection, pageURL string) (Result, error) {
	u, err := c.pageURL(pageURL)
	if err != nil {
		return Result{}, err
	}
	if sel == nil || len(sel.Nodes) == 0 || sel.Nodes[0] == nil {
		return Result{}, ErrEmptySelection
	}
	return c.cleanDocument(sel.Nodes[0], u, false), nil
}

// pageURL parses a per-call page URL; empty means Options.URL.
func (c *Cleaner) pageURL(pageURL string) (*nurl.URL, error) {
	if pageURL == "" {
		return c.url, nil
	}
	u, err := nurl.Parse(pageURL)
	if err != nil {
		return nil, fmt.Errorf("htmlclean: bad page URL: %w", err)
	}
	return u, nil
}
