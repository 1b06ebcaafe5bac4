package boilerplate

import (
	"strings"
	"unicode"
)

// captions removes caption shapes that sit alone between two paragraphs of
// the article [s, e]:
//
//   - a person's name that the paragraph before or after names too (the
//     photo of the person quoted), unless the name recurs as a line of its
//     own, as speaker labels in an interview do;
//   - image alt text shaped like a file name: a capitalised word, then only
//     content words and at least two numbers, ending in a year.
func (d *doc) captions(s, e int) {
	for i := s + 1; i < e; i++ {
		if d.verdict[i].remove || d.lines[i].rule >= 0 {
			continue
		}
		prev, next := d.keptBefore(i, s), d.keptAfter(i, e)
		if prev < 0 || next < 0 || !d.isProse(prev) || !d.isProse(next) {
			continue
		}
		switch {
		case d.enabled(HeuristicPerson) && d.personCaption(i, prev, next):
			d.remove(i, Caption, HeuristicPerson)
		case d.enabled(HeuristicSlug) && d.slugShape(i):
			d.remove(i, Caption, HeuristicSlug)
		}
	}
}

// personCaption reports whether line i, between prose lines prev and next,
// is a person's name alone that one of them names too, and not a speaker
// label: no colon, and no other line is the same name.
func (d *doc) personCaption(i, prev, next int) bool {
	li := &d.lines[i]
	if li.ws.words > 4 || li.ws.capWords != li.ws.words || d.endsWithColon(i) {
		return false
	}
	name := d.lineText(i)
	if !personName(name) {
		return false
	}
	named := strings.Contains(d.lineText(prev), name) || strings.Contains(d.lineText(next), name)
	return named && d.lineCount(name) == 1
}

func (d *doc) lineText(i int) string { return d.text[d.lines[i].start:d.lines[i].end] }

func (d *doc) endsWithColon(i int) bool {
	t := d.lineText(i)
	return strings.HasSuffix(t, ":")
}

// lineCount counts the lines whose whole text is t. The counts of all
// short lines are taken on first use, so a document full of name lines
// costs one pass, not one pass per line.
func (d *doc) lineCount(t string) int {
	if d.shortLines == nil {
		d.shortLines = make(map[string]int)
		for i := range d.lines {
			if li := &d.lines[i]; li.end-li.start <= maxNameLine {
				d.shortLines[d.lineText(i)]++
			}
		}
	}
	return d.shortLines[t]
}

// maxNameLine is the longest line lineCount counts.
const maxNameLine = 64

// keptBefore returns the nearest line before i (not before s) that is kept so far, or -1.
func (d *doc) keptBefore(i, s int) int {
	for k := i - 1; k >= s; k-- {
		if !d.verdict[k].remove {
			return k
		}
	}
	return -1
}

// keptAfter returns the nearest line after i (not after e) that is kept so far, or -1.
func (d *doc) keptAfter(i, e int) int {
	for k := i + 1; k <= e; k++ {
		if !d.verdict[k].remove {
			return k
		}
	}
	return -1
}

// slugShape reports whether line i looks like alt text made from an image
// file name: "Washington 28 state gathering 2017".
func (d *doc) slugShape(i int) bool {
	li := &d.lines[i]
	if li.ws.words < 4 || li.ws.words > 10 || li.ws.capWords > 2 || li.ws.numWords < 2 || li.endsSentence {
		return false
	}
	if d.lang >= 0 && li.ws.stops[d.lang] > 0 {
		return false
	}
	text := d.lineText(i)
	if !startsUpper(text) {
		return false
	}
	f := strings.Fields(text)
	last := f[len(f)-1]
	if len(last) != 4 || !(strings.HasPrefix(last, "19") || strings.HasPrefix(last, "20")) {
		return false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' {
			return false
		}
	}
	return true
}
