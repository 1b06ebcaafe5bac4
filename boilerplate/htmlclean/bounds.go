package htmlclean

import (
	"fmt"

	"golang.org/x/net/html"
)

// Bounded cost. go-trafilatura's extraction is not linear in the size of
// every page: pages past the limits below are not given to it, and take
// the fallback path instead (the body rendered and cleaned as text), which
// is linear. Each limit names what drives the extractor's cost; each lies
// several times above the largest value on the development corpus (given
// beside it), so that real articles keep the extractor.
type extractLimits struct {
	// paragraphWork bounds the paragraphs of the page times the bytes of
	// text they hold. For each container it considers, the extractor
	// checks the page's paragraphs by adding the text of every <p> of the
	// page to one string, so its time grows with the square of a page
	// made of many paragraphs (4,000 short ones: a second; 16,000: eight).
	// Largest on the development corpus: 30 million (720 paragraphs).
	paragraphWork int
	// listItems bounds the <li> elements of the page: the extractor's time
	// leaps between 10,000 and 12,000 list items (from a quarter of a
	// second to nine). Largest on the development corpus: 1,179.
	listItems int
	// elements bounds the elements of the page, for every other shape
	// (table cells, blocks) whose cost grows faster than the page: 100,000
	// cells in a row take three seconds. Largest on the development
	// corpus: 9,750.
	elements int
}

// defaultLimits are the limits a Cleaner applies.
var defaultLimits = extractLimits{paragraphWork: 1 << 28, listItems: 8192, elements: 1 << 15}

// overLimits returns why doc is past the limits l, or "" when it is not. It
// reads the page once.
func (l extractLimits) overLimits(doc *html.Node) string {
	paragraphs, paraBytes, items, elements := 0, 0, 0, 0
	inP := 0 // depth of open <p> elements (the parser closes them, but foreign content may nest)
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			elements++
			switch n.Data {
			case "p":
				paragraphs++
				inP++
			case "li":
				items++
			}
		case html.TextNode:
			if inP > 0 {
				paraBytes += len(n.Data)
			}
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "p" {
			inP--
		}
	})
	switch {
	case elements > l.elements:
		return fmt.Sprintf("the page has %d elements, more than the extractor handles in linear time (%d)", elements, l.elements)
	case items > l.listItems:
		return fmt.Sprintf("the page has %d list items, more than the extractor handles in linear time (%d)", items, l.listItems)
	case paragraphs > 0 && paraBytes > l.paragraphWork/paragraphs:
		return fmt.Sprintf("the page has %d paragraphs with %d bytes of text, more than the extractor handles in linear time", paragraphs, paraBytes)
	}
	return ""
}
