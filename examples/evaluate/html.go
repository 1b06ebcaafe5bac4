package main

import (
	"fmt"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/markusmobius/go-trafilatura"
)

// htmlSystems returns the systems of HTML mode.
func htmlSystems(opts boilerplate.Options) ([]system, error) {
	return []system{trafilaturaSystem{}}, nil
}

// trafilaturaSystem is go-trafilatura alone, with its fallback extractors
// enabled, scored on its ContentText.
type trafilaturaSystem struct{}

func (trafilaturaSystem) Name() string { return "go-trafilatura" }

func (trafilaturaSystem) Run(input string) (output, error) {
	r, err := trafilatura.Extract(strings.NewReader(input), trafilatura.Options{EnableFallback: true})
	if err != nil {
		return output{}, fmt.Errorf("go-trafilatura: %w", err)
	}
	return output{Text: r.ContentText, Confidence: -1}, nil
}
