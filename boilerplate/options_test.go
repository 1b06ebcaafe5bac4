package boilerplate

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

const optionsDoc = `The harbour master said on Monday that the new pier would be finished before the summer, despite the storms that delayed the work in January.

The pier will let two ferries dock at the same time, which should end the long queues of cars on busy weekends.

Share this:

Leave a Reply

Advertisement
`

func removedRules(res Result) []string {
	var out []string
	for _, r := range res.Removed {
		out = append(out, r.Rule)
	}
	return out
}

func TestDisableRules(t *testing.T) {
	c, err := New(Options{DisableRules: []string{"en/share/*", HeuristicTailZone}})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Clean(optionsDoc)
	if !strings.Contains(res.Text, "Share this:") {
		t.Errorf("disabled share rule still removed %q; removals %v", "Share this:", removedRules(res))
	}
	if strings.Contains(res.Text, "Leave a Reply") || strings.Contains(res.Text, "Advertisement") {
		t.Errorf("rules that were not disabled did not act: %q", res.Text)
	}
	for _, r := range res.Removed {
		if strings.HasPrefix(r.Rule, "en/share/") || r.Rule == HeuristicTailZone {
			t.Errorf("disabled %s acted on %q", r.Rule, r.Text)
		}
	}
}

func TestDisableUnknownRule(t *testing.T) {
	for _, name := range []string{"en/share/no-such-rule", "nosuch/*", "heuristic/nonsense", "en/sha*"} {
		_, err := New(Options{DisableRules: []string{name}})
		if !errors.Is(err, ErrUnknownRule) {
			t.Errorf("DisableRules %q: got %v, want ErrUnknownRule", name, err)
		}
	}
}

func TestKeepCategories(t *testing.T) {
	c, err := New(Options{KeepCategories: []Category{Comments}})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Clean(optionsDoc)
	if !strings.Contains(res.Text, "Leave a Reply") {
		t.Errorf("kept category comments was removed: %v", removedRules(res))
	}
	if strings.Contains(res.Text, "Share this:") {
		t.Errorf("share was kept although only comments are: %q", res.Text)
	}
	if _, err := New(Options{KeepCategories: []Category{"gossip"}}); err == nil {
		t.Error("unknown category accepted")
	}
}

// TestKeepCredit: a kept credit stays even on a line it would file as a
// caption.
func TestKeepCredit(t *testing.T) {
	c, err := New(Options{KeepCategories: []Category{Credit}})
	if err != nil {
		t.Fatal(err)
	}
	in := optionsDoc + "\nVolunteers carry sandbags to the school on Sunday. (Jane Roe / Example Press)\n"
	for _, r := range c.Clean(in).Removed {
		if strings.Contains(r.Text, "Jane Roe") {
			t.Errorf("kept category credit, but %s removed %q as %s", r.Rule, r.Text, r.Category)
		}
	}
}

func TestUserRuleSet(t *testing.T) {
	set, err := ParseRuleSet("mysite", strings.NewReader("promo/pier advert line the pier will let two ferries dock at the same time, which should end the long queues of cars on busy weekends.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{RuleSets: []*RuleSet{set}, NoBuiltinRules: true, DisableRules: []string{"heuristic/*"}})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Clean(optionsDoc)
	if got := removedRules(res); len(got) != 1 || got[0] != "mysite/promo/pier" {
		t.Errorf("got removals %v, want only mysite/promo/pier", got)
	}
}

func TestLanguageOption(t *testing.T) {
	if _, err := New(Options{Language: "xx"}); err == nil {
		t.Error("unknown language accepted")
	}
	c, err := New(Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Clean(optionsDoc).Language; got != "en" {
		t.Errorf("Language = %q, want en", got)
	}
}

// TestConfidence: a document that is all noise says so.
func TestConfidence(t *testing.T) {
	res := Clean("Share this:\n\nLeave a Reply\n\nAdvertisement\n")
	if res.Confidence > 0.5 || res.Note == "" {
		t.Errorf("all-noise document: confidence %.2f, note %q; want low confidence and a note", res.Confidence, res.Note)
	}
	// Menu entries in pairs between long paragraphs stay in the article
	// zone; a result that keeps that many menu-like lines says so.
	var menu strings.Builder
	for _, day := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the weekend"} {
		menu.WriteString("The harbour master said on " + day + " that the new pier would be finished before the summer, despite the storms that delayed the work in January and February.\n\n")
		menu.WriteString("City Sport\n\nLocal Weather\n\n")
	}
	menu.WriteString("The pier opens in June, and the first ferry to use it will be the early boat from the northern island.\n")
	res = Clean(menu.String())
	if len(res.Removed) > 1 {
		t.Fatalf("setup: want (almost) nothing removed, got %d removals", len(res.Removed))
	}
	if res.Confidence > 0.5 || res.Note == "" {
		t.Errorf("menu-heavy text kept whole: confidence %.2f, note %q; want a note", res.Confidence, res.Note)
	}
	res = Clean(optionsDoc)
	if res.Confidence < 0.8 || res.Note != "" {
		t.Errorf("clean article: confidence %.2f, note %q", res.Confidence, res.Note)
	}

	// An article that is a table: kept whole, but with no running text
	// the result is not sure it is an article.
	table := readFile(t, "../testdata/survive/table-article.txt")
	table = table[strings.Index(table, "Pos Team"):]
	res = Clean(table)
	if len(res.Removed) != 0 {
		t.Errorf("table-only article: removed %+v", res.Removed)
	}
	if res.Confidence >= 0.5 || res.Note == "" {
		t.Errorf("table-only article: confidence %.2f, note %q; want below 0.5 and a note", res.Confidence, res.Note)
	}

	// More text removed than kept: a short article under a long menu.
	var page strings.Builder
	for _, m := range []string{"Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Opinion", "Video", "Podcasts", "Newsletters", "Contact Us"} {
		page.WriteString(m + " Section Today\n\n")
	}
	page.WriteString("Share this:\n\nThe harbour master said on Monday that the new pier would be finished before the summer, despite the storms that delayed the work in January.\n")
	res = Clean(page.String())
	if res.Confidence >= 0.5 || !strings.Contains(res.Note, "removed") {
		t.Errorf("mostly removed: confidence %.2f, note %q; want below 0.5 and a note saying so", res.Confidence, res.Note)
	}
}

// TestConcurrentUse runs one Cleaner from many goroutines; with -race it
// catches shared mutable state.
func TestConcurrentUse(t *testing.T) {
	c := newTestCleaner(t)
	want := c.Clean(optionsDoc).Text
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if got := c.Clean(optionsDoc).Text; got != want {
					t.Errorf("concurrent result differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestHeuristicsCanBeDisabled: every name Heuristics lists is accepted by
// DisableRules, and disabling all of them leaves only rules acting.
func TestHeuristicsCanBeDisabled(t *testing.T) {
	names := Heuristics()
	if len(names) < 6 {
		t.Fatalf("Heuristics() = %v", names)
	}
	c, err := New(Options{DisableRules: names})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Clean(readFile(t, seedDir+"/004_4d4e1331455ba08b.txt")).Removed {
		if strings.HasPrefix(r.Rule, "heuristic/") {
			t.Errorf("disabled heuristic %s removed %q", r.Rule, r.Text)
		}
	}
}
