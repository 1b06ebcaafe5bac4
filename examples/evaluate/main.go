// Command evaluate measures the boilerplate cleaner on corpus folders with
// ground truth, such as the ScrapingHub article-extraction-benchmark and
// WCXB pages laid out as <set>/<id>.scraped.txt, <id>.html, <id>.gold.txt and
// (WCXB) <id>.with.txt / <id>.without.txt, and trafilatura's evaluation
// suite, whose pages have snippet files but no gold text.
//
// For each set it prints, per system, the ScrapingHub benchmark metric
// (SH-shingle4 F1, precision and recall) and the WCXB must-include and
// must-exclude snippet rates where snippet files exist; for a set without
// gold files, the pooled snippet metric of trafilatura's evaluation suite
// (F1, precision, recall, accuracy and the four counts). Then pages/s and
// MB/s over the extraction time only, and the removals by category. The
// metrics are defined in metric.go and snippet.go; their figures agree with
// ../shared/tools/benchscore and ../shared/tools/snippetscore run on the
// -outdir output.
//
// Usage:
//
//	evaluate [flags] DIR...
//
// A DIR holding *.gold.txt files, or else *.with.txt / *.without.txt files,
// is a set; otherwise each of its subfolders holding them is one. In text
// mode (the default) the cleaner reads <id>.scraped.txt; with -html, both
// htmlclean and go-trafilatura alone read <id>.html and are reported side by
// side.
//
//	go run ./examples/evaluate ../shared/corpus/dev
//	go run ./examples/evaluate -worst 3 -perpage /tmp/pages.tsv -outdir /tmp/out ../shared/corpus/dev/wcxb
//	go run ./examples/evaluate -html ../shared/corpus/dev
//
// In HTML mode each set's block ends with the no-harm report: the pages
// where htmlclean does worse than go-trafilatura alone on the same page.
// With -markup, both read each page with its markup disguised (class and
// id words made opaque, sectioning elements made divs, or both), as a
// site whose markup neither knows would present it:
//
//	go run ./examples/evaluate -html -markup bare ../shared/corpus/dev
//
// With -noop it cleans each gold set's <id>.gold.txt (article text only) in
// text mode instead and reports the share of its words the cleaner kept.
//
//	go run ./examples/evaluate -noop ../shared/corpus/dev
//
// With -profile loo each page is also cleaned with a site profile learned
// from the other pages of its site in the set (leave one page out; the
// site is the manifest's "site" column, else the host of its "url"), and
// both are reported, with the scores on the pages that had a profile and
// the no-harm report of the profiled cleaner against the plain one. With
// -noop, the gold articles are cleaned with the profile learned from the
// other pages' scraped text too.
//
//	go run ./examples/evaluate -profile loo ../shared/corpus/dev/cleanportal
//	go run ./examples/evaluate -profile loo -html ../shared/corpus/dev/cleanportal
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

type config struct {
	html    bool
	noop    bool
	perPage string
	outDir  string
	runs    int
	prec    int
	worst   int
	profile string // "" or profileLOO
	markup  string // "" or one of markupModes
	opts    boilerplate.Options
}

