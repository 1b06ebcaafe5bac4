package htmlclean

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

func textLines(texts ...string) []line {
	out := make([]line, len(texts))
	for i, t := range texts {
		out[i] = line{text: t, gap: true}
	}
	return out
}

func dropped(lines []line) []string {
	var out []string
	for _, l := range lines {
		if l.drop != "" {
			out = append(out, l.drop+": "+l.text)
		}
	}
	return out
}

func TestMarkTitle(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		h1    string
		want  int // index of the title line, -1 for none
	}{
		{"first-line", []string{"Dikes hold on the river", "The water fell."}, "Dikes hold on the river", 0},
		{"after-kicker", []string{"Weather", "Dikes hold on the river!", "The water fell."}, "Dikes <hold> on the river", 1},
		{"too-late", []string{"a", "b", "c", "Dikes hold on the river"}, "Dikes hold on the river", -1},
		{"in-sentence", []string{"Dikes hold on the river, the board said."}, "Dikes hold on the river", -1},
	}
	for _, tt := range tests {
		lines := textLines(tt.lines...)
		markTitle(lines, tt.h1, "")
		for i, l := range lines {
			if (l.drop == RuleLeadingTitle) != (i == tt.want) {
				t.Errorf("%s: line %d %q drop = %q", tt.name, i, l.text, l.drop)
			}
		}
	}
	lines := textLines("Water board elects chair", "Text.")
	markTitle(lines, "", "Water board elects chair")
	if lines[0].drop != RuleLeadingTitle {
		t.Error("the metadata title was not found")
	}
}

func TestMarkCopies(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to cars for the whole of next year."
	lines := textLines("Key points", para, "Key points", "state: present", "state: present", strings.ToUpper(para), "The end.")
	markCopies(nil, lines)
	want := []string{RuleRepeatedParagraph + ": state: present", RuleRepeatedParagraph + ": " + strings.ToUpper(para)}
	if got := dropped(lines); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("dropped %q, want %q", got, want)
	}
}

// TestRepeatedParagraphs: a paragraph the article says twice in its own
// flow stays; a copy standing apart (a pull quote) goes, and so does one
// the extractor gave twice.
func TestRepeatedParagraphs(t *testing.T) {
	refrain := "<p>We shall not be moved, the marchers sang as they crossed the old bridge into the town square.</p>"
	body := paragraphs(1, 2) + refrain + paragraphs(3, 2) + refrain +
		`<aside class="pull">` + strings.TrimSuffix(strings.TrimPrefix(paragraphs(1, 1), "<p>"), "</p>") + `</aside>` + paragraphs(5, 2)
	res := cleanString(t, newTestCleaner(t, Options{}), "<html><body><article>"+body+"</article></body></html>")
	if n := strings.Count(res.Text, "We shall not be moved"); n != 2 {
		t.Errorf("the refrain is in Text %d times, want 2:\n%s", n, res.Text)
	}
	if n := strings.Count(res.Text, "On day 1 "); n > 1 {
		t.Errorf("the pull quote is in Text %d times, want once:\n%s", n, res.Text)
	}
	// A feature two products share is an item of each product's list.
	feature := "<li>Packs into a single carry bag that fits in the boot of a small car</li>"
	catalogue := paragraphs(1, 2) + "<h2>Ridgeline Four</h2><ul><li>Sleeps four</li>" + feature + "</ul>" +
		"<h2>Harbour Dome</h2><ul><li>Sleeps three</li>" + feature + "</ul>" + paragraphs(3, 2)
	res = cleanString(t, newTestCleaner(t, Options{}), "<html><body><article>"+catalogue+"</article></body></html>")
	if n := strings.Count(res.Text, "Packs into a single carry bag"); n != 2 {
		t.Errorf("the shared list item is in Text %d times, want 2:\n%s", n, res.Text)
	}
	c := newTestCleaner(t, Options{Text: boilerplate.Options{DisableRules: []string{RuleRepeatedParagraph}}})
	if c.noCopies != true {
		t.Error("DisableRules did not switch the copies step off")
	}
}

