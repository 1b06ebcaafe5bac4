package main

import (
	"context"
	"iter"
	"sync"
)

// inOrder runs f on every item of in, on workers goroutines, and calls emit
// with the results in input order on the calling goroutine. It stops at the
// first error from emit and returns it, or ctx.Err() once ctx is cancelled.
// It is boilerplate.Cleaner.CleanAll for any work, such as parsing a record
// or extracting HTML, that must run in parallel too.
func inOrder[In, Out any](ctx context.Context, workers int, in iter.Seq[In], f func(In) Out, emit func(Out) error) error {
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
	order := make(chan chan Out, 2*workers)
	complete := false

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		for item := range in {
			slot := make(chan Out, 1)
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
	for slot := range order {
		var out Out
		select {
		case out = <-slot:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := emit(out); err != nil {
			return err
		}
	}
	if !complete {
		return ctx.Err()
	}
	return nil
}
