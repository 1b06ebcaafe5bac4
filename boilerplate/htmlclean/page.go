package htmlclean

import (
	"bytes"
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A page is a parsed page as the cleaner sees it: its body, the elements
// the DOM rules matched (a set of nodes, kept beside the tree: nothing in
// the tree is changed, so no text of the page can change what is kept),
// and an index of its text for finding where the extractor's output came
// from.
//
// The extractor works on its own copy of the tree and gives back a new
// tree, so its nodes are not the page's. Its text is the page's text,
// though, with white space changed: every text node it keeps is one of the
// page's text nodes, trimmed, or a few of them run together. Compared by
// their letters and digits alone (their keys), the extractor's text nodes
// are found in the page's in order, and each piece of them is then known
// to come from one text node of the page: inside a matched element or
// not.
type page struct {
	doc, body *html.Node
	noise     []noiseNode          // the matched elements, in document order, none inside another
	noiseOf   map[*html.Node]int32 // element → index into noise
	texts     []srcText            // the text nodes under body, in document order
	keys      []byte               // their keys, run together
	shown     map[*html.Node]bool  // hidden elements revealed to the extractor
	textBytes int                  // the non-space bytes of texts, once findNoise has counted them
	textNodes int                  // and how many texts there are

	// prose holds the last text whose prose words were measured, and
	// them (see Cleaner.proseWords).
	prose struct {
		text  string
		words []int
		sum   int
	}
}

// newPage returns the page holding n, whichever of its nodes n is: its
// root, and its body (or the root, when the page has no body element).
func newPage(n *html.Node) *page {
	for n.Parent != nil {
		n = n.Parent
	}
	p := &page{doc: n, body: findElement(n, "body")}
	if p.body == nil {
		p.body = n
	}
	return p
}

// A srcText is one text node of the page.
type srcText struct {
	node   *html.Node
	k0, k1 int32 // its key: page.keys[k0:k1]
	noise  int32 // index into page.noise of the matched element holding it, or -1
	hidden bool  // it lies in an element that hides it and is not shown
}

// indexText fills p.texts and p.keys: every text node under body that is
// not inside an element with no visible text (skipTag).
func (p *page) indexText() {
	// findNoise has counted the texts, and their bytes but for spaces,
	// which bound the keys unless lower-casing makes a letter longer
	// (rare): room for both from the start spares growing them by copies.
	keys := make([]byte, 0, p.textBytes)
	p.texts = make([]srcText, 0, p.textNodes)
	var stack []int32 // noise index of each open matched element
	cur := int32(-1)
	var hidden *html.Node // the outermost open element that hides its text
	upcoming := 0         // the walk meets the matched elements in order: p.noise[upcoming] is the next one
	walk(p.body, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			if skipTag(n.Data) {
				return false
			}
			if upcoming < len(p.noise) && p.noise[upcoming].node == n {
				if cur < 0 {
					stack = append(stack, cur)
					cur = int32(upcoming)
				}
				upcoming++
			}
			if hidden == nil && hides(n) && !p.shown[n] {
				hidden = n
			}
		case html.TextNode:
			k0 := int32(len(keys))
			keys = appendKey(keys, n.Data)
			p.texts = append(p.texts, srcText{node: n, k0: k0, k1: int32(len(keys)), noise: cur, hidden: hidden != nil})
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && cur >= 0 && p.noise[cur].node == n {
			cur, stack = stack[len(stack)-1], stack[:len(stack)-1]
		}
		if n == hidden {
			hidden = nil
		}
	})
	p.keys = keys
}

// textFrom returns the index into p.texts of text node n, looking from
// *from on, and moves *from past it; -1 if n is not there. Renders of the
// page meet its text nodes in document order, as p.texts holds them, so
// that a render that starts its search where the last one ended reads
// p.texts once in all.
func (p *page) textFrom(n *html.Node, from *int) int32 {
	for t := *from; t < len(p.texts); t++ {
		if p.texts[t].node == n {
			*from = t + 1
			return int32(t)
		}
	}
	return -1
}

// A piece is a part of one of the extractor's text nodes that comes from
// one text node of the page (t, an index into page.texts), or, where its
// place in the page was not found, from none (t < 0).
type piece struct {
	text string
	t    int32
}

// An aligner finds the extractor's text nodes in the page, in order.
type aligner struct {
	p      *page
	cursor int     // where in p.keys the last text found ended
	found  bool    // whether a text has been found yet: before, cursor says nothing
	budget int     // bytes of p.keys the searches may still read
	at     []int32 // at[j]: the byte of the text being placed that its key's byte j came from
}

// textKeys are the keys of a list of texts, run together: the key of
// text k is keys[ends[k-1]:ends[k]] (from 0 for the first).
type textKeys struct {
	keys []byte
	ends []int32
}

