package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/google/go-cmp/cmp"
)

// writeFiles creates files (path relative to dir → contents).
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A small hand-made corpus: gold set "news" with pages a and b, gold set
// "blogs" with page c (with snippet files) and page d without an input file,
// and snippet set "suite" (no gold files) with pages e and f, f having no
// must-exclude file.
func testCorpus(t *testing.T) string {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"news/a.gold.txt":     "one two three four five",
		"news/a.scraped.txt":  "Menu\none two three four five\n",
		"news/b.gold.txt":     "alpha beta gamma delta",
		"news/b.scraped.txt":  "alpha beta gamma delta\n",
		"blogs/c.gold.txt":    "red green blue",
		"blogs/c.scraped.txt": "Share this\n\nred green blue\n",
		"blogs/c.with.txt":    "green blue\nmissing words\n",
		"blogs/c.without.txt": "share this\n",
		"blogs/d.gold.txt":    "no input for this page",
		"notes/readme.txt":    "not a set",
		"suite/e.scraped.txt": "Menu\nThe Story begins here.\nShare this\n",
		"suite/e.with.txt":    "Story begins\nstory begins\n",
		"suite/e.without.txt": "Share this\nMenu \n",
		"suite/f.scraped.txt": "Only text",
		"suite/f.with.txt":    "Only text\n",
		"suite/manifest.tsv":  "id\turl\ne\t-\nf\t-\n",
	})
	return root
}

