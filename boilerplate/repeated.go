package boilerplate

import (
	"strings"
)

// repeatedLines removes copies of nearby lines inside the article [s, e]:
//
//   - a breadcrumb glued to the title ("HomeWorldTitle" above "Title");
//   - a cluster of adjacent near-copies in the body: image alt text, its
//     caption and credit, or a teaser headline with an alt-text name before
//     it. Sentences make it a caption, headlines a related-story teaser; at
//     the top of the article it is the title or lede printed twice, and a
//     long paragraph printed twice is no caption: there the first copy stays;
//   - a later exact copy of a line that is kept: a duplicate.
func repeatedLines(d *doc) {
	if !d.zone.ok {
		return
	}
	s, e := d.zone.s, d.zone.e
	firstProse := e + 1
	for i := s; i <= e; i++ {
		if d.isProse(i) && d.lines[i].rule < 0 {
			firstProse = i
			break
		}
	}
	for i := s; i < e; i++ {
		if d.verdict[i].remove && d.verdict[i].rule != HeuristicRepeated {
			continue
		}
		j := i + 1
		if d.gluedPrefix(i, j) {
			d.remove(i, Navigation, HeuristicRepeated)
			continue
		}
		if !d.nearCopy(i, j) {
			continue
		}
		k := j
		for k+1 <= e && d.nearCopy(k, k+1) {
			k++
		}
		if i <= firstProse || d.lines[i].ws.words >= longCopy {
			// The title or lede printed twice, or a paragraph repeated:
			// the first copy is the article's.
			for m := i + 1; m <= k; m++ {
				d.remove(m, Duplicate, HeuristicRepeated)
			}
			i = k
			continue
		}
		cat := Related
		for m := i; m <= k; m++ {
			if r := d.ruleOf(m); r != nil && r.Category == Credit || d.lines[m].endsSentence {
				cat = Caption
			}
		}
		for m := i; m <= k; m++ {
			if r := d.ruleOf(m); r != nil && r.Category == Credit {
				if !d.c.keep[Credit] {
					d.remove(m, Caption, r.name)
				}
			} else {
				d.remove(m, cat, HeuristicRepeated)
			}
		}
		i = k
	}
	d.laterCopies(s, e)
}

// maxCopyLine is the longest line compared for containment: captions and
// headlines are short, and the search is quadratic in the worst case.
const maxCopyLine = 600

// longCopy is the length in words from which a line repeated next to
// itself is a repeated paragraph, not a caption.
const longCopy = 40

// laterCopies removes exact (case-insensitive) repeats of kept lines of at
// least four words.
func (d *doc) laterCopies(s, e int) {
	// An open-addressing table of first occurrences, keyed by the folded
	// hash of the line: slots hold line index + 1, 0 is empty.
	size := 16
	for size < 2*(e-s+1) {
		size *= 2
	}
	slots := make([]int32, size)
	mask := uint64(size - 1)
	for i := s; i <= e; i++ {
		li := &d.lines[i]
		if li.ws.words < 4 || d.verdict[i].remove {
			continue
		}
		h := foldHash(d.text[li.sigStart:li.sigEnd])
		for k := h & mask; ; k = (k + 1) & mask {
			first := int(slots[k]) - 1
			if first < 0 {
				slots[k] = int32(i + 1)
				break
			}
			if strings.EqualFold(d.sig(first), d.sig(i)) {
				if !d.verdict[first].remove {
					d.remove(i, Duplicate, HeuristicRepeated)
				}
				break
			}
		}
	}
}

// gluedPrefix reports whether line i is line j with words glued in front of
// it without a space, as breadcrumbs run into a title: "HomeWorldTitle".
func (d *doc) gluedPrefix(i, j int) bool {
	a, b := d.sig(i), d.sig(j)
	if len(b) < 20 || len(a) <= len(b) || !strings.HasSuffix(a, b) {
		return false
	}
	p := a[:len(a)-len(b)]
	last := p[len(p)-1]
	return 'a' <= last && last <= 'z' || 'A' <= last && last <= 'Z'
}

// nearCopy reports whether lines i and j are adjacent in the input (at most
// one blank line apart) and one equals or contains the other, ignoring case,
// the shorter being at least 20 bytes, four words and 60% of the longer.
func (d *doc) nearCopy(i, j int) bool {
	li, lj := &d.lines[i], &d.lines[j]
	if lj.num-li.num > 2 || li.ws.words < 4 || lj.ws.words < 4 {
		return false
	}
	a, b := d.sig(i), d.sig(j)
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < 20 || len(b)*10 < len(a)*6 || len(a) > maxCopyLine {
		return false
	}
	if len(a) == len(b) {
		return strings.EqualFold(a, b)
	}
	return containsFold(a, b)
}
