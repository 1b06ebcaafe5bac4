package boilerplate

import (
	"slices"
	"sync"
	"unicode/utf8"
)

// A matcher holds the rules that apply to one language, with automata
// over their literals. It is immutable once built: the built-in matchers
// are built once per process and shared by every Cleaner. Its rules are
// compiled and its automata built when the first document in its language
// comes (a process that cleans English text compiles the English and
// common rules alone), once, and are safe for concurrent use.
type matcher struct {
	sets  []*compiledSet // the rules, in order, and what the automata are built from
	rules []compiledRule // built with the tiers

	// tiers[k] holds the literals of the rules that can match a line
	// longer than tiers[k].over bytes (those whose length limit is above
	// it, and those without one), by increasing over: every rule's, and
	// for the lines longer than defaultMaxLen, those of the rules that
	// look at such lines (a third of the English rules' literals), so
	// that paragraphs of prose, which hold half the bytes of the dev
	// corpus, are not scanned for widget phrases that cannot apply. A
	// line is scanned with the last tier it is longer than. (More tiers,
	// by line length, make fewer hits but more tables, which cost more in
	// cache misses than they save: measured on the dev corpus.)
	tiers []tier
	once  sync.Once // builds rules and tiers
}

// A tier is the automaton for the lines longer than over bytes.
type tier struct {
	over int
	triggers
}

// triggers is an automaton over literals and, for each literal p, the
// rules it triggers: rules[p].
type triggers struct {
	ac    *automaton
	rules [][]int32
}

// newMatcher joins rule sets into one matcher, in order. Their rules are
// compiled, if they are not yet, when the matcher is first used.
func newMatcher(sets []*compiledSet) *matcher {
	return &matcher{sets: sets}
}

// ready builds m, once: see build.
func (m *matcher) ready() { m.once.Do(m.build) }

// build compiles m's sets, joins their rules and builds the automata of
// m's tiers. Only a built-in set is compiled here (a user's set is
// compiled by New, which reports its errors), and the package's tests
// compile every built-in rule: an error here is a broken build.
func (m *matcher) build() {
	for _, set := range m.sets {
		if err := set.compile(); err != nil {
			panic("boilerplate: built-in rules: " + err.Error())
		}
		m.rules = append(m.rules, set.rules...)
	}
	for _, o := range []int{0, defaultMaxLen} {
		m.tiers = append(m.tiers, tier{over: o, triggers: buildTriggers(m.sets, o)})
	}
}

// buildTriggers builds the automaton over the literals of the rules of
// sets that can match a line longer than over bytes. Rule ids are their
// index in the sets joined in order.
func buildTriggers(sets []*compiledSet, over int) triggers {
	type lit struct {
		text  string
		rules []int32
	}
	var list []lit
	index := map[string]int{}
	id := int32(0)
	for _, set := range sets {
		for k, cr := range set.rules {
			if cr.maxLen == 0 || cr.maxLen > over {
				for _, p := range set.pats[k] {
					j, ok := index[p]
					if !ok {
						j = len(list)
						index[p] = j
						list = append(list, lit{text: p})
					}
					list[j].rules = append(list[j].rules, id)
				}
			}
			id++
		}
	}
	t := triggers{rules: make([][]int32, len(list))}
	texts := make([]string, len(list))
	for k, l := range list {
		texts[k], t.rules[k] = l.text, l.rules
	}
	t.ac = newAutomaton(texts)
	return t
}

// triggersFor returns the automaton for a line of n bytes. The tiers must
// be built (see matchRules).
func (m *matcher) triggersFor(n int) *triggers {
	k := len(m.tiers) - 1
	for k > 0 && n <= m.tiers[k].over {
		k--
	}
	return &m.tiers[k].triggers
}

// A ruleMask is a bit set of rule ids of one matcher: the rules a Cleaner
// has switched off (Options.DisableRules). nil switches off nothing.
type ruleMask []uint64

