package boilerplate

// A verdict is the decision about one line: kept, or removed with a
// category and the name of the rule or heuristic that decided it.
type verdict struct {
	remove bool
	cat    Category
	rule   string
}

// A doc is one document while it is being cleaned. It lives for one call of
// Clean, so a Cleaner itself holds no per-call state.
type doc struct {
	text    string
	lines   []lineInfo
	words   []wordEntry // words of four or more bytes, by line (lineInfo.w0, w1)
	m       *matcher
	lang    int // index into languages, or -1
	verdict []verdict
	shapes  []uint8 // see shape
	c       *Cleaner

	shortLines map[string]int // see lineCount
}

// Clean returns text without its boilerplate, and the report of what was
// removed. It never fails: any input, including invalid UTF-8, gives a
// best-effort Result.
func (c *Cleaner) Clean(text string) Result {
	d := &doc{text: text, c: c, words: make([]wordEntry, 0, len(text)/7)}
	d.lines = c.analyzeLines(text, &d.words)
	d.lang = c.lang
	langName := ""
	if d.lang < 0 {
		d.lang, langName = detectLanguage(d.lines)
	} else {
		langName = languages[d.lang]
	}
	if d.lang >= 0 {
		d.m = c.matchers[d.lang]
	} else {
		d.m = c.matchers[nlang]
	}
	d.m.matchRules(text, d.lines)
	d.m.dropLoneSignals(d.lines)
	d.verdict = make([]verdict, len(d.lines))
	d.shapes = make([]uint8, len(d.lines))
	d.decide()
	res := d.result()
	res.Language = langName
	return res
}

// enabled reports whether a heuristic may act.
func (d *doc) enabled(name string) bool { return !d.c.disabled(name) }

// remove marks line i as removed unless its category is kept by the options
// or it is already decided.
func (d *doc) remove(i int, cat Category, rule string) {
	if d.verdict[i].remove || d.c.keep[cat] || d.c.disabled(rule) {
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

// result renders the kept text and the removal report.
func (d *doc) result() Result {
	n := 0
	for i := range d.lines {
		if d.verdict[i].remove || d.lines[i].span >= 0 {
			n++
		}
	}
	res := Result{Removed: make([]Removal, 0, n)} // never nil: "removed": [] in JSON
	kept := make([][2]int, len(d.lines))
	for i := range d.lines {
		li := &d.lines[i]
		v := d.verdict[i]
		if v.remove {
			res.Removed = append(res.Removed, d.removal(li.start, li.end, li.num, v.cat, v.rule))
			continue
		}
		kept[i] = [2]int{li.start, li.end}
		if li.span >= 0 {
			r := &d.m.rules[li.span]
			s, e := li.spanAt[0], li.spanAt[1]
			if d.c.keep[r.Category] {
				continue
			}
			rest := [2]int{e, li.end}
			if s > li.start { // the span ends the line
				rest = [2]int{li.start, s}
			}
			rs, re := trimSpan(d.text, rest[0], rest[1])
			if rs >= re {
				res.Removed = append(res.Removed, d.removal(li.start, li.end, li.num, r.Category, r.name))
				kept[i] = [2]int{}
				continue
			}
			res.Removed = append(res.Removed, d.removal(s, e, li.num, r.Category, r.name))
			kept[i] = [2]int{rs, re}
		}
	}
	res.Text = render(d.text, d.lines, kept)
	res.Confidence, res.Note = d.confidence()
	return res
}

func (d *doc) removal(start, end, num int, cat Category, rule string) Removal {
	return Removal{Start: start, End: end, Line: num, Category: cat, Rule: rule, Text: d.text[start:end]}
}
