package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	lf := -1 // the next "\n" at or after start, found once and reused
	for start := 0; start <= len(text); {
		if lf < start {
			lf = len(text)
			if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
				lf = start + k
			}
		}
		end, next := lf, lf+1
		if end > start && end < len(text) && text[end-1] == '\r' {
			end-- // CRLF
		}
		if k := strings.IndexByte(text[start:end], '\r'); k >= 0 {
			end, next = start+k, start+k+1 // a lone CR ends the line first
		}
		if s, e := trimSpan(text, start, end); s < e {
			fn(line{start: s, end: e, num: num})
		}
		start = next
		num++
	}
}

// splitLines returns the non-blank lines of text (see eachLine).
func splitLines(text string) []line {
	var lines []line
	eachLine(text, func(l line) { lines = append(lines, l) })
	return lines
}

// trimSpan narrows [s, e) of text to exclude leading and trailing white space
// (Unicode White_Space, as strings.TrimSpace). Invalid UTF-8 is not space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// render writes the kept part kept[i] of each line under the output
// contract: a removed or blank line between two kept lines ends a block,
// blocks are separated by one blank line, and the text ends with one "\n".
// A line with an empty kept part is removed.
func render(text string, lines []lineInfo, kept [][2]int) string {
	n := 0
	for _, k := range kept {
		n += k[1] - k[0] + 2
	}
	var b strings.Builder
	b.Grow(n)
	prev := -1 // index of the previous kept line
	for i, k := range kept {
		if k[0] >= k[1] {
			continue
		}
		if prev >= 0 {
			if prev == i-1 && lines[prev].num == lines[i].num-1 {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(text[k[0]:k[1]])
		prev = i
	}
	if prev >= 0 {
		b.WriteByte('\n')
	}
	return b.String()
}
