package boilerplate

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestProfileSharedParagraph: an article paragraph that two pages of a
// site share (a quotation, a syndicated paragraph) is the articles', and
// survives a profile of both pages, while the lines of the site's template
// go. So does a subheading the site's articles share.
func TestProfileSharedParagraph(t *testing.T) {
	t.Parallel()
	shared := "The council said the new timetable would be reviewed after the summer, when the counts of passengers on each crossing are known."
	// The shared paragraph ends the article, just above the site's footer;
	// the shared subheading stands in the middle of it.
	pageA := strings.Replace(sitePage(1, 4), articleLine(1, 3), "Background\n\n"+articleLine(1, 3)+"\n\n"+shared, 1)
	pageB := strings.Replace(sitePage(2, 4), articleLine(2, 3), "Background\n\n"+articleLine(2, 3)+"\n\n"+shared, 1)
	for _, tt := range []struct {
		name    string
		learned []string
		others  bool
	}{
		{"profile of both pages", []string{pageA, pageB}, false},
		{"profile of the other page", []string{pageB}, true},
	} {
		c, err := New(Options{Profile: learnAll(tt.learned), ProfileExcludesPage: tt.others})
		if err != nil {
			t.Fatal(err)
		}
		res := c.Clean(pageA)
		for _, keep := range []string{shared, "Background", articleLine(1, 0), articleLine(1, 3)} {
			if !strings.Contains(res.Text, keep+"\n") {
				t.Errorf("%s: %q was removed:\n%s", tt.name, keep, res.Text)
			}
		}
		byProfile := 0
		for _, r := range res.Removed {
			if r.Rule != ProfileSiteRepeated {
				continue
			}
			byProfile++
			if r.Profile != (ProfileEvidence{Seen: 1, Pages: 1}) {
				t.Errorf("%s: removal of %q has evidence %+v, want seen on 1 of 1 other pages", tt.name, r.Text, r.Profile)
			}
		}
		// The box's heading and the teasers page B shows too go, but for
		// the last, which heads a paragraph of the article, as a
		// subheading would, and stays.
		for _, gone := range []string{"Harbour desk selection", "Teaser story council 1", "Teaser story ferry 2"} {
			if strings.Contains(res.Text, gone+"\n") {
				t.Errorf("%s: the site's line %q was kept:\n%s", tt.name, gone, res.Text)
			}
		}
		if byProfile == 0 {
			t.Errorf("%s: nothing removed by %s", tt.name, ProfileSiteRepeated)
		}
	}
}

