package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// counters sums the pipeline's counters in metricsNamespace by name, over
// every step that reports them. It uses committed values where the runner
// reports them and attempted values otherwise.
func counters(res beam.PipelineResult) map[string]int64 {
	out := make(map[string]int64)
	if res == nil {
		return out
	}
	q := res.Metrics().Query(func(r beam.MetricResult) bool {
		return r.Namespace() == metricsNamespace
	})
	for _, c := range q.Counters() {
		out[c.Name()] += c.Result()
	}
	return out
}

// removalsByCategory returns the removed_<category> counters keyed by
// category, leaving out the total counters that share the prefix.
func removalsByCategory(cs map[string]int64) map[string]int64 {
	out := make(map[string]int64)
	for name, n := range cs {
		if name == counterRemovedBytes || !strings.HasPrefix(name, removedPrefix) {
			continue
		}
		out[strings.TrimPrefix(name, removedPrefix)] = n
	}
	return out
}

// writeSummary prints the counters and the throughput of a run that took
// elapsed, for people sizing a cluster. The throughput includes the runner's
// start-up and the file writing.
func writeSummary(w io.Writer, cs map[string]int64, elapsed time.Duration) {
	names := make([]string, 0, len(cs))
	for name := range cs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if cs[name] != 0 {
			fmt.Fprintf(w, "%s/%s\t%d\n", metricsNamespace, name, cs[name])
		}
	}
	secs := elapsed.Seconds()
	if secs <= 0 {
		return
	}
	fmt.Fprintf(w, "%d records, %.1f MB in %.2fs: %.0f records/s, %.2f MB/s\n",
		cs[counterRecords], float64(cs[counterBytesIn])/1e6, secs,
		float64(cs[counterRecords])/secs, float64(cs[counterBytesIn])/1e6/secs)
}
