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
//     attributes. Their text is marked, not removed, so that the extractor
//     sees the page as it is; drop caps are joined to their word. Long
//     hidden elements outside them (collapsed accordion and tab panels) are
//     shown to the extractor.
//  4. go-trafilatura (with its readability and dom-distiller fallbacks)
//     finds the article on its own copy of the tree.
//  5. The article is rendered as text, one block per paragraph, heading,
//     list item and table row, leaving out the marked text, a line that
//     repeats the one before it, the page title at its start
//     (RuleLeadingTitle) and later copies of a paragraph
//     (RuleRepeatedParagraph); then the text Cleaner of package
//     boilerplate runs over it.
//
// When the extractor dropped headings, lists, tables or paragraphs from
// between the article's paragraphs, the smallest element holding those
// paragraphs is rendered instead, from the first paragraph to the last and
// without the lines that are links or data, provided it adds text but at
// most as much prose again (Result.Path is PathContainer).
//
// When the page's largest <main>, <article> or role=main element holds
// much more prose than the extracted article, that element is rendered
// instead and cleaned by Options.Page, a text Cleaner that also cuts the
// page chrome before and after the article. When the extractor finds
// nothing, the whole body (after the DOM rules) is rendered and cleaned so
// instead. Result.Path says which way was taken. Pages the parser rejects
// (nested past 512 elements) are rendered from their token stream.
//
// DOM rules are data, like the text rules: the built-in set "dom" is
// embedded from rules/dom.rules, users add sets with ParseDOMRuleSet and
// Options.RuleSets, and disable rules by name with Options.DisableRules
// ("dom/share/*"). Class and id words match whole words, and class names
// that describe content ("has-share", "category-advertising") are not
// looked at; <body>, <main>, <article>, an element holding the page's main
// content and one holding most of the page's text are never removed; the
// one exception is a hidden dialog that repeats the article (republishing
// and print widgets keep such copies), while the page outside it holds at
// least half as much text again.
//
// A Cleaner is immutable and safe for concurrent use by multiple
// goroutines; build it once with New and share it.
package htmlclean
