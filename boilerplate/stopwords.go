package boilerplate

import (
	"bufio"
	"fmt"
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
// hashes twice.
type stopTable struct {
	slots  []stopSlot // len is a power of two
	maxLen int        // the longest stop word, in bytes: longer words are not looked up
}

type stopSlot struct {
	word string
	mask stopMask
}

func newStopTable(words map[string]stopMask) stopTable {
	n := 64
	for n < 4*len(words) {
		n *= 2
	}
	t := stopTable{slots: make([]stopSlot, n)}
	for w, m := range words {
		t.maxLen = max(t.maxLen, len(w))
		for k := foldHash(w) & uint64(n-1); ; k = (k + 1) & uint64(n-1) {
			if t.slots[k].word == "" {
				t.slots[k] = stopSlot{word: w, mask: m}
				break
			}
		}
	}
	return t
}

// lookup returns the languages that the lower-case word w, whose foldHash
// is h, is a stop word of.
func (t stopTable) lookup(h uint64, w []byte) stopMask {
	mask := uint64(len(t.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		s := &t.slots[k]
		if s.word == "" {
			return 0
		}
		if s.word == string(w) {
			return s.mask
		}
	}
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
	words    int          // runs of letters or digits
	stops    [nlang]int16 // stop words per language
	capWords int          // words starting with an upper-case letter
	numWords int          // words starting with a digit
	cjk      int          // Han, kana and Hangul runes, which have no spaces between words
	// glue holds up to four places (offset+1, 0 for none) in the first
	// maxGlue bytes where a capital glued to a lower-case letter or to
	// ?!)" before it starts a lower-case word: "HeadlineThe summary…",
	// not "SpaceX". Teasers glued to their summaries look like that.
	glue [4]uint8
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

// maxStopWord is the longest stop word in bytes; longer words are not looked up.
const maxStopWord = 24

// A wordEntry is one word of four or more bytes, kept for the topic and
// teaser heuristics: its folded hash (with a final "s" dropped, so that
// plurals agree) and the languages it is a stop word of.
type wordEntry struct {
	h    uint64
	stop stopMask
}

// countWords tokenises s into words and counts them. If words is not nil,
// the words of four or more bytes are appended to it. A word is a run of
// letters, digits and combining marks; an apostrophe ends it ("don't" is
// "don" and "t"), so that elided stop words ("l'article") are found.
func (t stopTable) countWords(s string, words *[]wordEntry) wordStats {
	var st wordStats
	var buf [maxStopWord]byte
	for i := 0; i < len(s); {
		// Find the start of a word.
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				st.capWords++
				if i > 0 && (s[i-1] == '?' || s[i-1] == '!' || s[i-1] == ')' || s[i-1] == '"') {
					st.addGlue(s, i)
				}
			} else if c <= '9' {
				st.numWords++
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isCJK(r) {
				st.cjk++
				i += size
				continue
			}
			if !isWordRune(r) && !unicode.Is(unicode.Mn, r) {
				i += size
				continue
			}
			if unicode.IsUpper(r) {
				st.capWords++
			}
		}
		st.words++

		// Read it: lower-case bytes into buf, its hash, and the hash
		// without its last byte (for a final "s").
		n, size := 0, 0
		h, prev := uint64(fnvOffset), uint64(fnvOffset)
		last := byte(0)
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				if 'A' <= c && c <= 'Z' && size > 0 && 'a' <= s[i-1] && s[i-1] <= 'z' {
					st.addGlue(s, i)
				}
				c = lowerASCII(c)
				prev, h, last = h, (h^uint64(c))*fnvPrime, c
				if n < len(buf) {
					buf[n] = c
				}
				n++
				size++
				i++
				continue
			}
			r, rs := utf8.DecodeRuneInString(s[i:])
			if isCJK(r) || !isWordRune(r) && !unicode.Is(unicode.Mn, r) {
				break
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
			size += rs
			last = 0
			i += rs
		}

		var m stopMask
		if n <= t.maxLen {
			m = t.lookup(h, buf[:n])
		}
		for k := 0; m>>k != 0; k++ {
			if m&(1<<k) != 0 {
				st.stops[k]++
			}
		}
		if words != nil && size >= 4 {
			e := wordEntry{h: h, stop: m}
			if last == 's' {
				e.h = prev
			}
			*words = append(*words, e)
		}
	}
	return st
}

// asciiWord marks the ASCII bytes that words are made of.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// detectLanguage picks the language whose stop words cover most words of the
// document, as an index into languages, or -1 when no list covers at least
// 8% of them (a language without a list, or too little text to tell).
func detectLanguage(lines []lineInfo) int {
	var sum [nlang]int
	words := 0
	for i := range lines {
		words += lines[i].ws.words
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
