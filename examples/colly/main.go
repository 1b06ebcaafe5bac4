// Command colly crawls a site with colly and cleans every page it visits
// with boilerstrip, writing one JSON line per page: the page's "url" and the
// record that the example cleaner's -jsonl mode writes for an HTML record
// ("text", "language", "confidence", "note", "path", "metadata", and with
// -explain "removed", "domRemoved" and "rendered"). A page that fails gives
// {"url":…, "error":…}.
//
// Usage:
//
//	go run . [-depth 2] [-parallel 2] [-max-pages 100] [-o pages.jsonl] URL...
//
// It stays on the start URLs' hosts unless -domain names others. One
// htmlclean.Cleaner, built once, cleans every page on every goroutine; each
// page is cleaned from colly's parsed document (e.DOM) without changing it,
// so other OnHTML callbacks (the link follower here) see the page whole.
//
// The exit status is 1 when any page failed, 2 for bad usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command with its streams passed in; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	var cfg config
	fs := flag.NewFlagSet("colly", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: colly [flags] URL...\n\nCrawls from each URL and writes one cleaned JSON record per page.\n\nFlags:")
		fs.PrintDefaults()
	}
	fs.IntVar(&cfg.Depth, "depth", 2, "follow links up to `N` hops from a start URL (1: the start pages only)")
	fs.IntVar(&cfg.Parallel, "parallel", 2, "`N` requests at once per host")
	fs.IntVar(&cfg.MaxPages, "max-pages", 100, "visit at most `N` pages (0: no bound)")
	fs.DurationVar(&cfg.Delay, "delay", 0, "wait `D` between requests to one host")
	fs.BoolVar(&cfg.Explain, "explain", false, "add the removals to each record")
	out := fs.String("o", "", "write the records to `FILE` (default: standard output)")
	fs.Func("domain", "also follow links to `HOST` (may be repeated)", func(s string) error {
		cfg.Domains = append(cfg.Domains, s)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	cfg.Start = fs.Args()
	if len(cfg.Start) == 0 {
		fmt.Fprintln(stderr, "colly: no start URL")
		fs.Usage()
		return 2
	}
	for _, s := range cfg.Start {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			fmt.Fprintf(stderr, "colly: %q is not an http or https URL\n", s)
			return 2
		}
		cfg.Domains = append(cfg.Domains, u.Hostname())
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "colly: %v\n", err)
			return 2
		}
		defer f.Close()
		w = f
	}
	start := time.Now()
	st, err := crawl(cfg, w)
	if err != nil {
		fmt.Fprintf(stderr, "colly: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "colly: %d pages cleaned, %d failed in %.1fs (%s)\n",
		st.Pages, st.Failed, time.Since(start).Seconds(), strings.Join(cfg.Start, " "))
	if st.Failed > 0 {
		return 1
	}
	return 0
}
