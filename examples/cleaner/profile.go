package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	nurl "net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// Site profiles. -learn FILE learns a profile from the inputs (pages of
// one site, text or HTML, files or -jsonl records) and writes it to FILE;
// -profile FILE cleans with one; -jsonl -profiles DIR cleans each record
// with DIR/<host>.profile, the host of the record's "url".

// loadProfile reads a profile file; a bad one is an error naming it.
func loadProfile(path string) (*boilerplate.Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-profile: %w", err)
	}
	defer f.Close()
	p, err := boilerplate.ReadProfile(f)
	if err != nil {
		return nil, fmt.Errorf("-profile %s: %w", quoteName(path), err)
	}
	return p, nil
}

// A learned is one input learned on a worker: its own profile, to be
// merged in input order (merging is order-free; the order only keeps the
// messages in order).
type learned struct {
	name string
	p    *boilerplate.Profile
	size int64
	err  error
}

// runLearn learns one profile from every input and writes it to the
// -learn file. An input that fails is named on stderr and left out; the
// profile of the others is still written, and the exit status is 1.
func (a *app) runLearn() int {
	if in := statInputs(a.inputs).isInput(a.cfg.learn); in != "" {
		printErr(a.stderr, fmt.Errorf("-learn %s is the input %s", quoteName(a.cfg.learn), quoteName(in)))
		return exitUsage
	}
	prog := a.newProgress(true, totalSize(a.inputs, a.stdin), "pages")
	site := boilerplate.NewProfile()
	failed := false
	emit := func(l learned) error {
		prog.add(l.size)
		if l.err != nil {
			failed = true
			prog.clearForMessage()
			a.message(l.name, l.err)
			return nil
		}
		site.Merge(l.p)
		return nil
	}
	var err error
	if a.cfg.jsonl {
		err = inOrder(context.Background(), a.workers, a.lines(), a.learnRecord, emit)
	} else {
		err = inOrder(context.Background(), a.workers, a.learnInputs(), a.learnFile, emit)
	}
	prog.finish()
	if err == nil {
		err = writeProfile(a.cfg.learn, site)
	}
	if err != nil {
		printErr(a.stderr, err)
		return exitFail
	}
	if !a.cfg.quiet {
		fmt.Fprintf(a.stderr, "cleaner: learned %s from %d pages\n", quoteName(a.cfg.learn), site.Pages())
	}
	if failed {
		return exitFail
	}
	return exitOK
}

// learnInputs yields the input files.
func (a *app) learnInputs() iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, in := range a.inputs {
			if !yield(in) {
				return
			}
		}
	}
}

// learnFile learns one input file, text or HTML. It runs on a worker.
func (a *app) learnFile(in input) learned {
	l := learned{name: displayName(in.path)}
	if in.err != nil {
		l.err = in.err
		return l
	}
	data, err := a.readInput(in.path)
	l.size = int64(len(data))
	if err != nil {
		l.err = err
		return l
	}
	l.p, l.err = a.learnPage(data, a.isHTML(in.path, data))
	return l
}

// learnRecord learns one JSON Lines record. It runs on a worker.
func (a *app) learnRecord(jl jsonLine) learned {
	l := learned{name: fmt.Sprintf("line %d", jl.Num), size: jl.Size}
	if jl.file != "" {
		l.name = fmt.Sprintf("%s:%d", quoteName(jl.file), jl.Num)
	}
	if jl.Err != nil {
		l.err = jl.Err
		return l
	}
	rec, err := record.Parse(jl.Data)
	if err != nil {
		l.err = err
		return l
	}
	l.p, l.err = a.learnPage(rec.Input, rec.HTML)
	return l
}

// learnPage learns one page into a profile of its own.
func (a *app) learnPage(data string, html bool) (*boilerplate.Profile, error) {
	p := boilerplate.NewProfile()
	if !html {
		p.LearnText(data)
		return p, nil
	}
	h, err := a.html.get()
	if err != nil {
		return nil, err
	}
	if err := h.c.Learn(p, strings.NewReader(data)); err != nil {
		return nil, err
	}
	return p, nil
}

// writeProfile writes p to path through a temporary file in the same
// folder, so that a failed run never leaves half a profile.
func writeProfile(path string, p *boilerplate.Profile) error {
	data, err := p.MarshalBinary()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".profile-*")
	if err != nil {
		return fmt.Errorf("-learn: %w", err)
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644) // as os.WriteFile would create it
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("-learn: %w", err)
	}
	return nil
}

// siteProfiles finds the profile of a record's host in a folder,
// DIR/<host>.profile, and keeps the Cleaners made with the profiles last
// used (at most maxSites), so that a crawl of many sites holds a bounded
// number of profiles. It is safe for concurrent use.
type siteProfiles struct {
	dir   string
	mu    sync.Mutex
	sites map[string]*siteCleaners
	order []string // hosts in the order they were loaded, for eviction
}

// maxSites is how many sites' profiles and Cleaners siteProfiles keeps.
// Records of a crawl come grouped by site more often than not; a profile
// evicted is read again when its site comes back.
const maxSites = 256

// siteCleaners are the Cleaners of one site: text, and HTML once needed.
type siteCleaners struct {
	profile *boilerplate.Profile // nil: the site has no profile
	text    *boilerplate.Cleaner
	once    sync.Once
	html    *htmlCleaner
	err     error
}

// host returns the name of a URL's profile file without ".profile": its
// host, lower-cased, without port or "www."; "" when the URL has no host
// that is safe as a file name.
func profileHost(raw string) string {
	u, err := nurl.Parse(raw)
	if err != nil {
		return ""
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if h == "" || strings.HasPrefix(h, ".") || strings.Contains(h, "..") {
		return ""
	}
	for _, r := range h {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return ""
		}
	}
	return h
}

// get returns the Cleaners for a record of url: with its host's profile,
// or without one when the record has no url or its host no profile file.
// A profile file that cannot be read is an error for the record.
func (s *siteProfiles) get(a *app, url string) (*siteCleaners, error) {
	host := profileHost(url)
	s.mu.Lock()
	defer s.mu.Unlock()
	if sc, ok := s.sites[host]; ok {
		return sc, nil
	}
	sc := &siteCleaners{text: a.text}
	if host != "" {
		path := filepath.Join(s.dir, host+".profile")
		p, err := loadProfile(path)
		switch {
		case errors.Is(err, os.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			sc.profile = p
			sc.text = a.text.WithProfile(p)
		}
	}
	if len(s.order) >= maxSites {
		delete(s.sites, s.order[0])
		s.order = s.order[1:]
	}
	s.sites[host] = sc
	s.order = append(s.order, host)
	return sc, nil
}

// htmlFor returns the site's HTML cleaner, built on first use.
func (sc *siteCleaners) htmlFor(a *app) (*htmlCleaner, error) {
	sc.once.Do(func() {
		h, err := a.html.get()
		if err != nil {
			sc.err = err
			return
		}
		sc.html = &htmlCleaner{c: h.c.WithProfile(sc.profile)}
	})
	return sc.html, sc.err
}

// cleanSite cleans a record with its site's profile (see siteProfiles).
func (a *app) cleanSite(d doc) (outcome, error) {
	sc, err := a.hosts.get(a, d.url)
	if err != nil {
		return outcome{}, err
	}
	if d.html {
		h, err := sc.htmlFor(a)
		if err != nil {
			return outcome{}, err
		}
		return h.clean(d)
	}
	r := sc.text.Clean(d.data)
	return outcome{res: record.FromText(r), source: d.data}, nil
}
