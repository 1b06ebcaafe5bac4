package boilerplate

// Prefilters for regexp rules. A regexp is expensive next to the literal
// pass, so before it runs on a line, cheap tests rule the line out: the
// trigger literals (one of which every match contains) come from the
// automaton, and then the line must start with one of the anchored
// prefixes, end with one of the suffixes, and contain one of the bytes
// every match needs. All of it is worked out from the parsed regexp.

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A lineFilter holds the cheap tests that rule a line out before a regexp
// runs on it. The zero value rules out nothing.
type lineFilter struct {
	// For an anchored regexp, the strings a line must start (or end) with.
	prefixes, suffixes []string
	// first: for an anchored regexp that begins with a class (see
	// firstBytes), or with prefixes (see startBytes), the bytes a line must
	// start with (empty if unknown).
	first byteBits
	// need: every match contains one of these bytes (all digits, say), so
	// lines without any are not tried.
	need string
	// needSet is need as a set.
	needSet byteBits
	// words: a line must have a literal of each set of one of these
	// conjunctions (see requiredWords); nil tests nothing.
	words []conjunction
	// lead: for a regexp not anchored at the start, literals one of which
	// every match starts with, ignoring case, or holds right after its
	// first rune or at its start when leadAfter (see leadLiterals and
	// find); nil when there are none. leadSet: the bytes a text that
	// starts with one of them can start with (see startBytes).
	lead      []string
	leadAfter bool
	leadSet   byteBits
	// behind: for a regexp with lead literals, the regexp behind one rune
	// of any kind, anchored at the start: it matches at a place where a
	// match of the regexp may start, with the rune before it to look at
	// (see find).
	behind *regexp.Regexp
}

// newLineFilter works out the tests for the regexp of source expr, parsed
// and simplified as re, whose trigger literals are trig.
func newLineFilter(expr string, re *syntax.Regexp, trig []string) (lineFilter, error) {
	var f lineFilter
	f.prefixes, f.suffixes = anchors(re)
	f.first = firstBytes(re)
	if f.first == (byteBits{}) {
		f.first = startBytes(f.prefixes)
	}
	f.need = requiredBytes(re)
	f.needSet = byteSet(f.need)
	f.words = requiredWords(re, trig)
	if !anchored(re, syntax.OpBeginText) {
		f.lead, f.leadAfter = leadLiterals(re)
		f.leadSet = startBytes(f.lead)
	}
	if f.lead != nil {
		var err error
		if f.behind, err = regexp.Compile(`^(?s:.)(?:` + expr + `)`); err != nil {
			return f, err
		}
	}
	return f, nil
}

// leadLiterals returns literals one of which every match of re starts
// with, or, when after is true, holds right after its first rune or at its
// start: the leading literals of what follows a first part that matches
// one rune or none ("(?:^|\s)(?:Photo|Credit)…"). It returns nil when
// there are none, or when one holds U+FFFD, which a regexp matches where
// the text is not UTF-8 (startBytes does not know those bytes).
func leadLiterals(re *syntax.Regexp) (lits []string, after bool) {
	lits = leadingLiterals(re)
	if shortest(lits) == 0 && re.Op == syntax.OpConcat && len(re.Sub) > 1 && atMostOneRune(re.Sub[0]) {
		lits = leadingLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
		after = true
	}
	if shortest(lits) == 0 || slices.ContainsFunc(lits, func(l string) bool { return strings.ContainsRune(l, utf8.RuneError) }) {
		return nil, false
	}
	return lits, after
}

// atMostOneRune reports whether every match of re is one rune long or
// empty.
func atMostOneRune(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpEmptyMatch, syntax.OpBeginLine,
		syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		return len(re.Rune) <= 1
	case syntax.OpCapture, syntax.OpQuest:
		return atMostOneRune(re.Sub[0])
	case syntax.OpAlternate:
		return !slices.ContainsFunc(re.Sub, func(sub *syntax.Regexp) bool { return !atMostOneRune(sub) })
	}
	return false
}

// nextLead returns the first offset in s at or after from where one of
// f's lead literals starts, or -1.
func (f *lineFilter) nextLead(s string, from int) int {
	for i := from; i < len(s); i++ {
		if f.leadSet.has(s[i]) && hasPrefixRuneFoldAny(s[i:], f.lead) {
			return i
		}
	}
	return -1
}

