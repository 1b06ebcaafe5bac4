package boilerplate

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

// countingReader yields an endless run of 'a' lines and counts the bytes it
// hands out.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
		if i%80 == 79 {
			p[i] = '\n'
		}
	}
	r.n += int64(len(p))
	return len(p), nil
}

// lyingReader claims to hold far more than it does.
type lyingReader struct{ *strings.Reader }

func (lyingReader) Len() int { return 1 << 40 }

func TestCleanReaderMatchesClean(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]string{
		"empty":   "",
		"lf":      "Title\n\nFirst paragraph.\nSecond line.\n",
		"crlf":    "Title\r\n\r\nFirst paragraph.\r\n",
		"nul":     "a\x00b\n\xff\xfe invalid\n",
		"no-eol":  "just one line",
		"spaces":  "  \n\t\n",
		"unicode": "Ünïcödé\u00a0line\n— Marco Rubio\n",
	}
	seeds, _ := filepath.Glob("../testdata/seeds/*[0-9a-f].txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(p)] = string(b)
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want := c.Clean(in)
			for _, r := range []io.Reader{
				strings.NewReader(in),
				iotest.OneByteReader(strings.NewReader(in)),
				lyingReader{strings.NewReader(in)},
			} {
				got, err := c.CleanReader(r)
				if err != nil {
					t.Fatalf("CleanReader(%T): %v", r, err)
				}
				if got.Text != want.Text || len(got.Removed) != len(want.Removed) {
					t.Errorf("CleanReader(%T) = %q, %d removals; Clean = %q, %d removals",
						r, got.Text, len(got.Removed), want.Text, len(want.Removed))
				}
			}
		})
	}
}

func TestCleanReaderFile(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "doc.txt")
	in := "Skip this line\nHeadline\n\nBody text.\n"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(int64(len("Skip this line\n")), io.SeekStart); err != nil {
		t.Fatal(err)
	}
	got, err := c.CleanReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if want := c.Clean(in[len("Skip this line\n"):]); got.Text != want.Text {
		t.Errorf("CleanReader(file at offset) = %q, want %q", got.Text, want.Text)
	}
}

func TestCleanReaderLimit(t *testing.T) {
	c, err := New(Options{MaxInputSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in      string
		tooLong bool
	}{
		{"", false},
		{"123456789\n", false}, // exactly the limit
		{"1234567890\n", true}, // one byte past it
		{strings.Repeat("x", 1000), true},
	}
	for _, tt := range tests {
		_, err := c.CleanReader(strings.NewReader(tt.in))
		if got := errors.Is(err, ErrTooLarge); got != tt.tooLong {
			t.Errorf("CleanReader(%d bytes) error = %v, want ErrTooLarge: %v", len(tt.in), err, tt.tooLong)
		}
		if err != nil && !strings.Contains(err.Error(), "10 bytes") {
			t.Errorf("error %q does not name the limit", err)
		}
	}
}

// An oversized stream must not be read to its end: a reader that never ends
// still gives ErrTooLarge, after at most limit+1 bytes (plus one buffer).
func TestCleanReaderStopsReading(t *testing.T) {
	const limit = 1 << 20
	c, err := New(Options{MaxInputSize: limit})
	if err != nil {
		t.Fatal(err)
	}
	r := &countingReader{}
	_, err = c.CleanReader(r)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("CleanReader(endless) error = %v, want ErrTooLarge", err)
	}
	if r.n > limit+1+64<<10 {
		t.Errorf("read %d bytes for a limit of %d", r.n, limit)
	}
}

func TestCleanReaderReadError(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	_, err = c.CleanReader(io.MultiReader(strings.NewReader("text\n"), iotest.ErrReader(boom)))
	if !errors.Is(err, boom) {
		t.Errorf("CleanReader error = %v, want one wrapping %v", err, boom)
	}
	if errors.Is(err, ErrTooLarge) {
		t.Errorf("read error %v reported as ErrTooLarge", err)
	}
}

func TestDefaultMaxInputSize(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.maxInputSize(); got != 256<<20 {
		t.Errorf("zero MaxInputSize gives a limit of %d, want 256 MiB", got)
	}
}

// benchInput is about 1 MB of the seeds repeated.
func benchInput(b *testing.B) string {
	seeds, _ := filepath.Glob("../testdata/seeds/*[0-9a-f].txt")
	if len(seeds) == 0 {
		b.Skip("no seeds in ../testdata/seeds")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range seeds {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// reportPerMB adds allocations and allocated bytes per MB of input to the
// benchmark's output (allocs/MB, B/MB), the figures the docs quote.
func reportPerMB(b *testing.B, before *runtime.MemStats, inBytes int) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	mb := float64(inBytes) * float64(b.N) / 1e6
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/mb, "allocs/MB")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/mb, "B/MB")
}

func BenchmarkCleanReader(b *testing.B) {
	c, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.CleanReader(strings.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportPerMB(b, &ms, len(in))
}
