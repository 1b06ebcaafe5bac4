package boilerplate

// A Result is the outcome of cleaning one document.
//
// Text is the kept text under the output contract: kept lines in input order,
// trimmed of surrounding white space, runs of adjacent kept lines separated
// from the next run by exactly one blank line, ending in one '\n' (empty when
// nothing is kept). Every character of Text comes from the input.
type Result struct {
	Text     string    `json:"text"`
	Removed  []Removal `json:"removed"`
	Language string    `json:"language"` // language of the rules and stop words used, e.g. "en"; "" when none was detected

	// Confidence is how sure the cleaner is that Text is the article, from 0
	// to 1. It is low when the cleaner removed almost everything or found no
	// article-like text; Note then says why.
	Confidence float64 `json:"confidence"`
	Note       string  `json:"note,omitempty"`
}

// A Removal is one span of the input that the cleaner removed. Removals in a
// Result are sorted by Start and never overlap.
type Removal struct {
	Start    int      `json:"start"` // byte offset of the first removed byte in the input
	End      int      `json:"end"`   // byte offset just past the last removed byte
	Line     int      `json:"line"`  // 1-based line number of Start
	Category Category `json:"category"`
	Rule     string   `json:"rule"` // stable name of the rule or heuristic that decided it
	Text     string   `json:"text"` // the removed text, input[Start:End]
}
