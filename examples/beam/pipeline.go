package main

import (
	"context"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/boilerstrip/boilerstrip/internal/record"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Doc)](&readFn{})
	register.DoFn4x0[context.Context, string, func(fileio.FileMetadata), func(Doc)](&matchFn{})
	register.Emitter1[fileio.FileMetadata]()
	register.DoFn3x0[context.Context, Doc, func(string)](&cleanFn{})
	register.Emitter1[Doc]()
	register.Emitter1[string]()
}

// A config describes one run of the pipeline. Its zero value is not
// runnable: Inputs and Output are required.
type config struct {
	Inputs   []string // file globs, local or on any Beam filesystem (gs://...)
	Output   string   // the JSONL file written
	Format   string   // formatAuto (the default when empty), formatJSONL, formatText or formatHTML
	MaxBytes int      // largest record or document; zero means record.DefaultMaxBytes (16 MiB)
	Clean    cleanFn  // the cleaner's options
	// SiteProfiles, if true, cleans each record with the profile of the
	// host of its url, learned from the input's records of that host in
	// a first pass (see profiles.go).
	SiteProfiles bool
}

// defaultMaxBytes is the record size limit when config.MaxBytes is zero:
// the example cleaner's -max-record default.
const defaultMaxBytes = record.DefaultMaxBytes

// build adds the pipeline to s: match the input globs (one that matches
// nothing gives an error record), read every file into Docs, spread them over the workers, clean each one and write the JSON lines
// to the output file. The output order is not the input order; records carry
// their id.
func build(s beam.Scope, cfg config) error {
	if len(cfg.Inputs) == 0 {
		return fmt.Errorf("no input")
	}
	if cfg.Output == "" {
		return fmt.Errorf("no output")
	}
	format := cfg.Format
	switch format {
	case "":
		format = formatAuto
	case formatAuto, formatJSONL, formatText, formatHTML:
	default:
		return fmt.Errorf("unknown format %q (want %s, %s, %s or %s)", format, formatAuto, formatJSONL, formatText, formatHTML)
	}
	maxBytes := cfg.MaxBytes
	if maxBytes <= 0 {
		maxBytes = defaultMaxBytes
	}
	if _, err := cfg.Clean.newCleaners(); err != nil {
		return err
	}

	globs := make([]any, len(cfg.Inputs))
	for i, g := range cfg.Inputs {
		globs[i] = g
	}
	matched, unmatched := beam.ParDo2(s.Scope("Match"), &matchFn{}, beam.Create(s.Scope("Inputs"), globs...))
	files := fileio.ReadMatches(s, matched, fileio.ReadDirectorySkip())
	docs := beam.ParDo(s.Scope("Read"), &readFn{Format: format, MaxBytes: maxBytes}, files)
	docs = beam.Reshuffle(s, beam.Flatten(s, docs, unmatched))
	clean := cfg.Clean
	var lines beam.PCollection
	if cfg.SiteProfiles {
		lines = buildSites(s, docs, clean, maxBytes)
	} else {
		lines = beam.ParDo(s.Scope("Clean"), &clean, docs)
	}
	textio.Write(s.Scope("Write"), cfg.Output, lines)
	return nil
}
