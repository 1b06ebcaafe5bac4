package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineInfo is what the cleaner knows about one line before deciding.
type lineInfo struct {
	line
	sigStart, sigEnd int // the line without bullets and trailing punctuation
	ws               wordStats
	w0, w1           int32 // its words of four or more bytes: doc.words[w0:w1]
	endsSentence     bool  // last significant rune is . ! ? or a closing quote after one
	prompts          uint8 // distinct prompt rules (see isPrompt) that match the line

	rule     int32 // rule that decides the whole line, or -1
	ruleSpan [2]int
	span     int32 // span rule that removes part of the line, or -1
	spanAt   [2]int
}

// analyzeLines splits text into lines and computes their features; the
// words of four or more bytes go to *words.
func (c *Cleaner) analyzeLines(text string, words *[]wordEntry) []lineInfo {
	infos := make([]lineInfo, 0, strings.Count(text, "\n")+1)
	eachLine(text, func(l line) {
		li := lineInfo{line: l, rule: -1, span: -1}
		li.sigStart, li.sigEnd = significant(text, l.start, l.end)
		li.w0 = int32(len(*words))
		li.ws = c.stop.countWords(text[l.start:l.end], words)
		li.w1 = int32(len(*words))
		li.endsSentence = endsSentence(text[l.start:l.end])
		infos = append(infos, li)
	})
	return infos
}

// matchRules finds, for every line, the rule that decides it and the span
// rule that cuts part of it.
func (m *matcher) matchRules(text string, infos []lineInfo) {
	var hits []hit
	var tried []int32
	for i := range infos {
		li := &infos[i]
		s := text[li.start:li.end]
		t := &m.all
		if len(s) > m.scanLimit {
			t = &m.long
		}
		hits = t.ac.find(hits[:0], s)
		if len(hits) == 0 {
			continue
		}
		tried = tried[:0]
		for _, h := range hits {
			for _, id := range t.rules[h.pat] {
				if containsID(tried, id) {
					continue
				}
				r := &m.rules[id]
				if r.maxLen > 0 && len(s) > r.maxLen {
					continue
				}
				start, end, ok := r.matchAt(s, h, li.sigStart-li.start, li.sigEnd-li.start)
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
					if li.span < 0 || id < li.span {
						li.span, li.spanAt = id, [2]int{li.start + start, li.start + end}
					}
					continue
				}
				if better(m.rules, id, li.rule) {
					li.rule, li.ruleSpan = id, [2]int{li.start + start, li.start + end}
				}
			}
		}
	}
}

// dropLoneSignals takes the decision from signal rules (Rule.Signal) on the
// lines that fewer than minPrompts prompt rules match: a signal decides a
// line only in company.
func (m *matcher) dropLoneSignals(infos []lineInfo) {
	for i := range infos {
		li := &infos[i]
		if li.rule >= 0 && m.rules[li.rule].Signal && li.prompts < minPrompts {
			li.rule = -1
		}
	}
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
// the rule matched.
func (r *compiledRule) matchAt(s string, h hit, sigStart, sigEnd int) (int, int, bool) {
	if r.re != nil {
		if r.first != [2]uint64{} && !hasAnyByte(s[:1], r.first) ||
			r.need != "" && !hasAnyByte(s, r.needSet) || !hasPrefixFold(s, r.prefixes) || !hasSuffixFold(s, r.suffixes) {
			return 0, 0, false
		}
		loc := r.re.FindStringIndex(s)
		if loc == nil || loc[0] == loc[1] {
			return 0, 0, false // an empty match removes nothing
		}
		if r.Span && loc[0] != 0 && loc[1] != len(s) {
			return 0, 0, false
		}
		return loc[0], loc[1], true
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

// hasPrefixFold reports whether s starts with one of list, ignoring case;
// an empty list allows anything.
func hasPrefixFold(s string, list []string) bool {
	for _, a := range list {
		if len(a) <= len(s) && strings.EqualFold(s[:len(a)], a) {
			return true
		}
	}
	return len(list) == 0
}

// hasSuffixFold reports whether s ends with one of list, ignoring case; an
// empty list allows anything.
func hasSuffixFold(s string, list []string) bool {
	for _, a := range list {
		if len(a) <= len(s) && strings.EqualFold(s[len(s)-len(a):], a) {
			return true
		}
	}
	return len(list) == 0
}

// wordStart reports whether a word may start at s[i]: no letter or digit before it.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

// wordEnd reports whether a word may end at s[i]: no letter or digit after it.
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

func isWordStart(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return isWordRune(r)
}

func isWordEnd(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// significant narrows the line [start, end) of text to its significant part:
// without leading bullets and trailing punctuation such as ":" or "»".
func significant(text string, start, end int) (int, int) {
	s, e := start, end
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isLeadNoise(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isTrailNoise(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isLeadNoise(r rune) bool {
	switch r {
	case '•', '·', '*', '-', '–', '—', '|', '>', '»', '›', '#', '→', '▸', '►', '◦', '■', '□', '▪', '\ufe0f':
		return true
	}
	// Emoji and other pictographs that newsletters put before a prompt
	// ("👉 Subscribe …") are symbols, not words.
	return unicode.IsSpace(r) || unicode.Is(unicode.So, r)
}

func isTrailNoise(r rune) bool {
	switch r {
	case ':', '.', '!', '?', '»', '›', '>', '…', '|', '-', '–', '—', '→', '▸', '►', '+':
		return true
	}
	return unicode.IsSpace(r)
}

// endsSentence reports whether s ends like a sentence: with . ! ? or …,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		case '"', '\'', '”', '’', '»', ')', ']', '*':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}
