package htmlclean

import (
	"slices"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestCSSTriggerOf(t *testing.T) {
	for _, tc := range []struct {
		group string
		want  cssTrigger
	}{
		{`[hidden], [aria-hidden="true"]`, cssTrigger{attrs: []attrNeed{{key: "hidden"}, {key: "aria-hidden"}}}},
		{`.sr-only, .skip-link, #top`, cssTrigger{attrs: []attrNeed{{"class", "sr-only"}, {"class", "skip-link"}, {"id", "top"}}}},
		{`dialog, [role="dialog"], [ROLE=alertdialog]`, cssTrigger{tags: []string{"dialog"}, attrs: []attrNeed{{key: "role"}}}},
		{`DIV.share`, cssTrigger{tags: []string{"div"}}},
		{`article > p.credit`, cssTrigger{tags: []string{"p"}}},
		{`div[data-x="a, b > c"] ~ *[title]`, cssTrigger{attrs: []attrNeed{{key: "title"}}}},
		{`[style*="display: none"]`, cssTrigger{attrs: []attrNeed{{key: "style"}}}},
		{`[lang|=en], [x^=a], [x$=b], [x~=c]`, cssTrigger{attrs: []attrNeed{{key: "lang"}, {key: "x"}}}},
		{`aside :not(.x)`, cssTrigger{always: true}},
		{`*`, cssTrigger{always: true}},
		{`.a, [x!=y]`, cssTrigger{always: true}},
		{`[x #= (a]b)]`, cssTrigger{always: true}},
		{`.caf\e9`, cssTrigger{always: true}},
		{`.café`, cssTrigger{always: true}},
	} {
		if diff := cmp.Diff(tc.want, cssTriggerOf(tc.group), cmp.AllowUnexported(cssTrigger{}, attrNeed{})); diff != "" {
			t.Errorf("cssTriggerOf(%q) (-want +got):\n%s", tc.group, diff)
		}
	}
}

// triggerGroups and triggerPage are selector groups and a page to check
// triggers on.
var triggerGroups = []string{
	`[hidden], [aria-hidden="true"]`, `.sr-only, .visually-hidden`, `dialog, [role="dialog"]`,
	`div > p.credit`, `[style*="display:none"]`, `[x!=y]`, `p:first-child`, `*`, `#main span`,
	`[data-ad]`, `ul li + li`, `[class~=b]`, `SPAN`, `.a.b`, `#Main`, `.B`,
}

const triggerPage = `<html><body><div id="main" class="a b"><p class="credit">x</p>` +
	`<p hidden>y</p><span aria-hidden="true" style="display:none">z</span></div>` +
	`<dialog>d</dialog><div role="dialog" data-ad="1"><ul><li>1</li><li x="y">2</li></ul></div>` +
	`<span class="sr-only visually-hidden">s</span><i id="Main" class="B a b">i</i></body></html>`

// TestCSSTriggerExact checks that a trigger never keeps a selector from an
// element it matches: with and without it, the selectors match the same
// elements of a page.
func TestCSSTriggerExact(t *testing.T) {
	doc := parseString(t, triggerPage)
	for _, g := range triggerGroups {
		sel, err := cascadia.ParseGroup(g)
		if err != nil {
			t.Fatal(err)
		}
		trig := cssTriggerOf(g)
		for n := doc; n != nil; n = next(n, doc) {
			if n.Type != html.ElementNode {
				continue
			}
			if sel.Match(n) && !trig.may(n) {
				t.Errorf("%q matches <%s %v>, which its trigger %+v rules out", g, n.Data, n.Attr, trig)
			}
		}
	}
}

// TestCSSIndex checks that a cssIndex finds, for each element, the rules
// whose trigger holds for it and no others.
func TestCSSIndex(t *testing.T) {
	var x cssIndex
	for i, g := range triggerGroups {
		x.add(i, cssTriggerOf(g))
	}
	doc := parseString(t, triggerPage)
	for n := doc; n != nil; n = next(n, doc) {
		if n.Type != html.ElementNode {
			continue
		}
		var want []int32
		for i, g := range triggerGroups {
			if trig := cssTriggerOf(g); trig.may(n) {
				want = append(want, int32(i))
			}
		}
		got := x.appendTag(nil, n.Data)
		for _, a := range n.Attr {
			got = x.appendAttr(got, a)
		}
		slices.Sort(got)
		got = slices.Compact(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("<%s %v>: rules (-want +got):\n%s", n.Data, n.Attr, diff)
		}
	}
}
