package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// The no-op measure: a gold file holds nothing but article text, so the text
// cleaner run over it should keep every word. Every word it removes there is
// article text lost, and the rule or heuristic that removed it is one that
// can fire on prose. -noop cleans each gold set's <id>.gold.txt in text mode
// and reports the share of words kept, the articles that lost much, and the
// names that removed their words.

// noopMinPercent is the share of its words, in percent, under which an
// article counts as harmed. A stray line the gold kept and a cleaner may
// fairly drop (a caption, a credit, a byline) is a few words of an article
// of hundreds; losing a tenth is a paragraph or more of prose.
const noopMinPercent = 90

// noopWorstDefault is how many of the worst articles are listed when -worst
// is not given.
const noopWorstDefault = 10

// noopRulesShown is how many rule names are listed per article.
const noopRulesShown = 3

// A textCleaner cleans text: *boilerplate.Cleaner.
type textCleaner interface {
	Clean(text string) boilerplate.Result
}

// A noopPage is one gold article cleaned as text.
type noopPage struct {
	id    string
	words int            // \w+ tokens in the gold text
	kept  int            // \w+ tokens in the cleaned text
	rules map[string]int // \w+ tokens of the removed text, per rule or heuristic name
}

// share is the share of its words the article kept; 1 for an article
// without words.
func (p noopPage) share() float64 {
	if p.words == 0 {
		return 1
	}
	return float64(p.kept) / float64(p.words)
}

// harmed reports whether the article kept under noopMinPercent of its
// words (in integers, so that exactly 90% is not under).
func (p noopPage) harmed() bool {
	return 100*p.kept < noopMinPercent*p.words
}

// noopOf cleans the gold text of article id. Words are counted as the
// SH-shingle4 metric counts tokens; a removal that cuts a word in two counts
// the parts it holds.
func noopOf(c textCleaner, id, gold string) noopPage {
	r := c.Clean(gold)
	p := noopPage{id: id, words: len(tokens(gold)), kept: len(tokens(r.Text)), rules: make(map[string]int)}
	for _, rm := range r.Removed {
		if n := len(tokens(rm.Text)); n > 0 {
			p.rules[rm.Rule] += n
		}
	}
	return p
}

// topRules returns the names that removed the most words of p, at most n,
// most words first (ties by name).
func (p noopPage) topRules(n int) []string {
	names := make([]string, 0, len(p.rules))
	for name := range p.rules {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if a, b := p.rules[names[i]], p.rules[names[j]]; a != b {
			return a > b
		}
		return names[i] < names[j]
	})
	return names[:min(n, len(names))]
}

// runNoop writes the no-op measure of every gold set under dirs to w,
// cleaning with c. A snippet set has no gold text and gets a line saying so.
// With loo, and c a *boilerplate.Cleaner, each set is measured a second
// time with each article cleaned with the site profile learned from the
// other pages' scraped text (see looProfiles), as "SET+profile".
func runNoop(c textCleaner, loo bool, dirs []string, worst, prec int, w io.Writer) error {
	sets, err := findSets(dirs)
	if err != nil {
		return err
	}
	if worst == 0 {
		worst = noopWorstDefault
	}
	for i, s := range sets {
		if i > 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return fmt.Errorf("writing report: %w", err)
			}
		}
		if !s.gold {
			if _, err := fmt.Fprintf(w, "%s: no gold text, no no-op measure\n", s.name); err != nil {
				return fmt.Errorf("writing report: %w", err)
			}
			continue
		}
		pages := make([]noopPage, 0, len(s.ids))
		for _, id := range s.ids {
			gold, err := os.ReadFile(filepath.Join(s.dir, id+goldSuffix))
			if err != nil {
				return fmt.Errorf("set %s: page %s: reading gold: %w", s.name, id, err)
			}
			pages = append(pages, noopOf(c, id, string(gold)))
		}
		if err := printNoop(w, s.name, pages, worst, prec); err != nil {
			return err
		}
		if bc, ok := c.(*boilerplate.Cleaner); ok && loo {
			if err := noopProfiled(bc, s, worst, prec, w); err != nil {
				return err
			}
		}
	}
	return nil
}

// noopProfiled writes the no-op block of set s with each gold article
// cleaned with the profile of the other pages of its site, and the words
// the profile stage alone removed.
func noopProfiled(c *boilerplate.Cleaner, s corpusSet, worst, prec int, w io.Writer) error {
	sites, err := sitesOf(s)
	if err != nil {
		return fmt.Errorf("set %s: %w", s.name, err)
	}
	profiles, err := looProfiles(s, sites, scrapedSuffix, learnText)
	if err != nil {
		return fmt.Errorf("set %s: %w", s.name, err)
	}
	pages := make([]noopPage, 0, len(s.ids))
	words, byProfile := 0, 0
	for _, id := range s.ids {
		gold, err := os.ReadFile(filepath.Join(s.dir, id+goldSuffix))
		if err != nil {
			return fmt.Errorf("set %s: page %s: reading gold: %w", s.name, id, err)
		}
		p := noopOf(c.WithProfile(profiles[id]), id, string(gold))
		pages = append(pages, p)
		words += p.words
		byProfile += p.rules[boilerplate.ProfileSiteRepeated]
	}
	if err := printNoop(w, s.name+"+profile", pages, worst, prec); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "  %s removed %d of the %d words (%s), so kept %s of them\n", boilerplate.ProfileSiteRepeated,
		byProfile, words, percent(prec, ratio(float64(byProfile), float64(words)), words > 0),
		percent(prec, ratio(float64(words-byProfile), float64(words)), words > 0))
	if err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}

// printNoop writes one set's no-op block: the share of words kept over all
// articles, the number of harmed articles, and the worst articles that lost
// words (at most worst of them), each with the names that removed the most.
func printNoop(w io.Writer, set string, pages []noopPage, worst, prec int) error {
	words, kept, harmed := 0, 0, 0
	for _, p := range pages {
		words += p.words
		kept += p.kept
		if p.harmed() {
			harmed++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: no-op, %d gold articles cleaned as text: %s of %d words kept; %d articles keep under %d%%\n",
		set, len(pages), percent(prec, ratio(float64(kept), float64(words)), words > 0), words, harmed, noopMinPercent)
	var lost []noopPage
	for _, p := range pages {
		if p.kept < p.words {
			lost = append(lost, p)
		}
	}
	sort.SliceStable(lost, func(i, j int) bool {
		if a, b := lost[i].share(), lost[j].share(); a != b {
			return a < b
		}
		return lost[i].id < lost[j].id
	})
	if len(lost) > 0 {
		fmt.Fprintf(&b, "  worst articles (words kept, id: words removed by rule or heuristic):\n")
	}
	for _, p := range lost[:min(worst, len(lost))] {
		fmt.Fprintf(&b, "    %s %d/%d %s:", percent(prec, p.share(), true), p.kept, p.words, p.id)
		for _, name := range p.topRules(noopRulesShown) {
			fmt.Fprintf(&b, " %s %d", name, p.rules[name])
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}
