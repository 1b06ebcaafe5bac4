package boilerplate

import (
	"context"
	"iter"
	"runtime"
	"sync"
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
	if err := ctx.Err(); err != nil {
		return err
	}
	workers = workerCount(workers)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()

	type job struct {
		text string
		out  chan<- Result
	}
	jobs := make(chan job)
	// order carries one result slot per document, in input order. Its buffer
	// bounds how far the workers may run ahead of emit.
	order := make(chan chan Result, 2*workers)
	complete := false // set by the feeder before it closes order

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		for text := range docs {
			if ctx.Err() != nil {
				return
			}
			slot := make(chan Result, 1) // a worker never blocks on it
			select {
			case order <- slot:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{text, slot}:
			case <-ctx.Done():
				return
			}
		}
		complete = true
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- c.Clean(j.text)
			}
		}()
	}

	i := 0
	for slot := range order {
		var r Result
		select {
		case r = <-slot:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err // no more results once cancelled, even ready ones
		}
		if err := emit(i, r); err != nil {
			return err
		}
		i++
	}
	if !complete {
		return ctx.Err()
	}
	return nil
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
