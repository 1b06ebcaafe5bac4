package htmlclean

import (
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// RuleRepeatedParagraph is the name of the heuristic that drops later
// copies of a paragraph of the extracted article (a pull quote, a section
// the page prints twice). Shorter lines that recur (headings, list items,
// lines of code) are kept: in an extracted article they are mostly the
// article's own. Like a DOM rule, it is reported in Result.DOMRemoved and
// disabled by name (or with "dom/*"); KeepCategories with
// boilerplate.Duplicate keeps the copies too.
const RuleRepeatedParagraph = "dom/duplicate/repeated-paragraph"

// minCopyWords is the fewest words of a line that RuleRepeatedParagraph
// drops when it repeats an earlier one.
const minCopyWords = 12

// dropCopies removes from rendered every line of at least minCopyWords
// words whose letters and digits (lineKey) repeat an earlier line, and
// reports them. rendered is in blocks; the result is too.
func dropCopies(rendered string) (string, []removedNode) {
	var (
		b       strings.Builder
		removed []removedNode
		seen    = map[string]bool{}
		blank   bool
	)
	for _, line := range strings.Split(rendered, "\n") {
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if wordCount(line, minCopyWords) >= minCopyWords {
			k := lineKey(line)
			if seen[k] {
				removed = append(removed, removedNode{rem: DOMRemoval{Category: boilerplate.Duplicate,
					Rule: RuleRepeatedParagraph, Path: "text", Text: cutText(line, maxReportText)}, report: true})
				continue
			}
			seen[k] = true
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	if removed == nil {
		return rendered, nil
	}
	return b.String(), removed
}

// cutText returns s cut to about max bytes at a rune boundary, with "…"
// added where it was cut.
func cutText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
