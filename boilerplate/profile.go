package boilerplate

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A Profile is what a sample of one site's pages says about the site:
// how many of its pages each line was seen on. What recurs across a
// site's pages is its template (menus, footers, share rows, "More on …"
// headings, newsletter boxes), whatever its wording or language; what
// differs from page to page is the article. A Cleaner given a Profile
// (Options.Profile) removes the lines the site repeats, as the stage
// "profile/site-repeated".
//
// A Profile counts pages, not occurrences: a line counts once per page,
// however often the page repeats it. Lines are compared after
// normalisation: letters and digits only, lower-cased, every run of
// digits counting as one digit, so that "Page 2 of 5" and "12:09 PM on
// 04/28/2013" recur like the template lines they are. Pages learned from
// HTML (see package htmlclean) also count each line together with the
// signature of the block it stands in (tag path and class words), so that
// a line can be known to recur in the same place.
//
// The counts are a sum over pages, so learning is deterministic and
// shards merge: the same pages in any order, or learned in any number of
// profiles and merged, give the same profile, byte for byte once written.
//
// Memory is bounded: up to 65,536 distinct fingerprints are counted
// exactly (about 2.3 MiB at the cap, the lines of a few hundred pages);
// past that the profile becomes a count-min sketch of 4 × 65,536
// counters, 1 MiB however many pages it learns (BenchmarkProfileLearn
// learns 100,000). A sketch's count can be too high, never too low: in
// each row, by L×n/65,536 on average for n pages of L distinct lines
// (0.3% of the pages for pages of 200 lines), and the least of the four
// rows counts. The profile stage asks for a fifth or a quarter of the
// pages, which such an error does not reach.
//
// The zero value is an empty profile ready to learn. Learning and merging
// change the Profile and must not run concurrently with each other; a
// Cleaner keeps a copy of its Profile, so a profile may be learned further
// while Cleaners built from it are in use.
type Profile struct {
	pages  uint64 // pages learned
	placed uint64 // of them, pages whose lines came with their block's signature
	// exact counts the pages each fingerprint was seen on; nil once the
	// profile holds more than exactCap fingerprints and has become a sketch.
	exact  map[uint64]uint32
	sketch []uint32 // sketchDepth rows of sketchWidth counters; nil in exact mode
}

const (
	// exactCap is the most distinct fingerprints counted exactly: the
	// lines of a few hundred pages. A site's template is a few hundred
	// lines; the rest are articles' lines, each seen once.
	exactCap = 1 << 16
	// sketchDepth and sketchWidth size the count-min sketch: 4 rows make a
	// line whose count is too high in every row rare, and rows as wide
	// as exactCap keep each counter's share of the other lines small.
	sketchDepth = 4
	sketchWidth = 1 << 16
	sketchBits  = 16 // log2(sketchWidth)
)

// NewProfile returns an empty Profile; the zero Profile is one too.
func NewProfile() *Profile { return &Profile{} }

// Pages returns the number of pages the profile was learned from.
func (p *Profile) Pages() int {
	if p == nil {
		return 0
	}
	return int(min(p.pages, uint64(maxInt)))
}

const maxInt = int(^uint(0) >> 1)

// Seen returns the number of the profile's pages on which a line with
// the same normalised text as line was seen (in the sketch, at least
// that number). A line with no letter is never counted and gives 0.
func (p *Profile) Seen(line string) int {
	fp, ok := lineFingerprint(line)
	if !ok || p == nil {
		return 0
	}
	return p.count(fp)
}

// LearnText adds one page of text, as scrapers write it: one block per
// line. Each distinct line of the page counts once.
func (p *Profile) LearnText(text string) {
	var fps []uint64
	eachLine(text, func(l line) {
		if fp, ok := lineFingerprint(text[l.start:l.end]); ok {
			fps = append(fps, fp)
		}
	})
	p.addPage(fps, false)
}

