package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

// config is one crawl.
type config struct {
	Start    []string      // start URLs
	Domains  []string      // hosts whose links are followed
	Depth    int           // colly.MaxDepth: 1 visits the start pages only
	Parallel int           // requests at once per host
	MaxPages int           // pages visited at most; 0 means no bound
	Delay    time.Duration // between requests to one host
	Explain  bool          // records carry the removals
}

// stats counts a crawl's pages.
type stats struct {
	Pages, Failed int64
}

// crawl runs the crawl that cfg describes and writes the records to w.
func crawl(cfg config, w io.Writer) (stats, error) {
	cleaner, err := htmlclean.New(htmlclean.Options{}) // once, for every page and goroutine
	if err != nil {
		return stats{}, err
	}
	c := colly.NewCollector(
		colly.AllowedDomains(cfg.Domains...),
		colly.MaxDepth(cfg.Depth),
		colly.Async(true),
		colly.UserAgent("boilerstrip-colly-example"),
		// A page's HTML is held and cleaned whole; the record bound of
		// the other pipelines bounds it here too.
		colly.MaxBodySize(record.DefaultMaxBytes),
	)
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: max(cfg.Parallel, 1), Delay: cfg.Delay}); err != nil {
		return stats{}, err
	}
	p := newPipeline(cleaner, w, cfg.Explain)
	p.attach(c)
	var requested atomic.Int64
	c.OnRequest(func(r *colly.Request) {
		if cfg.MaxPages > 0 && requested.Add(1) > int64(cfg.MaxPages) {
			r.Abort()
		}
	})
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		_ = e.Request.Visit(e.Attr("href")) // off-site, seen or too deep: colly declines
	})
	for _, u := range cfg.Start {
		if err := c.Visit(u); err != nil {
			p.fail(u, err)
		}
	}
	c.Wait()
	return p.stats(), p.err()
}

// A pipeline cleans the pages a collector visits and writes their records.
// Its callbacks run on colly's goroutines; writes are serialised.
type pipeline struct {
	cleaner *htmlclean.Cleaner
	explain bool

	mu       sync.Mutex
	w        io.Writer
	writeErr error
	st       stats
}

func newPipeline(cleaner *htmlclean.Cleaner, w io.Writer, explain bool) *pipeline {
	return &pipeline{cleaner: cleaner, w: w, explain: explain}
}

// attach registers the pipeline's callbacks on c: one OnHTML("html") that
// cleans the page, and one OnError that writes an error record. Register
// it before callbacks of your own; they see the page unchanged.
func (p *pipeline) attach(c *colly.Collector) {
	c.OnHTML("html", func(e *colly.HTMLElement) {
		u := e.Request.URL.String()
		res, err := p.cleaner.CleanSelection(e.DOM, u)
		if err != nil {
			p.fail(u, err)
			return
		}
		line, err := record.Fetched(u).Encode(record.FromHTML(res), p.explain)
		if err != nil {
			p.fail(u, err)
			return
		}
		p.write(line, false)
	})
	c.OnError(func(r *colly.Response, err error) {
		p.fail(r.Request.URL.String(), err)
	})
}

// fail writes the error record of the page at u.
func (p *pipeline) fail(u string, err error) {
	line, _ := json.Marshal(struct {
		URL   string `json:"url"`
		Error string `json:"error"`
	}{u, err.Error()})
	p.write(append(line, '\n'), true)
}

func (p *pipeline) write(line []byte, failed bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if failed {
		p.st.Failed++
	} else {
		p.st.Pages++
	}
	if p.writeErr == nil {
		if _, err := p.w.Write(line); err != nil {
			p.writeErr = fmt.Errorf("writing records: %w", err)
		}
	}
}

func (p *pipeline) stats() stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.st
}

func (p *pipeline) err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.writeErr
}
