package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line shapes: what a line looks like on its own (running text, a menu
// entry, code, a headline, a headline glued to its summary, a date), which
// the zone search weighs and the stages ask about. They are computed once per
// document, after its language is known, and stored in lineInfo.shape.
const (
	shapeProse     uint8 = 1 << iota // running text: see computeProse
	shapeMenu                        // a menu entry or link: see computeMenuLike
	shapeCode                        // part of a code listing: see computeCodeLike
	shapeGlued                       // a headline glued to its summary: see computeGluedTeaser
	shapeHeader                      // a temperature, clock or date: see computeHeaderShape
	shapeSeparated                   // a menu written on one line: see computeSeparatedList
	shapeListed                      // an item of a list a paragraph introduces, or a table row: see listItems
	shapeHeadline                    // a headline: see computeHeadlineShape
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
		if d.computeHeadlineShape(i) {
			f |= shapeHeadline
		}
		d.lines[i].shape = f
	}
	d.codeBlocks()
	d.listItems()
}

// listItems marks the rows of tables written with tabs (see tableRow), and
// the lines of the lists that a paragraph introduces: the
// short lines after a paragraph of prose ending in ":", up to the next
// paragraph, at most maxListItems of them, none decided by a rule. Such a
// list is the article's, however much its items look like a menu ("Below
// are the categories I use:" and "Pens", "Pencils", "Markers"). A menu's
// lead-in is no paragraph: "Share this:", "Follow us:". A table written one
// cell per line runs on past that bound while its rows are numbered (see
// numberedRowsEnd), and the cells of tables of figures are marked
// wherever they stand (see figureTables).
func (d *doc) listItems() {
	for i := range d.lines {
		if tableRow(d.lineText(i)) {
			d.lines[i].shape |= shapeListed
		}
		if !d.isProse(i) || !d.endsWithColon(i) {
			continue
		}
		end := i + 1
		for end < len(d.lines) && end <= i+maxListItems && !d.isProse(end) && d.lines[end].rule < 0 {
			end++
		}
		end = max(end, d.numberedRowsEnd(i+1))
		for k := i + 1; k < end; k++ {
			d.lines[k].shape |= shapeListed
		}
	}
	d.quantityLists()
	d.figureTables()
}

// quantityLists marks the lines of lists of quantities: a recipe's
// ingredients ("200 g Zucker", "1 TL Zimt", "2 cups flour"), a kit's
// parts. minQuantities or more lines that open with an amount, with at
// most short lines among them ("Salt", "For the dough:"), and amounts on
// at least half of the lines. A menu's entries open with words, and a
// list of figures (see figureTables) with the figures at the end.
func (d *doc) quantityLists() {
	for i := 0; i < len(d.lines); {
		if !d.quantityLine(i) {
			i++
			continue
		}
		end, n := i, 0 // the run, and how many of its lines are amounts
		for k := i; k < len(d.lines) && d.lines[k].rule < 0 && !d.isProse(k) && d.lines[k].ws.words <= maxQuantityWords; k++ {
			if d.quantityLine(k) {
				n++
				end = k + 1
			} else if k-end >= 1 {
				break // two lines in a row without an amount end the list
			}
		}
		if n >= minQuantities && 2*n >= end-i {
			for k := i; k < end; k++ {
				d.lines[k].shape |= shapeListed
			}
		}
		i = max(end, i+1)
	}
}

// quantityLine reports whether line i is an amount and what it measures:
// a number or a fraction ("200", "1,5", "1/2", "½", "2-3"), then a word,
// in a short line that ends no sentence.
func (d *doc) quantityLine(i int) bool {
	li := &d.lines[i]
	if li.ws.words < 2 || li.ws.words > maxQuantityWords || li.endsSentence || li.rule >= 0 || d.isProse(i) {
		return false
	}
	s := d.sig(i)
	k := 0
	for k < len(s) && ('0' <= s[k] && s[k] <= '9' || s[k] == ',' || s[k] == '.' || s[k] == '/' || s[k] == '-') {
		k++
	}
	if k == 0 && s != "" && s[0] >= utf8.RuneSelf { // the fractions are past ASCII
		for _, f := range []string{"½", "¼", "¾", "⅓", "⅔", "⅛"} {
			if strings.HasPrefix(s, f) {
				k = len(f)
				break
			}
		}
	}
	if k == 0 || k >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[k:], " "))
	return unicode.IsLetter(r)
}

// minQuantities is the fewest amounts that make a list of them (two are a
// sentence's figures set out), and maxQuantityWords the longest line
// such a list holds ("2 tablespoons liquid castile soap (or dish soap)").
const minQuantities, maxQuantityWords = 3, 10

