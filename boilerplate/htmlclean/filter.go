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
	var b strings.Builder
	blank := false
	prev := ""
	for _, line := range strings.Split(rendered, "\n") {
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		k := lineKey(line)
		if k != "" && k == prev {
			continue
		}
		prev = k
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
