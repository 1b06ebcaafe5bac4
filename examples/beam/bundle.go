package main

import (
	"context"
	"runtime"
	"sync"
)

// Local runners (prism, direct) run a stage that is not splittable as one
// bundle, and so would clean on one core. cleanFn therefore cleans up to
// Workers documents of a bundle at once: ProcessElement hands the Doc to a
// pool and emits the lines that are ready, FinishBundle emits the rest.
// Counters and emits stay on the goroutine Beam called. Output order is not
// input order, as with any Beam transform.

// A pool cleans the Docs of one bundle on a fixed number of goroutines.
type pool struct {
	jobs     chan Doc
	results  chan cleaned
	limit    int // most Docs handed out and not yet emitted
	inFlight int
	wg       sync.WaitGroup
}

// newPool starts n goroutines that clean with clean.
func newPool(n int, clean func(Doc) cleaned) *pool {
	p := &pool{jobs: make(chan Doc), limit: 2 * n}
	// The buffer holds every Doc in flight, so a worker never blocks on a
	// result and a send on jobs always finds a worker in the end.
	p.results = make(chan cleaned, p.limit)
	p.wg.Add(n)
	for range n {
		go func() {
			defer p.wg.Done()
			for d := range p.jobs {
				p.results <- clean(d)
			}
		}()
	}
	return p
}

// submit hands d to the pool, first waiting for a result when limit Docs are
// in flight, and passes every result that is ready to out.
func (p *pool) submit(d Doc, out func(cleaned)) {
	for p.inFlight >= p.limit {
		out(<-p.results)
		p.inFlight--
	}
	p.jobs <- d
	p.inFlight++
	for {
		select {
		case c := <-p.results:
			p.inFlight--
			out(c)
		default:
			return
		}
	}
}

// drain passes every remaining result to out and stops the goroutines.
func (p *pool) drain(out func(cleaned)) {
	close(p.jobs)
	for ; p.inFlight > 0; p.inFlight-- {
		out(<-p.results)
	}
	p.wg.Wait()
}

// stop ends the goroutines of a bundle that failed before FinishBundle,
// dropping its results.
func (p *pool) stop() {
	close(p.jobs)
	p.wg.Wait()
}

// workers is the number of documents cleaned at once.
func (fn *cleanFn) workers() int {
	if fn.Workers > 0 {
		return fn.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// StartBundle starts the bundle's workers, unless there is to be only one.
// It emits nothing; Beam wants the emitter of FinishBundle here too.
func (fn *cleanFn) StartBundle(_ context.Context, _ func(string)) {
	if fn.pool != nil { // the previous bundle failed
		fn.pool.stop()
		fn.pool = nil
	}
	if n := fn.workers(); n > 1 {
		fn.pool = newPool(n, fn.cleanDoc)
	}
}

// ProcessElement cleans d, or hands it to the bundle's workers, and emits
// the output lines that are ready.
func (fn *cleanFn) ProcessElement(ctx context.Context, d Doc, emit func(string)) {
	out := func(c cleaned) { fn.output(ctx, c, emit) }
	if fn.pool == nil {
		out(fn.cleanDoc(d))
		return
	}
	fn.pool.submit(d, out)
}

// FinishBundle emits the output lines still with the workers.
func (fn *cleanFn) FinishBundle(ctx context.Context, emit func(string)) {
	if fn.pool == nil {
		return
	}
	fn.pool.drain(func(c cleaned) { fn.output(ctx, c, emit) })
	fn.pool = nil
}

// Teardown stops the workers of a bundle that failed.
func (fn *cleanFn) Teardown() {
	if fn.pool != nil {
		fn.pool.stop()
		fn.pool = nil
	}
}
