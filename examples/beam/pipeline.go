package main

import (
	"context"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(Doc)](&readFn{})
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
	MaxBytes int      // largest record or document; zero means 64 MiB
	Clean    cleanFn  // the cleaner's options
}

// defaultMaxBytes is the record size limit when config.MaxBytes is zero.
const defaultMaxBytes = 64 << 20

// build adds the pipeline to s: match the input globs, read every file into
// Docs, spread them over the workers, clean each one and write the JSON lines
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

	var matched []beam.PCollection
	for _, glob := range cfg.Inputs {
		matched = append(matched, fileio.MatchFiles(s.Scope("Match"), glob, fileio.MatchEmptyDisallow()))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matched...), fileio.ReadDirectorySkip())
	docs := beam.ParDo(s.Scope("Read"), &readFn{Format: format, MaxBytes: maxBytes}, files)
	docs = beam.Reshuffle(s, docs)
	clean := cfg.Clean
	lines := beam.ParDo(s.Scope("Clean"), &clean, docs)
	textio.Write(s.Scope("Write"), cfg.Output, lines)
	return nil
}
