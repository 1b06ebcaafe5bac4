package boilerplate

// A doc is one document while it is being cleaned. It lives for one call of
// Clean, so a Cleaner itself holds no per-call state. Its lines and their
// features are computed once by analyze and only read afterwards; the
// stages write nothing but verdicts.
type doc struct {
	text  string
	lines []lineInfo
	words []wordEntry // words of four or more bytes, by line (lineInfo.w0)
	hits  []ruleHit   // where the rules matched, for the lines they matched (lineInfo.hit)
	m     *matcher
	lang  int // index into languages, or -1
	zone  zone
	c     *Cleaner

	verdict []verdict
}

// A verdict is the decision about one line: kept, or removed with a
// category and the name of the rule or heuristic that decided it.
type verdict struct {
	remove bool
	cat    Category
	rule   string
}

// A zone is the run of lines [s, e] that is the article; ok is false when
// the document has no article-like text at all.
type zone struct {
	s, e int
	ok   bool
}

// in reports whether line i lies in the zone.
func (z zone) in(i int) bool { return z.ok && i >= z.s && i <= z.e }

// Clean returns text without its boilerplate, and the report of what was
// removed. It never fails: any input, including invalid UTF-8, gives a
// best-effort Result.
func (c *Cleaner) Clean(text string) Result {
	d := c.analyze(text)
	d.runStages()
	return d.result()
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
// the rules that match each line, the lines' shapes and the article zone.
func (c *Cleaner) analyze(text string) *doc {
	d := &doc{text: text, c: c, lang: c.lang, words: make([]wordEntry, 0, len(text)/7)}
	d.lines = c.stop.analyzeLines(text, &d.words)
	if d.lang < 0 {
		d.lang = detectLanguage(d.lines)
	}
	k := d.lang
	if k < 0 {
		k = nlang
	}
	d.m = c.matchers[k]
	d.hits = d.m.matchRules(text, d.lines, c.off[k])
	d.computeShapes()
	d.zone = d.article()
	d.verdict = make([]verdict, len(d.lines))
	return d
}

// remove marks line i as removed unless its category is kept by the options
// or an earlier stage has decided it.
func (d *doc) remove(i int, cat Category, rule string) {
	if d.verdict[i].remove || d.c.keep[cat] {
		return
	}
	d.verdict[i] = verdict{remove: true, cat: cat, rule: rule}
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

// wordsOf returns the words of four or more bytes of line i.
func (d *doc) wordsOf(i int) []wordEntry {
	end := len(d.words)
	if i+1 < len(d.lines) {
		end = int(d.lines[i+1].w0)
	}
	return d.words[d.lines[i].w0:end]
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

// betweenProse reports whether line i, inside the article, stands between
// two kept paragraphs of prose; it returns them.
func (d *doc) betweenProse(i int) (prev, next int, ok bool) {
	prev, next = d.keptBefore(i, d.zone.s), d.keptAfter(i, d.zone.e)
	return prev, next, prev >= 0 && next >= 0 && d.isProse(prev) && d.isProse(next)
}

// contentWords calls fn with the hash of each word of line i that is at
// least four bytes long and not a stop word (see wordEntry).
func (d *doc) contentWords(i int, fn func(uint64)) {
	for _, e := range d.wordsOf(i) {
		if d.lang < 0 || e.stop&(1<<d.lang) == 0 {
			fn(e.h)
		}
	}
}