// TestProfileStage: the stage is named in the table, switched off by
// DisableRules, held back by KeepCategories, and reports its evidence.
func TestProfileStage(t *testing.T) {
	t.Parallel()
	if slices.Contains(Heuristics(), ProfileSiteRepeated) {
		t.Errorf("Heuristics() lists %s, which is no heuristic", ProfileSiteRepeated)
	}
	// A subheading the site's articles share, right after the box.
	withHeading := func(n int) string {
		return strings.Replace(sitePage(n, 4), articleLine(n, 2), "Background\n\n"+articleLine(n, 2), 1)
	}
	others := learnAll([]string{withHeading(2), withHeading(3), withHeading(4)})
	page := withHeading(1)
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	with, err := New(Options{Profile: others, ProfileExcludesPage: true})
	if err != nil {
		t.Fatal(err)
	}
	res := with.Clean(page)
	var cats []Category
	for _, r := range res.Removed {
		if r.Rule != ProfileSiteRepeated {
			continue
		}
		cats = append(cats, r.Category)
		if r.Profile.Pages != 3 || r.Profile.Seen < 1 || r.Profile.Seen > 3 {
			t.Errorf("%q: evidence %+v, want seen on 1 to 3 of 3 pages", r.Text, r.Profile)
		}
		if r.Text == "Background" {
			t.Error("the shared subheading after the box was removed")
		}
	}
	if len(cats) == 0 {
		t.Fatalf("nothing removed by %s:\n%s", ProfileSiteRepeated, res.Text)
	}
	if !strings.Contains(res.Text, "\nBackground\n") {
		t.Errorf("the shared subheading was removed:\n%s", res.Text)
	}
	if !strings.Contains(plain.Clean(page).Text, "Harbour desk selection\n") {
		t.Fatal("without a profile the box's heading goes already: the test shows nothing")
	}

	off, err := New(Options{Profile: others, ProfileExcludesPage: true, DisableRules: []string{ProfileSiteRepeated}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := off.Clean(page), plain.Clean(page); got.Text != want.Text || len(got.Removed) != len(want.Removed) {
		t.Errorf("DisableRules %s: the result differs from cleaning without a profile", ProfileSiteRepeated)
	}
	keep, err := New(Options{Profile: others, ProfileExcludesPage: true, KeepCategories: cats})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range keep.Clean(page).Removed {
		if slices.Contains(cats, r.Category) && r.Rule == ProfileSiteRepeated {
			t.Errorf("KeepCategories %v: %q removed as %s", cats, r.Text, r.Category)
		}
	}
	// WithProfile gives the same Cleaner as New with the profile, and New
	// keeps a copy: learning more afterwards changes nothing.
	base, err := New(Options{ProfileExcludesPage: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := base.WithProfile(others); !slices.Equal(removals(got.Clean(page)), removals(res)) {
		t.Error("WithProfile and New with the profile differ")
	}
	others.LearnText(page)
	if got := with.Clean(page); !slices.Equal(removals(got), removals(res)) {
		t.Error("learning after New changed the Cleaner's profile")
	}
}

// removals lists a result's removals as comparable strings.
func removals(r Result) []string {
	var out []string
	for _, x := range r.Removed {
		out = append(out, fmt.Sprintf("%d %s %s %+v", x.Line, x.Category, x.Rule, x.Profile))
	}
	return out
}

// TestProfileBadInput: any bytes, learned and cleaned with a profile of
// them, give a result that keeps the output contract, never a panic.
func TestProfileBadInput(t *testing.T) {
	t.Parallel()
	article := "The council approved the budget on Monday after a debate that lasted most of the night and ended with a narrow vote.\n\n"
	inputs := []string{
		"",
		" \n\t\r\n \u00a0\n",
		"\xff\xfe\xfd Share this:\n\n" + article + "\xc3\x28 broken \xe2\x82 sequence\n",
		"Share\x00this:\n\x00\n" + article + "\x00\x00\x00\n",
		strings.ReplaceAll(article+"Menu\n\nHome\n", "\n", "\r"),
		"Menu\r\nHome\n\r" + article + "Home\r",
		strings.Repeat("a", 1<<20) + "\n\n" + article + "Menu\n",
		strings.Repeat("Menu\rHome\r"+strings.TrimSpace(article)+"\r", 2000),
	}
	p := NewProfile()
	for _, in := range inputs {
		p.LearnText(in)
		p.LearnLines(strings.Split(in, "\n"), strings.Split(in, "\r"))
	}
	c, err := New(Options{Profile: p})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		checkInvariants(t, in, c.Clean(in))
		checkInvariants(t, in, c.CleanPlaced(in, []Removal{{Start: -5, End: 1 << 30, Category: Duplicate, Rule: "x"}}, []Place{{Start: 3, End: 2, Block: "p"}, {Start: -1, End: 1 << 40, Block: "\x00"}}))
	}
}

// BenchmarkCleanProfile cleans pages of the synthetic site with a profile
// of 300 of its pages, and without one, for the profile stage's cost.
func BenchmarkCleanProfile(b *testing.B) {
	pages := siteSample(300, 8)
	site := learnAll(pages)
	for _, bc := range []struct {
		name string
		opts Options
	}{{"none", Options{}}, {"profile", Options{Profile: site}}} {
		b.Run(bc.name, func(b *testing.B) {
			c, err := New(bc.opts)
			if err != nil {
				b.Fatal(err)
			}
			var size int64
			for _, p := range pages[:50] {
				size += int64(len(p))
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages[:50] {
					c.Clean(p)
				}
			}
		})
	}
}

// TestPlacedTeaser: with places, a headline between paragraphs that shares
// no words with the article is a teaser only when it is a link.
func TestPlacedTeaser(t *testing.T) {
	c := newTestCleaner(t)
	var in string
	for _, tc := range readCases(t, "../testdata/cases/teaser-between.txt") {
		in = tc.in
	}
	const headline = "Pop singer cancels stadium concert after vocal injury"
	at := strings.Index(in, headline)
	if at < 0 {
		t.Fatal("no headline in the case")
	}
	for _, tt := range []struct {
		name    string
		places  []Place
		removed bool
	}{
		{"no places", nil, true},
		{"a link", []Place{{Start: at, End: at + len(headline), Link: true}}, true},
		{"a heading that links nowhere", []Place{{Start: at, End: at + len(headline)}}, false},
	} {
		res := c.CleanPlaced(in, nil, tt.places)
		removed := !strings.Contains(res.Text, headline)
		if removed != tt.removed {
			t.Errorf("%s: headline removed %v, want %v", tt.name, removed, tt.removed)
		}
	}
}

// TestProfileTitleAboveHead: a news page's title stands above the
// article's head (byline, time, share row, lead picture) that the zone
// search leaves outside the article. The site's other pages never show
// the title, which is how the profile tells it from the template around
// it: it is kept, and the head's own byline and time go.
func TestProfileTitleAboveHead(t *testing.T) {
	t.Parallel()
	page := func(n int) string {
		lines := []string{"News", "Shows", "Schedule", "Video", "Search",
			[]string{"Council backs the new harbour wall", "Ferry timetable changes for the winter",
				"Library opens on Sundays from May", "Quarry road closes for repairs"}[n%4],
			[]string{"Jane Roe", "John Doe", "Ann Example"}[n%3],
			fmt.Sprintf("%d:29 AM on 05/%02d/2013", 1+n%11, 1+n%28),
			"Share this story", "Facebook", "Email", "Print",
			fmt.Sprintf("Passengers wait at the pier on day %d of the strike. (Jane Roe / Example Agency)", n),
		}
		for k := range 3 {
			lines = append(lines, articleLine(n, k))
		}
		lines = append(lines, "About us", "Terms of use", "Privacy policy")
		return strings.Join(lines, "\n\n") + "\n"
	}
	c, err := New(Options{Profile: learnAll([]string{page(1), page(2), page(3)}), ProfileExcludesPage: true})
	if err != nil {
		t.Fatal(err)
	}
	res := c.Clean(page(4))
	for _, keep := range []string{"Council backs the new harbour wall", articleLine(4, 0), articleLine(4, 2)} {
		if !strings.Contains(res.Text, keep+"\n") {
			t.Errorf("%q was removed:\n%s", keep, res.Text)
		}
	}
	for _, gone := range []string{"Ann Example", "5:29 AM", "Share this", "Search", "Example Agency"} {
		if strings.Contains(res.Text, gone) {
			t.Errorf("%q was kept:\n%s", gone, res.Text)
		}
	}
}
