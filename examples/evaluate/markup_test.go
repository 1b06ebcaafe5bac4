package main

import (
	"strings"
	"testing"
)

func TestDisguise(t *testing.T) {
	page := `<html><body><header class="site-header"><nav id="menu">Home</nav></header>` +
		`<article class="post entry-content"><p class="lead">The dike held.</p></article>` +
		`<footer class="site-footer post">© Paper</footer></body></html>`
	tests := []struct {
		mode      string
		want, not []string
	}{
		{markupOpaque, []string{"<header", "<article", "<nav", "The dike held.", "© Paper"}, []string{"site-header", "entry-content", `"menu"`, "lead"}},
		{markupPlain, []string{`class="site-header"`, `id="menu"`, `class="post entry-content"`, "The dike held."}, []string{"<header", "<nav", "<article", "<footer"}},
		{markupBare, []string{"The dike held.", "© Paper"}, []string{"<header", "<article", "site-header", "entry-content"}},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			got, err := disguise(page, tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("keeps %q:\n%s", w, got)
				}
			}
		})
	}
	// The same word gives the same token: "post" on the article and the
	// footer.
	got, _ := disguise(page, markupOpaque)
	tok := opaqueWords("post")
	if strings.Count(got, tok) != 2 {
		t.Errorf("token %s of \"post\" appears %d times, want 2:\n%s", tok, strings.Count(got, tok), got)
	}
	if _, err := disguise(page, "hidden"); err == nil {
		t.Error("an unknown mode gives no error")
	}
}
