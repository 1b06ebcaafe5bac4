package boilerplate

import (
	"strings"
)

// repeatedLines removes copies of nearby lines inside the article [s, e]:
//
//   - a breadcrumb glued to the title ("HomeWorldTitle" above "Title");
//   - a cluster of adjacent near-copies in the body: image alt text, its
//     caption and credit, or a teaser headline with an alt-text name before
//     it. Sentences make it a caption, headlines a related-story teaser; at
//     the top of the article it is the title or lede printed twice, and a
//     long paragraph printed twice is no caption: there the first copy stays;
//   - a later copy of the article's title: a duplicate.
func repeatedLines(d *doc) {
	if !d.zone.ok {
		return
	}
	s, e := d.zone.s, d.zone.e
	firstProse := e + 1
	for i := s; i <= e; i++ {
		if d.isProse(i) && d.lines[i].rule < 0 {
			firstProse = i
			break
		}
	}
	for i := s; i < e; i++ {
		if d.verdict[i].removed() && d.verdict[i].rule != HeuristicRepeated {
			continue
		}
		j := i + 1
		if d.gluedPrefix(i, j) {
			d.remove(i, Navigation, HeuristicRepeated)
			continue
		}
		if !d.nearCopy(i, j) {
			continue
		}
		k := j
		for k+1 <= e && d.nearCopy(k, k+1) {
			k++
		}
		if i <= firstProse || d.lines[i].ws.words >= longCopy {
			// The title or lede printed twice, or a paragraph repeated:
			// the first copy is the article's.
			for m := i + 1; m <= k; m++ {
				d.remove(m, Duplicate, HeuristicRepeated)
			}
			i = k
			continue
		}
		cat := Related
		for m := i; m <= k; m++ {
			if r := d.ruleOf(m); r != nil && r.Category == Credit || d.lines[m].endsSentence {
				cat = Caption
			}
		}
		for m := i; m <= k; m++ {
			if r := d.ruleOf(m); r != nil && r.Category == Credit {
				if !d.c.keep[Credit] {
					d.remove(m, Caption, r.name)
				}
			} else {
				d.remove(m, cat, HeuristicRepeated)
			}
		}
		i = k
	}
	d.laterCopies(s, e)
}

// maxCopyLine is the longest line compared for containment: captions and
// headlines are short, and the search is quadratic in the worst case.
const maxCopyLine = 600

// longCopy is the length in words from which a line repeated next to
// itself is a repeated paragraph, not a caption.
const longCopy = 40

// laterCopies removes later copies inside the article [s, e]: of the
// article's title (a title-shaped line among its first lines, printed
// again in a breadcrumb, a share box, a "you are reading" bar), and of
// whole passages: minPassage or more lines in a row that repeat earlier
// lines in the same order (a page that holds its article twice, for print
// or for small screens). A line or two said twice are the article's own (a
// refrain, a heading or a label that recurs in a table, an answer repeated
// in a summary) and stay.
func (d *doc) laterCopies(s, e int) {
	title := -1
	for i := s; i <= e && i < s+titleLines; i++ {
		if !d.verdict[i].removed() && d.titleShape(i) {
			title = i
			break
		}
	}
	// The first line of each text, in an open-addressing table keyed by
	// the folded hash of the line: slots hold line index + 1, 0 is empty.
	size := 16
	for size < 2*(e-s+1) {
		size *= 2
	}
	slots := reuse(d.copySlots, size)[:size]
	clear(slots)
	d.copySlots = slots
	mask := uint64(size - 1)
	for i := s; i <= e; i++ {
		if d.verdict[i].removed() || d.codeLike(i) {
			continue // a listing repeats its own lines: braces, returns
		}
		if title >= 0 && i > title && strings.EqualFold(d.sig(title), d.sig(i)) {
			d.remove(i, Duplicate, HeuristicRepeated)
			continue
		}
		j := -1
		for k := foldHash(d.sig(i)) & mask; ; k = (k + 1) & mask {
			if slots[k] == 0 {
				slots[k] = int32(i + 1)
				break
			}
			if f := int(slots[k]) - 1; strings.EqualFold(d.sig(f), d.sig(i)) {
				j = f
				break
			}
		}
		if j < 0 {
			continue
		}
		n := 0 // lines from i on that repeat the lines from j on
		for i+n <= e && j+n < i && !d.codeLike(i+n) && strings.EqualFold(d.sig(j+n), d.sig(i+n)) {
			n++
		}
		if n < minPassage {
			continue
		}
		if !d.anyProse(i, i+n) {
			i += n - 1 // labels, not a copy; their own repeats are no copy either
			continue
		}
		for k := i; k < i+n; k++ {
			d.remove(k, Duplicate, HeuristicRepeated)
		}
		i += n - 1
	}
}

// anyProse reports whether a line in [from, to) is prose. A page printed
// twice repeats its paragraphs; a catalogue or a table repeats its labels
// ("Available from Amazon", a feature shared by two products), and those
// stay.
func (d *doc) anyProse(from, to int) bool {
	for i := from; i < to; i++ {
		if d.isProse(i) {
			return true
		}
	}
	return false
}

// minPassage is the fewest lines in a row, repeating earlier lines in the
// same order, that make a copied passage rather than a repeated label.
const minPassage = 3

// titleLines is how many lines from the start of the article its title is
// looked for in: a kicker or a date may come before it.
const titleLines = 3

// gluedPrefix reports whether line i is line j with words glued in front of
// it without a space, as breadcrumbs run into a title: "HomeWorldTitle".
func (d *doc) gluedPrefix(i, j int) bool {
	a, b := d.sig(i), d.sig(j)
	if len(b) < 20 || len(a) <= len(b) || !strings.HasSuffix(a, b) {
		return false
	}
	p := a[:len(a)-len(b)]
	last := p[len(p)-1]
	return 'a' <= last && last <= 'z' || 'A' <= last && last <= 'Z'
}

// nearCopy reports whether lines i and j are adjacent in the input (at most
// one blank line apart) and one equals or contains the other, ignoring case,
// the shorter being at least 20 bytes, four words and 60% of the longer.
func (d *doc) nearCopy(i, j int) bool {
	li, lj := &d.lines[i], &d.lines[j]
	if lj.num-li.num > 2 || li.ws.words < 4 || lj.ws.words < 4 {
		return false
	}
	a, b := d.sig(i), d.sig(j)
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < 20 || len(b)*10 < len(a)*6 || len(a) > maxCopyLine {
		return false
	}
	if len(a) == len(b) {
		return strings.EqualFold(a, b)
	}
	return containsFold(a, b)
}
