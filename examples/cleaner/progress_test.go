package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A batch run whose stderr is a file, not a terminal, prints no progress.
func TestProgressOffWhenNotTerminal(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for range 2000 {
		in.WriteString(`{"text":"A line of text."}` + "\n")
	}
	stderr, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	var out bytes.Buffer
	if code := run([]string{"-jsonl"}, strings.NewReader(in.String()), &out, stderr); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if isTerminal(stderr) {
		t.Fatal("a regular file reported as a terminal")
	}
	got, err := os.ReadFile(stderr.Name())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("stderr holds %q, want nothing when it is not a terminal", got)
	}
}

// The display itself works when switched on, and -quiet or a single input
// switch it off.
func TestProgressDisplay(t *testing.T) {
	tests := []struct {
		name  string
		cfg   config
		batch bool
		shown bool
	}{
		{"forced", config{progress: true}, true, true},
		{"quiet", config{progress: true, quiet: true}, true, false},
		{"single-input", config{progress: true}, false, false},
		{"not-a-terminal", config{}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			a := &app{cfg: tt.cfg, stderr: &stderr}
			p := a.newProgress(tt.batch, 3<<20, "records")
			for range 3 {
				p.add(1 << 20)
			}
			if p.records != 3 {
				t.Errorf("counted %d records, want 3", p.records)
			}
			if shown := stderr.Len() > 0; shown != tt.shown {
				t.Errorf("progress output %q, want shown: %v", stderr.String(), tt.shown)
			}
			if tt.shown && !strings.Contains(stderr.String(), "records") {
				t.Errorf("progress output %q shows no record count", stderr.String())
			}
			p.finish()
		})
	}
}
