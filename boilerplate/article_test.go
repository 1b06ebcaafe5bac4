package boilerplate

import (
	"strings"
	"testing"
)

// TestCardsEnd: a list of story cards (headline, author, date, summary)
// is found at its first date; a timeline, dated entries under headings on
// the article's topic, is not a list of cards though it is laid out as
// regularly.
func TestCardsEnd(t *testing.T) {
	c := newTestCleaner(t)
	cards := ""
	for _, tc := range readCases(t, "../testdata/cases/story-cards.txt") {
		cards = tc.in
	}
	tests := []struct {
		name, text string
		cards      bool
	}{
		{"timeline", readFile(t, "../testdata/survive/timeline.txt"), false},
		{"story-cards", cards, true},
	}
	for _, tt := range tests {
		d := c.analyze(tt.text, nil)
		w := d.weights()
		v := newVocab(d, func(i int) bool { return w[i] > 0 && d.isProse(i) })
		first := -1
		for i := range d.lines {
			if d.headerShape(i) {
				first = i
				break
			}
		}
		if first < 0 {
			t.Fatalf("%s: no date line", tt.name)
		}
		if end, _ := d.cardsEnd(first, v); (end > first) != tt.cards {
			t.Errorf("%s: cardsEnd(%d) = %d, want cards %v", tt.name, first, end, tt.cards)
		}
	}
}

// TestNumberedRowsEnd checks what makes a table written one cell per line:
// rows of the same width, numbered in turn, with no prose among them.
func TestNumberedRowsEnd(t *testing.T) {
	c := newTestCleaner(t)
	lines := func(ls ...string) string { return strings.Join(ls, "\n") + "\n" }
	tests := []struct {
		name string
		text string
		want int // end of the table, or 0 for none
	}{
		{"numbered rows", lines("Pos", "Team", "Pts", "1", "Alpha", "9", "2", "Beta", "7", "3", "Gamma", "4", "After"), 12},
		{"two rows are too few", lines("1", "Alpha", "9", "2", "Beta", "7"), 0},
		{"numbers out of turn", lines("1", "Alpha", "9", "3", "Beta", "7", "2", "Gamma", "4"), 0},
		{"rows of other widths", lines("1", "Alpha", "9", "2", "Beta", "3", "Gamma", "4"), 0},
		{"a menu", lines("Home", "News", "Sport", "Weather", "Contact"), 0},
		{"prose among the rows", lines("1", "Alpha", "9", "2", "Beta finished second after a long and difficult season of matches in the rain.", "7", "3", "Gamma", "4"), 0},
	}
	for _, tt := range tests {
		d := c.analyze(tt.text, nil)
		if got := d.numberedRowsEnd(0); got != tt.want {
			t.Errorf("%s: numberedRowsEnd(0) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"41.2": true, "1,350": true, "12%": true, "$99": true, "€ 1.200,50": true, "2024": true, "-0.25": true,
		"7": false, "46": false, "Texas": false, "12 km": false, "3 of 4": false, "": false,
	} {
		if got := figure(s); got != want {
			t.Errorf("figure(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFigureLists: the names, prices and notes of a price list whose rows
// differ in length weigh nothing in the zone search, as a table's cells.
func TestFigureLists(t *testing.T) {
	c := newTestCleaner(t)
	var in string
	for _, tc := range readCases(t, "../testdata/cases/price-list.txt") {
		in = tc.in
	}
	d := c.analyze(in, nil)
	n := 0
	for i := range d.lines {
		if figure(d.sig(i)) {
			n++
			if !d.listed(i) || !d.listed(i-1) {
				t.Errorf("line %d %q or the name above it weighs as a line of its own", i, d.lineText(i))
			}
		}
	}
	if n < minFigureRows {
		t.Fatalf("the case has %d prices, want %d or more", n, minFigureRows)
	}
}
