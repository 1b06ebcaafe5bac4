package boilerplate

import (
	"context"
	"iter"
	"runtime"

	"github.com/boilerstrip/boilerstrip/internal/ordered"
)

// CleanAll cleans every document that docs yields, on workers goroutines,
// and hands each Result to emit in input order: emit(0, …) for the first
// document, emit(1, …) for the second, and so on, whichever worker finished
// first. workers <= 0 means runtime.GOMAXPROCS(0).
//
// emit runs on the calling goroutine, one call at a time, so it may write to
// an io.Writer or append to a slice without locking. If emit returns an
// error, CleanAll stops and returns that error.
//
// CleanAll streams: it holds at most a few documents per worker in memory,
// so docs may be an unbounded source (lines of a file, records of a queue).
// docs is ranged over on a goroutine that CleanAll starts, not on the
// caller's.
//
// Cancelling ctx stops CleanAll between documents (a document already being
// cleaned is finished, not interrupted) and it returns ctx.Err(); the
// results already handed to emit are complete and in order, with no gaps.
// CleanAll returns only once every goroutine it started has finished: if docs
// blocks (waiting on a network read, say) CleanAll waits for it to yield or
// return. It returns nil once every document has been emitted.
//
// CleanAll is safe for concurrent use: several batches may share one
// Cleaner.
func (c *Cleaner) CleanAll(ctx context.Context, workers int, docs iter.Seq[string], emit func(i int, r Result) error) error {
	return ordered.Map(ctx, workerCount(workers), docs, c.Clean, emit)
}

// workerCount is the number of workers CleanAll starts for the argument n.
func workerCount(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return min(n, MaxWorkers)
}

// MaxWorkers caps the workers of CleanAll: beyond it goroutines only add
// memory, and a huge count would overflow the buffers sized from it.
const MaxWorkers = 4096
