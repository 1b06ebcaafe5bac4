package htmlclean

import (
	"strings"
	"unicode"
)

// lineKey is the key under which lines of text are compared: letters and
// digits only, lower-cased, so that white space and punctuation the
// extractor changed do not matter.
func lineKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// dropRepeats returns rendered without any line that repeats the line just
// before it, as the extractor's rescue path sometimes gives. rendered is in
// blocks; the result is too.
func dropRepeats(rendered string) string {
	prev := ""
	return keepLines(strings.Split(rendered, "\n"), func(_, k string) bool {
		if k != "" && k == prev {
			return false
		}
		prev = k
		return true
	})
}

// keepLines joins the lines, in blocks, that keep reports true for, given
// each line and its key (see lineKey). An empty line ends a block: the
// next kept line starts a new one after a blank line.
func keepLines(lines []string, keep func(line, key string) bool) string {
	var b strings.Builder
	blank := false
	for _, line := range lines {
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if !keep(line, lineKey(line)) {
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
