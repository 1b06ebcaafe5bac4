package htmlclean

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDropCopies(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to cars for the whole of next year."
	in := "Key points\n\n" + para + "\n\nKey points\n\nstate: present\nstate: present\n\n" +
		strings.ToUpper(para) + "\n\nThe end of the article, in a line of its own.\n"
	got, removed := dropCopies(in)
	want := "Key points\n\n" + para + "\n\nKey points\n\nstate: present\nstate: present\n\nThe end of the article, in a line of its own.\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dropCopies text (-want +got):\n%s", diff)
	}
	if len(removed) != 1 || removed[0].rem.Rule != RuleRepeatedParagraph || removed[0].rem.Text != strings.ToUpper(para) {
		t.Errorf("removed = %+v, want the upper-case copy of the paragraph", removed)
	}
	if got, removed := dropCopies("One line.\n"); got != "One line.\n" || removed != nil {
		t.Errorf("dropCopies without copies = %q, %v", got, removed)
	}
}

func TestCleanRepeatedParagraph(t *testing.T) {
	paras := []string{
		"The council voted on Tuesday to close the old bridge to cars for the whole of next year, while engineers replace its deck.",
		"Cyclists and walkers may still cross on a narrow lane along the east side, which stays open except for two weekends in May.",
		"Buses will take the ring road instead, adding about ten minutes to the trip from the station to the hospital at rush hour.",
		"Shop owners on the river street fear they will lose customers, and asked the council for help with their rents during the works.",
	}
	var b strings.Builder
	b.WriteString("<html><body><article><h1>Bridge to close</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p><h3>Details</h3>")
	}
	b.WriteString("<p>" + paras[1] + "</p></article></body></html>")
	page := b.String()

	res := cleanString(t, newTestCleaner(t, Options{}), page)
	if n := strings.Count(res.Text, paras[1]); n != 1 {
		t.Errorf("the repeated paragraph is in Text %d times, want once:\n%s", n, res.Text)
	}
	if n := strings.Count(res.Text, "Details"); n != len(paras) {
		t.Errorf("the recurring heading is in Text %d times, want %d:\n%s", n, len(paras), res.Text)
	}
	if !rulesFired(res)[RuleRepeatedParagraph] {
		t.Errorf("DOMRemoved lacks %s: %+v", RuleRepeatedParagraph, res.DOMRemoved)
	}

	res = cleanString(t, newTestCleaner(t, Options{DisableRules: []string{RuleRepeatedParagraph}}), page)
	if n := strings.Count(res.Text, paras[1]); n != 2 {
		t.Errorf("with %s disabled the paragraph is in Text %d times, want twice:\n%s", RuleRepeatedParagraph, n, res.Text)
	}
}
