package boilerplate

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// DefaultMaxInputSize is the input limit of CleanReader when
// Options.MaxInputSize is zero: 256 MiB.
const DefaultMaxInputSize = 256 << 20

// maxInputSize is the limit CleanReader applies.
func (c *Cleaner) maxInputSize() int64 {
	if c.opts.MaxInputSize > 0 {
		return c.opts.MaxInputSize
	}
	return DefaultMaxInputSize
}

// CleanReader reads a whole document from r and cleans it as Clean does.
//
// It reads at most Options.MaxInputSize bytes (256 MiB if zero) plus one: a
// longer input is not read further and gives an error wrapping ErrTooLarge,
// so a caller can test for it with errors.Is. A read error is returned
// wrapped. The input is copied once, into the string that the Result's
// offsets refer to; Clean itself copies no more than the kept text.
//
// CleanReader is safe for concurrent use by multiple goroutines, each with
// its own reader.
func (c *Cleaner) CleanReader(r io.Reader) (Result, error) {
	text, err := readLimited(r, c.maxInputSize())
	if err != nil {
		return Result{}, err
	}
	return c.Clean(text), nil
}

// readLimited reads r to its end into a string, failing with ErrTooLarge
// once more than limit bytes have been seen. It reads limit+1 bytes at most.
func readLimited(r io.Reader, limit int64) (string, error) {
	var b strings.Builder
	if n := sizeHint(r); n > 0 {
		// One allocation of the right size when the size is known; never more
		// than the limit, whatever the reader claims.
		b.Grow(int(min(n, limit) + 1))
	}
	n, err := io.Copy(&b, io.LimitReader(r, limit+1))
	if err != nil {
		return "", fmt.Errorf("boilerplate: reading input: %w", err)
	}
	if n > limit {
		return "", fmt.Errorf("%w: more than %d bytes (Options.MaxInputSize)", ErrTooLarge, limit)
	}
	return b.String(), nil
}

// sizeHint guesses how many bytes r holds, from the interfaces that
// in-memory readers and files provide; 0 means unknown.
func sizeHint(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }: // bytes.Reader, strings.Reader, bytes.Buffer
		return int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }: // *os.File, fs.File
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		if s, ok := r.(io.Seeker); ok {
			if off, err := s.Seek(0, io.SeekCurrent); err == nil && off <= fi.Size() {
				return fi.Size() - off
			}
		}
		return fi.Size()
	}
	return 0
}
