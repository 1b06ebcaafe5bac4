package boilerplate_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

const story = `Ferry timetable changes from Monday

The ferry between the two islands will run every forty minutes instead of every hour from Monday, the operator said, after a year of complaints about crowded boats.

The extra crossings are possible because a second boat, idle since the spring, has been repaired and returns to service.

Share this:

Leave a Reply
`

func Example() {
	res := boilerplate.Clean(story)
	fmt.Print(res.Text)
	for _, r := range res.Removed {
		fmt.Printf("line %d: %s (%s)\n", r.Line, r.Category, r.Rule)
	}
	// Output:
	// Ferry timetable changes from Monday
	//
	// The ferry between the two islands will run every forty minutes instead of every hour from Monday, the operator said, after a year of complaints about crowded boats.
	//
	// The extra crossings are possible because a second boat, idle since the spring, has been repaired and returns to service.
	// line 7: share (en/share/share-this)
	// line 9: comments (en/comments/leave-a-reply)
}

// A Cleaner is built once, with options, and shared by all goroutines.
// Keeping a category keeps its lines wherever they are; disabling a rule
// only stops that rule, and a line after the article still goes with the
// tail zone.
func ExampleNew() {
	c, err := boilerplate.New(boilerplate.Options{
		KeepCategories: []boilerplate.Category{boilerplate.Comments},
		DisableRules:   []string{"en/share/*"},
	})
	if err != nil {
		log.Fatal(err)
	}
	res := c.Clean(story)
	fmt.Println(strings.Contains(res.Text, "Leave a Reply"), strings.Contains(res.Text, "Share this:"))
	for _, r := range res.Removed {
		fmt.Printf("line %d: %s (%s)\n", r.Line, r.Category, r.Rule)
	}
	// Output:
	// true false
	// line 7: navigation (heuristic/tail-zone)
}

// Rule files are plain text: name, category, how to match, pattern, and
// example lines that the tests check.
func ExampleParseRuleSet() {
	set, err := boilerplate.ParseRuleSet("mysite", strings.NewReader(`
# Our CMS prints this under every story.
promo/app   advert  prefix  get the example app
+ Get the Example app for iPhone and Android
`))
	if err != nil {
		log.Fatal(err)
	}
	if err := set.CheckExamples(); err != nil {
		log.Fatal(err)
	}
	c, err := boilerplate.New(boilerplate.Options{RuleSets: []*boilerplate.RuleSet{set}})
	if err != nil {
		log.Fatal(err)
	}
	res := c.Clean(story + "\nGet the Example app for iPhone and Android\n")
	last := res.Removed[len(res.Removed)-1]
	fmt.Println(last.Rule, last.Category)
	// Output: mysite/promo/app advert
}
