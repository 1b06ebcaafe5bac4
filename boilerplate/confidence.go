package boilerplate

import "fmt"

// confidence rates the result: how much of the document's prose was kept,
// and whether what was kept still looks like a page rather than an
// article. A cleaner that removes most of a document, or keeps no running
// text, or keeps a page full of menus, says so in the Note instead of
// failing silently.
func (d *doc) confidence() (float64, string) {
	prose, keptProse, removedLines, keptMenu := 0, 0, 0, 0
	keptWords, removedWords := 0, 0
	for i := range d.lines {
		words := int(d.lines[i].ws.words) + int(d.lines[i].ws.cjk)/2
		if d.verdict[i].removed() {
			removedLines++
			removedWords += words
		} else {
			keptWords += words
			if d.menuLike(i) {
				keptMenu++
			}
		}
		if d.isProse(i) {
			prose += words
			if !d.verdict[i].removed() {
				keptProse += words
			}
		}
	}
	lines := len(d.lines)
	switch {
	case lines == 0:
		return 0, "empty input"
	case removedLines == lines:
		return 0.1, "every line was removed"
	case prose == 0:
		return 0.2, "no paragraph of running text found; only rules were applied"
	case keptProse == 0:
		return 0.2, "the text kept has no paragraph of running text"
	case removedLines*20 < lines && lines >= 20 && keptMenu*4 >= lines:
		return 0.5, fmt.Sprintf("removed almost nothing, but %d of %d kept lines look like menu entries", keptMenu, lines)
	}
	kept := float64(keptProse) / float64(prose)
	if kept < 0.3 {
		return kept, fmt.Sprintf("kept only %.0f%% of the document's prose", 100*kept)
	}
	conf := 1 - 0.5*(1-kept)
	if removedWords > keptWords {
		// More text went than stayed: the cleaner may have taken the
		// article for chrome (a table, a list) or found little of it.
		return min(conf, 0.45), fmt.Sprintf("removed %d words and kept %d", removedWords, keptWords)
	}
	return conf, ""
}
