package boilerplate

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// pageRun is the number of words in a row that an example may not share
// with one corpus page alone: a run that long found on a single page is
// that page's sentence, while a run found on several pages is a phrase
// that recurs, which is what a rule names.
const pageRun = 8

// standardStrings are example lines that share a run with a single corpus
// page and stay as they are: strings shipped by widely used software, the
// same on every site that runs it, with the software that ships them.
var standardStrings = map[string]string{
	"Du musst angemeldet sein, um einen Kommentar abzugeben.":                                       "WordPress core, German comment form",
	"Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)":                                       "Jetpack sharing buttons, German",
	"Votre adresse e-mail ne sera pas publiée.":                                                     "WordPress core, French comment form",
	"Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.": "WordPress core, French comment form",
}

// TestRuleExamplesAreInvented checks that the examples and counterexamples
// of the text and DOM rule files are invented text showing a rule's shape,
// not sentences taken from a page: no example line shares pageRun words in
// a row (lower-cased \w+ words) with exactly one page of the development
// corpus or the seeds, unless it is one of standardStrings. The corpus
// lives beside the repository (../shared); without it the test is skipped.
func TestRuleExamplesAreInvented(t *testing.T) {
	t.Parallel()
	shared := filepath.Join("..", "..", "shared")
	corpus := filepath.Join(shared, "corpus", "dev")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no corpus at %s", corpus)
	}
	pages, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	seeds, _ := filepath.Glob(filepath.Join(shared, "spec", "seeds", "*.txt"))
	pages = append(pages, seeds...)

	examples := ruleExampleLines(t)
	// onPages[run] is the set of pages that hold the run, for the runs of
	// the examples only.
	onPages := map[uint64]map[string]bool{}
	for _, ex := range examples {
		for _, r := range ex.runs {
			onPages[r] = map[string]bool{}
		}
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := pageName(p)
		for _, r := range wordRuns(string(b)) {
			if m, ok := onPages[r]; ok {
				m[name] = true
			}
		}
	}

	used := map[string]bool{}
	for _, ex := range examples {
		found := map[string]bool{}
		for _, r := range ex.runs {
			for p := range onPages[r] {
				found[p] = true
			}
		}
		if len(found) != 1 {
			continue
		}
		if _, ok := standardStrings[ex.text]; ok {
			used[ex.text] = true
			continue
		}
		for p := range found { // the one page
			t.Errorf("%s: %q shares %d words in a row with one corpus page only (%s): write invented text with the rule's shape",
				ex.at, ex.text, pageRun, p)
		}
	}
	for s, software := range standardStrings {
		if !used[s] {
			t.Errorf("standardStrings: %q (%s) is no longer an example found on one page: take it out", s, software)
		}
	}
}

type exampleLine struct {
	at, text string   // file:line, and the text after "+ " or "- "
	runs     []uint64 // its runs of pageRun words (wordRuns)
}

// ruleExampleLines returns the "+" and "-" lines of the text rule files
// and the DOM rule files.
func ruleExampleLines(t *testing.T) []exampleLine {
	t.Helper()
	text, _ := filepath.Glob(filepath.Join("rules", "*.rules"))
	dom, _ := filepath.Glob(filepath.Join("htmlclean", "rules", "*"))
	if len(text) == 0 || len(dom) == 0 {
		t.Fatalf("rule files: found %d text and %d DOM files", len(text), len(dom))
	}
	var out []exampleLine
	for _, f := range append(text, dom...) {
		file, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<20)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if len(line) < 3 || line[0] != '+' && line[0] != '-' || line[1] != ' ' && line[1] != '\t' {
				continue
			}
			ex := strings.TrimSpace(line[2:])
			out = append(out, exampleLine{at: f + ":" + strconv.Itoa(n), text: ex, runs: wordRuns(ex)})
		}
		file.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// pageName names the page a corpus file belongs to: its directory and
// file name without the suffix that says which version of the page it is
// (page.scraped.txt and page.gold.txt are one page).
func pageName(path string) string {
	base := filepath.Base(path)
	for _, suffix := range []string{".scraped.txt", ".gold.txt", ".with.txt", ".without.txt", ".clean.txt", ".txt"} {
		if s, ok := strings.CutSuffix(base, suffix); ok {
			base = s
			break
		}
	}
	return filepath.Base(filepath.Dir(path)) + "/" + base
}

// wordRuns returns a hash of every run of pageRun words in s, a word being
// a run of letters, digits and '_' compared in lower case (Python's \w+).
func wordRuns(s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	var words []uint64
	h, in := uint64(offset), false
	endWord := func() {
		if in {
			words, h, in = append(words, h), offset, false
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' {
			h, in = (h^uint64(unicode.ToLower(r)))*prime, true
			continue
		}
		endWord()
	}
	endWord()
	var runs []uint64
	for i := 0; i+pageRun <= len(words); i++ {
		var run uint64 = offset
		for _, w := range words[i : i+pageRun] {
			run = (run ^ w) * prime
		}
		runs = append(runs, run)
	}
	return runs
}
