package boilerplate

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// goldCorpus is where the development corpus lies beside a checkout; it is
// third-party text and not part of the repository.
const goldCorpus = "../../shared/corpus/dev"

// TestGoldArticlesSurvive cleans the ground-truth article text of the
// development pages (pure articles, no page around them) and requires that
// 99.5% of their words stay: cleaning an article is a no-op. It is skipped
// when the corpus is not beside the checkout.
func TestGoldArticlesSurvive(t *testing.T) {
	var files []string
	for _, set := range []string{"scrapinghub", "wcxb"} {
		f, _ := filepath.Glob(filepath.Join(goldCorpus, set, "*.gold.txt"))
		files = append(files, f...)
	}
	if len(files) == 0 {
		t.Skip("the development corpus is not beside the checkout")
	}
	c := newTestCleaner(t)
	in, out, under := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, k := countWords(string(b)), countWords(c.Clean(string(b)).Text)
		in += a
		out += k
		if 10*k < 9*a {
			under++
			t.Logf("%s keeps %d of %d words", filepath.Base(f), k, a)
		}
	}
	kept := float64(out) / float64(in)
	t.Logf("%d gold articles: %.2f%% of %d words kept, %d articles under 90%%", len(files), 100*kept, in, under)
	if kept < 0.995 {
		t.Errorf("cleaning pure articles kept %.2f%% of their words, want 99.5%% or more", 100*kept)
	}
}

// countWords counts the runs of letters, digits and '_' in s (the
// benchmarks' \w+ tokens).
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
