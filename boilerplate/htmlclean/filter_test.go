package htmlclean

import "testing"

func TestLineKey(t *testing.T) {
	for in, want := range map[string]string{
		"The Harbour, at Dawn!": "theharbouratdawn",
		"  Été à Paris — 2024 ": "étéàparis2024",
		"東京の港":                  "東京の港",
		"ПРИВЕТ мир":            "приветмир",
		"\xff bad \xfe UTF-8":   "badutf8",
		"":                      "",
		"— · —":                 "",
	} {
		if got := lineKey(in); got != want {
			t.Errorf("lineKey(%q) = %q, want %q", in, got, want)
		}
		for max := 0; max <= len(want)+1; max++ {
			if got, cut := keyHead(in, max), want[:min(max, len(want))]; got != cut {
				t.Errorf("keyHead(%q, %d) = %q, want %q", in, max, got, cut)
			}
		}
	}
}

func TestNodeKeyHead(t *testing.T) {
	doc := parseString(t, `<div>The <b>Harbour</b><script>var x = 1;</script>, at <p>Dawn</p></div>`)
	div := findElement(doc, "div")
	for max, want := range map[int]string{100: "theharbouratdawn", 5: "theha", 0: ""} {
		if got := nodeKeyHead(div, max); got != want {
			t.Errorf("nodeKeyHead(div, %d) = %q, want %q", max, got, want)
		}
	}
}
