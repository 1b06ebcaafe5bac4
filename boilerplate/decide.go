package boilerplate

import "strings"

// decide fills d.verdict: it finds the article, then lets the zone
// heuristics take what lies before and after it, and the rules and
// heuristics act inside it.
func (d *doc) decide() {
	if len(d.lines) == 0 {
		return
	}
	s, e, ok := d.article()
	if !ok {
		// No article-like text at all: only the rules can say anything.
		for i := range d.lines {
			d.removeByRule(i)
		}
		return
	}
	if d.enabled(HeuristicHeaderZone) {
		for i := 0; i < s; i++ {
			d.headerZone(i, s)
		}
	}
	for i := s; i <= e; i++ {
		if !d.codeLike(i) && !d.ruleInProse(i) {
			d.removeByRule(i)
		}
	}
	d.repeatedLines(s, e)
	d.captions(s, e)
	d.teasers(s, e)
	d.tailZone(e)
	// Lines before the article that no zone heuristic took still answer to
	// the rules.
	for i := 0; i < s; i++ {
		d.removeByRule(i)
	}
}

// article returns the first and last line of the article: the zone search
// on the lines before the first end marker, run again with off-topic prose
// counted against it, then widened to the title above and a list the
// article introduces below.
func (d *doc) article() (s, e int, ok bool) {
	w := d.weights()
	tail := d.tailStart(w)
	if s, e = maxRun(w[:tail]); s < 0 {
		return 0, 0, false
	}
	w = d.topicWeights(w, s, e)
	if s, e = maxRun(w[:tail]); s < 0 {
		return 0, 0, false
	}
	return d.titleBefore(s), d.listAfter(e, tail), true
}

// tailZone removes the lines after the article's last line e: each with its
// own rule if one fires, otherwise with the category of the last rule seen
// in the tail ("Most Popular" and the headlines under it), or by its shape.
func (d *doc) tailZone(e int) {
	tailCat := Category("")
	for i := e + 1; i < len(d.lines); i++ {
		if r := d.ruleOf(i); r != nil {
			d.removeByRule(i)
			tailCat = r.Category
			continue
		}
		if !d.enabled(HeuristicTailZone) {
			continue
		}
		cat := tailCat
		if cat == "" {
			cat = Related
			if d.lines[i].ws.words < 4 || d.menuLike(i) {
				cat = Navigation
			}
		}
		d.remove(i, cat, HeuristicTailZone)
	}
}

// ruleInProse reports whether the rule that fires on line i, a line inside
// the article, should be overruled because the line is a paragraph of the
// article: it reads as prose and the rule's phrase does not open it ("…
// the company uses cookies to follow users", "Brokers may earn a
// commission …"), or the rule is a byline rule, whose shapes ("X is a
// reporter for Y") are also sentences of news stories. Credit rules are not
// overruled: a credit closes its caption. Nor is a prompt rule on a line
// that two or more prompt rules match: a paragraph that asks readers to
// subscribe and to follow, or to share and to sponsor, is a prompt
// wherever its phrases stand (a signal rule, Rule.Signal, decides nothing
// without such company: see dropLoneSignals). Code listings are overruled
// by the caller: "author: User!" in a listing is code, not a byline.
func (d *doc) ruleInProse(i int) bool {
	r := d.ruleOf(i)
	if r == nil || r.Match == MatchLine || !d.isProse(i) {
		return false
	}
	if isPrompt(r.Category) && d.lines[i].prompts >= minPrompts {
		return false
	}
	switch r.Category {
	case Byline:
		return true
	case Credit, Caption:
		return false // a credit ends its caption: its place is the shape
	}
	return d.lines[i].ruleSpan[0]-d.lines[i].sigStart > proseRuleOffset
}

// minPrompts is how many distinct prompt rules must match a paragraph for
// them to remove it wherever their phrases stand.
const minPrompts = 2

// isPrompt reports whether rules of category c ask something of the
// reader: to subscribe, to share or follow, to buy or sponsor.
func isPrompt(c Category) bool { return c == Subscribe || c == Share || c == Advert }

// proseRuleOffset is how far into a paragraph a rule's phrase may start
// and still decide it: "This website uses cookies …" is a banner.
const proseRuleOffset = 24

// removeByRule removes line i if a rule decides it. A credit rule that fires
// on a line with caption text besides the credit files the line as a caption.
func (d *doc) removeByRule(i int) {
	r := d.ruleOf(i)
	if r == nil {
		return
	}
	cat := r.Category
	if d.c.keep[cat] {
		return // a kept credit stays, even where it would be filed as a caption
	}
	if cat == Credit && d.hasTextBesides(i, d.lines[i].ruleSpan) {
		cat = Caption
	}
	d.remove(i, cat, r.name)
}

// hasTextBesides reports whether line i has four or more words outside span.
func (d *doc) hasTextBesides(i int, span [2]int) bool {
	li := &d.lines[i]
	before := d.c.stop.countWords(d.text[li.start:span[0]], nil).words
	after := d.c.stop.countWords(d.text[span[1]:li.end], nil).words
	return before+after >= 4
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

// maxListItems bounds the list that listAfter takes into the article.
const maxListItems = 100

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

// headerZone removes line i, which lies before the article start s.
func (d *doc) headerZone(i, s int) {
	if d.lines[i].rule >= 0 {
		d.removeByRule(i)
		return
	}
	cat := Navigation
	if d.headerShape(i) || d.placeName(i) && (i > 0 && d.headerShape(i-1) || i+1 < s && d.headerShape(i+1)) {
		cat = Header
	}
	d.remove(i, cat, HeuristicHeaderZone)
}
