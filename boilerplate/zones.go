package boilerplate

// The edge stages: what lies before and after the article zone.

// headerZone removes the lines before the article that no rule decides
// (the rules stage has taken those a rule decides): a date, clock or
// temperature, or a place name beside one, as header; anything else as
// navigation. With a title found above the article's head (see
// siteTitle), it also removes the head's own byline and date lines.
func headerZone(d *doc) {
	if !d.zone.ok {
		return
	}
	s := d.zone.s
	for i := 0; i < s; i++ {
		if d.lines[i].rule >= 0 {
			continue
		}
		cat := Navigation
		if d.headerShape(i) || d.placeName(i) && (i > 0 && d.headerShape(i-1) || i+1 < s && d.headerShape(i+1)) {
			cat = Header
		}
		d.remove(i, cat, HeuristicHeaderZone)
	}
	// The article's head under its title (see siteTitle): its byline and
	// date lines of the page's own.
	for i := s + 1; i < d.zone.body; i++ {
		if d.lines[i].rule >= 0 || d.siteRepeated(i) {
			continue // the rules' and the profile's to name
		}
		cat := Byline
		if d.headerShape(i) || hasClock(d.lineText(i)) {
			cat = Metadata
		}
		d.remove(i, cat, HeuristicHeaderZone)
	}
}

// tailZone removes the lines after the article that no rule decides, with
// the category of the last rule seen in the tail ("Most Popular" and the
// headlines under it), or by their shape when no rule came before them.
func tailZone(d *doc) {
	if !d.zone.ok {
		return
	}
	tailCat := Category("")
	for i := d.zone.e + 1; i < len(d.lines); i++ {
		if r := d.ruleOf(i); r != nil {
			tailCat = r.Category
			continue
		}
		cat := tailCat
		if cat == "" {
			cat = Related
			if d.lines[i].ws.words < 4 || d.menuLike(i) {
				cat = Navigation
			}
		}
		d.remove(i, cat, HeuristicTailZone)
	}
}
