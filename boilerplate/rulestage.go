package boilerplate

// The rules stage: a line that a rule matches is removed with the rule's
// category and name, except where the line is the article's own.

// ruleStage removes the lines that rules decide. Inside the article zone
// it spares code listings ("author: User!" in a listing is code, not a
// byline), paragraphs of prose that a rule's phrase does not open (see
// ruleInProse) and the headings of the article's sections (see
// headsParagraph). Without an article zone, every rule acts.
func ruleStage(d *doc) {
	for i := range d.lines {
		if d.lines[i].rule < 0 {
			continue
		}
		if d.zone.in(i) && (d.codeLike(i) || d.ruleInProse(i) || d.headsParagraph(i)) {
			continue
		}
		d.removeByRule(i)
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
// without such company).
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
	return d.ruleSpan(i)[0]-d.lines[i].sigStart > proseRuleOffset
}

// headsParagraph reports whether line i, which a rule matches, is the
// heading of the paragraph under it: that paragraph reads as prose, no
// rule decides it, and it names the whole line as a word, in the same case
// ("YouTube", then "YouTube marketing is integral for …"; "Email", then
// "Email remains the cheapest way …"). A share button or a menu entry
// stands among other buttons and entries, not over a paragraph about
// itself; the case keeps a paragraph that merely uses the word ("Share"
// over "… their fair share of …") from sparing a button. End markers
// ("Comments", "Related") are not spared: what follows them is theirs.
func (d *doc) headsParagraph(i int) bool {
	r := d.ruleOf(i)
	if r == nil || r.Rest || i+1 >= len(d.lines) {
		return false
	}
	next := i + 1
	return d.lines[next].rule < 0 && d.isProse(next) && containsWord(d.sig(next), d.sig(i))
}

// minPrompts is how many distinct prompt rules must match a paragraph for
// them to remove it wherever their phrases stand.
const minPrompts = 2

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
	if cat == Credit && d.hasTextBesides(i, d.ruleSpan(i)) {
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
