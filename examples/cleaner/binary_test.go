package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The command as built by "go build" (what "go install" installs) works on
// its own: it cleans a seed from standard input, reports its version and
// exits with the documented statuses.
func TestBuiltBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "cleaner")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seed := "../../testdata/seeds/001_0258adc50c36a44b"
	in, err := os.ReadFile(seed + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(seed + ".clean.txt")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Stdin = bytes.NewReader(in)
	got, err := cmd.Output()
	if err != nil || string(got) != string(want) {
		t.Errorf("cleaner < seed: %v, output differs from the expected text: %.200q", err, got)
	}
	out, err := exec.Command(bin, "-version").Output()
	if err != nil || !strings.HasPrefix(string(out), "cleaner github.com/boilerstrip/boilerstrip ") {
		t.Errorf("cleaner -version = %q, %v", out, err)
	}
	for args, code := range map[string]int{"-format nope": exitUsage, "/nonexistent/file.txt": exitFail} {
		err := exec.Command(bin, strings.Fields(args)...).Run()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != code {
			t.Errorf("cleaner %s: %v, want exit status %d", args, err, code)
		}
	}
}
