package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestPool checks that a pool returns every Doc's result exactly once, never
// has more than its limit in flight, and really cleans on several goroutines.
func TestPool(t *testing.T) {
	t.Parallel()
	const n, docs = 4, 1000
	var running, most atomic.Int32
	release := make(chan struct{})
	clean := func(d Doc) cleaned {
		r := running.Add(1)
		for {
			m := most.Load()
			if r <= m || most.CompareAndSwap(m, r) {
				break
			}
		}
		if d.Line <= n { // the first n Docs wait for each other
			<-release
		}
		running.Add(-1)
		return cleaned{line: string(d.Data)}
	}
	p := newPool(n, clean)
	var got, want []string
	out := func(c cleaned) {
		got = append(got, c.line)
		if p.inFlight > p.limit {
			t.Errorf("%d Docs in flight, limit %d", p.inFlight, p.limit)
		}
	}
	for i := 1; i <= docs; i++ {
		if i == n+1 {
			// The first n Docs are with the n workers, which wait for release.
			deadline := time.Now().Add(10 * time.Second)
			for running.Load() < n {
				if time.Now().After(deadline) {
					t.Fatalf("only %d of %d workers busy", running.Load(), n)
				}
				runtime.Gosched()
			}
			close(release)
		}
		s := fmt.Sprint(i)
		want = append(want, s)
		p.submit(Doc{Line: i, Data: []byte(s)}, out)
	}
	p.drain(out)
	sort.Strings(got)
	sort.Strings(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if most.Load() != n {
		t.Errorf("at most %d Docs cleaned at once, want %d", most.Load(), n)
	}
}