func TestLeadingTitleSwitch(t *testing.T) {
	tests := []struct {
		opts    boilerplate.Options
		noTitle bool
	}{
		{boilerplate.Options{}, false},
		{boilerplate.Options{DisableRules: []string{RuleLeadingTitle}}, true},
		{boilerplate.Options{DisableRules: []string{"dom/title/*"}}, true},
		{boilerplate.Options{DisableRules: []string{"dom/*"}}, true},
		{boilerplate.Options{DisableRules: []string{"dom/share/*"}}, false},
		{boilerplate.Options{KeepCategories: []boilerplate.Category{boilerplate.Metadata}}, true},
	}
	for _, tt := range tests {
		if c := newTestCleaner(t, Options{Text: tt.opts}); c.noTitle != tt.noTitle {
			t.Errorf("Options %+v: noTitle = %v, want %v", tt.opts, c.noTitle, tt.noTitle)
		}
	}
}

// TestTitleAndCopiesReported: the title and copies are text removals, with
// offsets into Rendered.
func TestTitleAndCopiesReported(t *testing.T) {
	page := "<html><head><title>Dikes hold</title></head><body><article><h1>Dikes hold</h1>" + paragraphs(1, 4) +
		`<blockquote class="pull">` + strings.TrimSuffix(strings.TrimPrefix(paragraphs(2, 1), "<p>"), "</p>") + `</blockquote></article></body></html>`
	res := cleanString(t, newTestCleaner(t, Options{}), page)
	got := map[string]bool{}
	for _, r := range res.Removed {
		if res.Rendered[r.Start:r.End] != r.Text {
			t.Errorf("removal %+v does not point into Rendered", r)
		}
		got[r.Rule] = true
	}
	for _, rule := range []string{RuleLeadingTitle, RuleRepeatedParagraph} {
		if !got[rule] {
			t.Errorf("Removed lacks %s: %+v\nRendered:\n%s", rule, res.Removed, res.Rendered)
		}
	}
}

func TestLineKey(t *testing.T) {
	for in, want := range map[string]string{
		"Hello, World!":   "helloworld",
		"  Été 2024 — ok": "été2024ok",
		"":                "",
		"…":               "",
	} {
		if got := lineKey(in); got != want {
			t.Errorf("lineKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAppendKey checks appendKey, which writes into room it makes ahead,
// against the key built one rune at a time, on texts of ASCII, of runes
// whose lower case is longer ("Ⱥ", two bytes, gives "ⱥ", three) or
// shorter ("İ") than they are, of other scripts' letters and digits, and
// of invalid UTF-8, appended to keys already begun. "Ⱥaaaaaa" fills the
// room made for it exactly, unless room is made again after the rune.
func TestAppendKey(t *testing.T) {
	slow := func(b []byte, s string) []byte {
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
		}
		return b
	}
	pieces := []string{"a", "Z", "09", " ", "-", "…", "É", "İ", "İİİ", "Ⱥ", "ȾȾ", "ẞ", "٣", "日本", "\xff", "\xc3", "Hello, World!", "x\u0130y"}
	texts := append(slices.Clone(pieces), "Ⱥaaaaaa")
	for _, a := range pieces {
		for _, b := range pieces {
			texts = append(texts, a+b, a+b+a)
		}
	}
	for _, s := range texts {
		for _, prefix := range []string{"", "key"} {
			want := string(slow([]byte(prefix), s))
			if got := string(appendKey([]byte(prefix), s)); got != want {
				t.Errorf("appendKey(%q, %q) = %q, want %q", prefix, s, got, want)
			}
			b := make([]byte, len(prefix), len(prefix)+1) // little room: it must grow
			copy(b, prefix)
			if got := string(appendKey(b, s)); got != want {
				t.Errorf("appendKey(%q with no room, %q) = %q, want %q", prefix, s, got, want)
			}
		}
	}
}
