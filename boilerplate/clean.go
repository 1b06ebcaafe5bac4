package boilerplate

// A doc is one document while it is being cleaned. It lives for one call of
// Clean, so a Cleaner itself holds no per-call state. Its lines and their
// features are computed once by analyze and only read afterwards; the
// stages write nothing but verdicts.
type doc struct {
	text  string
	lines []lineInfo
	words wordList  // words of four or more bytes, by line (lineInfo.w0)
	hits  []ruleHit // where the rules matched, for the lines they matched (lineInfo.hit)
	m     *matcher
	lang  int // index into languages, or -1
	zone  zone
	c     *Cleaner

	verdict []verdict

	// site holds, with Options.Profile, on how many of the site's pages
	// each line was seen (profilestage.go); nil without a profile.
	site []ProfileEvidence
	// links says, for text whose places were given (CleanPlaced), which
	// lines are links in their page; nil when that is not known.
	links []bool

	// topic is the room for topicWeights' list of the prose lines' words,
	// which a finished doc leaves to the next (see docBuffers).
	topic []uint64
	// rules is the room the rules are matched in (see matchRules), which
	// hits points into; like topic, it is room a finished doc leaves to
	// the next.
	rules matchRoom
	// lineWeights and copySlots are room for the lines' weights in the zone
	// search (see weights) and for laterCopies' table, which a finished
	// doc leaves to the next as well.
	lineWeights []int
	copySlots   []int32
	// buffers is where d's buffers go when it is finished: the
	// docBuffers it took them from, or a new one (see release).
	buffers *docBuffers
}

// A verdict is the decision about one line: kept, or removed with a
// category and the name of the rule or heuristic that decided it.
type verdict struct {
	cat  Category
	rule string // "" while the line is kept
}

// removed reports whether the verdict removes its line.
func (v verdict) removed() bool { return v.rule != "" }

// A zone is the run of lines [s, e] that is the article; ok is false when
// the document has no article-like text at all. When the article's title
// was found above its head (see siteTitle), body is where the text under
// the head starts, and the head's own lines between are not the article's;
// otherwise body is s.
type zone struct {
	s, e int
	body int
	ok   bool
}

// in reports whether line i lies in the zone.
func (z zone) in(i int) bool { return z.ok && i >= z.s && i <= z.e }

// Clean returns text without its boilerplate, and the report of what was
// removed. It never fails: any input, including invalid UTF-8, gives a
// best-effort Result.
func (c *Cleaner) Clean(text string) Result {
	d := c.analyze(text, nil)
	d.runStages()
	res := d.result()
	d.release()
	return res
}

// runStages runs the stages the Cleaner has switched on, in order.
func (d *doc) runStages() {
	for k := range stages {
		if !d.c.stageOff[k] {
			stages[k].run(d)
		}
	}
}

// analyze reads text into a doc: its lines and their words, its language,
// the rules that match each line, the lines' shapes, what the site
// profile knows of them (with places, the caller's: see CleanPlaced) and
// the article zone.
func (c *Cleaner) analyze(text string, places []Place) *doc {
	// Words of four or more bytes and the space after them: at most one
	// per five bytes, about one per seven in prose.
	d := &doc{text: text, c: c, lang: c.lang}
	buf := c.takeBuffers()
	d.buffers = buf
	d.words.h, d.words.stop = reuse(buf.words.h, len(text)/7), reuse(buf.words.stop, len(text)/7)
	d.topic, d.lineWeights, d.copySlots = buf.topic, buf.lineWeights, buf.copySlots
	d.lines = c.stop.analyzeLines(text, &d.words, buf.lines)
	if d.lang < 0 {
		d.lang = detectLanguage(d.lines)
	}
	k := d.lang
	if k < 0 {
		k = nlang
	}
	d.m = c.matchers[k]
	d.rules = buf.rules
	d.hits = d.m.matchRules(text, d.lines, c.off[k], &d.rules)
	d.computeShapes()
	d.siteEvidence(places)
	d.placeLinks(places)
	d.zone = d.article()
	d.verdict = reuse(buf.verdict, len(d.lines))[:len(d.lines)]
	clear(d.verdict)
	return d
}

// docBuffers are the buffers of a doc that the next doc may reuse (see
// Cleaner.buffers): nothing in a Result points into them.
type docBuffers struct {
	lines       []lineInfo
	words       wordList
	verdict     []verdict
	topic       []uint64
	rules       matchRoom
	lineWeights []int
	copySlots   []int32
}

