package boilerplate

import "fmt"

// confidence rates the result: how much of the document's prose was kept.
// A cleaner that removes almost everything, or finds no prose at all, says
// so instead of failing silently.
func (d *doc) confidence() (float64, string) {
	prose, keptProse, lines, removed := 0, 0, 0, 0
	for i := range d.lines {
		lines++
		if d.verdict[i].remove {
			removed++
		}
		if d.isProse(i) {
			prose += d.lines[i].ws.words
			if !d.verdict[i].remove {
				keptProse += d.lines[i].ws.words
			}
		}
	}
	switch {
	case lines == 0:
		return 0, "empty input"
	case prose == 0:
		return 0.2, "no paragraph of running text found; only rules were applied"
	case removed == lines:
		return 0.1, "every line was removed"
	}
	kept := float64(keptProse) / float64(prose)
	if kept < 0.3 {
		return kept, fmt.Sprintf("kept only %.0f%% of the document's prose", 100*kept)
	}
	return 1 - 0.5*(1-kept), ""
}
