package htmlclean

import (
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// Which way a Result's text was found; see Result.Path.
const (
	PathExtractor = "extractor" // the extractor found the article
	PathContainer = "container" // the extractor's article, with what it dropped from between its paragraphs put back from the element holding them
	PathMain      = "main"      // the page's <main> or <article> held much more prose than the extractor's article
	PathFallback  = "fallback"  // the whole body was rendered and cleaned as text
)

// A Result is the outcome of cleaning one HTML page.
type Result struct {
	// Text is the cleaned article text under the output contract of
	// package boilerplate: blocks separated by one blank line, ending in
	// one '\n', empty when nothing is kept.
	Text string `json:"text"`

	// Removed are the text stage's removals; their offsets are into
	// Rendered.
	Removed []boilerplate.Removal `json:"removed"`

	// Rendered is the text the text Cleaner was given: the extracted
	// article (or, on the fallback path, the whole body) with one block per
	// paragraph, heading, list item and table row.
	Rendered string `json:"rendered"`

	// DOMRemoved are the elements the DOM rules removed, in document
	// order, followed by the title line that RuleLeadingTitle dropped, if
	// any, and the lines that RuleRepeatedParagraph dropped. Elements
	// without text are removed but not listed.
	DOMRemoved []DOMRemoval `json:"domRemoved"`

	// Metadata is what the page says about itself.
	Metadata Metadata `json:"metadata"`

	// Path is PathExtractor when the extractor's article was used,
	// PathContainer when the element holding the article's paragraphs was
	// rendered instead because it adds the headings, lists, tables or
	// paragraphs the extractor dropped from between them, PathMain when the page's largest <main>, <article> or role=main
	// element held much more prose than that article and was rendered
	// instead, and PathFallback when the extractor found nothing usable
	// (or the page could not be parsed into a tree) and the whole body was
	// rendered instead.
	Path string `json:"path"`

	// Language is the language of the text rules used, as reported by the
	// text Cleaner ("en").
	Language string `json:"language"`

	// Confidence is how sure the cleaner is that Text is the article, from
	// 0 to 1, as the text Cleaner rates it (see boilerplate.Result); Note
	// says why when it is low.
	Confidence float64 `json:"confidence"`
	Note       string  `json:"note,omitempty"`
}

// A DOMRemoval is one element removed by a DOM rule.
type DOMRemoval struct {
	Category boilerplate.Category `json:"category"`
	Rule     string               `json:"rule"` // full rule name: "dom/share/share-widget"
	// Path is a short path to the element: up to four elements with their
	// first class name, "body>div.share>ul", "…" where more were left out.
	Path string `json:"path"`
	// Text is the element's visible text with white space collapsed, cut
	// to about 300 bytes ("…" marks the cut).
	Text string `json:"text"`
}

// Metadata is what a page says about itself, as the extractor found it in
// its <meta> tags, JSON-LD and OpenGraph data. Fields it did not find are
// empty or zero.
type Metadata struct {
	Title    string    `json:"title,omitempty"`
	Author   string    `json:"author,omitempty"`
	Date     time.Time `json:"date,omitzero"` // publication date
	URL      string    `json:"url,omitempty"`
	SiteName string    `json:"siteName,omitempty"`
	Language string    `json:"language,omitempty"` // ISO 639-1 code the extractor detected
}
