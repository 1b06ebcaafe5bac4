package boilerplate

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestReadmeStages checks that the README's "How it decides" lists the
// stages of the table in stages.go, in order, with the same words; with
// -update it rewrites that list from the table.
func TestReadmeStages(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, "<!-- stages:")
	end := strings.Index(readme, "<!-- /stages -->")
	if start < 0 || end < start {
		t.Fatal("README.md has no <!-- stages: … --> … <!-- /stages --> block")
	}
	start += strings.Index(readme[start:], "\n") + 1
	var b strings.Builder
	b.WriteString("| stage | reads | decides |\n|---|---|---|\n")
	for _, s := range stages {
		b.WriteString("| `" + s.name + "` | " + s.reads + " | " + s.decides + " |\n")
	}
	want := b.String()
	if *update {
		if err := os.WriteFile(path, []byte(readme[:start]+want+readme[end:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got := readme[start:end]; got != want {
		t.Errorf("README.md's stage list differs from stages.go (run with -update):\n got:\n%s\nwant:\n%s", got, want)
	}
}

// TestStageNames: Heuristics and the names DisableRules accepts come from
// the stage table, and every heuristic stage can be switched off.
func TestStageNames(t *testing.T) {
	var want []string
	for _, s := range stages {
		if s.heuristic {
			want = append(want, s.name)
		}
	}
	if got := Heuristics(); !slices.Equal(got, want) {
		t.Errorf("Heuristics() = %q, want %q", got, want)
	}
	name := regexp.MustCompile(`^heuristic/[a-z-]+$`)
	for _, h := range want {
		if !name.MatchString(h) {
			t.Errorf("heuristic %q is not named heuristic/NAME", h)
		}
		c, err := New(Options{DisableRules: []string{h}})
		if err != nil {
			t.Fatalf("DisableRules %q: %v", h, err)
		}
		if c.stageEnabled(h) {
			t.Errorf("DisableRules %q left the stage on", h)
		}
	}
	if _, err := New(Options{DisableRules: []string{"rules"}}); err == nil {
		t.Error(`DisableRules accepted "rules", which is no heuristic`)
	}
}
