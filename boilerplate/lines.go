package boilerplate

import "strings"

// A line is one non-blank line of the input: [start, end) are the byte offsets
// of its content with surrounding white space trimmed.
type line struct {
	start, end int
	num        int // 1-based line number
}

// eachLine calls fn for every non-blank line of text, in order. A line ends
// at "\n", "\r\n" or a lone "\r", so that CR and CRLF input give the same
// lines as LF input.
func eachLine(text string, fn func(line)) {
	num := 1
	// The next "\n" and the next "\r" at or after start, each found once
	// and reused: text without "\r" is searched for it once.
	lf, cr := -1, -1
	for start := 0; start <= len(text); {
		if lf < start {
			lf = nextByte(text, start, '\n')
		}
		if cr < start {
			cr = nextByte(text, start, '\r')
		}
		end, next := lf, lf+1
		if end > start && end < len(text) && text[end-1] == '\r' {
			end-- // CRLF
		}
		if cr < end {
			end, next = cr, cr+1 // a lone CR ends the line first
		}
		if s, e := trimSpan(text, start, end); s < e {
			fn(line{start: s, end: e, num: num})
		}
		start = next
		num++
	}
}

// nextByte returns the offset of the first c in text at or after start,
// or len(text) if there is none.
func nextByte(text string, start int, c byte) int {
	if k := strings.IndexByte(text[start:], c); k >= 0 {
		return start + k
	}
	return len(text)
}

// splitLines returns the non-blank lines of text (see eachLine).
func splitLines(text string) []line {
	var lines []line
	eachLine(text, func(l line) { lines = append(lines, l) })
	return lines
}

// countLines returns about how many non-blank lines text has, so that
// they can be stored in one allocation of the right size: the lines
// between two "\n" that hold more than a "\r" (white space alone counts
// too, and a lone "\r" splits a line in two without counting).
func countLines(text string) int {
	n := 0
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			n++
			break
		}
		if k > 1 || k == 1 && text[i] != '\r' {
			n++
		}
		i += k + 1
	}
	return n
}

// lineInfo is what the cleaner knows about one line before deciding. It is
// computed once, before the stages run, and only read by them.
//
// A document holds one per non-blank line, so its size bounds the memory
// a document of many short lines takes: it is kept small (counts in 32
// bits, what only lines with a rule hit need in doc.hits).
type lineInfo struct {
	line
	sigStart, sigEnd int // the line without bullets and trailing punctuation
	ws               wordStats
	w0               int32 // its words of four or more bytes: doc.words[w0:] up to the next line's w0
	endsSentence     bool  // last significant rune is . ! ? or a closing quote after one
	prompts          uint8 // distinct prompt rules (see isPrompt) that match the line
	shape            uint8 // shape bits: shapeProse, shapeMenu, …

	rule int32 // rule that decides the whole line, or -1
	hit  int32 // its ruleHit in doc.hits, or -1 when no rule matched it
}

// A ruleHit is where the rules that match a line matched it.
type ruleHit struct {
	ruleSpan [2]int // where rule matched (offsets into the text)
	span     int32  // span rule that removes part of the line, or -1
	spanAt   [2]int // where it matched
}

// analyzeLines splits text into lines and reads their words; the words of
// four or more bytes go to words, unless it is nil. Rules and shapes come
// later, once the language is known. The lines are appended to buf[:0]
// when it has room for them.
func (st stopTable) analyzeLines(text string, words *wordList, buf []lineInfo) []lineInfo {
	infos := reuse(buf, countLines(text))
	eachLine(text, func(l line) {
		li := lineInfo{line: l, rule: -1, hit: -1}
		li.sigStart, li.sigEnd = significant(text, l.start, l.end)
		if words != nil {
			li.w0 = int32(len(words.h))
		}
		li.ws = st.countWords(text[l.start:l.end], words)
		li.endsSentence = endsSentence(text[l.start:l.end])
		infos = append(infos, li)
	})
	return infos
}