// runeBefore returns the offset in s of the rune that ends at i, or 0
// when i is 0.
func runeBefore(s string, i int) int {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// hasPrefixRuneFoldAny reports whether s starts with one of lits under
// simple case folding. Unlike hasPrefixFold, which compares as many bytes
// as a prefix has, it compares rune by rune: the places it finds are the
// only ones find tries the regexp at, so a rune that folds to a lead
// literal's in another number of bytes (the Kelvin sign, "k") must not be
// passed over.
func hasPrefixRuneFoldAny(s string, lits []string) bool {
	for _, l := range lits {
		if mayFoldTo(s[0], l[0]) && hasPrefixRuneFold(s, l) {
			return true
		}
	}
	return false
}

// startBytes returns the bytes that a text starting with one of lits
// under simple case folding (as a regexp with (?i) folds) may start with:
// the first byte of every rune that folds alike with the first rune of
// one of them, ASCII or not ("s" gives "s", "S" and the lead byte of "ſ",
// the long s). Most lines that an anchored regexp's trigger finds start
// otherwise, and this one test rules them out where hasPrefixFold would
// compare every prefix. The set is empty, testing nothing, when there are
// no lits or one starts with U+FFFD, which a regexp matches where the
// text is not UTF-8, at bytes the set does not know.
func startBytes(lits []string) byteBits {
	var set byteBits
	for _, l := range lits {
		r, _ := utf8.DecodeRuneInString(l)
		if r == utf8.RuneError {
			return byteBits{}
		}
		f := r
		for {
			set.add(leadByte(f))
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return set
}

// mayMatch reports whether the regexp can match line s, by the cheap
// tests: its first byte, a byte every match needs, the prefixes and
// suffixes of an anchored regexp; then by the literals every match needs
// besides its trigger (required.go).
func (f *lineFilter) mayMatch(s string) bool {
	return (f.first == byteBits{} || s != "" && f.first.has(s[0])) &&
		(f.need == "" || hasAnyByte(s, f.needSet)) && hasPrefixFold(s, f.prefixes) && hasSuffixFold(s, f.suffixes) &&
		mayHave(s, f.words)
}

// requiredLiterals returns literals one of which every match of re
// contains, each at least minTrigger bytes long, or nil if there are none.
// Like a prefilter, it expands small alternations and character classes
// into the strings they match, so that "(?:AP|AFP)" yields both words even
// though the parser factors it into "A(?:P|FP)".
func requiredLiterals(re *syntax.Regexp) []string {
	_, req := literalInfo(re)
	return req
}

// anchors returns the strings every match must start with when re is
// anchored at the start of the text (and end with, when anchored at the
// end), or nil when that is not known.
func anchors(re *syntax.Regexp) (prefixes, suffixes []string) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil, nil
	}
	subs := re.Sub
	if subs[0].Op == syntax.OpBeginText {
		if lead := leadingLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: subs[1:]}); shortest(lead) > 0 {
			prefixes = lead
		}
	}
	if n := len(subs); subs[n-1].Op == syntax.OpEndText {
		if trail := trailingLiterals(subs[:n-1]); shortest(trail) > 0 {
			suffixes = trail
		}
	}
	return prefixes, suffixes
}

// anchored reports whether every match of re lies against one edge of
// the text: starts at its start when edge is syntax.OpBeginText (re begins
// with ^ or \A), ends at its end when edge is syntax.OpEndText (re ends
// with $ or \z), or each of its alternatives does.
func anchored(re *syntax.Regexp, edge syntax.Op) bool {
	switch re.Op {
	case edge:
		return true
	case syntax.OpCapture:
		return anchored(re.Sub[0], edge)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		if edge == syntax.OpEndText {
			return anchored(re.Sub[len(re.Sub)-1], edge)
		}
		return anchored(re.Sub[0], edge)
	case syntax.OpAlternate:
		return !slices.ContainsFunc(re.Sub, func(sub *syntax.Regexp) bool { return !anchored(sub, edge) })
	}
	return false
}

// trailingLiterals returns strings one of which every match of the
// concatenation subs ends with: the exact strings of its trailing parts
// ("comments?" ends with "comments" or "comment"), or nil when the last
// part has none.
func trailingLiterals(subs []*syntax.Regexp) []string {
	cur := []string{""}
	for k := len(subs) - 1; k >= 0; k-- {
		ex, _ := literalInfo(subs[k])
		if ex == nil || len(cur)*len(ex) > maxExact {
			break
		}
		cur = cross(ex, cur)
	}
	if len(cur) == 1 && cur[0] == "" {
		return nil
	}
	return cur
}

