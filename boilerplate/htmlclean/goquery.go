package htmlclean

import (
	"errors"
	"fmt"
	nurl "net/url"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// ErrEmptySelection is returned by CleanSelection for a selection that holds
// no node, so that the page it came from cannot be found.
var ErrEmptySelection = errors.New("htmlclean: empty selection: no page to clean")

// CleanSelection cleans the page that sel is part of. sel may be any
// selection of the page: the document (goquery.Document.Selection), its
// <html> element, or a subtree such as the element a colly OnHTML callback
// receives as e.DOM. The whole page is cleaned whichever it is, since the
// extractor needs the page around the article to find it. The caller's tree
// is never modified: the page is copied first, so other code holding it
// (colly's other callbacks) sees it as it was.
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
	return c.cleanDocument(clonePage(sel.Nodes[0]), u), nil
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

// clonePage returns a deep copy of the page that n belongs to: the tree
// above n's topmost ancestor. A tree that does not hang from a document
// node (a detached fragment) is copied under a new one, as the extractor
// expects a document. It returns nil for nil.
//
// The copy exists because cleaning marks, reveals and detaches elements of
// the tree it is given; it costs a small part of the extraction's time.
func clonePage(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	for n.Parent != nil {
		n = n.Parent
	}
	root := cloneTree(n)
	if root.Type != html.DocumentNode {
		doc := &html.Node{Type: html.DocumentNode}
		doc.AppendChild(root)
		root = doc
	}
	return root
}

// cloneTree returns a deep copy of the tree under root, root included and
// detached from any parent. It walks the tree with a loop rather than
// recursion, so a page nested thousands of elements deep costs no stack.
func cloneTree(root *html.Node) *html.Node {
	top := cloneNode(root)
	src, dst := root, top
	for {
		if src.FirstChild != nil {
			src = src.FirstChild
			c := cloneNode(src)
			dst.AppendChild(c)
			dst = c
			continue
		}
		for src != root && src.NextSibling == nil {
			src, dst = src.Parent, dst.Parent
		}
		if src == root {
			return top
		}
		src = src.NextSibling
		c := cloneNode(src)
		dst.Parent.AppendChild(c)
		dst = c
	}
}

// cloneNode copies one node without its links to others. The attributes
// are copied too: cleaning adds to them.
func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{
		Type:      n.Type,
		DataAtom:  n.DataAtom,
		Data:      n.Data,
		Namespace: n.Namespace,
	}
	if len(n.Attr) > 0 {
		c.Attr = append([]html.Attribute(nil), n.Attr...)
	}
	return c
}
