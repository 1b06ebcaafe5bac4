package boilerplate

import (
	"hash/fnv"
	"math/bits"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCountWordsReference checks countWords, whose ASCII path and
// look-up skip the copy and the folding, against countWordsRef on the
// test inputs, on each of their lines, and on short strings of the
// pieces that take the slow path: runes past ASCII, capitals, glue,
// a final "s", invalid UTF-8, and ASCII words that end at each byte of
// a four-byte round.
func TestCountWordsReference(t *testing.T) {
	b, err := loadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	check := func(s string) {
		t.Helper()
		var w, wantW wordList
		got, want := b.stop.countWords(s, &w), b.stop.countWordsRef(s, &wantW)
		if got != want || !reflect.DeepEqual(w, wantW) {
			t.Fatalf("countWords(%q) = %+v, %+v; want %+v, %+v", s, got, w, want, wantW)
		}
	}
	for _, pattern := range []string{seedFiles, surviveFiles, caseFiles} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := readFileBytes(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			check(text)
			eachLine(text, func(l line) { check(text[l.start:l.end]) })
		}
	}
	pieces := []string{"a", "S", "s", "The", "der", "UND", "Words", "ofTEN", "Letters", "ß", "É", "é", "İ", "ς", "ΣΑΣ", "ǅ",
		"\u0301", "日", "本", "’", "'", "?", "\"", ")", " ", "_", "0", "9", "\xff", "\x00"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(sb.String())
	}
}

// FuzzCountWords checks countWords against countWordsRef on any input.
func FuzzCountWords(f *testing.F) {
	f.Add("HeadlineThe summary, the café's NAMES and 日本語\xff")
	b, err := loadBuiltin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var w, wantW wordList
		got, want := b.stop.countWords(s, &w), b.stop.countWordsRef(s, &wantW)
		if got != want || !reflect.DeepEqual(w, wantW) {
			t.Fatalf("countWords(%q) = %+v, %+v; want %+v, %+v", s, got, w, want, wantW)
		}
	})
}

// countWordsRef is countWords as one loop that copies and folds every
// word before it looks it up: slower, and simpler to check by reading.
func (t *stopTable) countWordsRef(s string, words *wordList) wordStats {
	var st wordStats
	st.seps = strings.Contains(s, "|") || strings.Contains(s, "•") || strings.Contains(s, "·")
	st.digits = strings.ContainsAny(s, "0123456789")
	var buf [maxStopWord]byte
	for i := 0; i < len(s); {
		// Find the start of a word.
		switch byteClass[s[i]] {
		case bcNone:
			i++
			continue
		case bcUpper:
			st.capWords++
			if i > 0 && (s[i-1] == '?' || s[i-1] == '!' || s[i-1] == ')' || s[i-1] == '"') {
				st.addGlue(s, i)
			}
		case bcDigit:
			st.numWords++
		case bcHigh:
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
		start, n := i, 0
		h, prev := uint64(fnvOffset), uint64(fnvOffset)
		last := byte(0)
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
			case bcHigh:
				r, rs := utf8.DecodeRuneInString(s[i:])
				if isCJK(r) || !isWordRune(r) && !unicode.Is(unicode.Mn, r) {
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
		var mask stopMask
		if n <= t.maxLen {
			mask = t.lookup(h, buf[:n])
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

// TestGeneralPunctuation checks that countWords may pass the General
// Punctuation block by: no rune of it is CJK, a letter, a digit or a mark.
func TestGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if !generalPunctuation(r) {
			t.Fatalf("generalPunctuation(%U) = false", r)
		}
		if isCJK(r) || isWordRune(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U is part of a word", r)
		}
	}
}

// TestUnhash checks that unhash takes the last step of foldHash back.
func TestUnhash(t *testing.T) {
	for _, w := range []string{"a", "News", "PLURALS", "x9", "Zürich"} {
		last := w[len(w)-1]
		if got, want := unhash(foldHash(w), last), foldHash(w[:len(w)-1]); got != want {
			t.Errorf("unhash(foldHash(%q)) = %#x, want foldHash(%q) = %#x", w, got, w[:len(w)-1], want)
		}
	}
}

// TestFoldHash checks foldHash, which hashes four bytes a round, against
// FNV-1a from package hash/fnv over the ASCII-folded bytes, for every
// length up to a few rounds and every remainder of the last one.
func TestFoldHash(t *testing.T) {
	const text = "Share THIS story: Zürich ÉTÉ 2024 — Read more…"
	for n := 0; n <= len(text); n++ {
		s := text[:n]
		folded := []byte(s)
		for k, c := range folded {
			folded[k] = lowerASCII(c)
		}
		f := fnv.New64a()
		f.Write(folded)
		if got, want := foldHash(s), f.Sum64(); got != want {
			t.Errorf("foldHash(%q) = %#x, want %#x", s, got, want)
		}
	}
}
