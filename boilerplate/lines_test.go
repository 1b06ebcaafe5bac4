package boilerplate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestEachLineEnds checks eachLine, which searches for "\n" and "\r" once
// each and reuses what it found, against a byte-by-byte split on "\n",
// "\r\n" and a lone "\r", on random mixes of the three.
func TestEachLineEnds(t *testing.T) {
	pieces := []string{"\r", "\n", "\r\n", "\r\r", "\n\n", "a", "bc", " ", "\u00a0"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var sb strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := sb.String()
		if got, want := splitLines(text), splitLinesByByte(text); !slices.Equal(got, want) {
			t.Fatalf("splitLines(%q) = %v, want %v", text, got, want)
		}
	}
}

// splitLinesByByte is splitLines written as one loop over the bytes.
func splitLinesByByte(text string) []line {
	var lines []line
	start, num := 0, 1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		if s, e := trimSpan(text, start, i); s < e {
			lines = append(lines, line{start: s, end: e, num: num})
		}
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			i++
		}
		start, num = i+1, num+1
	}
	return lines
}

func TestTitleCased(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"This Village Was Just Voted the Best Spot to Learn to Sail in the U.K.", true},
		{"This Port Ranked No. 1 in the U.K. for Ferries for Its Bike-friendliness and Parks", true},
		{"6 Best Lakes to Swim in Ontario, From Quiet Coves to Busy Beaches", true},
		{"It's the Start of a New Era for the City's Old Harbour", true},
		{"Portland topped the yearly list of the friendliest towns for cyclists.", false},
		{"The council approved the new cycle lanes on Tuesday after a long debate.", false},
		{"Die Stadt hat am Dienstag die neuen Radwege beschlossen, nach langer Debatte.", false},
		{"Best Places to Retire with Low Taxes and Mild Winters", false}, // "with": lower case, four letters
	} {
		if got := titleCased(tc.line); got != tc.want {
			t.Errorf("titleCased(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestItemNumber(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"13. ESSENCE Festival (July 3-5)", 13, true},
		{"2) Harbour Jazz", 2, true},
		{"1.5 million people came", 0, false},
		{"2024 was a good year", 0, false},
		{"12.", 0, false},
		{"Item 3. Something", 0, false},
	} {
		if n, ok := itemNumber(tc.s); ok != tc.want || n != tc.n {
			t.Errorf("itemNumber(%q) = %d, %v; want %d, %v", tc.s, n, ok, tc.n, tc.want)
		}
	}
}

// lineCase is a one-line document and whether a line predicate holds
// for it.
type lineCase struct {
	line string
	want bool
}

// checkLinePredicate analyses each case's line as an English document
// and checks pred (named name) on its only line.
func checkLinePredicate(t *testing.T, name string, pred func(d *doc, i int) bool, cases []lineCase) {
	t.Helper()
	c, err := New(Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		d := c.analyze(tc.line+"\n", nil)
		if got := pred(d, 0); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", name, tc.line, got, tc.want)
		}
	}
}

func TestQuantityLine(t *testing.T) {
	checkLinePredicate(t, "quantityLine", (*doc).quantityLine, []lineCase{
		{"200 g Zucker", true},
		{"1 TL Zimt", true},
		{"½ cup milk", true},
		{"1/2 teaspoon salt", true},
		{"2-3 cloves garlic, chopped", true},
		{"1,5 l Milch", true},
		{"Salt", false},          // no amount
		{"2024", false},          // a number alone
		{"$29 at Amazon", false}, // a price opens with a sign, not an amount
		{"3 of 12", false},       // a gallery counter: a rule decides it
		{"2 cups of flour are what this old recipe from my grandmother asks for, no more.", false}, // a sentence
	})
}

func TestDoubled(t *testing.T) {
	checkLinePredicate(t, "gluedTeaser", (*doc).gluedTeaser, []lineCase{
		{"Council backs new bike lanes Council backs new bike lanes", true},
		{"Council backs new bike lanesCouncil backs new bike lanes", true}, // glued
		{"Bye bye", false},         // a word said twice is speech
		{"Go team go team", false}, // two words twice: still speech
		{"Council backs new bike lanes Council backs new bike lane", false},
		{"New York, New York", false}, // not the same halves
		{"The council backs new bike lanes, the council said.", false},
	})
}
