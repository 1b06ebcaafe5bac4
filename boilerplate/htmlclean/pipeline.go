package htmlclean

import (
	"fmt"
	nurl "net/url"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// cleanDocument runs the pipeline on a parsed page. owned says whether
// doc is the Cleaner's own (parsed by Clean) or the caller's, which is
// never changed.
func (c *Cleaner) cleanDocument(doc *html.Node, u *nurl.URL, owned bool) Result {
	if doc == nil {
		res := c.textResult(c.page, nil, nil, Metadata{})
		res.Path, res.PathReason = PathFallback, "no document"
		return res
	}
	p := newPage(doc) // the whole page, whichever of its nodes we were given
	doc = p.doc
	c.findNoise(p)
	findShown(p)
	p.indexText()

	if why := c.limits.overLimits(doc); why != "" {
		meta := Metadata{}
		if t := findElement(doc, "title"); t != nil {
			meta.Title = nodeText(t, 1000)
		}
		return c.wholePage(p, meta, why, "the page is too large for the extractor to read in linear time")
	}

	topts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: !c.opts.IncludeComments,
		OriginalURL:     u,
	}
	ext, err := trafilatura.ExtractDocument(forExtractor(p, owned), topts)
	meta := Metadata{}
	if ext != nil {
		meta = metadataOf(&ext.Metadata)
	}
	if meta.Title == "" {
		if t := findElement(doc, "title"); t != nil {
			meta.Title = nodeText(t, 1000)
		}
	}
	var h1 string
	if n := findElement(p.body, "h1"); n != nil {
		h1 = nodeText(n, 1000)
	}
	if err != nil || ext == nil || ext.ContentNode == nil {
		return c.wholePage(p, meta, "the extractor found no article text", "the extractor found no article")
	}
	lines := renderExtracted(p, ext.ContentNode)
	if c.opts.IncludeComments && ext.CommentsNode != nil {
		lines = append(lines, renderExtracted(p, ext.CommentsNode)...)
	}
	return c.fromExtracted(p, lines, h1, meta)
}

// fromExtracted cleans the article the extractor found, rendered as lines
// of page p. The whole page is cleaned instead (see wholePage) when
// nothing of the extractor's article is left once the matched elements
// are taken out, and when the extractor took a widget for the article:
// most of the prose it found lies in comment sections or story lists,
// which the DOM rules take out, and the cleaning leaves no prose at all.
// The extractor does that on pages whose article is not marked up as one
// and holds less text than the comments below it; the article is then
// elsewhere on the page, and the whole page is taken only if it holds
// prose.
func (c *Cleaner) fromExtracted(p *page, lines []line, h1 string, meta Metadata) Result {
	found, widget, article := c.vetoProse(p, lines)
	if !p.keepsAll(lines) {
		article = finish(p, lines, true, p.keeps)
	}
	if len(article) == 0 {
		return c.wholePage(p, meta, "the extractor found no article text", "the extractor found no article")
	}
	res := c.choose(p, article, h1, meta)
	kept := c.noteLostProse(&res, found)
	if kept > 0 || found == 0 || 2*widget < found {
		return res
	}
	why := fmt.Sprintf("%d of the %d words of prose the extractor found lie in comment sections or story lists, and no prose is left", widget, found)
	page := c.wholePage(p, meta, why, "the extractor took a comment section or story list for the article")
	if c.proseIn(page.Text) == 0 {
		return res
	}
	return page
}

// wholePage renders the whole body of p, without the matched elements,
// and cleans it as text: the way to the article when the extractor cannot
// be used or has not found it, for the reason why. The text cleaner's
// zone heuristics tell the article from the rest of the page, and the
// result says so in its Note, with the confidence capped (see
// fallbackConfidence).
func (c *Cleaner) wholePage(p *page, meta Metadata, why, note string) Result {
	lines := finish(p, renderPage(p, p.body), false, keepAll)
	res := c.textResult(c.page, p, lines, meta)
	res.Path, res.PathReason = PathFallback, why+"; the whole page was rendered and cleaned as text"
	lowerConfidence(&res, fallbackConfidence, note+"; this is the page's text with its chrome cut")
	return res
}

// fallbackConfidence is the most confidence a result of the fallback path
// gets: without the extractor's article, the text cleaner's zones are all
// that tell the article from the rest of the page.
const fallbackConfidence = 0.5

// noteLostProse lowers the confidence of res, with a note, when it keeps
// less than half of the words of prose the extractor found: the
// cleaning took much of what the extractor chose as the article, and a
// pipeline should know.
// It returns the words of prose res keeps (0 when found is 0).
func (c *Cleaner) noteLostProse(res *Result, found int) int {
	if found == 0 {
		return 0
	}
	kept := c.proseIn(res.Text)
	if 2*kept < found {
		share := float64(kept) / float64(found)
		lowerConfidence(res, share, fmt.Sprintf("kept %d of the %d words of prose the extractor found", kept, found))
	}
	return kept
}

// proseIn counts the words of prose of text, as the article's text
// Cleaner finds them (boilerplate.Cleaner.ProseWords).
func (c *Cleaner) proseIn(text string) int {
	n := 0
	for _, w := range c.article.ProseWords(text) {
		n += w
	}
	return n
}

// lowerConfidence caps res.Confidence at conf and adds note to res.Note.
func lowerConfidence(res *Result, conf float64, note string) {
	res.Confidence = min(res.Confidence, conf)
	if res.Note != "" {
		note = res.Note + "; " + note
	}
	res.Note = note
}

// keeps reports whether s, a piece of the extractor's text, is kept: it
// lies in no matched element, or in one that was vetoed.
func (p *page) keeps(s seg) bool { return s.noise < 0 || p.noise[s.noise].veto != "" }

