package main

import (
	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A system is one extractor under evaluation: it turns a page's input (the
// scraped text, or the HTML) into article text. The evaluator calls it from
// one goroutine and times each call.
type system interface {
	// Name labels the system's rows, per-page lines and output folder.
	Name() string
	// Run extracts the article text of one page. An error scores the page as
	// an empty output and is counted in the system's row.
	Run(input string) (output, error)
}

// An output is what a system returns for one page.
type output struct {
	Text string
	// Removed has one category per removal the system reported; nil for a
	// system that reports none.
	Removed []boilerplate.Category
	// DOMRemoved has one category per element an HTML system's DOM rules
	// removed before extraction; nil for a system without DOM rules.
	DOMRemoved []boilerplate.Category
	// Confidence is the system's confidence in Text, or -1 if it gives none.
	Confidence float64
	// Path is the way the system found the text, for a system that has
	// several (htmlclean's Result.Path); empty otherwise.
	Path string
	// Note is the system's remark on the page, if any (e.g. why its
	// confidence is low, or which extraction path it took).
	Note string
}

// cleanerSystem is the boilerplate text cleaner on the scraped text.
type cleanerSystem struct {
	c *boilerplate.Cleaner
}

func (s cleanerSystem) Name() string { return "cleaner" }

func (s cleanerSystem) Run(input string) (output, error) {
	r := s.c.Clean(input)
	return output{
		Text:       r.Text,
		Removed:    categoriesOf(r.Removed),
		Confidence: r.Confidence,
		Note:       r.Note,
	}, nil
}

// categoriesOf lists the category of each removal.
func categoriesOf(rs []boilerplate.Removal) []boilerplate.Category {
	out := make([]boilerplate.Category, len(rs))
	for i, r := range rs {
		out[i] = r.Category
	}
	return out
}
