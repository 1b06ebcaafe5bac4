package record

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// DefaultMaxBytes is the default bound on one record, in bytes. A web
// page is rarely more than a few MiB of HTML (crawlers cut bodies well
// below this), so 16 MiB leaves room for JSON escaping and long scraped
// texts, while it bounds what one hostile record costs: cleaning takes up
// to about 100 bytes of memory per input byte on text made of tiny lines,
// so about 1.6 GB per worker at this bound.
const DefaultMaxBytes = 16 << 20

// ErrTooLong is wrapped by the error of a line past the bound.
var ErrTooLong = errors.New("record too long")

// A Line is one non-blank line of JSON Lines input.
type Line struct {
	Num  int    // 1-based line number
	Data []byte // the line without its end ("\n" or "\r\n"); nil when Err is set
	Size int64  // bytes read for it, the line end included
	Err  error  // wraps ErrTooLong for a line past the bound
}

// ReadLines calls yield with every non-blank line of r in order, until
// yield returns false or r ends. A line of more than max bytes (its end not
// counted) is not held in memory: it is skipped to its end and yielded
// with an error, and reading goes on. It returns r's error, if any, other
// than io.EOF, and whether yield stopped it.
func ReadLines(r io.Reader, max int64, yield func(Line) bool) (stopped bool, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	for num := 1; ; num++ {
		l := Line{Num: num}
		var buf []byte
		for {
			chunk, err := br.ReadSlice('\n')
			l.Size += int64(len(chunk))
			if l.Err == nil {
				if int64(len(buf)+len(chunk)) > max+2 { // +2: room for "\r\n"
					l.Err = tooLong(max)
					buf = nil
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			if err != nil && err != io.EOF {
				return false, fmt.Errorf("line %d: %w", num, err)
			}
			if l.Err == nil {
				l.Data = trimEOL(buf)
				if int64(len(l.Data)) > max {
					l.Err, l.Data = tooLong(max), nil
				}
			}
			if (l.Err != nil || !blank(l.Data)) && !yield(l) {
				return true, nil
			}
			if err == io.EOF {
				return false, nil
			}
			break
		}
	}
}

func tooLong(max int64) error {
	return fmt.Errorf("%w: longer than %d bytes", ErrTooLong, max)
}

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

// blank reports whether b is JSON white space only.
func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}
