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
	n := 0
	for i := range d.lines {
		if d.verdict[i].remove || d.lines[i].span >= 0 {
			n++
		}
	}
	res := Result{Removed: make([]Removal, 0, n)} // never nil: "removed": [] in JSON
	kept := make([][2]int, len(d.lines))
	for i := range d.lines {
		li := &d.lines[i]
		v := d.verdict[i]
		if v.remove {
			res.Removed = append(res.Removed, d.withEvidence(i, d.removal(li.start, li.end, li.num, v.cat, v.rule)))
			continue
		}
		kept[i] = [2]int{li.start, li.end}
		if li.span >= 0 {
			r := &d.m.rules[li.span]
			s, e := li.spanAt[0], li.spanAt[1]
			if d.c.keep[r.Category] {
				continue
			}
			rest := [2]int{e, li.end}
			if s > li.start { // the span ends the line
				rest = [2]int{li.start, s}
			}
			rs, re := trimSpan(d.text, rest[0], rest[1])
			if rs >= re {
				res.Removed = append(res.Removed, d.removal(li.start, li.end, li.num, r.Category, r.name))
				kept[i] = [2]int{}
				continue
			}
			res.Removed = append(res.Removed, d.removal(s, e, li.num, r.Category, r.name))
			kept[i] = [2]int{rs, re}
		}
	}
	res.Text = render(d.text, d.lines, kept)
	res.Confidence, res.Note = d.confidence()
	if d.lang >= 0 {
		res.Language = languages[d.lang]
	}
	return res
}

func (d *doc) removal(start, end, num int, cat Category, rule string) Removal {
	return Removal{Start: start, End: end, Line: num, Category: cat, Rule: rule, Text: d.text[start:end]}
}

// render writes the kept part kept[i] of each line under the output
// contract: a removed or blank line between two kept lines ends a block,
// blocks are separated by one blank line, and the text ends with one "\n".
// A line with an empty kept part is removed.
func render(text string, lines []lineInfo, kept [][2]int) string {
	n := 0
	for _, k := range kept {
		n += k[1] - k[0] + 2
	}
	var b strings.Builder
	b.Grow(n)
	prev := -1 // index of the previous kept line
	for i, k := range kept {
		if k[0] >= k[1] {
			continue
		}
		if prev >= 0 {
			if prev == i-1 && lines[prev].num == lines[i].num-1 {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(text[k[0]:k[1]])
		prev = i
	}
	if prev >= 0 {
		b.WriteByte('\n')
	}
	return b.String()
}
