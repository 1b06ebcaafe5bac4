package htmlclean

import (
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// Which way a Result's text was found; see Result.Path.
const (
	PathExtractor = "extractor" // the extractor found the article
	PathContainer = "container" // the extractor's article, with the headings, lists, tables and sections of its flow that it left out put back
	PathFallback  = "fallback"  // the extractor found nothing, or took a widget for the article, or the page is past what it reads in linear time: the whole body was rendered and cleaned as text
)

// A Result is the outcome of cleaning one HTML page.
type Result struct {
	// Text is the cleaned article text under the output contract of
	// package boilerplate: blocks separated by one blank line, ending in
	// one '\n', empty when nothing is kept.
	Text string `json:"text"`

	// Removed are the removals from the rendered article: the text
	// stage's, the page title at its start (RuleLeadingTitle) and
	// paragraphs printed twice (RuleRepeatedParagraph). Their offsets are
	// into Rendered.
	Removed []boilerplate.Removal `json:"removed"`

	// Rendered is the text the text Cleaner was given: the extracted
	// article (or, on the fallback path, the whole body) with one block per
	// paragraph, heading, list item and table row.
	Rendered string `json:"rendered"`

	// DOMRemoved are the elements the DOM rules matched, in document
	// order; their text is not in Rendered. Elements without text are not
	// listed.
	DOMRemoved []DOMRemoval `json:"domRemoved"`

	// Metadata is what the page says about itself.
	Metadata Metadata `json:"metadata"`

	// Path says how the article was found: PathExtractor when the
	// extractor's article was used as it was, PathContainer when blocks of
	// its flow that the extractor left out (headings, lists, tables,
	// sections beside its own) were put back, PathFallback when the
	// extractor found nothing usable (or took a comment section or story
	// list for the article, or the page could not be parsed into a tree,
	// or has more paragraphs, list items or elements than the extractor
	// reads in linear time) and the whole body was rendered and cleaned
	// instead.
	// PathReason says why.
	Path string `json:"path"`

	// PathReason says why Path was taken, when it is not PathExtractor.
	PathReason string `json:"pathReason,omitempty"`

	// DOMVetoed are the elements a DOM rule matched but that were kept,
	// each with the reason: the extractor chose much of their text as the
	// article.
	DOMVetoed []DOMVeto `json:"domVetoed,omitempty"`

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

// A DOMVeto is an element a DOM rule matched but that was kept.
type DOMVeto struct {
	DOMRemoval
	Reason string `json:"reason"`
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
