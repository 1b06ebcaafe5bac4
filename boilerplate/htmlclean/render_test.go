package htmlclean

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestRender(t *testing.T) {
	tests := []struct {
		name, page, want string
		spaceInline      bool
	}{
		{"blocks", "<h2>Title</h2><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul>",
			"Title\n\nOne bold word.\n\na\n\nb\n", false},
		{"br", "<p>line one<br>line two</p>", "line one\nline two\n", false},
		{"table", "<table><tr><th>State</th><th>Cost</th></tr><tr><td>Texas</td><td>$12</td></tr></table>",
			"State Cost\n\nTexas $12\n", false},
		{"pre", "<pre>a  b\n  c\n\nd</pre><p>x</p>", "a  b\n  c\n\nd\n\nx\n", false},
		{"hidden-tags", "<p>a<script>var x;</script>b<button>Share</button></p><style>p{}</style>", "ab\n", false},
		{"space-inline", "<p><strong>Lunacal</strong>syncs with<em>calendars</em>: yes</p>",
			"Lunacal syncs with calendars: yes\n", true},
		{"space-inline-cjk", "<p><b>東京</b>都</p>", "東京都\n", true},
		{"no-space-inline", "<p><b>W</b>ord</p>", "Word\n", false},
		{"empty", "<div> </div>", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, render(findElement(doc, "body"), tt.spaceInline)); diff != "" {
				t.Errorf("render (-want +got):\n%s", diff)
			}
			if !tt.spaceInline {
				if diff := cmp.Diff(tt.want, tokenRender([]byte(tt.page))); diff != "" {
					t.Errorf("tokenRender (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestJoinDropCaps(t *testing.T) {
	for page, want := range map[string]string{
		`<p><span class="dropcap">I</span>n-house catering is <b>common</b>.</p>`:                    "In-house catering is common.\n",
		`<p><span><strong><span><span>I</span></span></strong><span>n-house</span> food.</span></p>`: "In-house food.\n",
		`<p><b>I</b></p><p>now</p>`:           "I\n\nnow\n",
		`<p><span>A</span>s you can see.</p>`: "As you can see.\n",
		`<p><b>I</b> think so.</p>`:           "I think so.\n",
		`<p><b>Lunacal</b>syncs.</p>`:         "Lunacal syncs.\n",
	} {
		doc, _ := html.Parse(strings.NewReader(page))
		body := findElement(doc, "body")
		joinDropCaps(body)
		if got := render(body, true); got != want {
			t.Errorf("%s: got %q, want %q", page, got, want)
		}
	}
}

func TestMarkedTextLeftOut(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<p>Para one <span class="credit">Photo: AP</span> goes on.</p><div class="share">Share this:<br>Facebook</div><p>Para two.</p>`))
	var noise []removedNode
	for _, tag := range []string{"span", "div"} {
		noise = append(noise, removedNode{node: findElement(doc, tag)})
	}
	mark(noise)
	if got, want := render(doc, false), "Para one  goes on.\n\nPara two.\n"; got != strings.Replace(want, "  ", " ", 1) {
		t.Errorf("render of marked page = %q, want %q", got, want)
	}
	detach(noise)
	if got := noise[0].node.FirstChild.Data; got != "Photo: AP" {
		t.Errorf("detach left the marks: %q", got)
	}
	if findElement(doc, "span") != nil {
		t.Error("detach left the element in the tree")
	}
}

func TestDropRepeats(t *testing.T) {
	got := dropRepeats("Para one.\n\nPara two.\n\nPara two.\n\nPara one.\n")
	if want := "Para one.\n\nPara two.\n\nPara one.\n"; got != want {
		t.Errorf("dropRepeats = %q, want %q", got, want)
	}
}

func TestNodePath(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<body class="home"><div class="a b"><section id="s"><div><div><ul class="share"><li>x</li></ul></div></div></section></div></body>`))
	ul := findElement(doc, "ul")
	if got, want := nodePath(ul), "…>section#s>div>div>ul.share"; got != want {
		t.Errorf("nodePath = %q, want %q", got, want)
	}
	if got, want := nodePath(findElement(doc, "section")), "body>div.a>section#s"; got != want {
		t.Errorf("nodePath = %q, want %q", got, want)
	}
}
