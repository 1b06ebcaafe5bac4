package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File name suffixes of a corpus set folder. A page is identified by the id
// before the suffix.
const (
	goldSuffix    = ".gold.txt"
	withSuffix    = ".with.txt"    // snippets that must be in the output
	withoutSuffix = ".without.txt" // snippets that must not be
	scrapedSuffix = ".scraped.txt" // text mode input
	htmlSuffix    = ".html"        // HTML mode input
)

// A corpusSet is one folder of pages. In a gold set the pages are those with
// a gold file, <id>.gold.txt, and are scored with the SH-shingle4 metric
// (plus WCXB's snippet rates where they have snippet files). A folder with
// no gold file but snippet files is a snippet set: its pages are the ids with
// <id>.with.txt or <id>.without.txt, scored with the pooled snippet metric of
// trafilatura's evaluation suite (snippet.go).
type corpusSet struct {
	name string // the folder's base name, e.g. "wcxb"
	dir  string
	ids  []string // sorted
	gold bool     // a gold set; false for a snippet set
}

// findSets resolves the command-line folders: a folder holding gold or
// snippet files is a set; otherwise each of its subfolders that holds them
// is one.
func findSets(args []string) ([]corpusSet, error) {
	var sets []corpusSet
	for _, dir := range args {
		s, ok, err := setIn(dir, filepath.Base(filepath.Clean(dir)))
		if err != nil {
			return nil, err
		}
		if ok {
			sets = append(sets, s)
			continue
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("reading corpus folder: %w", err)
		}
		found := false
		for _, e := range entries {
			if !e.IsDir() {
				continue
			}
			s, ok, err := setIn(filepath.Join(dir, e.Name()), e.Name())
			if err != nil {
				return nil, err
			}
			if ok {
				sets = append(sets, s)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no *%s, *%s or *%s files in it or in its subfolders", dir, goldSuffix, withSuffix, withoutSuffix)
		}
	}
	return sets, nil
}

// setIn returns the set in folder dir, named name, and whether dir is one.
func setIn(dir, name string) (corpusSet, bool, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return corpusSet{}, false, fmt.Errorf("reading corpus folder: %w", err)
	}
	var gold []string
	snippets := make(map[string]bool)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		n := e.Name()
		switch {
		case strings.HasSuffix(n, goldSuffix):
			gold = append(gold, strings.TrimSuffix(n, goldSuffix))
		case strings.HasSuffix(n, withSuffix):
			snippets[strings.TrimSuffix(n, withSuffix)] = true
		case strings.HasSuffix(n, withoutSuffix):
			snippets[strings.TrimSuffix(n, withoutSuffix)] = true
		}
	}
	s := corpusSet{name: name, dir: dir, ids: gold, gold: true}
	if len(gold) == 0 {
		s.gold = false
		for id := range snippets {
			s.ids = append(s.ids, id)
		}
	}
	sort.Strings(s.ids)
	return s, len(s.ids) > 0, nil
}

// A page is one corpus page read into memory.
type page struct {
	id          string
	input       string // the scraped text or the HTML
	gold        string // empty in a snippet set
	with        string // contents of <id>.with.txt, if hasWith
	without     string // contents of <id>.without.txt, if hasWithout
	hasWith     bool
	hasWithout  bool
	inputExists bool
}

// loadPage reads page id of set s with the input file <id><inputSuffix>. A
// missing input file is not an error: inputExists is false.
func loadPage(s corpusSet, id, inputSuffix string) (page, error) {
	p := page{id: id}
	base := filepath.Join(s.dir, id)
	if s.gold {
		gold, err := os.ReadFile(base + goldSuffix)
		if err != nil {
			return p, fmt.Errorf("reading gold: %w", err)
		}
		p.gold = string(gold)
	}
	var err error
	if p.input, p.inputExists, err = readOptional(base + inputSuffix); err != nil {
		return p, err
	}
	if p.with, p.hasWith, err = readOptional(base + withSuffix); err != nil {
		return p, err
	}
	if p.without, p.hasWithout, err = readOptional(base + withoutSuffix); err != nil {
		return p, err
	}
	return p, nil
}

// readOptional reads a file that may not exist.
func readOptional(path string) (string, bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("reading corpus file: %w", err)
	}
	return string(b), true, nil
}
