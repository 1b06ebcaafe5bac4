package htmlclean

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// RuleLeadingTitle is the name of the heuristic that drops the page's title
// from the start of the extracted article: the title is in
// Result.Metadata.Title, and article text does not repeat it. Like a DOM
// rule, it is reported in Result.DOMRemoved and disabled by name (or with
// "dom/*"); KeepCategories with boilerplate.Metadata keeps the title too.
const RuleLeadingTitle = "dom/title/leading-title"

// titleLines is how many lines from the start of the article the title is
// looked for in: a kicker or a date may come before it.
const titleLines = 3

// dropTitle removes from rendered the first of its first titleLines lines
// that is the page's <h1> or its metadata title, and reports it.
func dropTitle(rendered string, h1 *html.Node, metaTitle string) (string, *removedNode) {
	var keys []string
	path := "title"
	if h1 != nil {
		if k := lineKey(nodeText(h1, 1000)); k != "" {
			keys = append(keys, k)
			path = nodePath(h1)
		}
	}
	if k := lineKey(metaTitle); k != "" {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return rendered, nil
	}
	start := 0
	for i := 0; i < titleLines && start < len(rendered); i++ {
		end := strings.IndexByte(rendered[start:], '\n')
		if end < 0 {
			end = len(rendered)
		} else {
			end += start
		}
		line := rendered[start:end]
		if line == "" {
			start = end + 1
			i--
			continue
		}
		k := lineKey(line)
		for _, key := range keys {
			if k != key {
				continue
			}
			rest := strings.TrimLeft(rendered[min(end+1, len(rendered)):], "\n")
			out := strings.TrimRight(rendered[:start], "\n")
			if out != "" && rest != "" {
				out += "\n\n"
			} else if out != "" {
				out += "\n"
			}
			return out + rest, &removedNode{rem: DOMRemoval{Category: boilerplate.Metadata,
				Rule: RuleLeadingTitle, Path: path, Text: line}, report: true}
		}
		start = end + 1
	}
	return rendered, nil
}