func (s ruleMask) has(id int32) bool { return s != nil && s[id>>6]&(1<<(id&63)) != 0 }

// mask returns the set of m's rules whose names off reports true for, or
// nil when there are none.
func (m *matcher) mask(off func(name string) bool) ruleMask {
	n := 0
	for _, set := range m.sets {
		n += len(set.src.Rules)
	}
	var s ruleMask
	id := 0
	for _, set := range m.sets {
		for name := range set.names {
			if off(name) {
				if s == nil {
					s = make(ruleMask, (n+63)/64)
				}
				s[id>>6] |= 1 << (id & 63)
			}
			id++
		}
	}
	return s
}

// A matchRoom is the room matchRules works in: the table of the lines
// that repeat earlier lines, the literals found in a line and the rules
// tried on it, and the list of where the rules matched that it returns. A
// finished doc leaves it to the next (see docBuffers), so that a Cleaner
// grows these lists once rather than for every document.
type matchRoom struct {
	copies copyTable
	hits   []hit
	tried  []int32
	found  []ruleHit
}

// matchRules finds, for every line, the rule that decides it and the span
// rule that cuts part of it, leaving out the rules in off. A signal rule
// (Rule.Signal) is then taken back from the lines that fewer than
// minPrompts prompt rules match: a signal decides a line only in company.
// It returns where the rules matched, for the lines any rule matched
// (lineInfo.hit), in room.found, which holds it until room is used again.
// A line that repeats an earlier line takes that line's rules (see
// copyTable) rather than run them again. room, when not nil, is the room
// to work in.
func (m *matcher) matchRules(text string, infos []lineInfo, off ruleMask, room *matchRoom) []ruleHit {
	if len(infos) == 0 {
		return nil
	}
	m.ready()
	if room == nil {
		room = new(matchRoom)
	}
	copies := &room.copies
	copies.reset(len(infos))
	hits, tried, found := room.hits[:0], room.tried[:0], room.found[:0]
	for i := range infos {
		li := &infos[i]
		s := text[li.start:li.end]
		if f := copies.first(text, infos, i); f >= 0 {
			found = copyRules(found, li, &infos[f])
			continue
		}
		t := m.triggersFor(len(s))
		hits = t.ac.find(hits[:0], s)
		if len(hits) == 0 {
			continue
		}
		tried = tried[:0]
		rh := ruleHit{span: -1}
		body := bulletEnd(s) // once for the line, not for each regexp tried on it
		for _, h := range hits {
			for _, id := range t.rules[h.pat] {
				if containsID(tried, id) || off.has(id) {
					continue
				}
				r := &m.rules[id]
				if r.maxLen > 0 && len(s) > r.maxLen {
					continue
				}
				if li.rule >= 0 && !r.Span && !isPrompt(r.Category) && !better(m.rules, id, li.rule) {
					// It could neither decide the line (a better rule
					// has, and better rules only replace it) nor count
					// as a prompt or cut a span: not worth a regexp.
					continue
				}
				if !t.enoughHits(hits, id, r, s) {
					tried = append(tried, id) // as a regexp that did not match
					continue
				}
				start, end, ok := r.matchAt(s, h, li.sigStart-li.start, li.sigEnd-li.start, body)
				if !ok {
					if r.re != nil {
						tried = append(tried, id) // a regexp is tried once per line
					}
					continue
				}
				tried = append(tried, id)
				if isPrompt(r.Category) && li.prompts < 255 {
					li.prompts++
				}
				if r.Span {
					if rh.span < 0 || id < rh.span {
						rh.span, rh.spanAt = id, [2]int{li.start + start, li.start + end}
					}
					continue
				}
				if better(m.rules, id, li.rule) {
					li.rule, rh.ruleSpan = id, [2]int{li.start + start, li.start + end}
				}
			}
		}
		if li.rule >= 0 && m.rules[li.rule].Signal && li.prompts < minPrompts {
			li.rule = -1
		}
		if li.rule >= 0 || rh.span >= 0 {
			li.hit = int32(len(found))
			found = append(found, rh)
		}
	}
	room.hits, room.tried, room.found = hits, tried, found // grown, for the next document
	return found
}

