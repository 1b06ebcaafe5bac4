package rulefile

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

var testSyntax = Syntax{Languages: []string{"en", "de"}, Categories: []string{"share", "advert"}}

func TestParse(t *testing.T) {
	set, err := Parse("my.rules", strings.NewReader(
		"# comment\n@language de\n\nshare/a  share  line,rest,max=9  Artikel   teilen \n+ Artikel teilen\n- Teilen Sie\nx/b advert regexp ^\\d+ Anzeige$\n"), testSyntax)
	if err != nil {
		t.Fatal(err)
	}
	if set.Name != "my.rules" || set.Language != "de" || len(set.Rules) != 2 {
		t.Fatalf("got %+v", set)
	}
	a := set.Rules[0]
	want := Rule{Name: "share/a", Category: "share", Match: "line", Pattern: "Artikel   teilen",
		Options:  []Option{{Key: "rest"}, {Key: "max", Value: "9", HasValue: true}},
		Examples: []string{"Artikel teilen"}, Counterexamples: []string{"Teilen Sie"}, File: "my.rules", Line: 4}
	if a.Name != want.Name || a.Category != want.Category || a.Match != want.Match || a.Pattern != want.Pattern ||
		!slices.Equal(a.Options, want.Options) || !slices.Equal(a.Examples, want.Examples) ||
		!slices.Equal(a.Counterexamples, want.Counterexamples) || a.Line != want.Line || a.File != want.File {
		t.Errorf("rule\n got %+v\nwant %+v", a, want)
	}
	if set.Rules[1].Pattern != `^\d+ Anzeige$` {
		t.Errorf("pattern %q: inner white space must be kept as written", set.Rules[1].Pattern)
	}
}

func TestParseErrors(t *testing.T) {
	noLang := Syntax{Categories: testSyntax.Categories}
	tests := []struct {
		name, file string
		syn        Syntax
		line       int
		want       string
	}{
		{"category", "a/b nonsense line x\n", testSyntax, 1, "unknown category"},
		{"short", "\na/b share line\n", testSyntax, 2, "want NAME CATEGORY MATCH PATTERN"},
		{"star", "a/* share line x\n", testSyntax, 1, "may not contain"},
		{"duplicate", "a/b share line x\n\na/b share line y\n", testSyntax, 3, "name used again (first at line 1)"},
		{"example first", "+ Share\n", testSyntax, 1, "example before any rule"},
		{"language", "@language ru\n", testSyntax, 1, `@language "ru": want one of en, de`},
		{"glued language", "@languagede\n", testSyntax, 1, "want one of"},
		{"no language sets", "@language en\n", noLang, 1, "no language sets"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("my.rules", strings.NewReader(tt.file), tt.syn)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if e.File != "my.rules" || e.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q at line %d, want my.rules:%d saying %q", err, e.Line, tt.line, tt.want)
			}
		})
	}
}

func TestRegistry(t *testing.T) {
	var r Registry
	for _, name := range []string{"mine", "theirs"} {
		if err := r.Add(name); err != nil {
			t.Errorf("Add(%q): %v", name, err)
		}
	}
	for _, name := range []string{"mine", "dom", "en", "heuristic", "profile", "common", "", "a/b", "a b"} {
		if err := r.Add(name); err == nil {
			t.Errorf("Add(%q) succeeded", name)
		}
	}
}

func TestNames(t *testing.T) {
	known := slices.Values([]string{"en/share/facebook", "en/share/twitter", "en/comments/reply", "heuristic/tail-zone"})
	s, err := NewNames([]string{"en/share/*", "heuristic/tail-zone"}, known)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{
		"en/share/facebook": true, "en/share/twitter": true, "heuristic/tail-zone": true,
		"en/comments/reply": false, "en/shareholders": false, "heuristic/header-zone": false,
	} {
		if got := s.Has(name); got != want {
			t.Errorf("Has(%q) = %v, want %v", name, got, want)
		}
	}
	for _, bad := range []string{"en/share/nope", "fr/*", "en/sha*", "*"} {
		_, err := NewNames([]string{bad}, known)
		if !errors.Is(err, ErrUnknownRule) || !strings.Contains(err.Error(), bad) {
			t.Errorf("NewNames(%q): %v, want ErrUnknownRule naming it", bad, err)
		}
	}
	if (Names{}).Has("anything") || !(Names{}).Empty() {
		t.Error("the zero Names matches a name")
	}
	if SetOf("dom/share/*") != "dom" || SetOf("heuristic") != "heuristic" {
		t.Error("SetOf")
	}
}
