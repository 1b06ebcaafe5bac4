package main

import (
	"fmt"
	"io"
	"strconv"
)

// writeExplain lists a document's removals, one per line, as
//
//	NAME:LINE<TAB>CATEGORY<TAB>RULE<TAB>"TEXT"
//
// with the text quoted so that each removal stays on one line. For an HTML
// page the elements dropped before text extraction come first, with their
// element path in place of the line number, and the elements a rule
// matched but that were kept, as
//
//	NAME:PATH<TAB>kept<TAB>RULE<TAB>"REASON"
//
// After them, when the result is unsure or the page took another way to
// its article than the extractor's, a line
//
//	NAME<TAB>confidence 0.20<TAB>"NOTE"
//	NAME<TAB>path container<TAB>"REASON"
//
// Names, paths and rule names come from the input and the rule files: they
// are escaped (see termSafe).
func writeExplain(w io.Writer, name string, out outcome) {
	name = quoteName(name)
	for _, d := range out.dom() {
		fmt.Fprintf(w, "%s:%s\t%s\t%s\t%s\n", name, termSafe(d.Path), termSafe(string(d.Category)), termSafe(d.Rule), strconv.Quote(d.Text))
	}
	if out.res.Page != nil {
		for _, v := range out.res.Page.DOMVetoed {
			fmt.Fprintf(w, "%s:%s\tkept\t%s\t%s\n", name, termSafe(v.Path), termSafe(v.Rule), strconv.Quote(v.Reason))
		}
	}
	for _, r := range out.res.Removed {
		fmt.Fprintf(w, "%s:%d\t%s\t%s\t%s\n", name, r.Line, termSafe(string(r.Category)), termSafe(r.Rule), strconv.Quote(r.Text))
	}
	if out.res.Note != "" || out.res.Confidence < 0.5 {
		fmt.Fprintf(w, "%s\tconfidence %.2f\t%s\n", name, out.res.Confidence, strconv.Quote(out.res.Note))
	}
	if p := out.res.Page; p != nil && p.PathReason != "" {
		fmt.Fprintf(w, "%s\tpath %s\t%s\n", name, termSafe(p.Path), strconv.Quote(p.PathReason))
	}
}
