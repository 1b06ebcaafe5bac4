package boilerplate

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A testCase is one hand-written case from testdata/cases:
//
//	# what the case shows
//	-- in --
//	input text
//	-- out --
//	expected text
//	-- removed --
//	LINE CATEGORY [RULE]
type testCase struct {
	name    string
	in, out string
	removed []wantRemoval
}

type wantRemoval struct {
	Line     int
	Category Category
	Rule     string // empty: any rule
}

func readCases(t *testing.T, pattern string) []testCase {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases match %s (%v)", pattern, err)
	}
	var cases []testCase
	for _, f := range files {
		tc := testCase{name: strings.TrimSuffix(filepath.Base(f), ".txt")}
		sections := map[string]*strings.Builder{}
		var cur *strings.Builder
		sc := bufio.NewScanner(strings.NewReader(readFile(t, f)))
		for sc.Scan() {
			line := sc.Text()
			if name, ok := strings.CutPrefix(line, "-- "); ok && strings.HasSuffix(name, " --") {
				cur = &strings.Builder{}
				sections[strings.TrimSuffix(name, " --")] = cur
				continue
			}
			if cur == nil {
				continue // the comment at the top
			}
			cur.WriteString(line)
			cur.WriteByte('\n')
		}
		for _, s := range []string{"in", "out", "removed"} {
			if sections[s] == nil {
				t.Fatalf("%s: no section %q", f, s)
			}
		}
		tc.in, tc.out = sections["in"].String(), sections["out"].String()
		for _, l := range strings.Split(strings.TrimSpace(sections["removed"].String()), "\n") {
			if l == "" {
				continue
			}
			fields := strings.Fields(l)
			n, err := strconv.Atoi(fields[0])
			if err != nil || len(fields) < 2 || len(fields) > 3 {
				t.Fatalf("%s: bad removal line %q: want LINE CATEGORY [RULE]", f, l)
			}
			w := wantRemoval{Line: n, Category: Category(fields[1])}
			if len(fields) == 3 {
				w.Rule = fields[2]
			}
			tc.removed = append(tc.removed, w)
		}
		cases = append(cases, tc)
	}
	return cases
}

// TestCases runs the hand-written cases with one shared Cleaner, in
// parallel, each with LF, CRLF and CR line ends: the decisions and the text
// must not depend on the line ends.
func TestCases(t *testing.T) {
	c := newTestCleaner(t)
	cases := readCases(t, "../testdata/cases/*.txt")
	seen := map[Category]bool{}
	for _, tc := range cases {
		for _, w := range tc.removed {
			seen[w.Category] = true
		}
		for _, eol := range []string{"\n", "\r\n", "\r"} {
			t.Run(fmt.Sprintf("%s/%q", tc.name, eol), func(t *testing.T) {
				t.Parallel()
				in := strings.ReplaceAll(tc.in, "\n", eol)
				res := c.Clean(in)
				if diff := cmp.Diff(tc.out, res.Text); diff != "" {
					t.Errorf("text differs (-want +got):\n%s", diff)
				}
				checkInvariants(t, in, res)
				if lang, ok := strings.CutPrefix(tc.name, "lang-"); ok && res.Language != lang {
					t.Errorf("language %q, want %q", res.Language, lang)
				}
				var got []wantRemoval
				for k, r := range res.Removed {
					w := wantRemoval{Line: r.Line, Category: r.Category, Rule: r.Rule}
					if k < len(tc.removed) && tc.removed[k].Rule == "" {
						w.Rule = ""
					}
					got = append(got, w)
				}
				if diff := cmp.Diff(tc.removed, got); diff != "" {
					t.Errorf("removals differ (-want +got):\n%s", diff)
				}
			})
		}
	}
	for _, cat := range Categories() {
		if !seen[cat] {
			t.Errorf("no hand-written case removes a line as %s", cat)
		}
	}
}

// TestMustSurvive cleans article text that looks like noise — subheadings,
// a quote's attribution, "Read more about …", speaker labels, a list of
// short items — and checks that nothing is removed.
func TestMustSurvive(t *testing.T) {
	c := newTestCleaner(t)
	files, err := filepath.Glob("../testdata/survive/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("want at least 10 must-survive cases, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			in := readFile(t, f)
			res := c.Clean(in)
			for _, r := range res.Removed {
				t.Errorf("removed line %d as %s by %s: %q", r.Line, r.Category, r.Rule, r.Text)
			}
			if diff := cmp.Diff(expectText(in, nil), res.Text); diff != "" {
				t.Errorf("text differs (-want +got):\n%s", diff)
			}
		})
	}
}
