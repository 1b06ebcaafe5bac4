package boilerplate

import "testing"

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
