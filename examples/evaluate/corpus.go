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
// before the suffix; the pages of a set are those with a gold file.
const (
	goldSuffix    = ".gold.txt"
	withSuffix    = ".with.txt"    // WCXB snippets that must be in the output
	withoutSuffix = ".without.txt" // WCXB snippets that must not be
	scrapedSuffix = ".scraped.txt" // text mode input
	htmlSuffix    = ".html"        // HTML mode input
)

// A corpusSet is one folder of pages: <id>.gold.txt and an input file each.
type corpusSet struct {
	name string // the folder's base name, e.g. "wcxb"
	dir  string
	ids  []string // sorted
}

// findSets resolves the command-line folders: a folder holding gold files is
// a set; otherwise each of its subfolders that holds gold files is one.
func findSets(args []string) ([]corpusSet, error) {
	var sets []corpusSet
	for _, dir := range args {
		ids, err := goldIDs(dir)
		if err != nil {
			return nil, err
		}
		if len(ids) > 0 {
			sets = append(sets, corpusSet{name: filepath.Base(filepath.Clean(dir)), dir: dir, ids: ids})
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
			sub := filepath.Join(dir, e.Name())
			ids, err := goldIDs(sub)
			if err != nil {
				return nil, err
			}
			if len(ids) > 0 {
				sets = append(sets, corpusSet{name: e.Name(), dir: sub, ids: ids})
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: no *%s files in it or in its subfolders", dir, goldSuffix)
		}
	}
	return sets, nil
}

// goldIDs lists the ids of the gold files in dir, sorted.
func goldIDs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading corpus folder: %w", err)
	}
	var ids []string
	for _, e := range entries {
		if name := e.Name(); !e.IsDir() && strings.HasSuffix(name, goldSuffix) {
			ids = append(ids, strings.TrimSuffix(name, goldSuffix))
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// A page is one corpus page read into memory.
type page struct {
	id          string
	input       string // the scraped text or the HTML
	gold        string
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
	gold, err := os.ReadFile(base + goldSuffix)
	if err != nil {
		return p, fmt.Errorf("reading gold: %w", err)
	}
	p.gold = string(gold)
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
