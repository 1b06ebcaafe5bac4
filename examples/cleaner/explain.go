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
// element path in place of the line number. Names, paths and rule names
// come from the input and the rule files: they are escaped (see termSafe).
func writeExplain(w io.Writer, name string, out outcome) {
	name = quoteName(name)
	for _, d := range out.dom() {
		fmt.Fprintf(w, "%s:%s\t%s\t%s\t%s\n", name, termSafe(d.Path), termSafe(string(d.Category)), termSafe(d.Rule), strconv.Quote(d.Text))
	}
	for _, r := range out.res.Removed {
		fmt.Fprintf(w, "%s:%d\t%s\t%s\t%s\n", name, r.Line, termSafe(string(r.Category)), termSafe(r.Rule), strconv.Quote(r.Text))
	}
}
