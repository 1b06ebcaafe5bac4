// Command cleaner removes the boilerplate that scrapers leave in article
// text (captions, credits, related links, menus, comment widgets…) and says
// what it removed.
//
// Usage:
//
//	cleaner [flags] [FILE...]
//
// With no FILE, or FILE "-", it reads standard input. It prints the cleaned
// text; -explain lists every removal on standard error, -json prints the
// whole result, -outdir writes one cleaned file per input, -jsonl cleans a
// stream of JSON Lines records, and -report writes an HTML page showing what
// went. HTML input (sniffed, or by -format html) is extracted to text first.
// Run "cleaner -help" for every flag.
//
// Exit status: 0 on success, 1 if any input or record failed, 2 for bad
// usage.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses of run.
const (
	exitOK    = 0
	exitFail  = 1 // an input or record failed; the others were processed
	exitUsage = 2
)

// run is the whole command, with its environment passed in so tests can
// call it. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if err == errHelp {
			return exitOK
		}
		return exitUsage
	}
	if cfg.version {
		printVersion(stdout)
		return exitOK
	}
	a, err := newApp(cfg, stdin, stdout, stderr)
	if err != nil {
		printErr(stderr, err)
		return exitUsage
	}
	if cfg.learn != "" {
		return a.runLearn()
	}
	if cfg.jsonl {
		return a.runJSONL()
	}
	return a.runFiles()
}
