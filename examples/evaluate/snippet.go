package main

// The metric of trafilatura's evaluation suite, for sets that have snippet
// lists but no gold text: each page lists snippets that must be in the output
// (<id>.with.txt) and snippets that must not (<id>.without.txt), one per
// line. A must-include snippet found in the output is a true positive, one
// missing a false negative; a must-exclude snippet found is a false positive,
// one missing a true negative. The counts are pooled over all snippets of all
// pages of the set before precision, recall, F1 and accuracy are taken.
//
// Matching is raw, as in the suite's evaluate.py up to trafilatura 2.2.0 and
// go-trafilatura's comparison script: a snippet is found when its bytes occur
// in the output's bytes, with no change of case, space or punctuation. An
// empty output holds no snippet. The WCXB snippet rates of gold sets
// (snippetRate in metric.go) normalise both sides instead.

import "strings"

// snippetLines splits a snippet file into its snippets: the text is cut at
// each "\n" after dropping one final "\n", and every other byte is kept (a
// snippet may start or end with a space that matters to raw matching). An
// empty file has no snippets; a blank line inside one is an empty snippet,
// which any non-empty output holds.
func snippetLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// snippetFound reports whether out holds snippet s, byte for byte.
func snippetFound(out, s string) bool {
	return out != "" && strings.Contains(out, s)
}

// snippetHits says, for each snippet of a page's two lists, whether an output
// holds it.
type snippetHits struct {
	with, without []bool
}

// findSnippets matches the snippets of with and without in out.
func findSnippets(with, without []string, out string) snippetHits {
	h := snippetHits{with: make([]bool, len(with)), without: make([]bool, len(without))}
	for i, s := range with {
		h.with[i] = snippetFound(out, s)
	}
	for i, s := range without {
		h.without[i] = snippetFound(out, s)
	}
	return h
}

// counts turns the hits into the suite's four counts.
func (h snippetHits) counts() snippetCounts {
	var c snippetCounts
	for _, found := range h.with {
		if found {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, found := range h.without {
		if found {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// snippetCounts are the suite's counts for one page or, added up, a set.
type snippetCounts struct {
	TP, FN, FP, TN int
}

func (c *snippetCounts) add(o snippetCounts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// failures is the number of snippets the output gets wrong.
func (c snippetCounts) failures() int { return c.FN + c.FP }

// A snippetScore is the suite's pooled precision, recall, F1 and accuracy.
// A ratio whose denominator is zero is 0.
type snippetScore struct {
	P, R, F1, Accuracy float64
}

func (c snippetCounts) score() snippetScore {
	tp, fn, fp, tn := float64(c.TP), float64(c.FN), float64(c.FP), float64(c.TN)
	return snippetScore{
		P:        ratio(tp, tp+fp),
		R:        ratio(tp, tp+fn),
		F1:       ratio(2*tp, 2*tp+fp+fn),
		Accuracy: ratio(tp+tn, tp+tn+fp+fn),
	}
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
