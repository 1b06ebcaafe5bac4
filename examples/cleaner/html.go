package main

import (
	"errors"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// htmlCleaner extracts article text from HTML pages and cleans it.
type htmlCleaner struct {
	text *boilerplate.Cleaner
}

// A domRemoval is an element dropped from an HTML page before its text was
// extracted.
type domRemoval struct {
	Category boilerplate.Category `json:"category"`
	Rule     string               `json:"rule"`
	Path     string               `json:"path"`
	Text     string               `json:"text"`
}

func newHTMLCleaner(text *boilerplate.Cleaner) (*htmlCleaner, error) {
	return &htmlCleaner{text: text}, nil
}

func (h *htmlCleaner) clean(doc) (outcome, error) {
	return outcome{}, errors.New("HTML input is not supported yet; use -format text to clean it as text")
}
