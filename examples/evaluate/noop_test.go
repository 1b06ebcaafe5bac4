package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/google/go-cmp/cmp"
)

// lineDropper is a stand-in cleaner with known removals: it removes every
// line that starts with "> " (rule fake/x) or "# " (rule fake/y), newline
// included, and keeps the rest.
type lineDropper struct{}

func (lineDropper) Clean(text string) boilerplate.Result {
	var r boilerplate.Result
	var kept strings.Builder
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n') + start + 1
		if end == start {
			end = len(text)
		}
		line := text[start:end]
		switch {
		case strings.HasPrefix(line, "> "):
			r.Removed = append(r.Removed, boilerplate.Removal{Start: start, End: end, Rule: "fake/x", Text: line})
		case strings.HasPrefix(line, "# "):
			r.Removed = append(r.Removed, boilerplate.Removal{Start: start, End: end, Rule: "fake/y", Text: line})
		default:
			kept.WriteString(line)
		}
		start = end
	}
	r.Text = kept.String()
	return r
}

func TestNoopOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, gold  string
		words, kept int
		rules       map[string]int
		harmed      bool
	}{
		{"nothing removed", "One two, three.\nFour five\n", 5, 5, map[string]int{}, false},
		{"empty", "", 0, 0, map[string]int{}, false},
		// 4 kept; the "> " line has 5 words ("—" is none), the "# " line 2.
		{"two rules", "Alpha beta gamma delta\n> one two three four — five\n# six seven\n", 11, 4,
			map[string]int{"fake/x": 5, "fake/y": 2}, true},
		// 18 of 20 words kept: exactly 90% is not under 90%.
		{"exactly 90%", "a b c d e f g h i j k l m n o p q r\n# y z\n", 20, 18, map[string]int{"fake/y": 2}, false},
		// 17 of 19 words kept: 89.5%.
		{"just under 90%", "a b c d e f g h i j k l m n o p q\n# y z\n", 19, 17, map[string]int{"fake/y": 2}, true},
		// A removal without a word (a line of punctuation) names no rule.
		{"wordless removal", "a b c\n> —\n# y\n", 4, 3, map[string]int{"fake/y": 1}, true},
	}
	for _, tt := range tests {
		p := noopOf(lineDropper{}, "id", tt.gold)
		if p.words != tt.words || p.kept != tt.kept || p.harmed() != tt.harmed {
			t.Errorf("%s: words %d, kept %d, harmed %v; want %d, %d, %v", tt.name, p.words, p.kept, p.harmed(), tt.words, tt.kept, tt.harmed)
		}
		if diff := cmp.Diff(tt.rules, p.rules); diff != "" {
			t.Errorf("%s: words removed by rule (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestNoopTopRules(t *testing.T) {
	t.Parallel()
	p := noopPage{rules: map[string]int{"b": 3, "a": 3, "c": 5, "d": 1}}
	tests := []struct {
		n    int
		want []string
	}{
		{3, []string{"c", "a", "b"}},
		{1, []string{"c"}},
		{9, []string{"c", "a", "b", "d"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, p.topRules(tt.n)); diff != "" {
			t.Errorf("topRules(%d) (-want +got):\n%s", tt.n, diff)
		}
	}
}

func TestRunNoop(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"gold/a.gold.txt":     "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10\n",                                       // 10 of 10
		"gold/b.gold.txt":     "Alpha beta gamma delta\n> one two three four five\n# six seven eight\n", // 4 of 12
		"gold/c.gold.txt":     "a b c d e f g h i j k l m n o p q r s\n# t u\n",                         // 19 of 21
		"gold/d.gold.txt":     "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10\n> y z\n",                                // 10 of 12
		"gold/e.gold.txt":     "",                                                                       // 0 of 0
		"gold/f.gold.txt":     "a b c d e f g h i j k l m n o p q r\n# y z\n",                           // 18 of 20
		"gold/b.scraped.txt":  "not read: the gold is the input\n",
		"suite/g.with.txt":    "snippet\n",
		"suite/g.scraped.txt": "snippet\n",
	})
	var out bytes.Buffer
	if err := runNoop(lineDropper{}, false, []string{root}, 3, 3, &out); err != nil {
		t.Fatal(err)
	}
	// 61 of 75 words kept (81.33%); b (33.3%) and d (83.3%) are under 90%.
	// The worst three that lost words: b, d, f (90.0%); c (90.5%) is next.
	want := `gold: no-op, 6 gold articles cleaned as text: 81.3% of 75 words kept; 2 articles keep under 90%
  worst articles (words kept, id: words removed by rule or heuristic):
    33.3% 4/12 b: fake/x 5 fake/y 3
    83.3% 10/12 d: fake/x 2
    90.0% 18/20 f: fake/y 2

suite: no gold text, no no-op measure
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}