// copyRules gives line li what the rules found in line f, an earlier line
// with the same text, and returns found with li's ruleHit, if it has one,
// appended.
func copyRules(found []ruleHit, li, f *lineInfo) []ruleHit {
	li.rule, li.prompts = f.rule, f.prompts
	if f.hit < 0 {
		return found
	}
	rh := found[f.hit]
	d := li.start - f.start
	rh.ruleSpan = [2]int{rh.ruleSpan[0] + d, rh.ruleSpan[1] + d}
	rh.spanAt = [2]int{rh.spanAt[0] + d, rh.spanAt[1] + d}
	li.hit = int32(len(found))
	return append(found, rh)
}

// enoughHits reports whether the hits the automaton found in line s leave
// room for a match of rule r, whose id is id: as many hits of its literals
// as every match holds, or any number when s is past ASCII, where that
// count does not hold (see requiredHits).
func (t *triggers) enoughHits(hits []hit, id int32, r *compiledRule, s string) bool {
	if r.minHits < 2 {
		return true
	}
	n := 0
	for _, h := range hits {
		if slices.Contains(t.rules[h.pat], id) {
			n++
		}
	}
	return n >= r.minHits || !isASCII(s)
}

// better reports whether rule a should decide a line instead of rule b:
// rules that decide alone before signal rules, end markers first, then file
// order.
func better(rules []compiledRule, a, b int32) bool {
	if b < 0 {
		return true
	}
	if rules[a].Signal != rules[b].Signal {
		return rules[b].Signal
	}
	if rules[a].Rest != rules[b].Rest {
		return rules[a].Rest
	}
	return a < b
}

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// matchAt checks one literal hit h in line s against the rule, where
// [sigStart, sigEnd) is the significant part of s. It returns the span of s
// the rule matched. A regexp reads the line from offset from, the end of
// its bullets (see bulletEnd), so that "^share your story" matches
// "• Share your story" and "----------SHARE YOUR STORY" as a line rule
// would.
func (r *compiledRule) matchAt(s string, h hit, sigStart, sigEnd, from int) (int, int, bool) {
	if r.re != nil {
		t := s[from:]
		if t == "" || !r.mayMatch(t) {
			return 0, 0, false
		}
		if r.whole {
			// A match is all of t: asking only whether there is one
			// spares package regexp recording where it starts and ends,
			// and allocating the result.
			return from, len(s), r.matches(t)
		}
		loc := r.find(t)
		if loc == nil || loc[0] == loc[1] {
			return 0, 0, false // an empty match removes nothing
		}
		if r.Span && loc[0] != 0 && loc[1] != len(t) {
			return 0, 0, false
		}
		return from + loc[0], from + loc[1], true
	}
	if r.CaseSensitive && s[h.start:h.end] != r.Pattern {
		return 0, 0, false
	}
	switch r.Match {
	case MatchLine:
		if h.start == sigStart && h.end == sigEnd {
			return h.start, h.end, true
		}
	case MatchPrefix:
		if h.start == sigStart && wordEnd(s, h.end) {
			return h.start, h.end, true
		}
	case MatchContains:
		if (!isWordStart(r.Pattern) || wordStart(s, h.start)) && (!isWordEnd(r.Pattern) || wordEnd(s, h.end)) {
			return h.start, h.end, true
		}
	}
	return 0, 0, false
}

// bulletEnd returns the offset in s after its leading bullets, dashes and
// arrows and the spaces between them: the marks of a list item or a rule
// line, which no regexp has to spell out. Symbols that say something stay
// ("© 2024 …", "👉 https://…", "#hashtag").
func bulletEnd(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ' ', '\t', '•', '·', '*', '-', '–', '—', '>', '»', '›', '→', '▸', '►', '◦', '■', '□', '▪':
			i += n
		default:
			return i
		}
	}
	return i
}
