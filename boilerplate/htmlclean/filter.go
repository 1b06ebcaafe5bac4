package htmlclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// lineKey is the key under which lines of text are compared: letters and
// digits only, lower-cased, so that white space and punctuation the
// extractor changed do not matter.
func lineKey(s string) string { return keyHead(s, len(s)*utf8.UTFMax) }

// keyHead is lineKey(s) cut to at most max bytes (like a slice, possibly
// inside a rune: keys are compared, never shown), computed without looking
// further into s than it needs.
func keyHead(s string, max int) string {
	b := appendKey(make([]byte, 0, min(len(s), max)), s, max)
	return string(b[:min(len(b), max)])
}

// appendKey appends to b the key bytes (see lineKey) of s, stopping once b
// holds max bytes or more.
func appendKey(b []byte, s string, max int) []byte {
	for i := 0; i < len(s) && len(b) < max; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// nodeKeyHead is keyHead of the visible text under n, read only as far as
// it needs.
func nodeKeyHead(n *html.Node, max int) string {
	var b []byte
	for d := n.FirstChild; d != nil && len(b) < max; {
		switch {
		case d.Type == html.ElementNode && skipTags[d.Data]:
			d = nextSkip(d, n)
			continue
		case d.Type == html.TextNode:
			b = appendKey(b, d.Data, max)
		}
		d = next(d, n)
	}
	return string(b[:min(len(b), max)])
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
