package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSnippetLines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"\n", nil},
		{"one", []string{"one"}},
		{"one\ntwo\n", []string{"one", "two"}},
		// Only one final newline is dropped; blank lines inside are snippets.
		{"one\n\ntwo\n\n", []string{"one", "", "two", ""}},
		// Spaces and CR are bytes of the snippet, kept for raw matching.
		{" lead\ttab \r\n", []string{" lead\ttab \r"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, snippetLines(tt.in)); diff != "" {
			t.Errorf("snippetLines(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// Each case works out the suite's counts by hand: a must-include snippet
// found is TP, missing FN; a must-exclude snippet found is FP, missing TN.
func TestSnippetCounts(t *testing.T) {
	t.Parallel()
	const out = "Der Tag begann früh.\nShare this: Facebook\nDas Ende — endlich."
	tests := []struct {
		name          string
		with, without string
		out           string
		want          snippetCounts
	}{
		{"all right", "Tag begann\nendlich.\n", "Share this\nCookie\n", out,
			snippetCounts{TP: 2, FN: 0, FP: 1, TN: 1}},
		// Raw matching: case, spacing and punctuation must be exact.
		{"case counts", "der tag\n", "share THIS\n", out, snippetCounts{FN: 1, TN: 1}},
		{"spaces count", "Tag  begann\n", "Share this:Facebook\n", out, snippetCounts{FN: 1, TN: 1}},
		{"one snippet per line", "früh.\nShare\n", "", out, snippetCounts{TP: 2}},
		{"last line without newline", "", "Tag\nfrüh.", out, snippetCounts{FP: 2}},
		// Not tokens: a snippet may start and end inside words.
		{"inside words", "ag bega\n", "", out, snippetCounts{TP: 1}},
		{"non-ASCII bytes", "früh\nfruh\n", "—\n", out, snippetCounts{TP: 1, FN: 1, FP: 1}},
		// An empty output holds nothing, not even the empty snippet.
		{"empty output", "Tag\n\n", "Share\n\n", "", snippetCounts{FN: 2, TN: 2}},
		// A blank line is an empty snippet, which any other output holds.
		{"blank snippet line", "Tag\n\nnot there\n", "\n", out, snippetCounts{TP: 2, FN: 1, FP: 0, TN: 0}},
		{"no lists", "", "", out, snippetCounts{}},
	}
	for _, tt := range tests {
		h := findSnippets(snippetLines(tt.with), snippetLines(tt.without), tt.out)
		if got := h.counts(); got != tt.want {
			t.Errorf("%s: counts = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestSnippetScore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		pages []snippetCounts
		want  snippetScore
	}{
		{"nothing", nil, snippetScore{}},
		{"perfect", []snippetCounts{{TP: 3, TN: 3}}, snippetScore{1, 1, 1, 1}},
		// Pooled, not averaged: TP 3, FN 1, FP 2, TN 2 over two pages.
		// P = 3/5, R = 3/4, F1 = 6/9, accuracy = 5/8. The mean of the two
		// pages' precisions (1 and 1/3) would be 2/3 instead.
		{"pooled over pages", []snippetCounts{{TP: 2, FN: 1, TN: 2}, {TP: 1, FP: 2}},
			snippetScore{P: 0.6, R: 0.75, F1: 2.0 / 3, Accuracy: 0.625}},
		// No must-include snippet found: P and R 0 (0/FP, 0/FN), F1 0,
		// accuracy TN/all = 2/4.
		{"no true positive", []snippetCounts{{FN: 1, FP: 1, TN: 2}},
			snippetScore{Accuracy: 0.5}},
		// Only must-exclude snippets, all absent: P, R and F1 have no
		// denominator (0), accuracy 1.
		{"only true negatives", []snippetCounts{{TN: 4}}, snippetScore{Accuracy: 1}},
	}
	for _, tt := range tests {
		var total snippetCounts
		for _, c := range tt.pages {
			total.add(c)
		}
		got := total.score()
		if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) || !near(got.Accuracy, tt.want.Accuracy) {
			t.Errorf("%s: score = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
