package htmlclean

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// Steps on the rendered lines of the article, before the text stage: the
// page's title at its start, and paragraphs printed twice. They mark
// lines (line.drop) rather than remove them, so that the text stage
// reports them with offsets into Result.Rendered like its own removals.

// RuleLeadingTitle is the name of the step that drops the page's title
// from the start of the extracted article: the title is in
// Result.Metadata.Title, and article text does not repeat it. It is
// reported in Result.Removed and disabled by name (or with "dom/*");
// KeepCategories with boilerplate.Metadata keeps the title too.
const RuleLeadingTitle = "dom/title/leading-title"

// RuleRepeatedParagraph is the name of the step that drops a line that
// repeats the line before it (as the extractor's fallbacks sometimes give)
// and later copies of a paragraph of the extracted article (a pull quote,
// a section the page prints twice). Shorter lines that recur (headings,
// list items, lines of code) are kept: in an extracted article they are
// mostly the article's own. It is reported in Result.Removed and disabled
// by name (or with "dom/*"); KeepCategories with boilerplate.Duplicate
// keeps the copies too.
const RuleRepeatedParagraph = "dom/duplicate/repeated-paragraph"

// titleLines is how many lines from the start of the article the title is
// looked for in: a kicker or a date may come before it.
const titleLines = 3

// minCopyWords is the fewest words of a line that RuleRepeatedParagraph
// drops when it repeats an earlier line that is not just before it: a
// sentence of twelve words said twice is a copy; a shorter line said
// twice is a heading, a label or a refrain.
const minCopyWords = 12

// markTitle marks the first of the first titleLines lines whose key is one
// of titles' keys.
func markTitle(lines []line, titles ...string) {
	var keys []string
	for _, t := range titles {
		if k := lineKey(t); k != "" {
			keys = append(keys, k)
		}
	}
	for i := 0; i < len(lines) && i < titleLines; i++ {
		k := lineKey(lines[i].text)
		for _, key := range keys {
			if k == key {
				lines[i].drop = RuleLeadingTitle
				return
			}
		}
	}
}

// markCopies marks the lines that copy another line of the article: one
// that repeats the line just before it, or one of at least minCopyWords
// words, not a list item, that repeats an earlier line. A repeat is the
// page's own when it stands in the page as a block beside the first (same
// parent element): an article may say a thing twice. It is a copy when the page has it once
// and the extractor gave it twice, or when it stands apart from the first
// (a pull quote in a box, a summary repeated at the end).
func markCopies(p *page, lines []line) {
	first := map[string]int{} // line key → index of its first line
	var k, prev []byte        // the keys of this line and the last, in buffers reused line after line
	for i := range lines {
		l := &lines[i]
		k = appendKey(k[:0], l.text)
		switch {
		case l.drop != "" || len(k) == 0:
		case i > 0 && bytes.Equal(k, prev):
			if !ownRepeat(p, lines[i-1], *l) {
				l.drop = RuleRepeatedParagraph
			}
		case wordCount(l.text, minCopyWords) >= minCopyWords && !listItem(p, *l):
			if j, seen := first[string(k)]; seen {
				if !ownRepeat(p, lines[j], *l) {
					l.drop = RuleRepeatedParagraph
				}
			} else {
				first[string(k)] = i
			}
		}
		k, prev = prev, k
	}
}

// listItem reports whether line l is an item of a list or a cell of a
// table. Items recur across lists and tables (a feature two products
// share, a step two recipes have): a repeated item is the page's own, not
// a copied paragraph.
func listItem(p *page, l line) bool {
	t := l.t0()
	if p == nil || t < 0 {
		return false
	}
	switch blockOf(p.texts[t].node).Data {
	case "li", "td", "th", "dd", "dt":
		return true
	}
	return false
}

// ownRepeat reports whether line b, which repeats line a, stands in the
// page as a block of its own beside a's block, and of the same kind: the
// same parent element, the same tag and class.
func ownRepeat(p *page, a, b line) bool {
	ta, tb := a.t0(), b.t0()
	if p == nil || ta < 0 || tb < 0 || ta == tb {
		return false
	}
	ba, bb := blockOf(p.texts[ta].node), blockOf(p.texts[tb].node)
	return ba != bb && ba.Parent == bb.Parent && ba.Data == bb.Data && attr(ba, "class") == attr(bb, "class")
}

// joinLines writes lines as blocks: lines of a block one to a line, a
// blank line between blocks, ending in one '\n'. It returns the text and,
// for each line marked by markTitle or markCopies, a removal for the text
// stage.
func joinLines(lines []line) (string, []boilerplate.Removal) {
	var b strings.Builder
	var marks []boilerplate.Removal
	n := 0
	for _, l := range lines {
		n += len(l.text) + 2
	}
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
			if l.gap {
				b.WriteByte('\n')
			}
		}
		if l.drop != "" {
			cat := boilerplate.Duplicate
			if l.drop == RuleLeadingTitle {
				cat = boilerplate.Metadata
			}
			marks = append(marks, boilerplate.Removal{Start: b.Len(), End: b.Len() + len(l.text), Category: cat, Rule: l.drop})
		}
		b.WriteString(l.text)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String(), marks
}

// lineKey is the key under which lines of text are compared: letters and
// digits only, lower-cased, so that white space and punctuation do not
// matter.
func lineKey(s string) string {
	return string(appendKey(make([]byte, 0, len(s)), s))
}

// appendKey appends to b the key bytes (see lineKey) of s. It reads
// every byte of a page's text (see page.indexText), most of it ASCII, so
// it makes room for all of s at once and stores an ASCII byte's key byte
// there, rather than append it with a check of the room for each. An
// ASCII byte gives at most one key byte; a rune past ASCII can give more
// (its lower case may be longer), so room is made again after one.
func appendKey(b []byte, s string) []byte {
	n := len(b)
	b = slices.Grow(b, len(s))
	b = b[:cap(b)]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if k := asciiKey[c]; k != 0 {
				b[n] = k
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b[:n], unicode.ToLower(r))
			n = len(b)
			b = slices.Grow(b, len(s)-i)
			b = b[:cap(b)]
		}
	}
	return b[:n]
}

// asciiKey is the key byte of each ASCII character, 0 for those that
// have none: appendKey reads every byte of a page's text, and a look-up
// is cheaper than the comparisons.
var asciiKey = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

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
