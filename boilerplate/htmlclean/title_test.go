package htmlclean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

func TestDropTitle(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<body><h1>Dikes <em>hold</em> on the river</h1></body>`))
	h1 := findElement(doc, "h1")
	tests := []struct {
		name, in, meta, want string
		removed              bool
	}{
		{"first-line", "Dikes hold on the river\n\nThe water fell.\n", "", "The water fell.\n", true},
		{"after-kicker", "Weather\n\nDikes hold on the river!\n\nThe water fell.\n", "", "Weather\n\nThe water fell.\n", true},
		{"meta-title", "Water board elects chair\n\nText.\n", "Water board elects chair", "Text.\n", true},
		{"too-late", "a\n\nb\n\nc\n\nDikes hold on the river\n", "", "a\n\nb\n\nc\n\nDikes hold on the river\n", false},
		{"in-sentence", "Dikes hold on the river, the board said.\n", "", "Dikes hold on the river, the board said.\n", false},
		{"only-title", "Dikes hold on the river\n", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rem := dropTitle(tt.in, h1, tt.meta)
			if got != tt.want || (rem != nil) != tt.removed {
				t.Errorf("dropTitle = %q, removed %v; want %q, %v", got, rem != nil, tt.want, tt.removed)
			}
			if rem != nil && rem.rem.Rule != RuleLeadingTitle {
				t.Errorf("rule = %q", rem.rem.Rule)
			}
		})
	}
}

func TestLeadingTitleSwitch(t *testing.T) {
	tests := []struct {
		opts    Options
		noTitle bool
	}{
		{Options{}, false},
		{Options{DisableRules: []string{RuleLeadingTitle}}, true},
		{Options{DisableRules: []string{"dom/title/*"}}, true},
		{Options{DisableRules: []string{"dom/*"}}, true},
		{Options{DisableRules: []string{"dom/share/*"}}, false},
		{Options{KeepCategories: []boilerplate.Category{boilerplate.Metadata}}, true},
	}
	for _, tt := range tests {
		if c := newTestCleaner(t, tt.opts); c.noTitle != tt.noTitle {
			t.Errorf("Options %+v: noTitle = %v, want %v", tt.opts, c.noTitle, tt.noTitle)
		}
	}
}