func main() {
	var cfg config
	var lang, disable, rules, keep string
	flag.BoolVar(&cfg.html, "html", false, "HTML mode: run htmlclean and go-trafilatura alone on <id>.html")
	flag.BoolVar(&cfg.noop, "noop", false, "clean each <id>.gold.txt in text mode and report the share of its words kept")
	flag.StringVar(&cfg.perPage, "perpage", "", "write per-page scores (TSV) to `FILE`")
	flag.StringVar(&cfg.outDir, "outdir", "", "write each page's output to `DIR`/<set>/<id>.txt (with several systems, HTML mode or -profile: DIR/<system>/<set>/<id>.txt)")
	flag.IntVar(&cfg.runs, "runs", 1, "run each system `N` times per page and time the fastest run")
	flag.IntVar(&cfg.prec, "prec", 3, "decimals of the scores printed")
	flag.IntVar(&cfg.worst, "worst", 0, "list each system's `N` worst pages: lowest F1, or in a snippet set most snippets wrong (with -noop: articles keeping fewest words, default 10)")
	flag.StringVar(&cfg.markup, "markup", "", "with -html, disguise each page's markup before both systems read it, to measure them on markup they do not know: "+
		"\"opaque\" (class and id words become opaque tokens), \"plain\" (article, main, section, aside, nav, header and footer become div) or \"bare\" (both)")
	flag.StringVar(&cfg.profile, "profile", "", "with \"loo\", also clean each page with a site profile learned from the other pages of its site in the set (the manifest's site column, else its url's host) and report both")
	flag.StringVar(&lang, "lang", "", "cleaner language (ISO 639-1); empty means detected per page")
	flag.StringVar(&disable, "disable", "", "comma-separated rule or heuristic names to disable (\"en/share/*\"; in HTML mode \"dom/...\" names go to htmlclean's DOM rules)")
	flag.StringVar(&keep, "keep", "", "comma-separated categories never removed (\"byline,metadata\")")
	flag.StringVar(&rules, "rules", "", "comma-separated rule `files` to add to the built-in rules")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: evaluate [flags] DIR...\n\n"+
			"DIR is a set folder (<id>.gold.txt or <id>.with.txt/<id>.without.txt, and inputs)\n"+
			"or a folder of set folders.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 || cfg.runs < 1 || cfg.prec < 0 || cfg.worst < 0 {
		flag.Usage()
		os.Exit(2)
	}
	if cfg.profile != "" && cfg.profile != profileLOO {
		fmt.Fprintf(os.Stderr, "evaluate: -profile: want %q (leave one page out), not %q\n", profileLOO, cfg.profile)
		os.Exit(2)
	}
	if cfg.markup != "" && (!cfg.html || cfg.profile != "") {
		fmt.Fprintln(os.Stderr, "evaluate: -markup disguises the HTML of -html mode; it takes no -profile")
		os.Exit(2)
	}
	if _, _, err := markupMode(cfg.markup); cfg.markup != "" && err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(2)
	}
	if cfg.noop && (cfg.html || cfg.perPage != "" || cfg.outDir != "") {
		fmt.Fprintln(os.Stderr, "evaluate: -noop cleans the gold text in text mode; it takes no -html, -perpage or -outdir")
		os.Exit(2)
	}
	cfg.opts.Language = lang
	cfg.opts.DisableRules = splitList(disable)
	for _, c := range splitList(keep) {
		cfg.opts.KeepCategories = append(cfg.opts.KeepCategories, boilerplate.Category(c))
	}
	// Leave one page out: a page's profile never holds the page.
	cfg.opts.ProfileExcludesPage = cfg.profile == profileLOO
	if err := loadRuleSets(&cfg.opts, splitList(rules)); err != nil {
		fail(err)
	}
	if cfg.noop {
		c, err := boilerplate.New(cfg.opts)
		if err != nil {
			fail(fmt.Errorf("building cleaner: %w", err))
		}
		if err := runNoop(c, cfg.profile == profileLOO, flag.Args(), cfg.worst, cfg.prec, os.Stdout); err != nil {
			fail(err)
		}
		return
	}
	if err := run(cfg, flag.Args(), os.Stdout); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "evaluate:", err)
	os.Exit(1)
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func loadRuleSets(opts *boilerplate.Options, files []string) error {
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("opening rule file: %w", err)
		}
		rs, err := boilerplate.ParseRuleSet(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), f)
		f.Close()
		if err != nil {
			return fmt.Errorf("rule file %s: %w", name, err)
		}
		opts.RuleSets = append(opts.RuleSets, rs)
	}
	return nil
}

// run evaluates every set under dirs and writes the report to w.
func run(cfg config, dirs []string, w io.Writer) (err error) {
	sets, err := findSets(dirs)
	if err != nil {
		return err
	}
	systems, inputSuffix, err := buildSystems(cfg)
	if err != nil {
		return err
	}
	var pp *perPageWriter
	if cfg.perPage != "" {
		f, err := os.Create(cfg.perPage)
		if err != nil {
			return fmt.Errorf("creating per-page file: %w", err)
		}
		defer func() {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("closing per-page file: %w", cerr)
			}
		}()
		if pp, err = newPerPageWriter(f); err != nil {
			return err
		}
	}
	for i, s := range sets {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := evaluateSet(cfg, s, systems, inputSuffix, pp, w); err != nil {
			return fmt.Errorf("set %s: %w", s.name, err)
		}
	}
	if pp != nil {
		return pp.flush()
	}
	return nil
}

