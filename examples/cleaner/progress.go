package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a batch run's progress on stderr: bytes done with MB/s and,
// when the total size is known, the ETA; records and records/s in the
// description. A nil bar shows nothing. Only the emitting goroutine calls
// it.
type progress struct {
	bar     *progressbar.ProgressBar
	noun    string
	start   time.Time
	records int
	shown   time.Time // when the description was last updated
}

// newProgress returns the progress display for a run: on only for batch
// runs whose stderr is a terminal and without -quiet. total is the input
// size in bytes, -1 if unknown.
func (a *app) newProgress(batch bool, total int64, noun string) *progress {
	p := &progress{noun: noun, start: time.Now()}
	if !batch || a.cfg.quiet || !(a.cfg.progress || isTerminal(a.stderr)) {
		return p
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowTotalBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionFullWidth(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription(noun),
	)
	return p
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// add counts one record of n input bytes.
func (p *progress) add(n int64) {
	p.records++
	if p.bar == nil {
		return
	}
	if now := time.Now(); now.Sub(p.shown) > 250*time.Millisecond {
		p.shown = now
		rate := float64(p.records) / now.Sub(p.start).Seconds()
		p.bar.Describe(fmt.Sprintf("%d %s (%.0f/s)", p.records, p.noun, rate))
	}
	_ = p.bar.Add64(n)
}

// clearForMessage erases the bar so that a message can be printed on a
// clean line; the bar is drawn again at the next add.
func (p *progress) clearForMessage() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

// finish removes the bar.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
	}
}
