package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// config is the parsed command line.
type config struct {
	explain   bool
	json      bool
	jsonl     bool
	outdir    string
	report    string
	format    string // "auto", "text" or "html"
	lang      string
	disable   []string
	keep      []boilerplate.Category
	rules     []string // extra rule files
	domRules  []string // extra DOM rule files for HTML input
	noBuiltin bool
	maxSize   int64
	maxRecord int64
	workers   int
	quiet     bool
	version   bool
	learn     string   // -learn: write the profile of the inputs here instead of cleaning
	profile   string   // -profile: clean with this site profile
	profiles  string   // -profiles: with -jsonl, the folder of <host>.profile files
	others    bool     // -profile-others: the profiles were learned without the inputs
	inputs    []string // file arguments; "-" is standard input
	progress  bool     // forced on, for tests of the progress output
}

// errHelp is returned by parseFlags after printing the usage for -help.
var errHelp = flag.ErrHelp

const usageText = `Usage: cleaner [flags] [FILE...]

Removes scraper boilerplate (captions, credits, related links, menus, comment
widgets, cookie and newsletter prompts, …) from article text and reports every
removal with its category and rule. Reads standard input when no FILE is given
or FILE is "-". HTML input is sniffed (or forced with -format html) and its
article text extracted first.

Modes:
  cleaner FILE...              print the cleaned text
  cleaner -json FILE...        print each result as a JSON record
  cleaner -outdir DIR FILE...  write DIR/NAME.txt for each input (page.html → DIR/page.txt)
  cleaner -jsonl [FILE...]     clean JSON Lines records {"id":…,"text":…} or {"html":…}
  cleaner -learn site.profile FILE...    learn what the pages of one site repeat
  cleaner -profile site.profile FILE...  clean with it: the lines the site repeats go too
  cleaner -jsonl -profiles DIR [FILE...] clean each record with DIR/<host>.profile (its url's host)

A FILE may be a directory: every file under it is read (names starting
with "." are left out), and -outdir mirrors its tree. The cleaner reads
files; to fetch and clean web pages, see examples/colly.

Flags:
`

// parseFlags parses args. On a usage error it prints the message and the
// usage to stderr and returns the error.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	var disable, keep []string
	fs := flag.NewFlagSet("cleaner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usageText)
		fs.PrintDefaults()
	}
	fs.BoolVar(&cfg.explain, "explain", false, "print each removal (line, category, rule, text) to stderr; with -jsonl add \"removed\" to each record")
	fs.BoolVar(&cfg.json, "json", false, "print the result (text and removals) as JSON")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read JSON Lines records and write one cleaned record per line")
	fs.StringVar(&cfg.outdir, "outdir", "", "write each input's cleaned text to `DIR`/NAME.txt instead of standard output")
	fs.StringVar(&cfg.report, "report", "", "write an HTML report of what was removed to `FILE.html`")
	fs.StringVar(&cfg.format, "format", "auto", "input `FORMAT`: auto (sniff HTML), text or html")
	fs.StringVar(&cfg.lang, "lang", "", "language `CODE` of the rules for every input (default: detect per document)")
	fs.Func("disable", "comma-separated `RULES` to disable by name (\"en/share/*\" disables a group; may be repeated)", func(s string) error {
		disable = append(disable, splitList(s)...)
		return nil
	})
	fs.Func("keep", "comma-separated `CATEGORIES` never to remove, e.g. byline,metadata (may be repeated)", func(s string) error {
		keep = append(keep, splitList(s)...)
		return nil
	})
	fs.Func("rules", "load an extra rule `FILE` (may be repeated)", func(s string) error {
		cfg.rules = append(cfg.rules, s)
		return nil
	})
	fs.Func("dom-rules", "load an extra DOM rule `FILE` for HTML input (may be repeated)", func(s string) error {
		cfg.domRules = append(cfg.domRules, s)
		return nil
	})
	fs.BoolVar(&cfg.noBuiltin, "no-builtin", false, "use only the -rules files, not the built-in rules (heuristics still run unless disabled)")
	fs.Int64Var(&cfg.maxSize, "max-size", 0, "largest input file in `BYTES` (0: 256 MiB)")
	fs.Int64Var(&cfg.maxRecord, "max-record", 0, "largest -jsonl record in `BYTES`; a longer one gives an error record (0: 16 MiB)")
	fs.IntVar(&cfg.workers, "workers", 0, "`N` parallel workers for batch modes (0: all cores)")
	fs.StringVar(&cfg.learn, "learn", "", "learn a site profile from the inputs (pages of one site, files or -jsonl records) and write it to `FILE` instead of cleaning")
	fs.StringVar(&cfg.profile, "profile", "", "clean with the site profile `FILE` made by -learn")
	fs.StringVar(&cfg.profiles, "profiles", "", "with -jsonl, clean each record with `DIR`/<host>.profile, the host of its \"url\" without \"www.\" (none if absent)")
	fs.BoolVar(&cfg.others, "profile-others", false, "the -profile or -profiles were learned from other pages of the sites, not from the inputs (by default an input's own lines are taken off the counts, as it is taken to be one of the pages learned)")
	fs.BoolVar(&cfg.quiet, "quiet", false, "no progress bar")
	fs.BoolVar(&cfg.version, "version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg.inputs = fs.Args()
	cfg.disable = disable
	for _, k := range keep {
		cat := boilerplate.Category(k)
		if !cat.Valid() {
			return cfg, usageErr(fs, "-keep: unknown category %q (known: %s)", k, categoryList())
		}
		cfg.keep = append(cfg.keep, cat)
	}
	switch cfg.format {
	case "auto", "text", "html":
	default:
		return cfg, usageErr(fs, "-format: want auto, text or html, not %q", cfg.format)
	}
	if cfg.maxSize < 0 {
		return cfg, usageErr(fs, "-max-size: negative size %d", cfg.maxSize)
	}
	if cfg.maxRecord < 0 {
		return cfg, usageErr(fs, "-max-record: negative size %d", cfg.maxRecord)
	}
	if cfg.json && cfg.jsonl {
		return cfg, usageErr(fs, "-json and -jsonl cannot be combined: -jsonl writes JSON records already")
	}
	for _, in := range cfg.inputs {
		if isURL(in) {
			return cfg, usageErr(fs, "%s is a URL: the cleaner reads files (or standard input), it does not fetch pages; "+
				"save the pages first, or crawl and clean them with examples/colly", quoteName(in))
		}
	}
	if cfg.learn != "" && (cfg.json || cfg.outdir != "" || cfg.report != "" || cfg.explain || cfg.profile != "" || cfg.profiles != "") {
		return cfg, usageErr(fs, "-learn writes a profile; it takes no -json, -outdir, -report, -explain, -profile or -profiles")
	}
	if cfg.profile != "" && cfg.profiles != "" {
		return cfg, usageErr(fs, "-profile and -profiles cannot be combined: -profile is one site's, -profiles picks one per record")
	}
	if cfg.profiles != "" && !cfg.jsonl {
		return cfg, usageErr(fs, "-profiles needs -jsonl: it picks a profile by each record's url; for files of one site use -profile")
	}
	if cfg.profiles != "" {
		if fi, err := os.Stat(cfg.profiles); err != nil || !fi.IsDir() {
			return cfg, usageErr(fs, "-profiles %s: not a folder", quoteName(cfg.profiles))
		}
	}
	if cfg.outdir != "" && cfg.jsonl {
		return cfg, usageErr(fs, "-outdir and -jsonl cannot be combined")
	}
	if cfg.format != "auto" && cfg.jsonl {
		return cfg, usageErr(fs, "-format does not apply to -jsonl: each record says \"text\" or \"html\"")
	}
	if cfg.outdir != "" {
		if len(cfg.inputs) == 0 {
			return cfg, usageErr(fs, "-outdir needs FILE arguments")
		}
		for _, in := range cfg.inputs {
			if in == "-" {
				return cfg, usageErr(fs, "-outdir cannot name an output for standard input")
			}
		}
	}
	if len(cfg.inputs) == 0 {
		cfg.inputs = []string{"-"}
	}
	return cfg, nil
}

