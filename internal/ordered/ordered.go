// Package ordered runs a function over a stream of items on several
// goroutines and hands the results back in input order. It is the engine
// of boilerplate.Cleaner.CleanAll and of the example cleaner's batch modes.
package ordered

import (
	"context"
	"iter"
	"sync"
)

// Map calls f on every item of in, on workers goroutines (at least one),
// and calls emit with each result in input order: emit(0, …) for the first
// item, emit(1, …) for the second, whichever worker finished first. emit
// runs on the calling goroutine, one call at a time; an error from it stops
// Map, which returns that error.
//
// Map streams: it holds about three items per worker, so in may be
// unbounded. in is ranged over on a goroutine Map starts. Cancelling ctx
// stops Map between items (an item being worked on is finished, not
// interrupted) and Map returns ctx.Err(); the results already emitted are
// complete and in order. Map returns only once every goroutine it started
// has finished, and nil once every item has been emitted.
func Map[In, Out any](ctx context.Context, workers int, in iter.Seq[In], f func(In) Out, emit func(i int, out Out) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	workers = max(workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()

	type job struct {
		item In
		out  chan<- Out
	}
	jobs := make(chan job)
	// order carries one result slot per item, in input order. Its buffer
	// bounds how far the workers may run ahead of emit.
	order := make(chan chan Out, 2*workers)
	complete := false // set by the feeder before it closes order

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		for item := range in {
			if ctx.Err() != nil {
				return
			}
			slot := make(chan Out, 1) // a worker never blocks on it
			select {
			case order <- slot:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{item, slot}:
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
				j.out <- f(j.item)
			}
		}()
	}

	i := 0
	for slot := range order {
		var out Out
		select {
		case out = <-slot:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err // no more results once cancelled, even ready ones
		}
		if err := emit(i, out); err != nil {
			return err
		}
		i++
	}
	if !complete {
		return ctx.Err()
	}
	return nil
}
