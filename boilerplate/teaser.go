package boilerplate

import (
	"strings"
	"unicode"
)

// teasers removes headlines of other stories that sit between paragraphs of
// the article [s, e]. A subheading shares words with the text it heads; a
// teaser for another story shares (almost) none with the whole article.
func (d *doc) teasers(s, e int) {
	if !d.enabled(HeuristicTeaser) || d.lang < 0 {
		return
	}
	var vocab map[string]bool // content words of the article's prose, built on first use
	for i := s + 1; i < e; i++ {
		if d.verdict[i].remove || d.lines[i].rule >= 0 || !d.headlineShape(i) {
			continue
		}
		prev, next := d.keptBefore(i, s), d.keptAfter(i, e)
		if prev < 0 || next < 0 || !d.isProse(prev) || !d.isProse(next) {
			continue
		}
		if vocab == nil {
			vocab = make(map[string]bool)
			for k := s; k <= e; k++ {
				if k != i && d.isProse(k) && !d.verdict[k].remove {
					for _, w := range d.contentWords(k) {
						vocab[w] = true
					}
				}
			}
		}
		words := d.contentWords(i)
		shared := 0
		for _, w := range words {
			if vocab[w] {
				shared++
			}
		}
		if len(words) >= 4 && shared*10 <= len(words) {
			d.remove(i, Related, HeuristicTeaser)
		}
	}
}

// headlineShape reports whether line i looks like a headline: five to
// sixteen words, starting upper case, not ending like a sentence or a
// lead-in (":").
func (d *doc) headlineShape(i int) bool {
	li := &d.lines[i]
	if li.ws.words < 5 || li.ws.words > 16 || li.endsSentence || d.endsWithColon(i) {
		return false
	}
	return startsUpper(d.lineText(i))
}

// contentWords returns the lower-case words of line i that are at least four
// letters long and not stop words, with a crude English plural folded.
func (d *doc) contentWords(i int) []string {
	var out []string
	for _, w := range strings.FieldsFunc(d.lineText(i), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) < 4 {
			continue
		}
		w = strings.ToLower(w)
		if d.c.stop[w]&(1<<d.lang) != 0 {
			continue
		}
		out = append(out, strings.TrimSuffix(w, "s"))
	}
	return out
}
