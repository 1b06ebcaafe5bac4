package boilerplate

import "sort"

// The profile stage: lines that the site's other pages repeat.

// ProfileSiteRepeated is the name of the stage that removes the lines a
// site profile (Options.Profile) has seen on enough of the site's pages.
// Reports use it as the rule name, with the evidence in
// Removal.Profile; DisableRules accepts it.
const ProfileSiteRepeated = "profile/site-repeated"

// ProfileEvidence is what a removal by the profile stage rests on: the
// line was seen on Seen of the site's Pages other pages that the profile
// was learned from.
type ProfileEvidence struct {
	Seen  int `json:"seen"`
	Pages int `json:"pages"`
}

// When a line is the site's. The evidence is always the site's other
// pages: a page's own lines are not evidence about it (see
// Options.ProfileExcludesPage). A site's template lines stand on every
// page built from it; an article's own lines stand on its page, and a few
// of its sentences on the few pages that quote it. So a line is the
// site's when it is seen on a share of the site's other pages: a fifth,
// since a site has several templates (articles, videos, galleries,
// section and tag fronts), each holding a share of its pages, and a
// template's lines are its own. With few pages every share is reached
// by one page: one other page is the least that can show a line recurs,
// so a profile works from a site of two pages.
//
// A paragraph of prose needs stronger evidence: two other pages (three
// pages of the site) and a quarter of them. A paragraph said on two pages
// is a quotation, a syndicated story or a series' standing introduction,
// which are the article's; the template's paragraphs (an about box, a
// standing disclaimer) and the summaries of the teasers a site shows
// beside its articles stand on many pages.
const (
	siteMinPages                 = 1
	siteShareNum, siteShareDen   = 1, 5
	proseMinPages                = 2
	proseShareNum, proseShareDen = 1, 4
)

// siteShare reports whether a line seen on seen of the site's pages
// other pages is the site's, for a paragraph of prose or another line.
func siteShare(seen, pages int, prose bool) bool {
	if prose {
		return seen >= proseMinPages && seen*proseShareDen >= pages*proseShareNum
	}
	return seen >= siteMinPages && seen*siteShareDen >= pages*siteShareNum
}

// A Place says where a span of text stood in its page: Block is the
// signature of the block holding it, such as a tag path with class words
// ("div.content>ul.links>li"), the same for the same kind of block on
// every page of a site, or "" when the caller does not give it. Link says
// that all of the span's text was the text of links. Start and End are
// byte offsets into the text.
type Place struct {
	Start, End int
	Block      string
	Link       bool
}

// CleanPlaced is CleanMarked for text whose lines know where they stood
// in their page, as package htmlclean renders them: each line that a
// place overlaps has the place's Block, and is a link when the place is.
// With places, a headline between paragraphs is taken for another story's
// teaser only when it is a link: a heading that links nowhere is the
// article's own. With a profile learned from such
// pages (Profile.LearnLines with blocks), a line is then the site's only
// when it recurs in the same kind of block on enough of the site's
// pages: the title of an article is linked from the sidebars of the
// site's other pages, but stands in its own block on its page.
func (c *Cleaner) CleanPlaced(text string, marks []Removal, places []Place) Result {
	d := c.analyze(text, places)
	for _, m := range marks {
		// The first line ending after Start, then every line that starts
		// before End.
		i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].end > m.Start })
		for ; i < len(d.lines) && d.lines[i].start < m.End; i++ {
			d.remove(i, m.Category, m.Rule)
		}
	}
	d.runStages()
	res := d.result()
	d.release()
	return res
}

// WithProfile returns a Cleaner that is c with Options.Profile set to a
// copy of p (nil: none). It shares c's compiled rules, so it is cheap:
// build one Cleaner and derive one per site.
func (c *Cleaner) WithProfile(p *Profile) *Cleaner {
	d := *c
	d.opts.Profile = p.Clone()
	return &d
}

// placeLinks records which lines the places say are links; with no places,
// d.links stays nil and no line is known either way.
func (d *doc) placeLinks(places []Place) {
	if len(places) == 0 {
		return
	}
	d.links = make([]bool, len(d.lines))
	for _, pl := range places {
		if !pl.Link {
			continue
		}
		i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].end > pl.Start })
		for ; i < len(d.lines) && d.lines[i].start < pl.End; i++ {
			d.links[i] = true
		}
	}
}

