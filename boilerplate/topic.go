package boilerplate

// Topic: paragraphs of the article share words with each other; the
// summaries in a teaser list or a sidebar are about other stories and share
// almost none. The zone search is run twice: once on the lines' own
// weights, then again with prose lines that share few content words with
// the rest of the first zone's prose counted against the article.

const (
	topicBits     = 1 << 13 // counters for the zone's content words, by hash
	topicMaxWords = 96      // distinct content words looked at per line
	topicMinWords = 6       // fewer than this: too short to judge
	topicMinZone  = 300     // words of prose a zone needs before its topic is known
	topicMinParas = 4       // and paragraphs: each is judged by the words of the others
)

// topicWeights returns w with off-topic prose lines reweighted, judged
// against the prose of the zone [s, e].
func (d *doc) topicWeights(w []int, s, e int) []int {
	if d.lang < 0 {
		return w
	}
	set := wordSet{list: make([]uint64, 0, topicMaxWords)} // room for any line's words
	inZone := func(i int) bool { return i >= s && i <= e && w[i] > 0 && d.isProse(i) }
	zoneWords, paras := 0, 0
	for i := s; i <= e; i++ {
		if inZone(i) {
			zoneWords += int(d.lines[i].ws.words)
			paras++
		}
	}
	// A paragraph is judged by the words it shares with the other
	// paragraphs of the zone. With three or fewer, those are one or two
	// paragraphs, which a short text that takes up one side of its subject
	// in each may share few words with, however much it is one text.
	if zoneWords < topicMinZone || paras < topicMinParas {
		return w // too little text to know what it is about
	}
	// The distinct words of every prose line, read once: flat[at[i]:at[i+1]].
	at := make([]int32, len(d.lines)+1)
	flat := reuse(d.topic, d.proseWordsBound(w))
	for i := range d.lines {
		at[i] = int32(len(flat))
		if w[i] > 0 && d.isProse(i) {
			flat = append(flat, d.lineWords(i, &set)...)
		}
	}
	at[len(d.lines)] = int32(len(flat))
	d.topic = flat // room for the next doc's
	// Counters by hash. A collision makes a paragraph look on topic, which
	// errs on the side of keeping it.
	counts := make([]uint16, topicBits)
	mask := uint64(topicBits - 1)
	for i := s; i <= e; i++ {
		if !inZone(i) {
			continue
		}
		for _, h := range flat[at[i]:at[i+1]] {
			if counts[h&mask] < 1<<16-1 {
				counts[h&mask]++
			}
		}
	}
	out := w         // reweighted in place: each line is read before it is written
	onTopic := false // the line before was prose that kept its weight
	for i := range d.lines {
		follows := onTopic
		onTopic = false
		if w[i] <= 0 || !d.isProse(i) {
			continue
		}
		onTopic = true
		if follows {
			// A paragraph right after one of the article's is the
			// article's too, whatever its words: the closing "The office
			// did not respond to a request for comment."
			continue
		}
		words := flat[at[i]:at[i+1]]
		if len(words) < topicMinWords {
			continue
		}
		own := uint16(0)
		if inZone(i) {
			own = 1
		}
		shared := 0
		for _, h := range words {
			if counts[h&mask] > own {
				shared++
			}
		}
		switch r := float64(shared) / float64(len(words)); {
		case r < topicLow:
			out[i], onTopic = -w[i]/2, false
		case r < topicMid:
			out[i], onTopic = w[i]/4, false
		}
	}
	return out
}

// proseWordsBound returns how many distinct content words lineWords can
// give for the prose lines of weight above zero, at most: each line's words
// of four or more bytes, up to topicMaxWords. It sizes topicWeights' list
// of them to what they take, rather than to every word of the document.
func (d *doc) proseWordsBound(w []int) int {
	n := 0
	for i := range d.lines {
		if w[i] > 0 && d.isProse(i) {
			hs, _ := d.wordsOf(i)
			n += min(len(hs), topicMaxWords)
		}
	}
	return n
}

// A prose line sharing fewer than topicLow of its content words with the
// zone counts against the article; fewer than topicMid, for a quarter.
const topicLow, topicMid = 0.1, 0.2

// A wordSet collects the distinct content-word hashes of one line.
type wordSet struct {
	slots [256]uint64
	list  []uint64
}

// lineWords returns the distinct content-word hashes of line i (at most
// topicMaxWords), reusing set's storage.
func (d *doc) lineWords(i int, set *wordSet) []uint64 {
	clear(set.slots[:])
	set.list = set.list[:0]
	// The words read directly rather than through contentWords and a
	// function per word: this runs for every word of every paragraph.
	hs, stops := d.wordsOf(i)
	stop := d.stopBit()
	for k, h := range hs {
		if stops[k]&stop != 0 {
			continue
		}
		if len(set.list) >= topicMaxWords {
			break
		}
		set.add(h | 1) // 0 marks an empty slot
	}
	return set.list
}

// add adds h to the set unless it is there.
func (set *wordSet) add(h uint64) {
	for k := h % 256; ; k = (k + 1) % 256 {
		switch set.slots[k] {
		case 0:
			set.slots[k] = h
			set.list = append(set.list, h)
			return
		case h:
			return
		}
	}
}

// A vocab holds the content words of some paragraphs of prose, as a bit
// set of their hashes, to tell whether another paragraph is on their
// topic. A collision makes a paragraph look on topic, which errs on the
// side of keeping it. Paragraphs are added up to a line as it is asked
// about (see upTo), so that a document no one asks about costs nothing.
type vocab struct {
	bits []uint64
	next int // the next line to add
	add  func(i int) bool
}

// newVocab returns an empty vocab of the lines of d that add reports true
// for.
func newVocab(d *doc, add func(i int) bool) *vocab { return &vocab{add: add} }

// upTo adds the chosen lines of d before line i.
func (v *vocab) upTo(d *doc, i int) {
	for ; v.next < i; v.next++ {
		if !v.add(v.next) {
			continue
		}
		if v.bits == nil {
			v.bits = make([]uint64, vocabBits/64)
		}
		d.contentWords(v.next, func(h uint64) { v.bits[h%vocabBits/64] |= 1 << (h % 64) })
	}
}

// onTopic reports whether line i shares at least topicMid of its content
// words with the vocab of the chosen lines before it (see topicWeights).
func (v *vocab) onTopic(d *doc, i int) bool {
	v.upTo(d, i)
	if v.bits == nil {
		return false
	}
	words, shared := v.shares(d, i)
	return words > 0 && float64(shared) >= topicMid*float64(words)
}

// shares returns how many content words line i has and how many of them
// are in the vocab.
func (v *vocab) shares(d *doc, i int) (words, shared int) {
	d.contentWords(i, func(h uint64) {
		words++
		if v.bits[h%vocabBits/64]&(1<<(h%64)) != 0 {
			shared++
		}
	})
	return words, shared
}
