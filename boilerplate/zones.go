package boilerplate

// The article zone: which run of lines is the article, and where it ends.
//
// Every line gets a weight: prose counts for its words, short non-sentence
// lines and rule hits count against. The article is the run of lines with
// the greatest total weight (a maximum-subarray search), so menus before it
// and link lists after it fall outside without any single line having to
// decide. An end marker ("Related articles", "Leave a Reply") cuts the run
// only once most of the article text lies before it.

// weights scores every line for the zone search. A run of menu-like lines
// costs more per line the longer it gets: two or three short lines between
// paragraphs are subheadings, twenty are a menu or a link list.
func (d *doc) weights() []int {
	w := make([]int, len(d.lines))
	run := 0
	for i := range w {
		w[i] = d.weight(i)
		switch {
		case w[i] > 0:
			run = 0
		case d.menuLike(i):
			run++
			if run > shortRun {
				w[i] -= runPenalty
			}
		}
	}
	return w
}

// commentsFollow reports whether the lines after the comment marker at i
// look like a comment thread: at least two comment rules ("NAME says:",
// a timestamp, "Reply") fire within the next twelve lines.
func (d *doc) commentsFollow(i int) bool {
	n := 0
	for k := i + 1; k < len(d.lines) && k <= i+12; k++ {
		if r := d.ruleOf(k); r != nil && r.Category == Comments {
			n++
		}
	}
	return n >= 2
}

// A run of more than shortRun menu-like lines costs runPenalty more for
// each further line. (Tuned on the development corpus: longer free runs
// keep menus, larger penalties cut lists out of articles.)
const shortRun, runPenalty = 2, 4

// weight scores line i for the zone search.
func (d *doc) weight(i int) int {
	li := &d.lines[i]
	words := li.ws.words + li.ws.cjk/2
	if li.rule >= 0 {
		return -(2 + words/2)
	}
	switch {
	case d.gluedTeaser(i):
		return -words
	case d.codeLike(i):
		return 0 // a code listing belongs to whatever text is around it
	case d.isProse(i):
		return words
	case li.endsSentence && words >= 4:
		if d.blurb(i) {
			return 0 // blurbs under links: "Security / Detect and respond to threats."
		}
		return words / 2
	case !d.menuLike(i) && words <= 8:
		return -1 // a list item, a table cell, a spec line
	}
	return -2
}

// maxRun returns the run [s, e] of w with the greatest positive sum, or
// s = -1 when no weight is positive.
func maxRun(w []int) (s, e int) {
	s, e = -1, -1
	best, sum, start := 0, 0, 0
	for i, x := range w {
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += x
		if sum > best {
			best, s, e = sum, start, i
		}
	}
	return s, e
}

// tailStart returns the index of the first end marker that comes after
// most of the article, or len(lines) if there is none. An end marker is a
// rule with the rest option, or a date line: after the article has begun,
// dates stand over the cards of a teaser list, not in the text. Comment
// sections are often longer than the article, so their markers need less
// text before them than other markers do.
func (d *doc) tailStart(w []int) int {
	if !d.enabled(HeuristicTailZone) {
		return len(d.lines)
	}
	total := 0
	for _, x := range w {
		total += max(x, 0)
	}
	before := 0
	for i := range d.lines {
		r := d.ruleOf(i)
		marker := r != nil && r.Rest
		if marker || r == nil && d.headerShape(i) {
			after := total - before
			if before >= 50 && (before >= 2*after || marker && r.Category == Comments && (before*4 >= after || d.commentsFollow(i))) {
				return i
			}
		}
		before += max(w[i], 0)
	}
	return len(d.lines)
}
