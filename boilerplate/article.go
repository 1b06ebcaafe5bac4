package boilerplate

import (
	"strings"
	"sync"
	"unicode"
)

// The article zone: which run of lines is the article, and where it ends.
//
// Every line gets a weight: prose counts for its words, short non-sentence
// lines and rule hits count against. The article is the run of lines with
// the greatest total weight (a maximum-subarray search), so menus before it
// and link lists after it fall outside without any single line having to
// decide. An end marker ("Related articles", "Leave a Reply") cuts the run
// only once most of the article text lies before it. The zone is found
// before the stages run, and they read it.

// article returns the article zone: the zone search on the lines before
// the first end marker, run again with off-topic prose counted against it
// (see topicWeights), then widened to the title above (over the article's
// head, with a site profile: see siteTitle) and a list the article
// introduces below.
func (d *doc) article() zone {
	if len(d.lines) == 0 {
		return zone{}
	}
	w := d.weights()
	tail := d.tailStart(w)
	s, e := maxRun(w[:tail])
	if s < 0 {
		return zone{}
	}
	w = d.topicWeights(w, s, e)
	if s, e = maxRun(w[:tail]); s < 0 {
		return zone{}
	}
	// What lies before or after the article with no sign of a page around
	// it (see pageSigns) is the article's: its closing list or table, the
	// title and lede of a text that is all article.
	if !d.pageSigns(0, s, true) {
		s = 0
	}
	// The same holds for a list on the article's topic that runs up to a
	// closing note.
	if f := d.firstSign(e+1, len(d.lines), false); f == len(d.lines) {
		e = len(d.lines) - 1
	} else if f > e+1 && len(d.lines)-f <= tailNote && d.continuesTopic(s, e, f) {
		e = f - 1
	}
	// A code listing goes with the article it borders; so does a list or
	// table above it (a recipe's ingredients over its method, a match's
	// statistics over its report), with the labels over and under it
	// ("Ingredients:", "Method:").
	for s > 0 && d.codeLike(s-1) {
		s--
	}
	s = d.listAbove(s)
	for e+1 < tail && d.codeLike(e+1) {
		e++
	}
	if t := d.siteTitle(s); t >= 0 {
		return zone{s: t, e: d.listAfter(e, tail), body: s, ok: true}
	}
	t := d.titleBefore(s)
	return zone{s: t, e: d.listAfter(e, tail), body: t, ok: true}
}

// weights scores every line for the zone search. A run of menu-like lines
// costs more per line the longer it gets: two or three short lines between
// paragraphs are subheadings, twenty are a menu or a link list.
func (d *doc) weights() []int {
	w := reuse(d.lineWeights, len(d.lines))[:len(d.lines)] // every line's is set below
	d.lineWeights = w
	run := 0
	offList := d.offTopicHeadlines()
	for i := range w {
		w[i] = d.weight(i)
		if w[i] > 0 && offList != nil && offList[i] {
			w[i] = -1 // a long headline of another story reads as prose
		}
		switch {
		case w[i] > 0 || d.codeLike(i) || d.listed(i):
			run = 0 // text, code and a paragraph's list end a menu run
		case d.menuLike(i):
			run++
			if run > shortRun {
				w[i] -= runPenalty
			}
		}
	}
	return w
}

// A run of more than shortRun menu-like lines costs runPenalty more for
// each further line. (Tuned on the development corpus: longer free runs
// keep menus, larger penalties cut lists out of articles.)
const shortRun, runPenalty = 2, 4

