package boilerplate

// teasers removes headlines of other stories that sit between paragraphs of
// the article [s, e]. A subheading shares words with the text it heads; a
// teaser for another story shares (almost) none with the whole article.
func teasers(d *doc) {
	if !d.zone.ok || d.lang < 0 {
		return
	}
	s, e := d.zone.s, d.zone.e
	// The content words of the article's prose, as a bit set of their
	// hashes; built on first use. A collision only makes a teaser look
	// related and keeps it, which is the safe way to err.
	var vocab []uint64
	for i := s + 1; i < e; i++ {
		if d.verdict[i].removed() || d.lines[i].rule >= 0 || !d.headlineShape(i) {
			continue
		}
		if d.links != nil && !d.links[i] {
			continue // a heading of the page that links nowhere (see CleanPlaced)
		}
		if _, _, ok := d.betweenProse(i); !ok {
			continue
		}
		if vocab == nil {
			vocab = make([]uint64, vocabBits/64)
			for k := s; k <= e; k++ {
				if d.isProse(k) && !d.verdict[k].removed() {
					d.contentWords(k, func(h uint64) { vocab[h%vocabBits/64] |= 1 << (h % 64) })
				}
			}
		}
		words, shared := 0, 0
		d.contentWords(i, func(h uint64) {
			words++
			if vocab[h%vocabBits/64]&(1<<(h%64)) != 0 {
				shared++
			}
		})
		if words >= 4 && shared*10 <= words {
			d.remove(i, Related, HeuristicTeaser)
		}
	}
	listedTeasers(d, s, e)
}

// listedTeasers removes the headlines listed under a heading that a rule
// names as a list of other stories ("More:", "Related", "See also") inside
// the article [s, e]: the headline-shaped lines after it and the kickers
// in capitals over them, up to the next line of another shape. Those
// stories may well share the article's topic; the heading says what they
// are.
func listedTeasers(d *doc, s, e int) {
	for i := s; i < e; i++ {
		if !d.listHeading(i) {
			continue
		}
		// The list: headlines and the kickers over them, up to its last
		// headline.
		heads, last := 0, i
		for k := i + 1; k <= e && d.lines[k].rule < 0; k++ {
			if d.headlineShape(k) {
				heads, last = heads+1, k
			} else if !d.kicker(k) {
				break
			}
		}
		if heads < minListedTeasers {
			continue // one headline after a label ("Read more") is the next card, not a list
		}
		for m := i + 1; m <= last; m++ {
			d.remove(m, Related, HeuristicTeaser)
		}
		i = last
	}
}

// minListedTeasers is the fewest headlines that make a list under a
// heading. A card in a list of cards (headline, summary, "Read more")
// puts a single headline after the label.
const minListedTeasers = 2

// listHeading reports whether line i is a short heading that a rule names
// as the head of a list of other stories: a related-stories or a most-read
// rule, or a navigation rule on a lead-in ending in ":" ("More:").
func (d *doc) listHeading(i int) bool {
	r := d.ruleOf(i)
	if r == nil || d.lines[i].ws.words > maxListHeading {
		return false
	}
	return r.Category == Related || r.Category == Trending || r.Category == Navigation && d.endsWithColon(i)
}

// maxListHeading is the most words of a heading over a list of stories:
// "Related", "More:", "See also", "Most read in world news", "More from
// the Example Gazette".
const maxListHeading = 6

// vocabBits is the size of the bit set of an article's content words.
const vocabBits = 1 << 15

// headlineShape reports whether line i looks like a headline: five to
// sixteen words, starting upper case, not ending like a sentence or a
// lead-in (":").
func (d *doc) headlineShape(i int) bool { return d.lines[i].shape&shapeHeadline != 0 }

// computeHeadlineShape reports whether line i looks like a headline (see
// headlineShape).
func (d *doc) computeHeadlineShape(i int) bool {
	li := &d.lines[i]
	if li.ws.words < 5 || li.ws.words > 16 || li.endsSentence || d.endsWithColon(i) {
		return false
	}
	return startsUpper(d.lineText(i))
}
