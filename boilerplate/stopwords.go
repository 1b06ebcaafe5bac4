package boilerplate

import (
	"bufio"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// languages are the languages with built-in stop-word lists and rule
// files, in the order of the bits of a stopMask.
var languages = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "pl"}

const nlang = len(languages)

// A stopMask has bit i set when a word is a stop word of languages[i]. Its
// eight bits hold the eight languages: a ninth needs a wider type.
type stopMask uint8

// A stopTable maps a lower-case word to the languages it is a stop word of.
// It is an open-addressing hash table keyed by foldHash, so that a word's
// hash is computed while it is read, and a look-up neither allocates nor
// hashes twice. Every word of a document is looked up, and most are no
// stop words: a probe reads a small array of hash tags (which stays in
// the processor's cache) and compares a word only when its tag matches.
type stopTable struct {
	tags   []uint32   // tag of the word in each slot, 0 when empty; len is a power of two
	slots  []stopSlot // the word in each slot
	maxLen int        // the longest stop word, in bytes: longer words are not looked up
}

type stopSlot struct {
	word string
	mask stopMask
}

// stopTag is the tag of a word whose foldHash is h: its high bits, never 0.
func stopTag(h uint64) uint32 { return uint32(h>>32) | 1 }

func newStopTable(words map[string]stopMask) stopTable {
	// A quarter full at most: most words a document looks up are no stop
	// words, and a look-up ends at the first empty slot, so that few take
	// a second probe, and the processor mispredicts fewer of them. The
	// tags of the built-in lists (835 words) take 16 KB.
	n := 64
	for n < 4*len(words) {
		n *= 2
	}
	t := stopTable{tags: make([]uint32, n), slots: make([]stopSlot, n)}
	for w, m := range words {
		t.maxLen = max(t.maxLen, len(w))
		h := foldHash(w)
		for k := h & uint64(n-1); ; k = (k + 1) & uint64(n-1) {
			if t.tags[k] == 0 {
				t.tags[k], t.slots[k] = stopTag(h), stopSlot{word: w, mask: m}
				break
			}
		}
	}
	return t
}

// lookup returns the languages that the lower-case word w, whose foldHash
// is h, is a stop word of.
func (t *stopTable) lookup(h uint64, w []byte) stopMask {
	mask := uint64(len(t.tags) - 1)
	tag := stopTag(h)
	for k := h & mask; ; k = (k + 1) & mask {
		switch t.tags[k] {
		case 0:
			return 0
		case tag:
			if t.slots[k].word == string(w) {
				return t.slots[k].mask
			}
		}
	}
}

// mayHold reports whether the table may hold a word whose foldHash is h:
// whether the slot where its look-up starts is taken. Three slots in four
// are empty, so that this test, small enough to be inlined, rules out
// most words that are no stop words before a call to lookupASCII.
func (t *stopTable) mayHold(h uint64) bool { return t.tags[h&uint64(len(t.tags)-1)] != 0 }

// lookupASCII is lookup for a word w of ASCII letters and digits, in any
// case, whose foldHash is h: it compares w with the stop words as it
// folds it, so that the caller need not copy it.
func (t *stopTable) lookupASCII(h uint64, w string) stopMask {
	mask := uint64(len(t.tags) - 1)
	tag := stopTag(h)
	for k := h & mask; ; k = (k + 1) & mask {
		switch t.tags[k] {
		case 0:
			return 0
		case tag:
			if equalLowerASCII(w, t.slots[k].word) {
				return t.slots[k].mask
			}
		}
	}
}

// equalLowerASCII reports whether w, of ASCII letters and digits, equals
// the lower-case word lower once folded to lower case.
func equalLowerASCII(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != lower[k] {
			return false
		}
	}
	return true
}

func languageIndex(code string) int {
	for i, l := range languages {
		if l == code {
			return i
		}
	}
	return -1
}