func keepAll(seg) bool { return true }

// choose takes the extractor's article, with the blocks of its flow that
// it left out put back (PathContainer), marks the title and copies, and
// runs the text stage.
func (c *Cleaner) choose(p *page, article []line, h1 string, meta Metadata) Result {
	path, why := PathExtractor, ""
	if cont, reason := c.restoreFlow(p, article); cont != nil {
		article, path, why = cont, PathContainer, reason
	}
	if !c.noTitle {
		markTitle(article, h1, meta.Title)
	}
	if !c.noCopies {
		markCopies(p, article)
	}
	res := c.textResult(c.article, p, article, meta)
	res.Path, res.PathReason = path, why
	return res
}

// textResult runs the text cleaner tc over lines of page p (nil when the
// page could not be parsed), with the lines marked by markTitle and
// markCopies removed and each line's place in the page known to the
// profile stage, and reports the matched elements of p.
func (c *Cleaner) textResult(tc *boilerplate.Cleaner, p *page, lines []line, meta Metadata) Result {
	rendered, marks := joinLines(lines)
	var noise []noiseNode
	var pl []boilerplate.Place
	if p != nil {
		noise = p.noise
		pl = places(p, lines, c.opts.Text.Profile != nil)
	}
	tr := tc.CleanPlaced(rendered, marks, pl)
	res := Result{
		Text:       tr.Text,
		Removed:    tr.Removed,
		Rendered:   rendered,
		DOMRemoved: []DOMRemoval{},
		Metadata:   meta,
		Language:   tr.Language,
		Confidence: tr.Confidence,
		Note:       tr.Note,
	}
	for _, n := range noise {
		switch {
		case n.veto != "":
			res.DOMVetoed = append(res.DOMVetoed, DOMVeto{DOMRemoval: n.rem, Reason: n.veto})
		case n.rem.Text != "":
			res.DOMRemoved = append(res.DOMRemoved, n.rem)
		}
	}
	if res.Language == "" {
		res.Language = meta.Language
	}
	return res
}

// vetoProse keeps the matched elements that would take much of the
// article's prose away from the extractor's article lines: an element
// holding a third of it or more, and, if the rest still take more than
// half of it, every element holding prose. The extractor chose this text
// as the article; a rule that takes most of it has mistaken the article's
// own markup for a widget (a class word such as "pagination" on the
// article's container), and cleaning must never leave less of the article
// than the extractor found. Widgets are small beside the article they sit
// in, with three exceptions that this veto leaves alone: comment
// sections, related-story lists and most-read lists can hold more prose
// than the article they follow, and the extractor sometimes takes them in
// with it. Nor is hidden text vetoed.
//
// It returns the words of prose of the extractor's article lines, those
// of them that lie in comment sections and story lists (widget), and the
// lines finished whole (see finish), which are the article when no
// matched element takes anything from them.
func (c *Cleaner) vetoProse(p *page, lines []line) (total, widget int, full []line) {
	full = finish(p, cloneLines(lines), true, keepAll)
	prose, total := c.proseWords(p, full)
	taken := map[int32]int{} // prose words by the element that takes them
	for i, l := range full {
		if prose[i] == 0 {
			continue
		}
		k, share := mostNoise(l)
		switch {
		case k < 0 || share*2 < len(l.text) || p.unseen(l):
		case mayHoldProse(p.noise[k].rem.Category):
			widget += prose[i]
		default:
			taken[k] += prose[i]
		}
	}
	if total == 0 || len(taken) == 0 {
		return total, widget, full
	}
	rest := 0
	for k, words := range taken {
		if 3*words >= total {
			p.noise[k].veto = fmt.Sprintf("it holds %d of the %d words of prose the extractor found", words, total)
		} else {
			rest += words
		}
	}
	if 2*rest > total {
		for k := range taken {
			if p.noise[k].veto == "" {
				p.noise[k].veto = fmt.Sprintf("the matched elements together hold %d of the %d words of prose the extractor found", rest, total)
			}
		}
	}
	return total, widget, full
}

// keepsAll reports whether p.keeps keeps every segment of lines.
func (p *page) keepsAll(lines []line) bool {
	for _, l := range lines {
		for _, s := range l.segs {
			if !p.keeps(s) {
				return false
			}
		}
	}
	return true
}

// unseen reports whether line l lies in a hidden element that is not
// shown: readers never see it, so it cannot be the article they read,
// whatever the extractor made of it (a closed dialog with the terms for
// republishing the article, say).
func (p *page) unseen(l line) bool {
	t := l.t0()
	return t >= 0 && p.texts[t].hidden
}

// mayHoldProse reports whether widgets of category c may hold more prose
// than an article: comment sections, related-story and most-read lists.
func mayHoldProse(c boilerplate.Category) bool {
	return c == boilerplate.Comments || c == boilerplate.Related || c == boilerplate.Trending
}

// mostNoise returns the matched element holding the most bytes of line l,
// and how many; -1 and 0 if none.
func mostNoise(l line) (int32, int) {
	bytes := map[int32]int{}
	best, most := int32(-1), 0
	for _, s := range l.segs {
		if s.noise >= 0 {
			bytes[s.noise] += len(s.text)
			if bytes[s.noise] > most {
				best, most = s.noise, bytes[s.noise]
			}
		}
	}
	return best, most
}

// cloneLines copies lines, so that finish may rewrite the copy.
func cloneLines(lines []line) []line {
	out := make([]line, len(lines))
	copy(out, lines)
	return out
}

func metadataOf(m *trafilatura.Metadata) Metadata {
	return Metadata{
		Title:    m.Title,
		Author:   m.Author,
		Date:     m.Date,
		URL:      m.URL,
		SiteName: m.Sitename,
		Language: m.Language,
	}
}