// buildSystems returns the systems of the chosen mode and the input file
// suffix they read.
func buildSystems(cfg config) ([]system, string, error) {
	if cfg.html {
		systems, err := htmlSystems(cfg.opts)
		if err == nil && cfg.profile != "" {
			systems = append([]system{profiledHTML{systems[0].(htmlcleanSystem).c}}, systems...)
		}
		return systems, htmlSuffix, err
	}
	c, err := boilerplate.New(cfg.opts)
	if err != nil {
		return nil, "", fmt.Errorf("building cleaner: %w", err)
	}
	if cfg.profile != "" {
		return []system{profiledCleaner{c}, cleanerSystem{c}}, scrapedSuffix, nil
	}
	return []system{cleanerSystem{c}}, scrapedSuffix, nil
}

// evaluateSet runs every system on every page of s, one page at a time, and
// prints the set's block. Only the systems' Run calls are timed. With two
// or more systems (HTML mode: htmlclean, then go-trafilatura alone; with
// -profile, the system with profiles first), the block ends with the
// no-harm report of the first system against each other one: the pages
// where the first does worse.
func evaluateSet(cfg config, s corpusSet, systems []system, inputSuffix string, pp *perPageWriter, w io.Writer) error {
	tallies := make([]*tally, len(systems))
	for i, sys := range systems {
		tallies[i] = newTally(sys.Name())
	}
	var harms []*harmReport
	for _, sys := range systems[min(1, len(systems)):] {
		harms = append(harms, newHarmReport(systems[0].Name(), sys.Name(), s))
	}
	var profiles map[string]*boilerplate.Profile
	var sited []*tally // the systems' results on the pages with a profile
	if cfg.profile == profileLOO {
		sites, err := sitesOf(s)
		if err != nil {
			return err
		}
		if profiles, err = looProfiles(s, sites, inputSuffix, profileLearner(systems)); err != nil {
			return err
		}
		for _, sys := range systems {
			sited = append(sited, newTally(sys.Name()))
		}
	}
	results := make([]pageResult, len(systems))
	skipped := 0
	for _, id := range s.ids {
		p, err := loadPage(s, id, inputSuffix)
		if err != nil {
			return fmt.Errorf("page %s: %w", id, err)
		}
		if !p.inputExists {
			skipped++
			continue
		}
		if cfg.markup != "" {
			if p.input, err = disguise(p.input, cfg.markup); err != nil {
				return fmt.Errorf("page %s: %w", id, err)
			}
		}
		prof := profiles[id]
		for i, sys := range systems {
			out, elapsed, runErr := timedRun(sys, prof, p.input, cfg.runs)
			r := scorePage(s, sys.Name(), p, out, runErr, elapsed)
			results[i] = r
			tallies[i].add(r)
			if prof.Pages() > 0 {
				sited[i].add(r)
			}
			if pp != nil {
				if err := pp.write(r); err != nil {
					return err
				}
			}
			if cfg.outDir != "" {
				if err := writeOutput(cfg.outDir, len(systems) > 1, sys.Name(), s.name, id, out.Text); err != nil {
					return err
				}
			}
		}
		for k, h := range harms {
			h.add(p, results[0], results[k+1])
		}
	}
	if skipped > 0 && skipped == len(s.ids) {
		return errors.New("no page has an input file *" + inputSuffix)
	}
	if err := printSet(w, s, inputSuffix, skipped, cfg.prec, cfg.worst, tallies); err != nil {
		return err
	}
	if profiles != nil {
		if err := printSited(w, statsOf(profiles), cfg.prec, sited); err != nil {
			return err
		}
	}
	for _, h := range harms {
		if err := h.print(w, cfg.prec); err != nil {
			return err
		}
	}
	return nil
}

// timedRun runs sys on input n times, with the site profile prof if sys
// uses one, and returns the last output and the fastest run's time. An
// error scores as an empty output.
func timedRun(sys system, prof *boilerplate.Profile, input string, n int) (output, time.Duration, error) {
	var out output
	var err error
	best := time.Duration(-1)
	for range n {
		start := time.Now()
		if ss, ok := sys.(siteSystem); ok {
			out, err = ss.RunWith(prof, input)
		} else {
			out, err = sys.Run(input)
		}
		if d := time.Since(start); best < 0 || d < best {
			best = d
		}
	}
	if err != nil {
		out = output{Confidence: -1}
	}
	return out, best, err
}

// writeOutput writes a page's output where benchscore can read it.
func writeOutput(dir string, perSystem bool, sys, set, id, text string) error {
	if perSystem {
		dir = filepath.Join(dir, sys)
	}
	dir = filepath.Join(dir, set)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating output folder: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}
