package boilerplate

import "fmt"

// confidence rates the result: how much of the document's prose was kept,
// and whether what was kept still looks like a page rather than an
// article. A cleaner that removes almost everything, or almost nothing of
// a page full of menus, says so in the Note instead of failing silently.
func (d *doc) confidence() (float64, string) {
	prose, keptProse, removed, keptMenu := 0, 0, 0, 0
	for i := range d.lines {
		if d.verdict[i].remove {
			removed++
		} else if d.menuLike(i) {
			keptMenu++
		}
		if d.isProse(i) {
			prose += int(d.lines[i].ws.words)
			if !d.verdict[i].remove {
				keptProse += int(d.lines[i].ws.words)
			}
		}
	}
	lines := len(d.lines)
	switch {
	case lines == 0:
		return 0, "empty input"
	case prose == 0:
		return 0.2, "no paragraph of running text found; only rules were applied"
	case removed == lines:
		return 0.1, "every line was removed"
	case removed*20 < lines && lines >= 20 && keptMenu*4 >= lines:
		return 0.5, fmt.Sprintf("removed almost nothing, but %d of %d kept lines look like menu entries", keptMenu, lines)
	}
	kept := float64(keptProse) / float64(prose)
	if kept < 0.3 {
		return kept, fmt.Sprintf("kept only %.0f%% of the document's prose", 100*kept)
	}
	return 1 - 0.5*(1-kept), ""
}
