// Command beam cleans a crawl with boilerstrip on Apache Beam: it reads JSON
// Lines records ({"id":…, "url":…, "text":…} or "html":…, other fields passed
// through untouched), plain-text files and HTML pages (one document per
// file), cleans every record and writes one JSON line per record. Removals are reported as
// Beam counters in the "boilerstrip" namespace, one per category
// (removed_caption, removed_credit, ...).
//
// Usage:
//
//	go run . --input='crawl/*.jsonl.gz' --output=clean.jsonl [--runner=prism]
//
// The runner is Beam's --runner flag: prism (the default, in-process), direct,
// dataflow, flink, spark or universal, with their own flags (--project,
// --region, --temp_location, --endpoint, ...). See README.md.
//
// The exit status is 1 when any record or file gave an error record, 2 when
// the pipeline could not be built or run.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// listFlag is a flag that may be given several times, each value possibly a
// comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // some records or files gave error records
	exitUsage = 2 // the pipeline could not be built or run
)

func main() { os.Exit(cli()) }

// cli is the command; it returns the exit status, so that deferred calls run.
func cli() int {
	var (
		cfg    config
		rules  listFlag
		inputs listFlag
		keep   listFlag
		dis    listFlag
	)
	flag.Var(&inputs, "input", "input file glob, local or on a Beam filesystem (gs://…); repeatable")
	flag.StringVar(&cfg.Output, "output", "", "output JSONL file")
	flag.StringVar(&cfg.Format, "format", formatAuto, "input format: auto (.jsonl/.ndjson/.json[.gz] are JSON Lines, .html/.htm[.gz] HTML pages, the rest plain text), jsonl, text or html")
	flag.IntVar(&cfg.MaxBytes, "max_bytes", defaultMaxBytes, "largest record or document in bytes; larger ones give an error record")
	flag.BoolVar(&cfg.Clean.Explain, "explain", false, "add the removals to each output record as \"removed\"")
	flag.StringVar(&cfg.Clean.Language, "language", "", "ISO 639-1 language of every document (default: detected per document)")
	flag.Var(&keep, "keep", "categories never removed, comma-separated (caption,credit,…)")
	flag.Var(&dis, "disable", "rules or rule prefixes (en/share/*) to disable, comma-separated")
	flag.BoolVar(&cfg.SiteProfiles, "site_profiles", false, "clean each record with a profile of its url's host, learned from the input's records of that host in a first pass")
	flag.IntVar(&cfg.Clean.Workers, "workers", 0, "documents cleaned at once in each bundle (0: all cores of the worker)")
	flag.Var(&rules, "rules", "extra rule file, read here and shipped to the workers; repeatable")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the local run to `FILE`")
	quiet := flag.Bool("quiet", false, "do not print the counters and throughput on stderr")
	flag.Parse()
	// Init must come right after flag.Parse: on a worker it runs the harness
	// and does not return.
	beam.Init()

	cfg.Inputs, cfg.Clean.Keep, cfg.Clean.Disable = inputs, keep, dis
	for _, name := range rules {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "beam: %v\n", err)
			return exitUsage
		}
		cfg.Clean.Rules = append(cfg.Clean.Rules, string(data))
		cfg.Clean.RuleName = append(cfg.Clean.RuleName, name)
	}
	if *cpuprofile != "" {
		stop, err := startProfile(*cpuprofile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "beam: %v\n", err)
			return exitUsage
		}
		defer stop()
	}

	cs, elapsed, err := run(context.Background(), cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		return exitUsage
	}
	if !*quiet {
		writeSummary(os.Stderr, cs, elapsed)
	}
	if bad := cs[counterBadRecords]; bad > 0 {
		fmt.Fprintf(os.Stderr, "beam: %d error records in %s\n", bad, cfg.Output)
		return exitFail
	}
	return exitOK
}

// startProfile starts a CPU profile written to name; the returned function
// stops it.
func startProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// run builds the pipeline for cfg, runs it on the runner named by --runner
// and returns its counters and how long the run took.
func run(ctx context.Context, cfg config) (map[string]int64, time.Duration, error) {
	p, s := beam.NewPipelineWithRoot()
	if err := build(s, cfg); err != nil {
		return nil, 0, fmt.Errorf("building the pipeline: %w", err)
	}
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	elapsed := time.Since(start)
	if err != nil {
		return nil, elapsed, fmt.Errorf("running the pipeline: %w", err)
	}
	return counters(res), elapsed, nil
}