// LearnLines adds one page given as its lines. If blocks is not nil, it
// holds for each line (blocks[i] for lines[i]) the signature of the block
// of the page that the line stands in ("" when not known), as package
// htmlclean gives it; the profile then also counts each line in its
// place. Each distinct line of the page counts once.
func (p *Profile) LearnLines(lines, blocks []string) {
	fps := make([]uint64, 0, 2*len(lines))
	for i, s := range lines {
		fp, ok := lineFingerprint(s)
		if !ok {
			continue
		}
		fps = append(fps, fp)
		if blocks != nil && i < len(blocks) && blocks[i] != "" {
			fps = append(fps, placedFingerprint(blockFingerprint(blocks[i]), fp))
		}
	}
	p.addPage(fps, blocks != nil)
}

// Merge adds the pages that q was learned from to p, as if p had learned
// them too: merging the profiles of shards gives the profile of the
// union, in any order and grouping.
func (p *Profile) Merge(q *Profile) {
	if q == nil || q == p && q.pages == 0 {
		return
	}
	if q == p {
		q = q.Clone()
	}
	p.pages = satAdd64(p.pages, q.pages)
	p.placed = satAdd64(p.placed, q.placed)
	switch {
	case p.sketch == nil && q.sketch == nil:
		n := len(p.exact)
		for fp := range q.exact {
			if _, ok := p.exact[fp]; !ok {
				n++
			}
		}
		if n <= exactCap {
			if p.exact == nil {
				p.exact = make(map[uint64]uint32, len(q.exact))
			}
			for fp, c := range q.exact {
				p.exact[fp] = satAdd32(p.exact[fp], c)
			}
			return
		}
		p.toSketch()
	case p.sketch == nil:
		p.toSketch()
	}
	if q.sketch != nil {
		for k, c := range q.sketch {
			p.sketch[k] = satAdd32(p.sketch[k], c)
		}
		return
	}
	for fp, c := range q.exact {
		p.sketchAdd(fp, c)
	}
}

// Clone returns a copy of p that shares nothing with it.
func (p *Profile) Clone() *Profile {
	if p == nil {
		return nil
	}
	q := &Profile{pages: p.pages, placed: p.placed}
	if p.exact != nil {
		q.exact = make(map[uint64]uint32, len(p.exact))
		for fp, c := range p.exact {
			q.exact[fp] = c
		}
	}
	q.sketch = slices.Clone(p.sketch)
	return q
}

// addPage counts one page whose fingerprints are fps (in any order,
// repeats allowed).
func (p *Profile) addPage(fps []uint64, placed bool) {
	p.pages = satAdd64(p.pages, 1)
	if placed {
		p.placed = satAdd64(p.placed, 1)
	}
	slices.Sort(fps)
	fps = slices.Compact(fps)
	if p.sketch == nil {
		n := len(p.exact)
		for _, fp := range fps {
			if _, ok := p.exact[fp]; !ok {
				n++
			}
		}
		if n <= exactCap {
			if p.exact == nil {
				p.exact = make(map[uint64]uint32, len(fps))
			}
			for _, fp := range fps {
				p.exact[fp] = satAdd32(p.exact[fp], 1)
			}
			return
		}
		// Past the cap: the counts so far go into the sketch, and this
		// page's with them. The result is the sketch of all the pages'
		// counts, whenever the cap was passed.
		p.toSketch()
	}
	for _, fp := range fps {
		p.sketchAdd(fp, 1)
	}
}

// toSketch turns an exact profile into a sketch of the same counts.
func (p *Profile) toSketch() {
	p.sketch = make([]uint32, sketchDepth*sketchWidth)
	for fp, c := range p.exact {
		p.sketchAdd(fp, c)
	}
	p.exact = nil
}

// sketchAdd adds c to the counters of fp.
func (p *Profile) sketchAdd(fp uint64, c uint32) {
	for r := range sketchDepth {
		k := r*sketchWidth + sketchIndex(fp, r)
		p.sketch[k] = satAdd32(p.sketch[k], c)
	}
}

