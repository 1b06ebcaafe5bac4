package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text helpers: byte and rune tests, ASCII case folding, hashing and
// trimming, shared by the rules, the line features and the heuristics.

// lowerASCII folds an ASCII upper-case letter to lower case.
func lowerASCII(c byte) byte { return lowerTable[c] }

// lowerTable maps each byte to itself folded by lowerASCII: a load rather
// than a comparison and a branch, in the loops that fold every byte of a
// line (foldHash) and mispredict on every capital otherwise.
var lowerTable = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// isASCII reports whether s has no byte past ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldHash is FNV-1a over s with ASCII letters folded to lower case.
//
// It hashes every line of an article (see laterCopies), so it takes four
// bytes a round: each byte's multiply still waits for the one before, but
// the loop's counting, compare and branch come once for four bytes.
func foldHash(s string) uint64 {
	h := uint64(fnvOffset)
	for ; len(s) >= 4; s = s[4:] {
		h = (h ^ uint64(lowerASCII(s[0]))) * fnvPrime
		h = (h ^ uint64(lowerASCII(s[1]))) * fnvPrime
		h = (h ^ uint64(lowerASCII(s[2]))) * fnvPrime
		h = (h ^ uint64(lowerASCII(s[3]))) * fnvPrime
	}
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(lowerASCII(s[i]))) * fnvPrime
	}
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// containsFold reports whether b occurs in a, ignoring case, without
// allocating: candidate positions are found by the first byte, ASCII-folded.
func containsFold(a, b string) bool {
	if b == "" {
		return true
	}
	first := lowerASCII(b[0])
	for k := 0; k+len(b) <= len(a); k++ {
		if lowerASCII(a[k]) == first && strings.EqualFold(a[k:k+len(b)], b) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in a as a word (or words), in the
// same case: no letter or digit touches it on either side.
func containsWord(a, w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k+len(w) <= len(a); {
		j := strings.Index(a[k:], w)
		if j < 0 {
			return false
		}
		k += j
		if wordStart(a, k) && wordEnd(a, k+len(w)) {
			return true
		}
		k++
	}
	return false
}

// dataLine reports whether line reads as data a script left in the text:
// a JSON object or an array of them ({"…": or [{"…":). htmlclean asks
// much the same of the lines it renders (its own dataLine, which takes any
// "[{"): the test is too small to export.
func dataLine(line string) bool {
	return strings.HasPrefix(line, `{"`) || strings.HasPrefix(line, `[{"`)
}

// hasPrefixFold reports whether s starts with one of list, ignoring case;
// an empty list allows anything.
func hasPrefixFold(s string, list []string) bool {
	for _, a := range list {
		if len(a) <= len(s) && (a == "" || mayFoldTo(s[0], a[0])) && strings.EqualFold(s[:len(a)], a) {
			return true
		}
	}
	return len(list) == 0
}

// hasSuffixFold reports whether s ends with one of list, ignoring case; an
// empty list allows anything.
func hasSuffixFold(s string, list []string) bool {
	for _, a := range list {
		if len(a) <= len(s) && (a == "" || mayFoldTo(s[len(s)-1], a[len(a)-1])) && strings.EqualFold(s[len(s)-len(a):], a) {
			return true
		}
	}
	return len(list) == 0
}

// mayFoldTo reports whether two strings that start (or end) with bytes b
// and c may be equal under Unicode case folding: a cheap test before
// strings.EqualFold, as most prefixes and suffixes differ in their first
// (or last) byte. Two ASCII bytes are a whole rune each and must fold
// alike; a byte past ASCII may belong to a rune that folds to ASCII (the
// Kelvin sign to "k"), so it always may.
func mayFoldTo(b, c byte) bool {
	return b >= utf8.RuneSelf || c >= utf8.RuneSelf || lowerASCII(b) == lowerASCII(c)
}

// A byteBits is a set of bytes.
type byteBits [4]uint64

func (b *byteBits) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteBits) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// addRange adds the bytes from lo to hi.
func (b *byteBits) addRange(lo, hi byte) {
	for c := int(lo); c <= int(hi); c++ {
		b.add(byte(c))
	}
}

// byteSet returns the bytes of s as a set.
func byteSet(s string) byteBits {
	var set byteBits
	for i := 0; i < len(s); i++ {
		set.add(s[i])
	}
	return set
}

// hasAnyByte reports whether s contains a byte of set.
func hasAnyByte(s string, set byteBits) bool {
	for i := 0; i < len(s); i++ {
		if set.has(s[i]) {
			return true
		}
	}
	return false
}

// trimSpan narrows [s, e) of text to exclude leading and trailing white space
// (Unicode White_Space, as strings.TrimSpace). Invalid UTF-8 is not space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isWordRune reports whether r is part of a word: a letter or a digit
// (and '_' in ASCII, as in regexp's \w).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordStart reports whether a word may start at s[i]: no letter or digit before it.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

// wordEnd reports whether a word may end at s[i]: no letter or digit after it.
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

// isWordStart reports whether p starts with a word rune.
func isWordStart(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return isWordRune(r)
}

// isWordEnd reports whether p ends with a word rune.
func isWordEnd(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	return isWordRune(r)
}

// wordsAtLeast reports whether s has at least n words (runs of letters or
// digits), reading no further than it must.
func wordsAtLeast(s string, n int) bool {
	in := false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			if n--; n == 0 {
				return true
			}
		}
		in = w
	}
	return false
}