// keysOf returns the keys of the texts of nodes.
func keysOf(nodes []*html.Node) textKeys {
	size := 0
	for _, n := range nodes {
		size += len(n.Data) // the keys' size, unless lower-casing makes a letter longer (rare)
	}
	k := textKeys{keys: make([]byte, 0, size), ends: make([]int32, len(nodes))}
	for i, n := range nodes {
		k.keys = appendKey(k.keys, n.Data)
		k.ends[i] = int32(len(k.keys))
	}
	return k
}

// of returns the key of text i, which appending to cannot change.
func (k *textKeys) of(i int) []byte {
	start := int32(0)
	if i > 0 {
		start = k.ends[i-1]
	}
	return k.keys[start:k.ends[i]:k.ends[i]]
}

// newAligner returns an aligner for p. Its searches read at most a few
// times the page's text in all, so that a page whose extracted text is
// nowhere in it costs linear time, not quadratic.
func newAligner(p *page) *aligner {
	return &aligner{p: p, budget: 8*len(p.keys) + 1<<16}
}

// alignAll finds the text nodes of the extractor's tree root in the page,
// in document order, as a render of root meets them (the text of hidden
// tags such as <script> is not rendered), and returns them with the
// pieces of each: pieces[k] are those of nodes[k].
//
// Each text is looked for where the last one ended, then after it (see
// find). A short text, a word or a name, occurs in many places of a page,
// and where the last text was not found near it (at the start of the
// article, or past a text the extractor left out) the first occurrence
// after the last text is often in a menu or a title above the article: a
// name set in italics inside a paragraph ("The <em>Example Show</em>
// team …") would be taken from the menu that lists it, and dropped with
// the menu. So a run of short texts that does not continue where the last
// text ended is placed just before the next long text, where it stands in
// the paragraph they share, each as close before the text after it as it
// occurs.
func (a *aligner) alignAll(root *html.Node) (nodes []*html.Node, pieces [][]piece) {
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			nodes = append(nodes, n)
		case html.ElementNode:
			return !hiddenTag(n.Data)
		}
		return true
	}, func(*html.Node) {})
	// Each text is keyed once: finding a run of short texts reads the keys
	// of the texts after it, and placing a text its own.
	keys := keysOf(nodes)
	pieces = make([][]piece, len(nodes))
	for i := 0; i < len(nodes); {
		if j := a.shortRun(&keys, i); j > i {
			if a.placeBefore(nodes[i:j], &keys, i, j, pieces[i:j]) {
				i = j
				continue
			}
		}
		pieces[i] = a.alignKey(nodes[i].Data, keys.of(i), nil)
		i++
	}
	return nodes, pieces
}

// shortRun returns the end of the run of short texts (keys shorter than
// minCopyKey) that starts at text i of keys when that run does not
// continue where the last text ended (or no text has been found yet), and
// a long text follows it within maxShortRun texts; i otherwise.
func (a *aligner) shortRun(keys *textKeys, i int) int {
	key := keys.of(i)
	if len(key) == 0 || len(key) >= minCopyKey || a.found && bytes.HasPrefix(a.p.keys[a.cursor:], key) {
		return i
	}
	for j := i + 1; j < len(keys.ends) && j <= i+maxShortRun; j++ {
		if len(keys.of(j)) >= minCopyKey {
			return j
		}
	}
	return i
}

// maxShortRun is the most short texts placed before a long one: the
// words, links and emphasis of the start of one paragraph.
const maxShortRun = 8

// placeBefore places the short texts run, texts i to j-1 of tk, just
// before the long text j after it, if that is found after the cursor:
// from the last of them back to the first, each at its last occurrence
// before the text after it. It records the pieces of run[k] in out[k] and
// reports whether it placed them all; when it did not, it has changed
// nothing but the search budget.
func (a *aligner) placeBefore(run []*html.Node, tk *textKeys, i, j int, out [][]piece) bool {
	keys := a.p.keys
	end := a.peek(tk.of(j))
	if end < 0 {
		return false
	}
	at := make([]int, len(run))
	for k := len(run) - 1; k >= 0; k-- {
		key := tk.of(i + k)
		if len(key) == 0 {
			at[k] = -1
			continue
		}
		m := bytes.LastIndex(keys[a.cursor:end], key)
		a.budget -= end - a.cursor
		if m < 0 {
			return false
		}
		end = a.cursor + m
		at[k] = end
	}
	for k, n := range run {
		if at[k] < 0 {
			out[k] = []piece{{text: n.Data, t: -1}}
			continue
		}
		out[k] = a.place(n.Data, tk.of(i+k), at[k], nil)
	}
	return true
}