// firstBytes returns the bytes a match of re must start with when re is
// anchored at the start of the text and begins with a character class
// ("^\\d+of…" starts with a digit, "^\\p{Lu}" with a capital: an ASCII one
// or the lead byte of one past ASCII); empty when that is not known.
func firstBytes(re *syntax.Regexp) byteBits {
	var none byteBits
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return none
	}
	first := re.Sub[1]
	// What a match starts with is what the first part of a group, a
	// repeat or a sequence starts with ("\\d{1,2}" is simplified to
	// "\\d(?:\\d)?").
	for first.Op == syntax.OpCapture || first.Op == syntax.OpPlus || first.Op == syntax.OpRepeat && first.Min >= 1 ||
		first.Op == syntax.OpConcat && len(first.Sub) > 0 {
		first = first.Sub[0]
	}
	if first.Op != syntax.OpCharClass {
		return none
	}
	// A class's runes are those it matches: under (?i) the parser has
	// added the other cases ("[k]" holds K, k and the Kelvin sign).
	var set byteBits
	for k := 0; k+1 < len(first.Rune); k += 2 {
		lo, hi := first.Rune[k], first.Rune[k+1]
		if lo < utf8.RuneSelf {
			set.addRange(byte(lo), byte(min(hi, utf8.RuneSelf-1)))
		}
		switch {
		case hi < utf8.RuneSelf:
		case lo <= utf8.RuneError && utf8.RuneError <= hi:
			// U+FFFD is what a regexp reads where the text is not
			// UTF-8, which may start with any byte past ASCII.
			set.addRange(utf8.RuneSelf, 0xFF)
		default:
			set.addRange(leadByte(max(lo, utf8.RuneSelf)), leadByte(hi))
		}
	}
	return set
}

// leadByte returns the first byte of the UTF-8 encoding of r. It grows
// with r, so that the runes of a range start with the bytes from that of
// its first to that of its last.
func leadByte(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return byte(r)
	case r < 0x800:
		return byte(0xC0 | r>>6)
	case r < 0x10000:
		return byte(0xE0 | r>>12)
	}
	return byte(0xF0 | min(r, utf8.MaxRune)>>18)
}

// mandatory returns the expression that every match of re matches at
// least once when re is a group, a plus or a repeat of at least one: what
// every match of it holds, every match of re holds. It returns nil
// otherwise.
func mandatory(re *syntax.Regexp) *syntax.Regexp {
	if re.Op == syntax.OpCapture || re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && re.Min >= 1 {
		return re.Sub[0]
	}
	return nil
}

// leadingLiterals returns strings one of which every match of re starts
// with, or nil when that is not known.
func leadingLiterals(re *syntax.Regexp) []string {
	if ex, _ := literalInfo(re); ex != nil {
		return ex
	}
	if sub := mandatory(re); sub != nil {
		return leadingLiterals(sub)
	}
	switch re.Op {
	case syntax.OpConcat:
		// The exact strings of the leading children, then the leading
		// literals of the first child that is not exact.
		cur := []string{""}
		for k, sub := range re.Sub {
			ex, _ := literalInfo(sub)
			if ex == nil && optional(sub) {
				// "(?:cover\s+)?photo…": a match starts with the
				// optional part's leading literals or with those of
				// what follows it.
				a := leadingLiterals(sub.Sub[0])
				b := leadingLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[k+1:]})
				if shortest(a) == 0 || shortest(b) == 0 || len(cur)*(len(a)+len(b)) > maxExact {
					break
				}
				return cross(cur, append(a[:len(a):len(a)], b...))
			}
			if ex == nil || len(cur)*len(ex) > maxExact {
				lead := leadingLiterals(sub)
				if lead == nil || len(cur)*len(lead) > maxExact {
					break
				}
				return cross(cur, lead)
			}
			cur = cross(cur, ex)
		}
		return cur
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lead := leadingLiterals(sub)
			if shortest(lead) == 0 || len(all)+len(lead) > maxExact {
				return nil
			}
			all = append(all, lead...)
		}
		return all
	}
	return nil
}

// optional reports whether re is a part that may be left out: x?, x* or
// x{0,n}.
func optional(re *syntax.Regexp) bool {
	return re.Op == syntax.OpQuest || re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0
}

