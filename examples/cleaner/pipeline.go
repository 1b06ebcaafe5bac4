package main

import (
	"context"
	"iter"

	"github.com/boilerstrip/boilerstrip/internal/ordered"
)

// inOrder runs f on every item of in, on workers goroutines, and calls emit
// with the results in input order on the calling goroutine (see
// ordered.Map). It is boilerplate.Cleaner.CleanAll for any work, such as
// parsing a record or extracting HTML, that must run in parallel too.
func inOrder[In, Out any](ctx context.Context, workers int, in iter.Seq[In], f func(In) Out, emit func(Out) error) error {
	return ordered.Map(ctx, workers, in, f, func(_ int, out Out) error { return emit(out) })
}
