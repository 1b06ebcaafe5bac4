package boilerplate

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
)

// batchDocs makes n documents of varied length, so that workers finish out
// of order.
func batchDocs(n int) []string {
	docs := make([]string, n)
	for i := range docs {
		var b strings.Builder
		fmt.Fprintf(&b, "Document %d\n\n", i)
		for j := range (i * 7919) % 300 {
			fmt.Fprintf(&b, "Paragraph %d of document %d, with a few words.\n", j, i)
		}
		docs[i] = b.String()
	}
	return docs
}

// endless yields documents until the consumer stops, counting them.
// endless yields numbered documents until its consumer stops; count counts
// them, and it adds one more when the sequence has returned.
func endless(count *atomic.Int64) iter.Seq[string] {
	return func(yield func(string) bool) {
		defer count.Add(1 << 32)
		for i := 0; ; i++ {
			count.Add(1)
			if !yield(fmt.Sprintf("Document %d\n\nText.\n", i)) {
				return
			}
		}
	}
}

func TestCleanAllOrder(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := batchDocs(300)
	for _, workers := range []int{-1, 0, 1, 3, 16} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			t.Parallel() // batches share the Cleaner
			var got []string
			err := c.CleanAll(context.Background(), workers, slices.Values(docs), func(i int, r Result) error {
				if i != len(got) {
					t.Fatalf("emit index %d after %d results", i, len(got))
				}
				got = append(got, r.Text)
				return nil
			})
			if err != nil {
				t.Fatalf("CleanAll: %v", err)
			}
			if len(got) != len(docs) {
				t.Fatalf("got %d results for %d documents", len(got), len(docs))
			}
			for i, d := range docs {
				if want := c.Clean(d).Text; got[i] != want {
					t.Errorf("result %d = %.40q…, want %.40q…", i, got[i], want)
				}
			}
		})
	}
}

func TestCleanAllEmpty(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = c.CleanAll(context.Background(), 4, slices.Values([]string(nil)), func(int, Result) error {
		t.Error("emit called for an empty batch")
		return nil
	})
	if err != nil {
		t.Errorf("CleanAll(empty) = %v", err)
	}
}

func TestCleanAllCancel(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var produced atomic.Int64
	emitted := 0
	err = c.CleanAll(ctx, 4, endless(&produced), func(i int, r Result) error {
		if i != emitted {
			t.Fatalf("emit index %d after %d results", i, emitted)
		}
		if want := c.Clean(fmt.Sprintf("Document %d\n\nText.\n", i)).Text; r.Text != want {
			t.Fatalf("result %d = %q, want %q", i, r.Text, want)
		}
		emitted++
		if emitted == 50 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("CleanAll after cancel = %v, want context.Canceled", err)
	}
	if emitted != 50 {
		t.Errorf("emitted %d results, want the 50 before cancel and no more", emitted)
	}
	// CleanAll has returned, so the source has stopped: it may have run
	// ahead of emit by the documents in flight (2 per worker queued, one per
	// worker being cleaned, one being fed), never without bound.
	n := produced.Load()
	if n>>32 != 1 {
		t.Errorf("the source had not returned when CleanAll did")
	}
	if docs := n & (1<<32 - 1); docs > 50+2*4+4+2 {
		t.Errorf("source produced %d documents for 50 emitted", docs)
	}
}

func TestCleanAllCancelledBefore(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var produced atomic.Int64
	err = c.CleanAll(ctx, 2, endless(&produced), func(int, Result) error {
		t.Error("emit called under a cancelled context")
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("CleanAll(cancelled ctx) = %v, want context.Canceled", err)
	}
}

func TestCleanAllEmitError(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("disk full")
	var produced atomic.Int64
	calls := 0
	err = c.CleanAll(context.Background(), 3, endless(&produced), func(i int, r Result) error {
		calls++
		if i == 9 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("CleanAll = %v, want emit's error %v", err, stop)
	}
	if calls != 10 {
		t.Errorf("emit called %d times, want 10 (stop after the error)", calls)
	}
}

func TestWorkerCount(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	for _, tt := range []struct{ in, want int }{{-5, procs}, {0, procs}, {1, 1}, {7, 7}, {1 << 62, MaxWorkers}} {
		if got := workerCount(tt.in); got != tt.want {
			t.Errorf("workerCount(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestCleanAllHugeWorkers: an absurd worker count is capped, not a panic.
func TestCleanAllHugeWorkers(t *testing.T) {
	c := newTestCleaner(t)
	n := 0
	err := c.CleanAll(context.Background(), 1<<62, slices.Values([]string{"a", "b"}), func(int, Result) error { n++; return nil })
	if err != nil || n != 2 {
		t.Errorf("CleanAll with 1<<62 workers: err %v, %d results, want nil and 2", err, n)
	}
}

func BenchmarkCleanAll(b *testing.B) {
	c, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := batchDocs(200)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for b.Loop() {
		err := c.CleanAll(context.Background(), 0, slices.Values(docs), func(int, Result) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportPerMB(b, &ms, size)
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