// siteEvidence looks every line up in the profile, before the article
// zone is sought: the zone search counts the site's lines against the
// article as it counts rule hits. Each place gives the lines it overlaps
// its block (see CleanPlaced).
func (d *doc) siteEvidence(places []Place) {
	p := d.c.opts.Profile
	if p == nil || p.pages == 0 || !d.c.stageEnabled(ProfileSiteRepeated) {
		return
	}
	var blocks []uint64
	if len(places) > 0 && p.placed > 0 {
		blocks = make([]uint64, len(d.lines))
		for _, pl := range places {
			if pl.Block == "" {
				continue
			}
			i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].end > pl.Start })
			for ; i < len(d.lines) && d.lines[i].start < pl.End; i++ {
				blocks[i] = blockFingerprint(pl.Block)
			}
		}
	}
	// Unless the profile was learned without the page, the page's own
	// lines are in its counts, one page each: they are taken off.
	self := 1
	if d.c.opts.ProfileExcludesPage {
		self = 0
	}
	pages, placed := p.Pages()-self, int(min(p.placed, uint64(maxInt)))-self
	d.site = make([]ProfileEvidence, len(d.lines))
	for i := range d.lines {
		fp, ok := lineFingerprint(d.lineText(i))
		switch {
		case !ok:
		case blocks != nil && blocks[i] != 0:
			d.site[i] = ProfileEvidence{Seen: max(p.count(placedFingerprint(blocks[i], fp))-self, 0), Pages: max(placed, 0)}
		default:
			d.site[i] = ProfileEvidence{Seen: max(p.count(fp)-self, 0), Pages: max(pages, 0)}
		}
	}
}

// siteRepeated reports whether the profile has seen line i on enough of
// the site's pages to take it for the site's (see siteShare).
func (d *doc) siteRepeated(i int) bool {
	if d.site == nil {
		return false
	}
	e := d.site[i]
	return e.Seen > 0 && siteShare(e.Seen, e.Pages, d.isProse(i))
}

// profileStage removes the lines the profile has seen on enough of the
// site's pages (see siteShare) that the stages before it left. Inside the
// article zone it removes only a line that stands next to another line
// of the site's or one an earlier stage removed: a block of the template
// (a teaser list with its headlines, bylines and summaries, a price box).
// A line of the site's alone among the article's own lines, or one that
// heads a paragraph of the article, is a heading or label that the
// site's articles share ("Pros", "Ingredients", "Background"), which is
// the article's. The article's title, the title-shaped line the article
// zone starts with, is kept too: the site's other pages link to the
// article by it.
func profileStage(d *doc) {
	for i := range d.lines {
		if d.verdict[i].removed() || !d.siteRepeated(i) {
			continue
		}
		if d.zone.in(i) && (i == d.zone.s && d.titleShape(i) || d.headsArticle(i) || !d.templateNeighbour(i)) {
			continue
		}
		d.remove(i, d.siteCategory(i), ProfileSiteRepeated)
	}
}

// templateNeighbour reports whether a line next to line i is the site's
// too, or removed by an earlier stage.
func (d *doc) templateNeighbour(i int) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(d.lines) && (d.siteRepeated(k) || d.verdict[k].removed()) {
			return true
		}
	}
	return false
}

// headsArticle reports whether line i, not itself prose, stands right
// above a paragraph of the article's own prose: one the profile does not
// know and no stage has removed.
func (d *doc) headsArticle(i int) bool {
	k := i + 1
	return !d.isProse(i) && k < len(d.lines) && d.isProse(k) && !d.siteRepeated(k) && !d.verdict[k].removed()
}

// siteCategory guesses what kind of boilerplate site-repeated line i is:
// the category of a rule that matches it (and that the rules stage let
// stand, in a paragraph), else by its shape and place, as the zone stages
// file what they remove; duplicate when nothing says more.
func (d *doc) siteCategory(i int) Category {
	if r := d.ruleOf(i); r != nil {
		return r.Category
	}
	switch {
	case d.headerShape(i):
		return Header
	case d.menuLike(i) || d.separatedList(i):
		return Navigation
	case d.gluedTeaser(i):
		return Related
	case d.zone.ok && i > d.zone.e && !d.isProse(i):
		return Related
	}
	return Duplicate
}

// withEvidence adds the profile's evidence to r, the removal of line i,
// when the profile stage decided it.
func (d *doc) withEvidence(i int, r Removal) Removal {
	if d.site != nil && r.Rule == ProfileSiteRepeated {
		r.Profile = d.site[i]
	}
	return r
}
