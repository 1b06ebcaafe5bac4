package boilerplate

import "slices"

// The heuristics, by the names that reports use and DisableRules accepts.
const (
	HeuristicHeaderZone = "heuristic/header-zone"     // short lines before the article starts
	HeuristicRepeated   = "heuristic/repeated-line"   // copies of a nearby line: alt text, caption, breadcrumb + title
	HeuristicPerson     = "heuristic/person-caption"  // a person's name alone between paragraphs that quote them
	HeuristicSlug       = "heuristic/slug-caption"    // image alt text shaped like a file name: "Place 28 event 2017"
	HeuristicTeaser     = "heuristic/teaser-headline" // a headline between paragraphs that shares no words with the article, or listed under "More:"
	HeuristicTailZone   = "heuristic/tail-zone"       // lines after the article ends
)

// A stage is one named step of the decision. The table stages is the one
// place that says which steps there are, in which order they run, what
// each reads and what it decides: Heuristics, the names DisableRules
// accepts and the README's "How it decides" all come from it.
//
// Stages see the document's lines with their features, computed once and
// read-only, and the article zone; they write only verdicts, through
// doc.remove, which never overturns an earlier stage's verdict.
type stage struct {
	name string
	// heuristic is true for the stages that DisableRules switches off by
	// name and Heuristics lists; the rules stage answers to each rule's
	// own name instead.
	heuristic bool
	// learned is true for a stage that decides on what Options.Profile
	// learned from the site's other pages rather than on the document
	// alone: DisableRules switches it off by name too, but Heuristics does
	// not list it.
	learned bool
	reads   string // what it looks at
	decides string // what it removes, and as what
	run     func(d *doc)
}

// stages run in this order.
var stages = [...]stage{
	{
		name:    "rules",
		reads:   "each line's rule hit (the first rule, in order, whose phrase or shape matches it), its prose shape, the article zone",
		decides: "removes the line with the rule's category and name; inside the article, a paragraph of prose only when the rule's phrase opens it or two prompt rules match it, and never a line of a code listing",
		run:     ruleStage,
	},
	{
		name: HeuristicHeaderZone, heuristic: true,
		reads:   "the lines before the article zone that no rule decides; with a site profile, the lines between the title and the text that neither a rule nor the profile decides",
		decides: "removes them as header (dates, clocks, temperatures and the place names beside them) or navigation; the lines under the title as byline or metadata",
		run:     headerZone,
	},
	{
		name: HeuristicRepeated, heuristic: true,
		reads:   "adjacent lines inside the article that equal or contain each other, and later exact copies",
		decides: "removes a breadcrumb glued to the title (navigation), caption and alt-text copies (caption), teaser copies (related), a title or paragraph printed twice and later copies (duplicate)",
		run:     repeatedLines,
	},
	{
		name: HeuristicPerson, heuristic: true,
		reads:   "a line of two to four capitalised name words between two paragraphs, one of which quotes the person (names them near a verb of speech: said, sagte, a déclaré, …)",
		decides: "removes it as a caption, unless the name recurs as a line of its own (speaker labels)",
		run:     personCaptions,
	},
	{
		name: HeuristicSlug, heuristic: true,
		reads:   "a line between two paragraphs made of content words and numbers ending in a year, with no stop words",
		decides: "removes it as a caption (alt text made from an image file name)",
		run:     slugCaptions,
	},
	{
		name: HeuristicTeaser, heuristic: true,
		reads:   "a headline-shaped line between two paragraphs and the content words of the article; two or more headlines under a short heading a rule names as related or most read (\"More:\", \"See also\", \"Most read in Sport\")",
		decides: "removes it as related when it shares (almost) no content words with the article (in HTML mode only when it is a link: a heading that links nowhere is the article's own), and the headlines listed under such a heading whatever their words",
		run:     teasers,
	},
	{
		name: HeuristicTailZone, heuristic: true,
		reads:   "the lines after the article zone that no rule decides, and the rules hit in the tail",
		decides: "removes them with the category of the nearest rule above them (\"Most Popular\" and its headlines), else as related or navigation",
		run:     tailZone,
	},
	{
		name: ProfileSiteRepeated, learned: true,
		reads:   "with Options.Profile, on how many of the site's other pages each line was seen (for HTML, in the same kind of block), and its prose shape; the zone search counts the lines it decides against the article, as it counts rule hits",
		decides: "removes what the earlier stages left of the lines seen on a fifth of the site's other pages (one at least) and the paragraphs of prose seen on a quarter (two at least); inside the article only beside another such line or a removed one, never a line that heads a paragraph of the article nor the title the zone starts with; with the category of a rule that matches the line, else of its shape (header, navigation, related), else duplicate, and the counts in Removal.Profile",
		run:     profileStage,
	},
}

// Heuristics returns the names of the heuristics, in the order they run;
// DisableRules accepts them like rule names.
func Heuristics() []string {
	var out []string
	for _, s := range stages {
		if s.heuristic {
			out = append(out, s.name)
		}
	}
	return slices.Clip(out)
}

// stageEnabled reports whether the Cleaner runs the stage named name.
func (c *Cleaner) stageEnabled(name string) bool {
	for k := range stages {
		if stages[k].name == name {
			return !c.stageOff[k]
		}
	}
	return false
}
