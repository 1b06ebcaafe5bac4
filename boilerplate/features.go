package boilerplate

import (
	"strings"
	"unicode"
)

// Line shapes: what a line looks like on its own (running text, a menu
// entry, code, a headline glued to its summary, a date), which the zone
// search weighs and the stages ask about. They are computed once per
// document, after its language is known, and stored in lineInfo.shape.
const (
	shapeProse     uint8 = 1 << iota // running text: see computeProse
	shapeMenu                        // a menu entry or link: see computeMenuLike
	shapeCode                        // part of a code listing: see computeCodeLike
	shapeGlued                       // a headline glued to its summary: see computeGluedTeaser
	shapeHeader                      // a temperature, clock or date: see computeHeaderShape
	shapeSeparated                   // a menu written on one line: see computeSeparatedList
)

// computeShapes sets the shape bits of every line.
func (d *doc) computeShapes() {
	for i := range d.lines {
		var f uint8
		if d.computeSeparatedList(i) {
			f |= shapeSeparated
		}
		d.lines[i].shape = f // computeProse and computeMenuLike ask separatedList
		if d.computeProse(i) {
			f |= shapeProse
		}
		if d.computeMenuLike(i) {
			f |= shapeMenu
		}
		if d.computeCodeLike(i) {
			f |= shapeCode
		}
		if d.computeGluedTeaser(i) {
			f |= shapeGlued
		}
		if d.computeHeaderShape(i) {
			f |= shapeHeader
		}
		d.lines[i].shape = f
	}
}

// isProse reports whether line i reads like a paragraph of running text.
func (d *doc) isProse(i int) bool { return d.lines[i].shape&shapeProse != 0 }

// menuLike reports whether line i looks like a menu entry or a link.
func (d *doc) menuLike(i int) bool { return d.lines[i].shape&shapeMenu != 0 }

// codeLike reports whether line i is part of a code listing.
func (d *doc) codeLike(i int) bool { return d.lines[i].shape&shapeCode != 0 }

// gluedTeaser reports whether line i is a headline glued to its summary.
func (d *doc) gluedTeaser(i int) bool { return d.lines[i].shape&shapeGlued != 0 }

// headerShape reports whether line i is a temperature, a clock or a date.
func (d *doc) headerShape(i int) bool { return d.lines[i].shape&shapeHeader != 0 }

// separatedList reports whether line i is a menu written on one line.
func (d *doc) separatedList(i int) bool { return d.lines[i].shape&shapeSeparated != 0 }

// blurb reports whether line i is a short sentence under a menu-like line
// in a list of such pairs: the line two before or two after it is one too.
func (d *doc) blurb(i int) bool {
	pair := func(k int) bool {
		return k > 0 && k < len(d.lines) && d.menuLike(k-1) && d.lines[k].endsSentence && !d.isProse(k)
	}
	return pair(i) && (pair(i-2) || pair(i+2))
}

// computeGluedTeaser reports whether line i is a headline glued to its summary,
// as teaser lists come out when their markup is dropped: "Council Backs New
// Bike LanesThe city council voted …". The glue is a lower-case letter
// followed by a capital that starts the summary, after at least three words
// that are mostly capitalised, with at least five words after it. Brand
// names ("McDonald", "YouTube") fail the capitalisation test of the words
// before them in running text.
func (d *doc) computeGluedTeaser(i int) bool {
	li := &d.lines[i]
	if li.ws.words < 8 || li.ws.glue[0] == 0 {
		return false
	}
	s := d.lineText(i)
	for _, g := range li.ws.glue {
		if g == 0 {
			break
		}
		k := int(g) - 1
		head := d.c.stop.countWords(s[:k], nil)
		if head.words < 3 || int(head.capWords)*10 < int(head.words)*6 {
			continue
		}
		if wordsAtLeast(s[k:], 5) {
			return true
		}
	}
	return false
}

// computeCodeLike reports whether line i is part of a code listing: a line with
// code punctuation or indentation, in a run of lines with no blank line
// between them (a <pre> block comes out that way; menus and paragraphs
// come out one block a line).
func (d *doc) computeCodeLike(i int) bool {
	li := &d.lines[i]
	if i > 0 && d.lines[i-1].num == li.num-1 || i+1 < len(d.lines) && d.lines[i+1].num == li.num+1 {
		s := d.lineText(i)
		if li.end-li.start > 200 {
			return false
		}
		indented := li.start > 0 && (d.text[li.start-1] == ' ' || d.text[li.start-1] == '\t')
		return indented || strings.ContainsAny(s, "{}();=<>[]") || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "//")
	}
	return false
}

// computeMenuLike reports whether line i looks like a menu entry or a link:
// one to five words, each capitalised, no digits, no sentence end.
func (d *doc) computeMenuLike(i int) bool {
	li := &d.lines[i]
	return li.ws.words > 0 && li.ws.words <= 5 && li.ws.capWords == li.ws.words &&
		li.ws.numWords == 0 && !li.endsSentence || d.separatedList(i)
}

// computeSeparatedList reports whether line i is three or more short items
// separated by "|", "•" or "·": "Home | News | Sport", a menu on one line.
func (d *doc) computeSeparatedList(i int) bool {
	s := d.lineText(i)
	if strings.IndexByte(s, '|') < 0 && !containsAfter(s, 0xA2, "\xE2\x80") && !containsAfter(s, 0xB7, "\xC2") {
		return false // no "|", "•" (E2 80 A2) or "·" (C2 B7)
	}
	items, words := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case r == '|' || r == '•' || r == '·':
			if words > 0 {
				items++
			}
			if words > 4 {
				return false
			}
			words, inWord = 0, false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				words++
				inWord = true
			}
		default:
			inWord = false
		}
	}
	if words > 4 {
		return false
	}
	if words > 0 {
		items++
	}
	return items >= 3
}

// containsAfter reports whether s holds the byte last preceded by lead: a
// multi-byte rune found by its last byte, which is rarer in text than its
// first (E2 and C2 start curly quotes, dashes, « and the no-break space).
func containsAfter(s string, last byte, lead string) bool {
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], last)
		if k < 0 {
			return false
		}
		j := i + k
		if j >= len(lead) && s[j-len(lead):j] == lead {
			return true
		}
		i = j + 1
	}
	return false
}

// computeProse reports whether line i reads like a paragraph of running text:
// long enough, and rich in stop words (or, for a language without a
// stop-word list, ending like a sentence).
func (d *doc) computeProse(i int) bool {
	li := &d.lines[i]
	if li.ws.cjk >= 40 {
		return true
	}
	w := int(li.ws.words)
	if w < 10 || int(li.ws.capWords)*10 >= w*7 || d.separatedList(i) {
		return false // short, or a menu glued into a line
	}
	if d.lang < 0 {
		return li.endsSentence || w >= 25
	}
	return int(li.ws.stops[d.lang])*100 >= w*15
}
