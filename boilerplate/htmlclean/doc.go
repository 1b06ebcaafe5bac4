// Package htmlclean extracts the article from an HTML page and removes its
// boilerplate, reporting every removal with a category and rule name.
//
// The pipeline, per page:
//
//  1. The bytes are decoded: valid UTF-8 stays UTF-8 whatever a <meta> tag
//     claims; otherwise the byte order mark or the declared charset is
//     honoured (windows-1252 is guessed when nothing is declared).
//  2. The page is parsed once with golang.org/x/net/html.
//  3. DOM rules find the structurally noisy elements: captions and
//     credits, share, newsletter, related, most-read, comment and ad
//     widgets, menus, contents lists, cookie banners and hidden elements,
//     found by tag, class and id words, role, aria-label or data
//     attributes. They are a set of nodes kept beside the tree: nothing in
//     the page is changed, so the extractor sees the page as it is, and no
//     text of the page can change what is kept.
//  4. go-trafilatura (with its readability and dom-distiller fallbacks)
//     finds the article on its own copy of the tree. Long hidden elements
//     that no rule matched (collapsed accordion and tab panels) are shown
//     to it; when the tree is the caller's, on a copy.
//  5. The article is rendered once, one block per paragraph, heading, list
//     item and table row. Each piece of its text is found in the page's
//     text (the extractor trims text and runs text nodes together, but
//     their letters and digits are the page's, in order), and the pieces
//     that lie in matched elements are left out, unless a veto keeps them
//     (see vetoProse): the extractor chose them as much of the article.
//  6. When the extractor left out headings, lists, tables or sections of
//     the article's own flow, they are put back (Result.Path is
//     PathContainer; see restoreFlow). Nothing the extractor kept is taken
//     away by this.
//  7. The page's title at the start of the article (RuleLeadingTitle) and
//     paragraphs printed twice (RuleRepeatedParagraph) are marked, and the
//     text Cleaner of package boilerplate runs over the rendered article,
//     reporting them with its own removals, with offsets into
//     Result.Rendered.
//
// When the extractor finds nothing, or takes a comment section or story
// list for the article (the DOM rules take it out, and no prose is left),
// the whole body is rendered and cleaned with the text cleaner's zone
// heuristics (PathFallback). Pages the parser
// rejects (nested past 512 elements) are rendered from their token stream.
// Result.Confidence drops, with a Note, when the result keeps less than
// half of the prose the extractor found.
//
// DOM rules are data in the rule-file language of package boilerplate: the
// built-in set "dom" is embedded from rules/dom.rules, users add sets with
// ParseDOMRuleSet and Options.RuleSets, and disable rules by name with
// Options.Text.DisableRules ("dom/share/*"). Class and id words match whole
// words, and class names that describe content ("has-share",
// "category-advertising") are not looked at; <body>, <main>, <article>, an
// element whose class or id names the content ("article-body"), an element
// holding the page's main content and one holding most of the page's text
// are never removed; the one exception is a hidden dialog that repeats the
// article (republishing and print widgets keep such copies), while the page
// outside it holds at least half as much text again.
//
// A Cleaner is immutable and safe for concurrent use by multiple
// goroutines; build it once with New and share it.
package htmlclean