// peek returns where key occurs at or after the cursor, without moving
// it; -1 if nowhere there (or once the search budget is spent).
func (a *aligner) peek(key []byte) int {
	if a.budget <= 0 {
		return -1
	}
	i := bytes.Index(a.p.keys[a.cursor:], key)
	if i < 0 {
		a.budget -= len(a.p.keys) - a.cursor
		return -1
	}
	a.budget -= i + len(key)
	return a.cursor + i
}

// alignKey splits s, the text of one of the extractor's text nodes, whose
// key (see appendKey) is key, into the pieces that come from different
// text nodes of the page.
func (a *aligner) alignKey(s string, key []byte, dst []piece) []piece {
	if len(key) == 0 {
		return append(dst, piece{text: s, t: -1})
	}
	m := a.find(key)
	if m < 0 {
		return append(dst, piece{text: s, t: -1})
	}
	if len(key) >= minCopyKey && a.p.texts[a.p.textAt(m)].hidden {
		// The page says this twice, once where readers do not see it (a
		// closed dialog repeating the article for republishing, a print
		// copy): the visible copy is the article. Shorter text that
		// follows is then looked for after it first (see find).
		if v := a.visibleCopy(key); v >= 0 {
			m = v
		}
	}
	return a.place(s, key, m, dst)
}

// place splits s, whose key occurs at m in the page's keys, into the
// pieces that come from different text nodes of the page, and moves the
// cursor past it.
func (a *aligner) place(s string, key []byte, m int, dst []piece) []piece {
	a.cursor, a.found = m+len(key), true
	texts := a.p.texts
	t := a.p.textAt(m)
	if int(texts[t].k1) >= m+len(key) {
		// The whole key lies in one text node of the page, as it does
		// for most of the extractor's text nodes.
		return append(dst, piece{text: s, t: int32(t)})
	}
	// Cut s where the key moves from one text node of the page to the
	// next; what is not key (spaces, punctuation) goes with the key
	// before it, and what comes before the first key byte with the first.
	a.at = keyOffsets(s, a.at[:0])
	start := 0
	for j := range key {
		for int(texts[t].k1) <= m+j {
			t++
		}
		if j > 0 && int(texts[t].k0) == m+j && int(texts[t-1].k1) == m+j {
			// key[j] starts text t: the piece before it ends here.
			cut := int(a.at[j])
			dst = append(dst, piece{text: s[start:cut], t: int32(t-1) - emptyBetween(texts, t)})
			start = cut
		}
	}
	return append(dst, piece{text: s[start:], t: int32(t)})
}

// keyOffsets appends to at, for each byte of the key of s (see
// appendKey), the offset in s of the character it came from.
func keyOffsets(s string, at []int32) []int32 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				at = append(at, int32(i))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for range utf8.RuneLen(unicode.ToLower(r)) {
				at = append(at, int32(i))
			}
		}
		i += n
	}
	return at
}

// emptyBetween counts the texts without key just before text t: the piece
// that ends before t belongs to the last text before them with a key.
func emptyBetween(texts []srcText, t int) int32 {
	n := int32(0)
	for k := t - 1; k > 0 && texts[k].k0 == texts[k].k1; k-- {
		n++
	}
	return n
}

// minCopyKey is the shortest key whose second occurrence on a page is a
// copy of the first rather than a coincidence: forty letters and digits
// are a sentence or a title, not a name or a label.
const minCopyKey = 40

// textAt returns the index of the text whose key holds key byte m.
func (p *page) textAt(m int) int {
	return sort.Search(len(p.texts), func(i int) bool { return int(p.texts[i].k1) > m })
}

// visibleCopy returns where key occurs, whole, in text that is neither
// hidden nor matched, or -1.
func (a *aligner) visibleCopy(key []byte) int {
	keys := a.p.keys
	for from := 0; from < len(keys) && a.budget > 0; {
		i := bytes.Index(keys[from:], key)
		if i < 0 {
			a.budget -= len(keys) - from
			return -1
		}
		a.budget -= i + len(key)
		m := from + i
		visible := true
		for t := a.p.textAt(m); t < len(a.p.texts) && int(a.p.texts[t].k0) < m+len(key); t++ {
			if a.p.texts[t].noise >= 0 || a.p.texts[t].hidden {
				visible = false
				break
			}
		}
		if visible {
			return m
		}
		from = m + 1
	}
	return -1
}

// find returns where key occurs in the page's keys: at the cursor, the
// first place after it, or else the first place in the page; -1 if
// nowhere (or once the search budget is spent).
func (a *aligner) find(key []byte) int {
	keys := a.p.keys
	if bytes.HasPrefix(keys[a.cursor:], key) {
		return a.cursor
	}
	for _, from := range [2]int{a.cursor, 0} {
		if a.budget <= 0 {
			return -1
		}
		i := bytes.Index(keys[from:], key)
		if i >= 0 {
			a.budget -= i + len(key)
			return from + i
		}
		a.budget -= len(keys) - from
		if from == 0 {
			break
		}
	}
	return -1
}