func TestFindSets(t *testing.T) {
	t.Parallel()
	root := testCorpus(t)
	sets, err := findSets([]string{root, filepath.Join(root, "news")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sets {
		kind := "snippets"
		if s.gold {
			kind = "gold"
		}
		got = append(got, s.name+":"+kind+":"+strings.Join(s.ids, ","))
	}
	want := []string{"blogs:gold:c,d", "news:gold:a,b", "suite:snippets:e,f", "news:gold:a,b"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sets (-want +got):\n%s", diff)
	}
	if _, err := findSets([]string{filepath.Join(root, "notes")}); err == nil {
		t.Error("folder without gold files: no error")
	}
	if _, err := findSets([]string{filepath.Join(root, "absent")}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing folder: err = %v, want one wrapping os.ErrNotExist", err)
	}
}

// identity outputs its input unchanged and reports no removals.
type identity struct{}

func (identity) Name() string                  { return "identity" }
func (identity) Run(in string) (output, error) { return output{Text: in, Confidence: -1}, nil }

// failing always fails, which scores as an empty output.
type failing struct{}

func (failing) Name() string               { return "failing" }
func (failing) Run(string) (output, error) { return output{}, errors.New("no luck") }

func TestEvaluateSet(t *testing.T) {
	t.Parallel()
	root := testCorpus(t)
	sets, err := findSets([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	var perPage, report bytes.Buffer
	pp, err := newPerPageWriter(&perPage)
	if err != nil {
		t.Fatal(err)
	}
	outDir := t.TempDir()
	cfg := config{html: true, outDir: outDir, runs: 2, prec: 3, worst: 1}
	for _, s := range sets {
		if err := evaluateSet(cfg, s, []system{identity{}, failing{}}, scrapedSuffix, pp, &report); err != nil {
			t.Fatal(err)
		}
	}
	if err := pp.flush(); err != nil {
		t.Fatal(err)
	}

	// blogs/c: gold "red green blue" is one 3-token shingle; the identity
	// output "Share this red green blue" is one 4-token shingle and another:
	// TP 0, so P = R = 0. must-include: "green blue" found, "missing words"
	// not: 50%; must-exclude: "share this" found: 100%.
	// news: a has P 2/3 (shingles: Menu one two three | one two three four |
	// two three four five; the last two in gold), R 1; b is exact.
	// P = (2/3+1)/2 = 5/6, R = 1, F1 = 10/11. The failing system has empty
	// outputs: P 0 (no page counts), R 0.
	// suite (raw byte matching): e holds "Story begins" (TP) but not "story
	// begins" (FN), "Share this" (FP) but not "Menu " (TN); f holds "Only
	// text" (TP). Pooled: TP 2, FN 1, FP 1, TN 1: P = R = F1 = 2/3, accuracy
	// 3/5. The failing system's empty outputs hold nothing: TP 0, FN 3,
	// FP 0, TN 2: P, R, F1 0, accuracy 2/5.
	text := strings.Join(strings.Fields(report.String()), " ")
	for _, want := range []string{
		"blogs: 1 pages, 0.0 MB of *.scraped.txt (1 skipped: no input file)",
		"identity 0.000 0.000 0.000 50.0% 100.0%",
		"failing 0.000 0.000 0.000 0.0% 0.0%",
		"news: 2 pages",
		"identity 0.909 0.833 1.000 - -",
		"failing 0.000 0.000 0.000 - -",
		"worst pages of identity (F1 P R id): 0.800 0.667 1.000 a worst pages of failing",
		"suite: 2 pages, 0.0 MB of *.scraped.txt; 3 must-include and 2 must-exclude snippets",
		"identity 0.667 0.667 0.667 0.600 2 1 1 1",
		"failing 0.000 0.000 0.000 0.400 0 3 0 2",
		"worst pages of identity (must-include missed, must-exclude found, id): 1 1 e worst pages of failing",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
	if strings.Contains(report.String(), "removals by") {
		t.Errorf("report lists removals for systems that report none:\n%s", report.String())
	}

	lines := strings.Split(strings.TrimSuffix(perPage.String(), "\n"), "\n")
	if len(lines) != 1+2*5 {
		t.Fatalf("per-page file has %d lines, want header + 10:\n%s", len(lines), perPage.String())
	}
	header := strings.Split(lines[0], "\t")
	for _, l := range lines[1:] {
		if n := len(strings.Split(l, "\t")); n != len(header) {
			t.Errorf("per-page line has %d fields, header %d: %q", n, len(header), l)
		}
	}
	wantPrefix := []string{
		"blogs\tidentity\tc\t0.0000\t0.0000\t0.0000\t0.5000\t1.0000\t",
		"blogs\tfailing\tc\t0.0000\t0.0000\t0.0000\t0.0000\t0.0000\t",
		"news\tidentity\ta\t0.6667\t1.0000\t0.8000\t\t\t",
		"news\tfailing\ta\t0.0000\t0.0000\t0.0000\t\t\t",
		"news\tidentity\tb\t1.0000\t1.0000\t1.0000\t\t\t\t\t\t\t",
		"suite\tidentity\te\t\t\t\t0.5000\t0.5000\t1\t1\t1\t1\t",
		"suite\tidentity\tf\t\t\t\t1.0000\t\t1\t0\t0\t0\t",
		"suite\tfailing\te\t\t\t\t0.0000\t0.0000\t0\t2\t0\t2\t",
	}
	for _, p := range wantPrefix {
		if !strings.Contains(perPage.String(), "\n"+p) {
			t.Errorf("per-page file lacks a line starting %q:\n%s", p, perPage.String())
		}
	}
	if !strings.HasSuffix(lines[2], "\tno luck") {
		t.Errorf("failing system's line does not end with its error: %q", lines[2])
	}

	got, err := os.ReadFile(filepath.Join(outDir, "identity", "news", "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "Menu\none two three four five\n" {
		t.Errorf("output file = %q", got)
	}
}

func TestCleanerSystem(t *testing.T) {
	t.Parallel()
	c, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := cleanerSystem{c}.Run("A sentence of the article.\n")
	if err != nil {
		t.Fatal(err)
	}
	if out.Removed == nil {
		t.Error("cleaner output has nil Removed; the evaluator would hide its removals")
	}
	if !strings.Contains(out.Text, "A sentence of the article.") {
		t.Errorf("cleaner dropped the only sentence: %q", out.Text)
	}
}