// takeBuffers returns the buffers a finished doc left, or none.
func (c *Cleaner) takeBuffers() *docBuffers {
	if c.buffers != nil {
		if b, ok := c.buffers.Get().(*docBuffers); ok {
			return b
		}
	}
	return &docBuffers{}
}

// release gives d's buffers to the next doc; d is not used afterwards.
func (d *doc) release() {
	if d.c.buffers != nil {
		*d.buffers = docBuffers{
			lines:       d.lines[:0],
			words:       wordList{h: d.words.h[:0], stop: d.words.stop[:0]},
			verdict:     d.verdict[:0],
			topic:       d.topic[:0],
			rules:       d.rules,
			lineWeights: d.lineWeights[:0],
			copySlots:   d.copySlots[:0],
		}
		d.c.buffers.Put(d.buffers)
	}
	*d = doc{}
}

// reuse returns buf emptied when it has room for n elements, else a new
// slice with that room.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) >= n {
		return buf[:0]
	}
	return make([]T, 0, n)
}

// remove marks line i as removed unless its category is kept by the options
// or an earlier stage has decided it.
func (d *doc) remove(i int, cat Category, rule string) {
	if d.verdict[i].removed() || d.c.keep[cat] {
		return
	}
	if rule == "" {
		rule = markedRule // a caller's mark without a name (see CleanMarked)
	}
	d.verdict[i] = verdict{cat: cat, rule: rule}
}

// ruleOf returns the rule deciding line i, or nil.
func (d *doc) ruleOf(i int) *compiledRule {
	if id := d.lines[i].rule; id >= 0 {
		return &d.m.rules[id]
	}
	return nil
}

// ruleSpan returns where the rule deciding line i matched it (offsets into
// the text); only for a line a rule decides.
func (d *doc) ruleSpan(i int) [2]int { return d.hits[d.lines[i].hit].ruleSpan }

// spanRule returns the span rule that cuts part of line i and where it
// matched, or -1.
func (d *doc) spanRule(i int) (int32, [2]int) {
	if h := d.lines[i].hit; h >= 0 {
		return d.hits[h].span, d.hits[h].spanAt
	}
	return -1, [2]int{}
}

// wordsOf returns the words of four or more bytes of line i: their hashes
// and stop masks.
func (d *doc) wordsOf(i int) ([]uint64, []stopMask) {
	end := len(d.words.h)
	if i+1 < len(d.lines) {
		end = int(d.lines[i+1].w0)
	}
	w0 := d.lines[i].w0
	return d.words.h[w0:end], d.words.stop[w0:end]
}

// lineText returns the text of line i.
func (d *doc) lineText(i int) string { return d.text[d.lines[i].start:d.lines[i].end] }

// sig returns the significant text of line i (see significant).
func (d *doc) sig(i int) string { return d.text[d.lines[i].sigStart:d.lines[i].sigEnd] }

// endsWithColon reports whether line i ends in ":", as a lead-in does.
func (d *doc) endsWithColon(i int) bool {
	t := d.lineText(i)
	return len(t) > 0 && t[len(t)-1] == ':'
}

// keptBefore returns the nearest line before i (not before s) that is kept so far, or -1.
func (d *doc) keptBefore(i, s int) int {
	for k := i - 1; k >= s; k-- {
		if !d.verdict[k].removed() {
			return k
		}
	}
	return -1
}

// keptAfter returns the nearest line after i (not after e) that is kept so far, or -1.
func (d *doc) keptAfter(i, e int) int {
	for k := i + 1; k <= e; k++ {
		if !d.verdict[k].removed() {
			return k
		}
	}
	return -1
}

// betweenProse reports whether line i, inside the article, stands between
// two kept paragraphs of prose; it returns them.
func (d *doc) betweenProse(i int) (prev, next int, ok bool) {
	prev, next = d.keptBefore(i, d.zone.s), d.keptAfter(i, d.zone.e)
	return prev, next, prev >= 0 && next >= 0 && d.isProse(prev) && d.isProse(next)
}

// contentWords calls fn with the hash of each word of line i that is at
// least four bytes long and not a stop word (see wordList).
func (d *doc) contentWords(i int, fn func(uint64)) {
	hs, stops := d.wordsOf(i)
	stop := d.stopBit()
	for k, h := range hs {
		if stops[k]&stop == 0 {
			fn(h)
		}
	}
}

// stopBit returns the bit of the document's language in a stopMask, or 0
// when it has none (then no word is a stop word).
func (d *doc) stopBit() stopMask {
	if d.lang < 0 {
		return 0
	}
	return 1 << d.lang
}
