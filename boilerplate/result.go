package boilerplate

import "strings"

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

	// Profile, for a removal by the site profile (Rule
	// "profile/site-repeated"), says on how many of the profile's pages
	// the line was seen; zero otherwise.
	Profile ProfileEvidence `json:"profile,omitzero"`
}

// result renders the kept text and the removal report.
func (d *doc) result() Result {
	n, size := 0, 0
	for i := range d.lines {
		k, removed := d.keptPart(i)
		if removed {
			n++
		}
		size += k[1] - k[0] + 2
	}
	res := Result{Removed: make([]Removal, 0, n)} // never nil: "removed": [] in JSON
	var b strings.Builder
	b.Grow(size)
	prev := -1 // index of the previous kept line
	for i := range d.lines {
		k, removed := d.keptPart(i)
		if removed {
			res.Removed = append(res.Removed, d.withEvidence(i, d.removalOf(i, k)))
		}
		if k[0] >= k[1] {
			continue
		}
		// A removed or blank line between two kept lines ends a block;
		// blocks are separated by one blank line.
		if prev >= 0 {
			if prev == i-1 && d.lines[prev].num == d.lines[i].num-1 {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(d.text[k[0]:k[1]])
		prev = i
	}
	if prev >= 0 {
		b.WriteByte('\n')
	}
	res.Text = b.String()
	res.Confidence, res.Note = d.confidence()
	if d.lang >= 0 {
		res.Language = languages[d.lang]
	}
	return res
}

// keptPart returns the part of line i that is kept (empty when none is),
// and whether anything of it is removed: the whole line when a stage
// removed it, or the span a span rule cut (the whole line when nothing is
// left beside the span).
func (d *doc) keptPart(i int) (kept [2]int, removed bool) {
	li := &d.lines[i]
	if d.verdict[i].removed() {
		return [2]int{}, true
	}
	span, at := d.spanRule(i)
	if span < 0 || d.c.keep[d.m.rules[span].Category] {
		return [2]int{li.start, li.end}, false
	}
	s, e := at[0], at[1]
	rest := [2]int{e, li.end}
	if s > li.start { // the span ends the line
		rest = [2]int{li.start, s}
	}
	rs, re := trimSpan(d.text, rest[0], rest[1])
	if rs >= re {
		return [2]int{}, true
	}
	return [2]int{rs, re}, true
}

// removalOf returns the removal from line i, whose kept part is kept (see
// keptPart).
func (d *doc) removalOf(i int, kept [2]int) Removal {
	li := &d.lines[i]
	if v := d.verdict[i]; v.removed() {
		return d.removal(li.start, li.end, li.num, v.cat, v.rule)
	}
	span, at := d.spanRule(i)
	r := &d.m.rules[span]
	if kept[0] >= kept[1] {
		return d.removal(li.start, li.end, li.num, r.Category, r.name)
	}
	return d.removal(at[0], at[1], li.num, r.Category, r.name)
}

func (d *doc) removal(start, end, num int, cat Category, rule string) Removal {
	return Removal{Start: start, End: end, Line: num, Category: cat, Rule: rule, Text: d.text[start:end]}
}