// count returns the pages fp was seen on: exact, or in the sketch the
// least of its counters, which is never less than the true count.
func (p *Profile) count(fp uint64) int {
	if p.sketch == nil {
		return int(p.exact[fp])
	}
	least := uint32(1<<32 - 1)
	for r := range sketchDepth {
		least = min(least, p.sketch[r*sketchWidth+sketchIndex(fp, r)])
	}
	return int(min(uint64(least), p.pages))
}

// sketchIndex is the column of fp in row r of the sketch: the top bits of
// a 64-bit mix (splitmix64's finaliser) of fp and the row's constant.
// The format of profile files depends on it; see profilefile.go.
func sketchIndex(fp uint64, r int) int {
	return int(mix64(fp+uint64(r+1)*0x9e3779b97f4a7c15) >> (64 - sketchBits))
}

func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func satAdd32(a, b uint32) uint32 {
	if s := a + b; s >= a {
		return s
	}
	return 1<<32 - 1
}

func satAdd64(a, b uint64) uint64 {
	if s := a + b; s >= a {
		return s
	}
	return 1<<64 - 1
}

// Fingerprints. Profile files store them, so they are part of the file
// format: a change here is a new version (see profilefile.go).

// lineFingerprint returns the fingerprint of a line's normalised text:
// FNV-1a (64 bits) over its letters and digits, lower-cased (Unicode
// simple folding to lower case). In a line of fewer than exactWords
// words, a run of digits is hashed as one '0': dates, clocks, counters
// and page numbers are short lines whose numbers change from page to
// page ("Page 2 of 5", "Comments (12)"); a paragraph with other numbers
// is another paragraph. A line with no letter has no fingerprint: numbers
// alone ("2", "12:30") are no evidence of a template.
func lineFingerprint(s string) (uint64, bool) {
	short, exact := uint64(fnvOffset), uint64(fnvOffset) // digits collapsed, and as they are
	letters := false
	words := 0
	inWord, inDigits := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case '0' <= c && c <= '9':
				if !inWord {
					words++
					inWord = true
				}
				exact = (exact ^ uint64(c)) * fnvPrime
				if !inDigits {
					short = (short ^ '0') * fnvPrime
					inDigits = true
				}
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z':
			default:
				inWord, inDigits = false, false
				continue
			}
			if !inWord {
				words++
				inWord = true
			}
			exact = (exact ^ uint64(c)) * fnvPrime
			short = (short ^ uint64(c)) * fnvPrime
			letters, inDigits = true, false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		digit := unicode.IsDigit(r)
		switch {
		case digit:
		case unicode.IsLetter(r):
			r = unicode.ToLower(r)
		default:
			inWord, inDigits = false, false
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
		var buf [utf8.UTFMax]byte
		enc := buf[:utf8.EncodeRune(buf[:], r)]
		for _, b := range enc {
			exact = (exact ^ uint64(b)) * fnvPrime
		}
		if digit {
			if !inDigits {
				short = (short ^ '0') * fnvPrime
				inDigits = true
			}
			continue
		}
		for _, b := range enc {
			short = (short ^ uint64(b)) * fnvPrime
		}
		letters, inDigits = true, false
	}
	if words >= exactWords {
		return exact, letters
	}
	return short, letters
}

// exactWords is the length, in words, from which a line's digits count
// as they are (see lineFingerprint): the length of a sentence, longer
// than the date lines and counters of a page's chrome.
const exactWords = 10

// blockFingerprint is FNV-1a (64 bits) over a block signature's bytes.
func blockFingerprint(sig string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(sig); i++ {
		h = (h ^ uint64(sig[i])) * fnvPrime
	}
	return h
}

// placedFingerprint is the fingerprint of a line in its block: the two
// fingerprints mixed, so that it never equals a line's own.
func placedFingerprint(block, line uint64) uint64 {
	return mix64(block*0x9e3779b97f4a7c15 ^ line)
}
