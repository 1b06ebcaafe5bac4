package boilerplate

import (
	"regexp"
	"regexp/syntax"
	"testing"
)

// TestIndexFold checks indexFold against a regexp that folds case, on
// runes whose folded forms differ in length (the Kelvin sign and "k", the
// long s and "s", "ẞ" and "ß").
func TestIndexFold(t *testing.T) {
	tests := []struct{ s, lit string }{
		{"Subscribe now", "SUBSCRIBE"},
		{"\u212aelvin scale", "kelvin"},
		{"kelvin", "\u212aELVIN"},
		{"Sub\u017fcribe", "subscribe"},
		{"GRO\u1e9eE", "große"},
		{"für Abonnenten", "FÜR"},
		{"nothing here", "newsletter"},
		{"newslette", "newsletter"},
		{"", "a"},
		{"\xff\xfe broken", "broken"},
		{"NEWS: the newsletter", "newsletter"}, // the upper case comes first
		{"new newsletter NEWSLETTER", "newsletter"},
		{"news, then the Newsletter", "newsletter"},
		{"e-mail: x@example.com", "@example"}, // a first byte with one case
	}
	for _, tt := range tests {
		re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(tt.lit))
		want := -1
		if loc := re.FindStringIndex(tt.s); loc != nil {
			want = loc[0]
		}
		if got := indexFold(tt.s, tt.lit); got != want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.lit, got, want)
		}
	}
}

// TestRequiredWords checks the words found in a regexp: each branch of a
// top-level alternation gives its own, the trigger's are left out, and a
// line without them is ruled out while one with them is not.
func TestRequiredWords(t *testing.T) {
	const expr = `(?i)\b(?:we|i)\s+(?:may\s+)?earn\s+(?:a\s+)?commission|\bpaid\s+(?:partnership|promotion)`
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	words := requiredWords(re.Simplify(), []string{"commission", "paid"})
	if len(words) != 2 {
		t.Fatalf("requiredWords = %q, want one conjunction per branch", words)
	}
	for _, tt := range []struct {
		line string
		may  bool
	}{
		{"We may earn a commission on purchases", true},
		{"Paid partnership with Acme", true},
		{"The commission met on Monday", false}, // no "earn"
		{"He was paid in cash", false},          // neither partnership nor promotion
	} {
		if got := mayHave(tt.line, words); got != tt.may {
			t.Errorf("mayHave(%q) = %v, want %v (words %q)", tt.line, got, tt.may, words)
		}
		if m := regexp.MustCompile(expr).MatchString(tt.line); m && !tt.may {
			t.Fatalf("test case %q matches the regexp: fix the test", tt.line)
		}
	}
}