// significant narrows the line [start, end) of text to its significant part:
// without leading bullets and trailing punctuation such as ":" or "»". An
// ASCII byte is looked up in a table (asciiLeadNoise, asciiTrailNoise)
// rather than in the Unicode tables: most lines start with a letter and
// end with one or a full stop.
func significant(text string, start, end int) (int, int) {
	s, e := start, end
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !asciiLeadNoise[c] {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isLeadNoise(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !asciiTrailNoise[c] {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isTrailNoise(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isLeadNoise(r rune) bool {
	switch r {
	case '•', '·', '*', '-', '–', '—', '|', '>', '»', '›', '#', '→', '▸', '►', '◦', '■', '□', '▪', '\ufe0f':
		return true
	}
	// Emoji and other pictographs that newsletters put before a prompt
	// ("👉 Subscribe …") are symbols, not words.
	return unicode.IsSpace(r) || unicode.Is(unicode.So, r)
}

func isTrailNoise(r rune) bool {
	switch r {
	case ':', '.', '!', '?', '»', '›', '>', '…', '|', '-', '–', '—', '→', '▸', '►', '+':
		return true
	}
	return unicode.IsSpace(r)
}

// asciiLeadNoise and asciiTrailNoise are isLeadNoise and isTrailNoise for
// the runes of ASCII.
var asciiLeadNoise, asciiTrailNoise = func() (lead, trail [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		lead[c], trail[c] = isLeadNoise(c), isTrailNoise(c)
	}
	return lead, trail
}()

// endsSentence reports whether s ends like a sentence: with . ! ? or …,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		case '"', '\'', '”', '’', '»', ')', ']', '*':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// titleCased reports whether s is written in title case: none of its words
// of four letters or more starts with a lower-case letter ("This City Was
// Just Named the Best Place to Retire in the U.S."). Headlines are written
// so; a sentence of ten words or more always has lower-case words of that
// length ("years", "which", "said"). A word's parts after a hyphen or an
// apostrophe ("Tax-friendly", "It's") do not count as words.
func titleCased(s string) bool {
	start, lower, n := true, false, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				lower, n, start = unicode.IsLower(r), 0, false
			}
			if n++; lower && n == 4 {
				return false
			}
			continue
		}
		start = r != '-' && r != '\'' && r != '’' && r != '‑'
		if !start {
			lower = false // the rest of "Tax-friendly" is not a word of its own
			n = 0
		}
	}
	return true
}

// startsUpper reports whether s starts with an upper-case letter, a digit or
// an opening quote followed by one.
func startsUpper(s string) bool {
	for _, r := range s {
		switch {
		case r == '"' || r == '“' || r == '\'' || r == '‘' || r == '«' || r == '¿' || r == '¡':
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.Is(unicode.Lo, r):
			return true
		}
		return false
	}
	return false
}