// loadStopWords reads the embedded stop-word lists: words separated by white
// space, "#" comments.
func loadStopWords() (stopTable, error) {
	t := make(map[string]stopMask)
	for i, lang := range languages {
		name := "rules/" + lang + ".stop"
		data, err := rulesFS.ReadFile(name)
		if err != nil {
			return stopTable{}, fmt.Errorf("boilerplate: %w", err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			text := sc.Text()
			if j := strings.IndexByte(text, '#'); j >= 0 {
				text = text[:j]
			}
			for _, w := range strings.Fields(text) {
				w = strings.ToLower(w)
				if len(w) > maxStopWord {
					return stopTable{}, fmt.Errorf("boilerplate: %s: stop word %q is longer than %d bytes", name, w, maxStopWord)
				}
				t[w] |= 1 << i
			}
		}
		if err := sc.Err(); err != nil {
			return stopTable{}, fmt.Errorf("boilerplate: %s: %w", name, err)
		}
	}
	return newStopTable(t), nil
}

// wordStats are the word counts of one line.
type wordStats struct {
	words    int32        // runs of letters or digits
	capWords int32        // words starting with an upper-case letter
	numWords int32        // words starting with a digit
	cjk      int32        // Han, kana and Hangul runes, which have no spaces between words
	stops    [nlang]int16 // stop words per language
	// glue holds up to four places (offset+1, 0 for none) in the first
	// maxGlue bytes where a capital glued to a lower-case letter or to
	// ?!)" before it starts a lower-case word: "HeadlineThe summary…",
	// not "SpaceX". Teasers glued to their summaries look like that.
	glue [4]uint8
	// seps is true when the line has a "|", "•" or "·", which separate
	// the items of a menu written on one line (computeSeparatedList):
	// countWords passes every rune of a line by, and notes them on the way.
	seps bool
	// digits is true when the line has an ASCII digit, which every date
	// and clock has (computeHeaderShape): noted on the way as well.
	digits bool
}

// maxGlue bounds where countWords looks for glue: headlines are short.
const maxGlue = 160

// addGlue records a glue candidate at offset i of s if the capital there is
// followed by a lower-case letter.
func (st *wordStats) addGlue(s string, i int) {
	if i >= maxGlue || i+1 >= len(s) || s[i+1] < 'a' || s[i+1] > 'z' {
		return
	}
	for k := range st.glue {
		if st.glue[k] == 0 {
			st.glue[k] = uint8(i + 1)
			return
		}
	}
}

// unhash returns the foldHash of a string from h, the hash of that string
// followed by the ASCII byte c: the step of FNV-1a taken back, as the
// prime is odd and so has an inverse modulo 2^64.
func unhash(h uint64, c byte) uint64 {
	return (h * fnvPrimeInverse) ^ uint64(lowerASCII(c))
}

// fnvPrimeInverse is the inverse of fnvPrime modulo 2^64.
const fnvPrimeInverse = 0xCE965057AFF6957B

// addInnerGlue records the glue candidates inside the ASCII word
// s[start:end]: capitals that follow a lower-case letter ("HeadlineThe").
func (st *wordStats) addInnerGlue(s string, start, end int) {
	for k := start + 1; k < min(end, maxGlue); k++ {
		if byteClass[s[k]] == bcUpper && byteClass[s[k-1]] == bcLower {
			st.addGlue(s, k)
		}
	}
}

// maxStopWord is the longest stop word in bytes; longer words are not looked up.
const maxStopWord = 24

// A wordList holds the words of four or more bytes of a document, kept
// for the topic and teaser heuristics: each word's folded hash (with a
// final "s" dropped, so that plurals agree) and the languages it is a stop
// word of, in two slices (9 bytes a word rather than a padded 16).
type wordList struct {
	h    []uint64
	stop []stopMask
}

// countWords tokenises s into words and counts them. If words is not nil,
// the words of four or more bytes are appended to it. A word is a run of
// letters, digits and combining marks; an apostrophe ends it ("don't" is
// "don" and "t"), so that elided stop words ("l'article") are found.
//
// It reads every byte of the text, so its ASCII path is one table load,
// one test and one multiply per byte, and it neither copies nor folds a
// word of ASCII to look it up (see lookupASCII); a word with runes past
// ASCII takes the slow path, readWide.
func (t *stopTable) countWords(s string, words *wordList) wordStats {
	var st wordStats
	for i := 0; i < len(s); {
		// Find the start of a word.
		switch byteClass[s[i]] {
		case bcNone:
			if s[i] == '|' {
				st.seps = true
			}
			i++
			continue
		case bcUpper:
			st.capWords++
			if i > 0 && (s[i-1] == '?' || s[i-1] == '!' || s[i-1] == ')' || s[i-1] == '"') {
				st.addGlue(s, i)
			}
		case bcDigit:
			st.numWords++
			st.digits = true
		case bcHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if generalPunctuation(r) {
				if r == '•' {
					st.seps = true
				}
				i += size
				continue
			}
			if isCJK(r) {
				st.cjk++
				i += size
				continue
			}
			if !isWordRune(r) && !unicode.Is(unicode.Mn, r) {
				if r == '·' {
					st.seps = true
				}
				i += size
				continue
			}
			if unicode.IsUpper(r) {
				st.capWords++
			}
		}
		st.words++

		// Read its ASCII bytes: its hash, of the lower-case bytes, and, for
		// a final "s", the hash without it. all is the bitwise AND of the
		// bytes after the first, whose bits say whether one of those is a
		// capital (0x20 clear: see addInnerGlue) or a digit (0x40 clear,
		// which is set in every letter). The loop takes four bytes a
		// round, as foldHash does, so that its counting, bounds check and
		// branch come once for four bytes; a round that finds the end of
		// the word jumps past the loop that reads a line's last few bytes
		// one at a time. It is written out here, not in a function of its
		// own: the compiler would not inline one, and a call for every
		// word costs what the rounds save.
		start := i
		h := uint64(fnvOffset)
		if c := wordLower[s[i]]; c != 0 {
			h = (h ^ uint64(c)) * fnvPrime
			i++
		}
		all := byte(0xFF)
		for ; i+4 <= len(s); i += 4 {
			b := s[i : i+4]
			c := wordLower[b[0]]
			if c == 0 {
				goto read
			}
			all &= b[0]
			h = (h ^ uint64(c)) * fnvPrime
			if c = wordLower[b[1]]; c == 0 {
				i++
				goto read
			}
			all &= b[1]
			h = (h ^ uint64(c)) * fnvPrime
			if c = wordLower[b[2]]; c == 0 {
				i += 2
				goto read
			}
			all &= b[2]
			h = (h ^ uint64(c)) * fnvPrime
			if c = wordLower[b[3]]; c == 0 {
				i += 3
				goto read
			}
			all &= b[3]
			h = (h ^ uint64(c)) * fnvPrime
		}
		for ; i < len(s); i++ {
			c := wordLower[s[i]]
			if c == 0 {
				break
			}
			all &= s[i]
			h = (h ^ uint64(c)) * fnvPrime
		}
	read:
		if all&0x60 != 0x60 { // a capital or a digit after the first byte
			if all&0x20 == 0 && start+1 < maxGlue {
				st.addInnerGlue(s, start, i)
			}
			st.digits = st.digits || all&0x40 == 0
		}
		var mask stopMask
		last := byte(0)
		prev := uint64(0) // the hash without the last byte, when that is "s"
		if i < len(s) && byteClass[s[i]] == bcHigh {
			prev = fnvOffset
			if i > start {
				prev = unhash(h, s[i-1])
			}
			i, h, prev, last, mask = t.readWide(s, start, i, h, prev, &st)
		} else {
			last = s[i-1] | 0x20 // lower case: a word has letters and digits only
			if last == 's' {
				prev = unhash(h, last)
			}
			if i-start <= t.maxLen && t.mayHold(h) {
				mask = t.lookupASCII(h, s[start:i])
			}
		}
		for m := mask; m != 0; m &= m - 1 {
			st.stops[bits.TrailingZeros8(uint8(m))]++
		}
		if words != nil && i-start >= 4 {
			if last == 's' {
				h = prev
			}
			words.h = append(words.h, h)
			words.stop = append(words.stop, mask)
		}
	}
	return st
}

// readWide reads on from s[i], a rune past ASCII, to the end of the word
// that starts at s[start], whose ASCII bytes before i hash to h (prev
// without the last). It folds the word's runes to lower case, as the stop
// words are, and returns where the word ends, its hashes, its last byte
// (0 after a rune past ASCII) and the languages it is a stop word of.
func (t *stopTable) readWide(s string, start, i int, h, prev uint64, st *wordStats) (end int, hash, hashPrev uint64, last byte, mask stopMask) {
	var buf [maxStopWord]byte
	n := 0
	for k := start; k < i && n < len(buf); k++ {
		buf[n] = lowerASCII(s[k])
		n++
	}
	n = i - start
	if i > start {
		last = lowerASCII(s[i-1])
	}
	for i < len(s) {
		c := s[i]
		switch byteClass[c] {
		case bcNone:
			goto done
		case bcUpper:
			if i > start && byteClass[s[i-1]] == bcLower {
				st.addGlue(s, i)
			}
			c += 'a' - 'A'
		case bcDigit:
			st.digits = true
		case bcHigh:
			r, rs := utf8.DecodeRuneInString(s[i:])
			if generalPunctuation(r) || isCJK(r) || !isWordRune(r) && !unicode.Is(unicode.Mn, r) {
				goto done
			}
			var rb [utf8.UTFMax]byte
			k := utf8.EncodeRune(rb[:], unicode.ToLower(r))
			prev = h
			for _, b := range rb[:k] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			if n+k <= len(buf) {
				copy(buf[n:], rb[:k])
			}
			n += k
			last = 0
			i += rs
			continue
		}
		prev, h, last = h, (h^uint64(c))*fnvPrime, c
		if n < len(buf) {
			buf[n] = c
		}
		n++
		i++
	}
done:
	if n <= t.maxLen {
		mask = t.lookup(h, buf[:n])
	}
	return i, h, prev, last, mask
}

// Byte classes for countWords.
const (
	bcNone  = iota // ASCII that is not part of a word
	bcLower        // a-z
	bcDigit        // 0-9
	bcUpper        // A-Z
	bcHigh         // the first or a later byte of a multi-byte rune
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = bcLower, bcUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bcDigit
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = bcHigh
	}
	return t
}()