// figureTables marks the cells of the tables written one cell per line
// that have a column of figures: for a row width p up to maxColumns, a
// figure (see figure) every p lines for minFigureRows rows or more, with
// no prose and no line a rule decides among the rows. A column of
// measured values ("41.2", "$1,350", "12%") between short labels is a
// table of data, which the article holds; menus and link lists have no
// such column. The cells weigh nothing in the zone search, as a list a
// paragraph introduces: the table neither sinks the article around it nor
// makes the article of a page that has none. Lists of figures whose rows
// differ in length follow (see figureLists).
func (d *doc) figureTables() {
	n := len(d.lines)
	fig := make([]bool, n)
	// The figures' lines, in order: each row width is tried from each of
	// them, and a document has far fewer of them than lines.
	var figs []int
	for i := range fig {
		fig[i] = d.lines[i].rule < 0 && !d.isProse(i) && figure(d.sig(i))
		if fig[i] {
			figs = append(figs, i)
		}
	}
	if figs == nil {
		return
	}
	for p := 2; p <= maxColumns; p++ {
		for _, k := range figs {
			if k >= p && fig[k-p] || d.listed(k) {
				continue // not the first figure of a column, or in a table found already
			}
			rows := 1
			for k+rows*p < n && fig[k+rows*p] {
				rows++
			}
			if rows < minFigureRows {
				continue
			}
			from, to := max(k-p+1, 0), min(k+(rows-1)*p+p-1, n-1)
			for from < k && (d.isProse(from) || d.lines[from].rule >= 0) {
				from++
			}
			for to > k && (d.isProse(to) || d.lines[to].rule >= 0) {
				to--
			}
			clean := true
			for j := from; j <= to && clean; j++ {
				clean = !d.isProse(j) && d.lines[j].rule < 0
			}
			if clean {
				for j := from; j <= to; j++ {
					d.lines[j].shape |= shapeListed
				}
			}
		}
	}
	d.figureLists(fig)
}

// figureLists marks the lines of lists of priced or measured items written
// one item per line, whose layout varies from item to item (a note under
// some prices): minFigureRows or more figures with at most maxFigureGap
// lines between each and the next, and no line a rule decides among them.
// The lines between that are not prose (the items' names) weigh nothing
// in the zone search, as figureTables' cells.
func (d *doc) figureLists(fig []bool) {
	first, last, count := -1, -1, 0
	flush := func() {
		if count >= minFigureRows {
			for j := max(first-1, 0); j <= last; j++ {
				if !d.isProse(j) && d.lines[j].rule < 0 {
					d.lines[j].shape |= shapeListed
				}
			}
		}
		first, last, count = -1, -1, 0
	}
	for i := range d.lines {
		switch {
		case d.lines[i].rule >= 0:
			flush()
		case fig[i]:
			if last >= 0 && i-last > maxFigureGap+1 {
				flush()
			}
			if first < 0 {
				first = i
			}
			last = i
			count++
		}
	}
	flush()
}

// maxFigureGap is the most lines between two figures of one list: an
// item's name, and a note or two under its price.
const maxFigureGap = 3

// minFigureRows is the fewest rows that make a column of figures a table:
// five measured values at the same distance do not happen by chance.
const minFigureRows = 5

// figure reports whether s is a measured value as a table cell has it: digits
// with a decimal or thousands separator, a percent sign or a currency sign
// ("41.2", "1,350", "12%", "$99"), and nothing but signs and spaces
// besides. A bare small number is no figure: ranks, counts and list numbers
// are written so, in menus too.
func figure(s string) bool {
	if s == "" || len(s) > 24 {
		return false
	}
	digits, marks := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ',' || r == '%' || r == '$' || r == '€' || r == '£' || r == '¥':
			marks++
		case r == '+' || r == '-' || r == '−' || r == '–' || r == ' ':
		default:
			return false
		}
	}
	return digits > 0 && (marks > 0 || digits >= 4)
}

// numberedRowsEnd returns the end of a table written one cell per line
// that starts at line from: after a header row, at least minNumberedRows
// rows of the same number of cells, each opening with its number (1, 2,
// 3, …), and no line of prose or decided by a rule among them. It returns
// from when there is none. Rankings and standings come out of a page so,
// one line per cell, and can run far past maxListItems; the counting is
// what tells them from a menu, whose entries are not numbered in turn.
func (d *doc) numberedRowsEnd(from int) int {
	one := -1
	for k := from; k < len(d.lines) && k <= from+maxColumns; k++ {
		if n, ok := rowNumber(d.sig(k)); ok && n == 1 {
			one = k
			break
		}
	}
	if one < 0 {
		return from
	}
	for p := 2; p <= maxColumns; p++ {
		rows := 1
		for k := one + p; k < len(d.lines); k += p {
			if n, ok := rowNumber(d.sig(k)); !ok || n != rows+1 {
				break
			}
			rows++
		}
		if rows < minNumberedRows {
			continue
		}
		end := min(one+rows*p, len(d.lines))
		for k := from; k < end; k++ {
			if d.isProse(k) || d.lines[k].rule >= 0 {
				return from
			}
		}
		return end
	}
	return from
}

