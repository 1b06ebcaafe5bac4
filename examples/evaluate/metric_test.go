package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The expected values below are worked out by hand in the comments.

func TestTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.;!  ", nil},
		{"Hello, World!", []string{"Hello", "World"}},
		{"don't stop", []string{"don", "t", "stop"}},
		{"2024-05-18 snake_case _x_", []string{"2024", "05", "18", "snake_case", "_x_"}},
		// Letters outside ASCII, CJK, and numbers that are not digits (½ and ²
		// are category No, which \w matches).
		{"naïve Straße 東京 3½ x²", []string{"naïve", "Straße", "東京", "3½", "x²"}},
		// A combining mark is not a word character in Python's re: it splits.
		{"cafe\u0301s", []string{"cafe", "s"}},
		// Invalid UTF-8 and NUL separate tokens.
		{"ab\xffcd\x00ef", []string{"ab", "cd", "ef"}},
		{"line\r\nbreak\ttab", []string{"line", "break", "tab"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tokens(tt.in)); diff != "" {
			t.Errorf("tokens(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestShingles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two three", map[string]int{"one\x00two\x00three": 1}},
		{"a b c d", map[string]int{"a\x00b\x00c\x00d": 1}},
		// 8 tokens, 5 shingles, abcd twice.
		{"a b c d a b c d", map[string]int{
			"a\x00b\x00c\x00d": 2, "b\x00c\x00d\x00a": 1,
			"c\x00d\x00a\x00b": 1, "d\x00a\x00b\x00c": 1,
		}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, shingles(tokens(tt.in), shingleSize)); diff != "" {
			t.Errorf("shingles(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestShingleOverlap(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		gold, cand string
		want       overlap
		p, r, f1   float64
	}{
		{"identical", "The quick brown fox jumps.", "The quick brown fox jumps.",
			overlap{TP: 1}, 1, 1, 1},
		{"identical up to punctuation and spacing", "The quick, brown fox\njumps!", "The  quick brown — fox jumps",
			overlap{TP: 1}, 1, 1, 1},
		{"disjoint", "a b c d", "e f g h",
			overlap{FP: 0.5, FN: 0.5}, 0, 0, 0},
		{"case is kept", "Hello world", "hello world",
			overlap{FP: 0.5, FN: 0.5}, 0, 0, 0},
		// Gold abcd×2 bcda cdab dabc, candidate abcd: TP 1, FN 1+1+1+1, sum 5.
		// P = 0.2/0.2 = 1, R = 0.2, F1 = 2·0.2/1.2 = 1/3.
		{"candidate part of gold, repeated shingle", "a b c d a b c d", "a b c d",
			overlap{TP: 0.2, FN: 0.8}, 1, 0.2, 1.0 / 3},
		// Gold as above; candidate of 12 tokens: abcd×3 bcda×2 cdab×2 dabc×2.
		// TP = 2+1+1+1 = 5, FP = 1+1+1+1 = 4, sum 9. P = 5/9, R = 1, F1 = 5/7.
		{"candidate repeats gold", "a b c d a b c d", "a b c d a b c d a b c d",
			overlap{TP: 5.0 / 9, FP: 4.0 / 9}, 5.0 / 9, 1, 5.0 / 7},
		// Gold: x a b c d e (shingles xabc, abcd, bcde); candidate: a b c d e y
		// (abcd, bcde, cdey). TP 2, FP 1, FN 1, sum 4: P = R = F1 = 2/3.
		{"shifted window", "x a b c d e", "a b c d e y",
			overlap{TP: 0.5, FP: 0.25, FN: 0.25}, 2.0 / 3, 2.0 / 3, 2.0 / 3},
		// Under 4 tokens: one short shingle, equal or not at all.
		{"short equal", "hello world", "hello, world", overlap{TP: 1}, 1, 1, 1},
		{"short vs longer", "hello world", "hello world again",
			overlap{FP: 0.5, FN: 0.5}, 0, 0, 0},
		{"both empty", "", " … ", overlap{}, 1, 1, 1},
		{"empty candidate", "a b c d e", "", overlap{FN: 1}, 0, 0, 0},
		{"empty gold", "", "a b c d e", overlap{FP: 1}, 0, 0, 0},
		// Non-ASCII letters and digits/underscore are tokens like any other:
		// 5 tokens each, 2 shingles each, 1 shared: TP 1, FP 1, FN 1, sum 3.
		{"non-ASCII tokens", "Straße 東京 3½ snake_case été", "Straße 東京 3½ snake_case ete",
			overlap{TP: 1.0 / 3, FP: 1.0 / 3, FN: 1.0 / 3}, 0.5, 0.5, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := shingleOverlap(tt.gold, tt.cand)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("overlap = %+v, want %+v", got, tt.want)
			}
			if p, r, f := got.precision(), got.recall(), got.f1(); !near(p, tt.p) || !near(r, tt.r) || !near(f, tt.f1) {
				t.Errorf("P, R, F1 = %v, %v, %v, want %v, %v, %v", p, r, f, tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	t.Parallel()
	partial := shingleOverlap("a b c d a b c d", "a b c d")                  // P 1, R 0.2
	repeated := shingleOverlap("a b c d a b c d", "a b c d a b c d a b c d") // P 5/9, R 1
	emptyCand := shingleOverlap("a b c d", "")                               // R 0, no P
	emptyGold := shingleOverlap("", "a b c d")                               // P 0, no R
	bothEmpty := shingleOverlap("", "")                                      // neither

	tests := []struct {
		name  string
		pages []overlap
		want  score
	}{
		{"no pages", nil, score{}},
		{"only empty pages", []overlap{bothEmpty, bothEmpty}, score{}},
		{"one perfect page", []overlap{shingleOverlap("a b c d e", "a b c d e")}, score{1, 1, 1}},
		// P = (1 + 5/9)/2 = 7/9; R = (0.2 + 1 + 0)/3 = 0.4;
		// F1 = 2·(7/9)·0.4 / (7/9 + 0.4) = 5.6/10.6.
		{"empty candidate counts in recall only", []overlap{partial, repeated, emptyCand, bothEmpty},
			score{P: 7.0 / 9, R: 0.4, F1: 5.6 / 10.6}},
		// P = (1 + 0)/2 = 0.5; R = 0.2; F1 = 0.2/0.7 = 2/7.
		{"empty gold counts in precision only", []overlap{partial, emptyGold},
			score{P: 0.5, R: 0.2, F1: 2.0 / 7}},
	}
	for _, tt := range tests {
		got := aggregate(tt.pages)
		if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) {
			t.Errorf("%s: aggregate = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestSnippetRate(t *testing.T) {
	t.Parallel()
	const cand = "…said Hello, World! Then FOO-bar baz; Straße 3½.\n"
	tests := []struct {
		name, list string
		want       float64
	}{
		{"empty list", "", 1},
		{"no token in list", " \n—\n\n", 1},
		{"case and punctuation ignored", "hello world\n\nfoo bar\n", 1},
		{"one of two", "Hello world\nnot there\n", 0.5},
		{"mid-word end matches", "hello wor\n", 1},
		{"tokens must be separate", "foobar\n", 0},
		{"non-ASCII lower-cased", "STRASSE\nstraße 3½\n", 0.5},
		{"CRLF list", "then foo\r\nbaz strasse\r\n", 0.5},
	}
	for _, tt := range tests {
		if got := snippetRate(tt.list, cand); !near(got, tt.want) {
			t.Errorf("%s: snippetRate = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := snippetRate("a b\n", ""); got != 0 {
		t.Errorf("snippet in empty candidate: rate = %v, want 0", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