// wordLower maps an ASCII letter or digit to itself in lower case and
// every other byte to 0.
var wordLower = func() (t [256]byte) {
	for c := range t {
		if k := byteClass[c]; k == bcLower || k == bcDigit || k == bcUpper {
			t[c] = lowerASCII(byte(c))
		}
	}
	return t
}()

// generalPunctuation reports whether r is in the General Punctuation
// block, U+2000 to U+206F: curly quotes and apostrophes, dashes, the
// ellipsis, spaces. It holds no letter, digit, mark or CJK rune, and its
// runes are the commonest past ASCII in the text of most languages:
// countWords passes them by without searching the Unicode tables.
func generalPunctuation(r rune) bool { return 0x2000 <= r && r <= 0x206F }

func isCJK(r rune) bool {
	// Hangul, the first of these scripts, starts at U+1100: the Latin,
	// Greek and Cyrillic letters of European text are never looked up.
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// detectLanguage picks the language whose stop words cover most words of the
// document, as an index into languages, or -1 when no list covers at least
// 8% of them (a language without a list, or too little text to tell).
func detectLanguage(lines []lineInfo) int {
	var sum [nlang]int
	words := 0
	for i := range lines {
		words += int(lines[i].ws.words)
		for k := 0; k < nlang; k++ {
			sum[k] += int(lines[i].ws.stops[k])
		}
	}
	best := 0
	for k := 1; k < nlang; k++ {
		if sum[k] > sum[best] {
			best = k
		}
	}
	if words == 0 || sum[best]*100 < words*8 {
		return -1
	}
	return best
}
