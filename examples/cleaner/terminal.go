package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// What the cleaner writes for people (messages, -explain, file headers)
// may hold file names, element paths, rule names and text taken from the
// input. A terminal acts on some of their characters: ESC starts a control
// sequence that can rewrite the screen or the window title, CR and BS move
// the cursor, bidirectional overrides reorder what is shown. These
// functions show such characters as Go escapes instead.

// termSafe returns s with every character a terminal would act on written
// as a Go escape (\x1b, \r, \u202e); bytes that are not UTF-8 too. Plain
// text, non-ASCII letters included, is returned as it is.
func termSafe(s string) string {
	if isTermSafe(s, false) {
		return s
	}
	return escapeControls(s, false)
}

// termText is termSafe for a text that spans lines: newlines and tabs are
// kept.
func termText(s string) string {
	if isTermSafe(s, true) {
		return s
	}
	return escapeControls(s, true)
}

// quoteName returns a file name as messages show it: as it is when it is
// plain, quoted in Go syntax when it holds white space, quotes or
// characters a terminal would act on, so that the name cannot be taken for
// something else.
func quoteName(name string) string {
	if name != "" && isTermSafe(name, false) && !strings.ContainsAny(name, " \"'`\u00a0") {
		return name
	}
	return strconv.Quote(name)
}

func isTermSafe(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			if multiline && (c == '\n' || c == '\t') {
				continue
			}
			return false
		}
		if c >= 0x80 {
			return isTermSafeRunes(s[i:], multiline)
		}
	}
	return true
}

func isTermSafeRunes(s string, multiline bool) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0x20 && !(multiline && (r == '\n' || r == '\t')) || unsafeRune(r) || r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// unsafeRune reports the non-ASCII runes a terminal acts on: C1 controls
// and bidirectional marks, embeddings, overrides and isolates.
func unsafeRune(r rune) bool {
	switch {
	case r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

func escapeControls(s string, multiline bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case multiline && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20 || unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r) // 'x' with the escape inside
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