func usageErr(fs *flag.FlagSet, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	fmt.Fprintf(fs.Output(), "cleaner: %s\n", termSafe(err.Error()))
	fs.Usage()
	return err
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

func categoryList() string {
	var names []string
	for _, c := range boilerplate.Categories() {
		names = append(names, string(c))
	}
	return strings.Join(names, ",")
}

// options builds the library options from the flags, reading the rule files.
func (cfg *config) options() (boilerplate.Options, error) {
	opts := boilerplate.Options{
		Language:       cfg.lang,
		KeepCategories: cfg.keep,
		DisableRules:   textDisable(cfg),
		MaxInputSize:   cfg.maxSize,
		NoBuiltinRules: cfg.noBuiltin,
		// An input's own lines are no evidence about it: unless the
		// profiles were learned from other pages, they are taken off.
		ProfileExcludesPage: cfg.others,
	}
	if cfg.profile != "" {
		p, err := loadProfile(cfg.profile)
		if err != nil {
			return opts, err
		}
		opts.Profile = p
	}
	for _, path := range cfg.rules {
		set, err := loadRuleFile(path)
		if err != nil {
			return opts, err
		}
		opts.RuleSets = append(opts.RuleSets, set)
	}
	return opts, nil
}

// textDisable is the part of -disable that names text rules.
func textDisable(cfg *config) []string {
	text, _ := splitDisable(cfg.disable, cfg.domRules)
	return text
}

func loadRuleFile(path string) (*boilerplate.RuleSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-rules: %w", err)
	}
	defer f.Close()
	set, err := boilerplate.ParseRuleSet(ruleSetName(path), f)
	if err != nil {
		return nil, fmt.Errorf("-rules %s: %w", path, err)
	}
	return set, nil
}

// ruleSetName is the name a rule file's rules are reported under: its base
// name without extension ("mysite.rules" gives "mysite/…").
func ruleSetName(path string) string {
	base := path[strings.LastIndexAny(path, `/\`)+1:]
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// isURL reports whether a file argument is a web address rather than a
// file: it starts with http:// or https:// and names no existing file.
func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}

// printErr writes err as a one-line message on stderr, with the characters
// a terminal would act on escaped.
func printErr(stderr io.Writer, err error) {
	fmt.Fprintf(stderr, "cleaner: %s\n", termSafe(err.Error()))
}

// message reports on stderr that the input called name failed.
func (a *app) message(name string, err error) {
	fmt.Fprintf(a.stderr, "cleaner: %s: %s\n", quoteName(name), termSafe(err.Error()))
}