// weight scores line i for the zone search.
func (d *doc) weight(i int) int {
	li := &d.lines[i]
	words := int(li.ws.words) + int(li.ws.cjk)/2
	if d.codeLike(i) {
		return 0 // a code listing belongs to the text around it, whatever rules its lines match
	}
	if dataLine(d.lineText(i)) {
		return 0 // a widget's data a script left in the text is neither article nor page, however many words it holds
	}
	if r := d.ruleOf(i); r != nil && (r.Category == Caption || r.Category == Credit) {
		return 0 // pictures stand inside articles: their captions and credits say nothing of where the article ends
	}
	if li.rule >= 0 || d.siteRepeated(i) {
		return -(2 + words/2)
	}
	switch {
	case d.gluedTeaser(i):
		return -words
	case d.listed(i):
		return 0 // a list a paragraph introduces belongs to the text around it
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

// offTopicHeadlines marks the lines of the lists of headlines in d whose
// words, taken together, are not the words of its paragraphs: minHeadlines
// or more headline-shaped lines in a row (see headlineShape; none ends a
// sentence) that share fewer than topicMid of their content words with
// the paragraphs, which end in full stops. Those are lists of other
// stories, however long their headlines; a list on the text's topic (a
// checklist, the entries of a ranking) is the article's. Numbers between
// the headlines ("1", "2" of a most-read list) and the kickers over them
// ("BLACK DEATH FEARS") do not end the list. So
// are minHeadlines or more teasers in a row (a headline, then a summary of
// a sentence or two) off the topic of the paragraphs outside them. It
// returns nil when there is no such list.
func (d *doc) offTopicHeadlines() []bool {
	var marks []bool
	var words paragraphWords
	defer words.release()
	mark := func(from, to int) {
		// Only prose weighs for its words, so only a list holding
		// prose is worth judging: most lists of short headlines are
		// not (a menu, a row of section names).
		if d.anyProse(from, to) && words.offTopic(d, from, to) {
			if marks == nil {
				marks = make([]bool, len(d.lines))
			}
			for k := from; k < to; k++ {
				marks[k] = true
			}
		}
	}
	for i := 0; i < len(d.lines); {
		if !d.headlineShape(i) {
			i++
			continue
		}
		j, n := i, 0 // the run (headlines, numbers, kickers) and how many headlines it holds
		for j < len(d.lines) && (d.headlineShape(j) || len(d.sig(j)) <= maxListNumber || d.kicker(j)) {
			if d.headlineShape(j) {
				n++
			}
			j++
		}
		if n >= minHeadlines {
			mark(i, j)
		}
		i = j
	}
	// Teasers: headline, summary, headline, summary...
	for i := 0; i < len(d.lines); {
		j, n := i, 0
		for j+1 < len(d.lines) && d.headlineShape(j) && d.teaserSummary(j+1) {
			j, n = j+2, n+1
		}
		if n < minHeadlines {
			i++
			continue
		}
		mark(i, j)
		i = j
	}
	return marks
}

// paragraphWords counts the content words of a text's paragraphs (prose
// lines that end a sentence), by hash, to tell whether a list shares them.
// A teaser's summary is a paragraph too, so a list is judged against the
// paragraphs outside it: its own words are taken out while it is judged
// and put back after, one pass over the text and one over each list. A
// collision makes a list look on topic, which keeps it.
type paragraphWords struct {
	counts *[vocabBits]uint16 // taken from countsPool on first use
}

// countsPool holds cleared tables of word counts: most documents with a
// list to judge need one, and it is 64 KiB.
var countsPool = sync.Pool{New: func() any { return new([vocabBits]uint16) }}

// release clears the counts and gives them back to countsPool.
func (pw *paragraphWords) release() {
	if pw.counts != nil {
		clear(pw.counts[:])
		countsPool.Put(pw.counts)
		pw.counts = nil
	}
}

// offTopic reports whether the lines [from, to) share fewer than topicMid
// of their content words with the paragraphs outside them.
func (pw *paragraphWords) offTopic(d *doc, from, to int) bool {
	if pw.counts == nil {
		pw.counts = countsPool.Get().(*[vocabBits]uint16)
		pw.add(d, 0, len(d.lines), 1)
	}
	pw.add(d, from, to, -1)
	words, shared := 0, 0
	for k := from; k < to; k++ {
		d.contentWords(k, func(h uint64) {
			words++
			if pw.counts[h%vocabBits] > 0 {
				shared++
			}
		})
	}
	pw.add(d, from, to, 1)
	return float64(shared) < topicMid*float64(words)
}

// add adds delta to the counts of the words of the paragraphs in [from,
// to). A count that reached the largest value stays there.
func (pw *paragraphWords) add(d *doc, from, to, delta int) {
	for k := from; k < to; k++ {
		if !d.isProse(k) || !d.lines[k].endsSentence {
			continue
		}
		d.contentWords(k, func(h uint64) {
			if c := &pw.counts[h%vocabBits]; *c < 1<<16-1 && (delta > 0 || *c > 0) {
				*c = uint16(int(*c) + delta)
			}
		})
	}
}

// kicker reports whether line i is a kicker over a headline: a few words
// in capitals, no rule's ("BLACK DEATH FEARS", "‘NAÏVE AND TRUSTING’").
func (d *doc) kicker(i int) bool {
	li := &d.lines[i]
	if li.rule >= 0 || li.ws.words == 0 || li.ws.words > maxKickerWords {
		return false
	}
	for _, r := range d.sig(i) {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// maxKickerWords is the most words of a kicker.
const maxKickerWords = 4

// teaserSummary reports whether line i could be a teaser's summary: one
// sentence or two of prose, at most maxSummaryWords words.
func (d *doc) teaserSummary(i int) bool {
	return d.isProse(i) && d.lines[i].endsSentence && d.lines[i].ws.words <= maxSummaryWords
}

// maxSummaryWords is the longest summary under a teaser's headline.
const maxSummaryWords = 60

// maxListNumber is the longest line that numbers a list's entries: "1",
// "12.", "#3".
const maxListNumber = 3

// minHeadlines is the fewest headlines in a row that make a list of them:
// one or two are the article's subheadings.
const minHeadlines = 3

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
// rule with the rest option, a comment rule that more comment rules follow
// (the first "NAME says:" of a thread that has no heading), or a date
// line: after the article has begun, dates stand over the cards of a
// teaser list, not in the text. Comment
// sections are often longer than the article, so their markers need less
// text before them than other markers do. With the tail-zone heuristic
// switched off, nothing ends the article early.
func (d *doc) tailStart(w []int) int {
	if !d.c.stageEnabled(HeuristicTailZone) {
		return len(d.lines)
	}
	total := 0
	for _, x := range w {
		total += max(x, 0)
	}
	before := 0
	v := newVocab(d, func(i int) bool { return w[i] > 0 && d.isProse(i) })
	// The list of cards found last, the lines looked at for it (each line
	// is looked at once, see cardsEnd) and the positive weight of the
	// lines up to its end.
	cardsTo, scanned, cardsWeight := 0, 0, 0
	item := 0 // the number of the last numbered item seen ("12. …")
	for i := range d.lines {
		r := d.ruleOf(i)
		marker := r != nil && (r.Rest || r.Category == Comments && d.commentsFollow(i))
		n, numbered := itemNumber(d.sig(i))
		// A dated item that goes on with the numbering before it ("13.
		// ESSENCE Festival (July 3-5)" after item 12) is the next entry
		// of the article's own list, not the first card of another: a
		// list of other stories numbers its entries from one.
		goesOnNumbering := numbered && n > 1 && n == item+1
		if numbered {
			item = n
		}
		if marker || r == nil && d.headerShape(i) && !goesOnNumbering {
			after := total - before
			if !marker {
				// The summaries of a list of cards are not text the
				// article goes on with, however long the list.
				if i >= scanned {
					cardsTo, scanned = d.cardsEnd(i, v)
					cardsWeight = before
					for _, x := range w[i:cardsTo] {
						cardsWeight += max(x, 0)
					}
				}
				if i < cardsTo {
					after -= cardsWeight - before
				}
			}
			comments := marker && r.Category == Comments
			final := marker && (r.Category == Related || r.Category == Trending || r.Category == Share || comments && d.commentsFollow(i))
			if before >= 50 && (before >= 2*after || comments && (before*4 >= after || d.commentsFollow(i))) &&
				!(!final && d.goesOn(i, v, marker)) {
				return i
			}
		}
		before += max(w[i], 0)
	}
	return len(d.lines)
}

// cardsEnd returns the end of a list of story cards whose first date
// is line i, or i if none starts there, and the end of the lines it looked
// at (a later date before that end starts no other list): a date line that
// recurs at the same place in minCards or more groups of lines of the same
// length, each with a headline or an author beside its date (headline,
// author, date, summary), and whose summaries, taken together, are off the
// topic of the prose before them (v; compare topicMid). The period is what
// marks a list: a writer's dates fall where the story puts them, a
// template's every few lines. The topic tells the other stories of a list
// of cards from the entries of a timeline, which may be laid out as
// regularly.
func (d *doc) cardsEnd(i int, v *vocab) (end, scanned int) {
	scanned = i + 1
	for p := 2; p <= maxCardLines; p++ {
		n := 0
		for k := i; k < len(d.lines) && d.headerShape(k) && d.lines[k].rule < 0 && d.cardHeadline(k, p); k += p {
			n++
		}
		if n < minCards {
			continue
		}
		end = min(i+n*p, len(d.lines))
		v.upTo(d, i)
		if v.bits == nil {
			return i, end
		}
		words, shared := 0, 0
		for k := i; k < end; k++ {
			if d.isProse(k) {
				a, b := v.shares(d, k)
				words, shared = words+a, shared+b
			}
		}
		if float64(shared) >= topicMid*float64(words) {
			return i, end
		}
		return end, end
	}
	return i, scanned
}

// cardHeadline reports whether the lines less than p from the date at
// line i hold no other date and a line of two or more words that does not
// read as a paragraph (a headline, an author): a list of dated paragraphs
// is a timeline or a diary, not a list of cards.
func (d *doc) cardHeadline(i, p int) bool {
	head := false
	for k := max(i-p+1, 0); k < i+p && k < len(d.lines); k++ {
		switch {
		case k == i:
		case d.headerShape(k):
			return false
		case !d.isProse(k) && d.lines[k].ws.words >= 2:
			head = true
		}
	}
	return head
}

// A card has at most maxCardLines lines (headline, kicker, author, date,
// summary, "5 min read"); a list has at least minCards of them.
const maxCardLines, minCards = 6, 3

// goesOn reports whether the article goes on after the end marker at i:
// the next line with words, or if labels is true the next paragraph past a
// few short labels, is prose on the topic of the prose before it (v). A
// date over a card in a list of stories has such labels after it ("8 min
// read"), so only a marker that a rule names (labels true) looks past
// them, as past the axis of a chart after its "Updated" line. It is asked of the markers that can stand
// inside an article: a date (in a list of events, a chart's time stamp),
// a comment marker that no comment widgets follow ("Discussion" heading a
// section of a paper), an "Updated" line. After the phrases
// that end an article for good ("Related articles", "Most read", "Share
// this") come
// other stories, whose summaries can share the article's topic, and after
// a comment marker with comment widgets, comments.
func (d *doc) goesOn(i int, v *vocab, labels bool) bool {
	for k := i + 1; k < len(d.lines) && k <= i+goesOnLines; k++ {
		if d.isProse(k) {
			return d.lines[k].rule < 0 && v.onTopic(d, k)
		}
		if d.lines[k].ws.words == 0 {
			continue
		}
		if !labels || d.lines[k].ws.words > 3 || d.menuLike(k) {
			return false // a headline, a teaser, a menu: not the article's labels
		}
	}
	return false
}

// goesOnLines is how many lines after an end marker goesOn looks for the
// article's next paragraph, past short labels (the axis of a chart, a
// figure's number): a few.
const goesOnLines = 6

// continuesTopic reports whether the lines after the article [s, e], up to
// the first sign of the page at f, go on with its topic: their content
// words, taken together, are the prose's words as often as an on-topic
// paragraph's are (topicMid). The article's own closing list (the entries
// of a ranking it discusses, the dishes of a menu it reviews) names what
// the article named; a teaser list of other stories names other things.
func (d *doc) continuesTopic(s, e, f int) bool {
	if d.lang < 0 {
		return false
	}
	v := newVocab(d, func(i int) bool { return i >= s && i <= e && d.isProse(i) })
	v.upTo(d, e+1)
	if v.bits == nil {
		return false
	}
	words, shared := 0, 0
	for i := e + 1; i < f; i++ {
		w, sh := v.shares(d, i)
		words += w
		shared += sh
	}
	return words > 0 && float64(shared) >= topicCont*float64(words)
}

// A closing note is at most tailNote lines at the end of a text, after
// its last list: a source line, a disclaimer, a prompt. The chrome after a
// scraped article (links, footers, menus) runs on for dozens of lines.
// topicCont is the share of a closing list's content words that the
// article's prose holds: more than half, where a teaser list of other
// stories holds a few (compare topicMid, for a single paragraph).
const (
	tailNote  = 3
	topicCont = 0.5
)

// pageSigns reports whether the lines [from, to) show a sign of the page
// around an article: a line a rule decides, a menu written on one line, a
// headline glued to its summary, a run of minMenuRun menu-like lines, and,
// if strip is true, a date, clock or temperature (a weather and date strip
// above the article; below it, dates stand in the article's own lists of
// events as often). Scraped pages show dozens of them; a text that is all
// article rarely shows one, and none at all where it ends in a list, a
// table or code.
func (d *doc) pageSigns(from, to int, strip bool) bool {
	return d.firstSign(from, to, strip) < to
}

// firstSign returns the first line in [from, to) that shows a sign of the
// page (see pageSigns), the first line of a menu run, or to if none does.
func (d *doc) firstSign(from, to int, strip bool) int {
	run := 0
	for i := from; i < to; i++ {
		if d.codeLike(i) || d.listed(i) {
			run = 0
			continue // a listing's "author: x" is code, not a byline
		}
		if d.lines[i].rule >= 0 || d.separatedList(i) || d.gluedTeaser(i) || strip && d.headerShape(i) {
			return i
		}
		if d.menuLike(i) {
			if run++; run >= minMenuRun {
				return i - run + 1
			}
		} else {
			run = 0
		}
	}
	return to
}

// minMenuRun is the fewest menu-like lines in a row that make a menu:
// one or two are an article's subheadings.
const minMenuRun = 3

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

// listAbove returns the start of the article at s widened over the listed
// lines that stand right above it (see listItems: a list of quantities, a
// table of figures), with the label over them ("Zutaten:"). Between the
// list and the text there may be up to two short lines: a last item
// without an amount ("Mandelsplitter"), the label of the text
// ("Zubereitung:"). A list is listed only when its own shape says it is
// one (amounts opening its lines, figures at a fixed period), so a menu
// above the article stays outside.
func (d *doc) listAbove(s int) int {
	for s > 0 {
		k := s - 1
		for k >= 0 && k >= s-2 && !d.listed(k) && d.shortLabel(k) {
			k--
		}
		if k < 0 || !d.listed(k) || d.lines[k].rule >= 0 {
			break
		}
		s = k
	}
	if s < len(d.lines) && d.listed(s) && s > 0 && d.shortLabel(s-1) && d.endsWithColon(s-1) {
		s--
	}
	return s
}

// shortLabel reports whether line i is a few words that no rule decides
// and that read as no sentence: a label, a heading, an item.
func (d *doc) shortLabel(i int) bool {
	li := &d.lines[i]
	return li.rule < 0 && li.ws.words <= 4 && !li.endsSentence && !d.isProse(i)
}

// titleBefore returns the index of the article's title when it stands
// just before the article start s, perhaps with byline and date lines that
// the rules remove between them, so that the title is kept; otherwise s.
// A title printed twice in a row starts the article at its first copy.
func (d *doc) titleBefore(s int) int {
	i := s - 1
	for k := 0; i >= 0 && k < 4; k++ {
		r := d.ruleOf(i)
		if r == nil || r.Rest || r.Category != Byline && r.Category != Metadata && r.Category != Share {
			break
		}
		i--
	}
	if i < 0 || !d.titleShape(i) || d.lines[i].num < d.lines[i+1].num-2 {
		return s
	}
	if i > 0 && d.lines[i].num-d.lines[i-1].num <= 2 && strings.EqualFold(d.sig(i-1), d.sig(i)) {
		i--
	}
	return i
}

// titleShape reports whether line i could be a title: three to thirty
// words, starting upper case, not a date or a menu written on one line,
// decided by no rule.
func (d *doc) titleShape(i int) bool {
	li := &d.lines[i]
	if li.rule >= 0 {
		return false
	}
	if w := li.ws.words + li.ws.cjk/2; w < 3 || w > 30 || li.end-li.start > 250 {
		return false
	}
	return !d.headerShape(i) && !d.separatedList(i) && startsUpper(d.lineText(i))
}

// listAfter extends the article end e over a list that the article
// introduces: when its last line, or the line after it, is a lead-in ending
// in ":", the list items after it belong to the article even though each
// is too short to count as prose ("Tour dates:" and the dates). Items are
// lines of up to 40 words that no rule decides and that are not menu
// entries. It returns the new end.
func (d *doc) listAfter(e, tail int) int {
	lead := e
	if !d.endsWithColon(e) {
		lead = e + 1
		if lead >= tail || !d.endsWithColon(lead) || d.lines[lead].rule >= 0 || d.lines[lead].ws.words < 3 {
			return e
		}
	}
	end := lead
	for i := lead + 1; i < tail && i <= lead+maxListItems; i++ {
		li := &d.lines[i]
		if li.rule >= 0 || li.ws.words == 0 || li.ws.words > 40 || d.menuLike(i) || d.gluedTeaser(i) {
			break
		}
		end = i
	}
	if end == lead {
		return e // a lead-in with no list after it stays out
	}
	return end
}

// siteTitle looks above the article start s, with a site profile, for
// the article's title: the nearest title-shaped line, if the site's other
// pages never show it, with only the head of an article between it and s
// (lines that rules decide or the site repeats: its byline and date
// fields, share buttons, the lead picture's caption and credit) and a
// short byline or date line or two of the page's own. The site's other
// pages show their own titles, so a line unseen there is the page's; a
// headline they show is another story's, or a section's name. It returns
// -1 when there is no such title.
func (d *doc) siteTitle(s int) int {
	if d.site == nil || d.titleShape(s) && !d.lines[s].endsSentence {
		return -1 // no profile, or the article starts at its title already
	}
	own := 0
	for i, k := s-1, 0; i >= 0 && k < maxHeadLines; i, k = i-1, k+1 {
		if r := d.ruleOf(i); r != nil {
			if r.Rest && r.Category != Share || r.Category == Navigation || r.Category == Related || r.Category == Trending {
				return -1 // a share row heads articles as often as it ends them; other end markers do not
			}
			continue
		}
		if d.titleShape(i) && !hasClock(d.lineText(i)) {
			if d.site[i].Seen == 0 {
				return i
			}
			return -1 // a headline the site shows elsewhere: another story's, or a section's
		}
		if d.siteRepeated(i) {
			continue
		}
		// The head's own lines are its byline and its time: two at most,
		// and short. A longer line of the page's own is a dek, a
		// paragraph or another story's blurb, and ends the walk.
		if own++; own > maxHeadOwn || d.isProse(i) || d.lines[i].ws.words > maxHeadOwnWords {
			return -1
		}
	}
	return -1
}

// maxHeadLines is the most lines an article's head holds between its
// title and its first paragraph: a byline and a date, a share row of up
// to eight buttons with its label, the lead picture's caption and credit.
// maxHeadOwn and maxHeadOwnWords bound the lines of the page's own among
// them: a byline ("Jane Roe, @janeroe") and a time ("6:29 AM on
// 05/23/2013").
const (
	maxHeadLines    = 12
	maxHeadOwn      = 2
	maxHeadOwnWords = 6
)