// requiredBytes returns a set of ASCII bytes, one of which every match of
// re contains (at most maxRequired of them), or "" when there is none.
func requiredBytes(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpCharClass:
		var set []byte
		for k := 0; k+1 < len(re.Rune); k += 2 {
			if re.Rune[k+1] >= utf8.RuneSelf || int(re.Rune[k+1]-re.Rune[k])+1+len(set) > maxRequired {
				return ""
			}
			for r := re.Rune[k]; r <= re.Rune[k+1]; r++ {
				if r == ' ' {
					return "" // nearly every line has a space
				}
				set = append(set, byte(r))
			}
		}
		return string(set)
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			for _, r := range re.Rune {
				if r < utf8.RuneSelf && !unicode.IsLetter(r) && r != ' ' {
					return string(rune(r)) // punctuation and digits have one case
				}
			}
		}
	case syntax.OpCapture, syntax.OpPlus, syntax.OpRepeat:
		if sub := mandatory(re); sub != nil {
			return requiredBytes(sub)
		}
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if set := requiredBytes(sub); set != "" && (best == "" || len(set) < len(best)) {
				best = set
			}
		}
		return best
	case syntax.OpAlternate:
		all := ""
		for _, sub := range re.Sub {
			set := requiredBytes(sub)
			if set == "" {
				return ""
			}
			for k := 0; k < len(set); k++ {
				if strings.IndexByte(all, set[k]) < 0 {
					all += set[k : k+1]
				}
			}
			if len(all) > maxRequired {
				return ""
			}
		}
		return all
	}
	return ""
}

// maxRequired bounds the byte sets of requiredBytes: all ten digits fit.
const maxRequired = 10

// maxExact bounds the sets of strings literalInfo expands.
const maxExact = 64

// literalInfo returns the finite set of strings re matches (nil if it is not
// small and finite) and the best set of required literals found in it.
func literalInfo(re *syntax.Regexp) (exact, required []string) {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		return []string{s}, usable([]string{s})
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, nil
	case syntax.OpCharClass:
		var set []string
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for r := re.Rune[k]; r <= re.Rune[k+1]; r++ {
				if len(set) == 4 {
					return nil, nil
				}
				set = append(set, string(r))
			}
		}
		return set, nil
	case syntax.OpCapture:
		return literalInfo(re.Sub[0])
	case syntax.OpQuest:
		if ex, _ := literalInfo(re.Sub[0]); ex != nil {
			return append(ex, ""), nil
		}
		return nil, nil
	case syntax.OpPlus:
		ex, req := literalInfo(re.Sub[0])
		return nil, betterLits(usable(ex), req)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			ex, req := literalInfo(re.Sub[0])
			return nil, betterLits(usable(ex), req)
		}
	case syntax.OpAlternate:
		var ex, req []string
		exactOK, reqOK := true, true
		for _, sub := range re.Sub {
			e, r := literalInfo(sub)
			if e == nil || len(ex)+len(e) > maxExact {
				exactOK = false
			} else {
				ex = append(ex, e...)
			}
			if b := betterLits(usable(e), r); b != nil {
				req = append(req, b...)
			} else {
				reqOK = false // a branch without a literal: no required set
			}
		}
		if !reqOK {
			req = nil
		}
		return exactIf(exactOK, ex), req
	case syntax.OpConcat:
		var best []string
		cur := []string{""}
		all := true
		for _, sub := range re.Sub {
			e, r := literalInfo(sub)
			if e != nil && len(cur)*len(e) <= maxExact {
				cur = cross(cur, e)
				continue
			}
			all = false
			best = betterLits(best, usable(cur))
			best = betterLits(best, betterLits(usable(e), r))
			cur = []string{""}
		}
		best = betterLits(best, usable(cur))
		return exactIf(all, cur), best
	}
	return nil, nil
}

func exactIf(ok bool, set []string) []string {
	if ok {
		return set
	}
	return nil
}

// usable returns set if every string in it is long enough to trigger on.
func usable(set []string) []string {
	if len(set) == 0 || shortest(set) < minTrigger {
		return nil
	}
	return set
}

// betterLits returns whichever literal set has the longer shortest string,
// preferring a (non-nil) smaller set on ties.
func betterLits(a, b []string) []string {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case shortest(b) > shortest(a), shortest(b) == shortest(a) && len(b) < len(a):
		return b
	}
	return a
}

// shortest returns the length of the shortest string in lits (0 if empty).
func shortest(lits []string) int {
	if len(lits) == 0 {
		return 0
	}
	n := len(lits[0])
	for _, l := range lits[1:] {
		n = min(n, len(l))
	}
	return n
}

// cross returns every string of a followed by every string of b.
func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}