// rowNumber reads s as a row's number: digits only, as a table's first
// cell has them ("12", or "12." once significant has cut the point).
func rowNumber(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// itemNumber reads the number that opens an item of a numbered list: "12."
// or "12)" and a space before the item's words.
func itemNumber(s string) (int, bool) {
	k := 0
	for k < len(s) && k < 6 && '0' <= s[k] && s[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(s) || s[k] != '.' && s[k] != ')' || s[k+1] != ' ' {
		return 0, false
	}
	n, _ := rowNumber(s[:k])
	return n, true
}

// maxColumns bounds the cells of a row of a table written one cell per
// line: wider tables do not fit an article's column. minNumberedRows is
// the fewest numbered rows that make such a table: three numbers in turn
// at a fixed distance do not happen by chance in a menu.
const maxColumns, minNumberedRows = 16, 3

// tableRow reports whether s is a row of a table written with tabs between
// its cells ("1. San Jose, CA\t84.7"): text pasted or exported from a
// table keeps them, and page chrome has none.
func tableRow(s string) bool {
	i := strings.IndexByte(s, '\t')
	return i > 0 && strings.TrimSpace(s[i:]) != ""
}

// maxListItems bounds the list that a paragraph introduces.
const maxListItems = 100

// listed reports whether line i is an item of a list a paragraph
// introduces.
func (d *doc) listed(i int) bool { return d.lines[i].shape&shapeListed != 0 }

// codeBlocks marks as code every line of a block (lines with no blank line
// between them, as a <pre> block comes out) whose lines are code for the
// most part, or whose first and last lines are (a listing opens and closes
// with code: "enum Status {" … "}"): the enum values and bare identifiers
// of a listing have no code punctuation of their own.
func (d *doc) codeBlocks() {
	for start := 0; start < len(d.lines); {
		end := start + 1
		for end < len(d.lines) && d.lines[end].num == d.lines[end-1].num+1 {
			end++
		}
		// Judge the block by its lines that are not prose: a paragraph
		// often runs straight into the listing it introduces.
		first, last, n, code := -1, -1, 0, 0
		for i := start; i < end; i++ {
			if d.isProse(i) {
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
			n++
			if d.codeLike(i) {
				code++
			}
		}
		if n >= 3 && (2*code >= n || d.codeLike(first) && d.codeLike(last)) {
			for i := start; i < end; i++ {
				if !d.isProse(i) {
					d.lines[i].shape |= shapeCode
				}
			}
		}
		start = end
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
//
// A headline glued to a copy of itself is a teaser too: a link's text
// and its title or the picture's alt text come out as one line, "Council
// Backs New Bike Lanes Council Backs New Bike Lanes". No sentence of an
// article says its own words twice in a row.
func (d *doc) computeGluedTeaser(i int) bool {
	li := &d.lines[i]
	s := d.lineText(i)
	if li.ws.words >= 2*minDoubledWords && doubled(s) {
		return true
	}
	if li.ws.words < 8 || li.ws.glue[0] == 0 {
		return false
	}
	for _, g := range li.ws.glue {
		if g == 0 {
			break
		}
		k := int(g) - 1
		if j := lastWordStart(s[:k]); k-j < 3 {
			continue // a name's prefix: "DiCaprio", "McDonald", "LeBron", "iPhone"
		}
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

// minDoubledWords is the fewest words of a doubled headline (see doubled):
// a word or two said twice ("Yes yes", "Bye bye") is speech.
const minDoubledWords = 3

// doubled reports whether s is a text followed by a copy of itself, glued
// or after one space.
func doubled(s string) bool {
	s = strings.TrimSpace(s)
	h := len(s) / 2
	if len(s)%2 == 1 {
		return s[h] == ' ' && s[:h] == s[h+1:]
	}
	return h > 0 && s[:h] == s[h:]
}

// lastWordStart returns where the last run of letters of s starts.
func lastWordStart(s string) int {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return i
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
	if !d.lines[i].ws.seps {
		return false // no "|", "•" or "·"
	}
	s := d.lineText(i)
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
	if int(li.ws.capWords)*2 >= w && titleCased(d.lineText(i)) {
		return false // a headline in title case, however long
	}
	if d.lang < 0 {
		return li.endsSentence || w >= 25
	}
	return int(li.ws.stops[d.lang])*100 >= w*15
}
