package htmlclean

import (
	"strings"

	"golang.org/x/net/html"
)

// The extractor sometimes keeps one part of an article and drops the rest
// (sections in their own containers, a list of reviewed products with prose
// under each). When the page's largest <main>, <article> or role=main
// element holds much more prose than the extracted article, that element is
// rendered and cleaned as text instead (Result.Path is PathMain).
const (
	// mainProseRatio: the extracted article holds less than this share of
	// the prose of the main element.
	mainProseRatio = 0.7
	// mainProseMin: and at least this many bytes of prose less.
	mainProseMin = 500
	// proseWords is the fewest words of a prose line.
	proseWords = 10
)

// missesProse reports whether article, the extracted article, holds so
// much less prose than main, the render of the page's main element, that
// main is the better article.
func missesProse(article, main string) bool {
	a, m := proseLen(article), proseLen(main)
	return m-a >= mainProseMin && float64(a) < mainProseRatio*float64(m)
}

// proseLen counts the bytes of the prose lines of rendered: lines of at
// least proseWords words that end a sentence.
func proseLen(rendered string) int {
	n := 0
	for len(rendered) > 0 {
		line, rest, _ := strings.Cut(rendered, "\n")
		rendered = rest
		line = strings.TrimSpace(line)
		if line == "" || wordCount(line, proseWords) < proseWords {
			continue
		}
		switch line[len(line)-1] {
		case '.', '!', '?', ':', ')', '"':
			n += len(line)
		}
	}
	return n
}

// wordCount counts the words of s, separated by spaces or tabs, stopping
// at max.
func wordCount(s string, max int) int {
	n := 0
	inWord := false
	for i := 0; i < len(s) && n < max; i++ {
		space := s[i] == ' ' || s[i] == '\t'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// largestMain returns the <main>, <article> or role=main element under
// root with the most text, or nil if there is none.
func largestMain(root *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	for n := root; n != nil; {
		if n.Type == html.ElementNode && skipTags[n.Data] {
			n = nextSkip(n, root)
			continue
		}
		if n.Type == html.ElementNode && (n.Data == "main" || n.Data == "article" || attr(n, "role") == "main") {
			if l := textLen(n); l > bestLen {
				best, bestLen = n, l
			}
		}
		n = next(n, root)
	}
	return best
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
