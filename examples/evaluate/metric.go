package main

// The ScrapingHub article-extraction-benchmark metric ("SH-shingle4") and the
// WCXB snippet rates, as defined by that benchmark's evaluate.py and by
// ../shared/tools/benchscore:
//
//   - a text's tokens are what Python's re.findall(r'\w+', text) returns: runs
//     of Unicode letters, numbers and '_', case kept;
//   - a text is a bag (multiset) of its 4-token shingles; a text of 1 to 3
//     tokens is one shorter shingle, an empty text has none;
//   - per page, TP, FP and FN count the shingles both texts share, those only
//     in the candidate and those only in the gold, and are normalised to sum 1;
//   - precision is averaged over the pages with TP+FP > 0, recall over those
//     with TP+FN > 0, and F1 is the harmonic mean of the two averages.
//
// A snippet is found when its lower-cased tokens, joined by single spaces,
// occur in the candidate's tokens joined the same way (a substring test, so a
// snippet may end inside a word).

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shingleSize is the number of tokens in a shingle.
const shingleSize = 4

// tokens returns the word tokens of s, as Python 3's re.findall(r'\w+', s)
// does for a str: maximal runs of letters, numbers and '_'. Invalid UTF-8
// bytes separate tokens.
func tokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		word := r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles returns the bag of n-token shingles of toks, each keyed by its
// tokens joined with NUL (which no token contains). Fewer than n tokens give
// one shingle of them all; no tokens give an empty bag.
func shingles(toks []string, n int) map[string]int {
	bag := make(map[string]int)
	if len(toks) == 0 {
		return bag
	}
	if len(toks) < n {
		bag[strings.Join(toks, "\x00")]++
		return bag
	}
	for i := 0; i+n <= len(toks); i++ {
		bag[strings.Join(toks[i:i+n], "\x00")]++
	}
	return bag
}

// An overlap is one page's shingle match: the shares of true positives, false
// positives and false negatives, normalised to sum 1 (all zero when neither
// text has a token).
type overlap struct {
	TP, FP, FN float64
}

// shingleOverlap compares a candidate text with the gold text of one page.
func shingleOverlap(gold, cand string) overlap {
	g := shingles(tokens(gold), shingleSize)
	c := shingles(tokens(cand), shingleSize)
	var o overlap
	for k, gn := range g {
		cn := c[k]
		o.TP += float64(min(gn, cn))
		o.FN += float64(max(0, gn-cn))
	}
	for k, cn := range c {
		o.FP += float64(max(0, cn-g[k]))
	}
	if sum := o.TP + o.FP + o.FN; sum > 0 {
		o.TP, o.FP, o.FN = o.TP/sum, o.FP/sum, o.FN/sum
	}
	return o
}

// precision is 1 when nothing is wrong (no FP and no FN, which includes two
// empty texts), 0 when the candidate is empty, TP/(TP+FP) otherwise.
func (o overlap) precision() float64 {
	switch {
	case o.FP == 0 && o.FN == 0:
		return 1
	case o.TP == 0 && o.FP == 0:
		return 0
	}
	return o.TP / (o.TP + o.FP)
}

// recall is 1 when nothing is wrong, 0 when the gold is empty, TP/(TP+FN)
// otherwise.
func (o overlap) recall() float64 {
	switch {
	case o.FP == 0 && o.FN == 0:
		return 1
	case o.TP == 0 && o.FN == 0:
		return 0
	}
	return o.TP / (o.TP + o.FN)
}

// f1 is the page's own F1, for the per-page report. The set's F1 is not the
// mean of these: see aggregate.
func (o overlap) f1() float64 {
	return harmonic(o.precision(), o.recall())
}

// A score is a set's precision, recall and F1.
type score struct {
	P, R, F1 float64
}

// aggregate averages precision over the pages with a non-empty candidate
// (TP+FP > 0) and recall over the pages with a non-empty gold (TP+FN > 0);
// F1 is the harmonic mean of the two averages. No pages give a zero score.
func aggregate(pages []overlap) score {
	var ps, rs float64
	var np, nr int
	for _, o := range pages {
		if o.TP+o.FP > 0 {
			ps += o.precision()
			np++
		}
		if o.TP+o.FN > 0 {
			rs += o.recall()
			nr++
		}
	}
	var s score
	if np > 0 {
		s.P = ps / float64(np)
	}
	if nr > 0 {
		s.R = rs / float64(nr)
	}
	s.F1 = harmonic(s.P, s.R)
	return s
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// snippetText is the form snippets are matched in: lower-cased tokens joined
// by single spaces.
func snippetText(s string) string {
	return strings.Join(tokens(strings.ToLower(s)), " ")
}

// snippetRate returns the share of the snippets in list (one per line, as in
// a WCXB <id>.with.txt or <id>.without.txt file) that occur in cand. Lines
// without a token are not snippets; a list without snippets gives 1, as in
// WCXB.
func snippetRate(list, cand string) float64 {
	c := snippetText(cand)
	found, n := 0, 0
	for _, l := range strings.Split(list, "\n") {
		s := snippetText(l)
		if s == "" {
			continue
		}
		n++
		if strings.Contains(c, s) {
			found++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(found) / float64(n)
}
