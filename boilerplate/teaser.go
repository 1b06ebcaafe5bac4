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
}

// vocabBits is the size of the bit set of an article's content words.
const vocabBits = 1 << 15

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
