package boilerplate

// markedRule names a removal that a caller marked without a rule name.
const markedRule = "marked"

// CleanMarked is Clean for text some of whose lines the caller has
// already decided, as package htmlclean does for the page's title and for
// paragraphs printed twice. Each mark removes every line it overlaps, with
// the mark's Category and Rule, as if a stage had decided it before all
// others (KeepCategories still applies); Start and End are byte offsets
// into text, and marks may come in any order. The stages take those lines
// as removed, and Result.Removed reports them, with their offsets and line
// numbers, among the Cleaner's own removals.
func (c *Cleaner) CleanMarked(text string, marks []Removal) Result {
	return c.CleanPlaced(text, marks, nil)
}

// ProseWords returns, for each non-blank line of text in order, the number
// of words of the line when Clean would take it for a paragraph of running
// text (long enough, not a menu, rich in the stop words of the document's
// language), and 0 otherwise. Callers that choose among renderings of a
// page measure them with it, so that "prose" means one thing everywhere.
func (c *Cleaner) ProseWords(text string) []int {
	d := &doc{text: text, c: c, lang: c.lang}
	d.lines = c.stop.analyzeLines(text, nil, nil) // no stage reads the words
	if d.lang < 0 {
		d.lang = detectLanguage(d.lines)
	}
	out := make([]int, len(d.lines))
	for i := range d.lines {
		if d.computeSeparatedList(i) {
			d.lines[i].shape |= shapeSeparated
		}
		if d.computeProse(i) {
			out[i] = int(d.lines[i].ws.words) + int(d.lines[i].ws.cjk)/2
		}
	}
	return out
}
