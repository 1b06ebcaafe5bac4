package htmlclean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/boilerstrip/boilerstrip/boilerplate"
)

// A compiledRule is a DOMRule ready to match, with its full name.
type compiledRule struct {
	name     string // "dom/share/share-widget"
	category boilerplate.Category
	maxText  int
	tags     []string
	sel      cascadia.SelectorGroup // css rules only
}

// Where a word sequence is looked for.
type scope uint8

const (
	inClass scope = 1 << iota
	inID
	inLabel
	inData
)

// A wordSeq is one word sequence of a rule; it is indexed by its first word.
type wordSeq struct {
	rule  int
	words []string
	scope scope
}

// A matcher finds the first DOM rule, in rule order, that matches an element.
// It is immutable once built and safe for concurrent use.
type matcher struct {
	rules []compiledRule
	// byTag holds the rules of each tag name that tag rules name. Rule
	// sets name few (the built-in ones three) and every element's tag is
	// looked up: comparing it with each of them costs less than hashing it.
	byTag  []namedTag
	byRole map[string][]int
	byWord map[string][]wordSeq
	css    cssIndex // what the css rules' selectors need to match
}

// newMatcher compiles the enabled rules of sets. The rules were checked by
// the sets' check methods; a selector that fails to compile here is
// reported all the same.
func newMatcher(sets []*DOMRuleSet, enabled func(name string, c boilerplate.Category) bool) (*matcher, error) {
	m := &matcher{
		byRole: map[string][]int{},
		byWord: map[string][]wordSeq{},
	}
	for _, set := range sets {
		for i := range set.Rules {
			r := &set.Rules[i]
			full := set.Name + "/" + r.Name
			if !enabled(full, r.Category) {
				continue
			}
			idx := len(m.rules)
			cr := compiledRule{name: full, category: r.Category, maxText: r.MaxText, tags: r.Tags}
			switch r.Match {
			case DOMTag:
				for _, t := range strings.Fields(strings.ToLower(r.Pattern)) {
					m.addTag(t, idx)
				}
			case DOMRole:
				for _, t := range strings.Fields(strings.ToLower(r.Pattern)) {
					m.byRole[t] = append(m.byRole[t], idx)
				}
			case DOMCSS:
				sel, err := cascadia.ParseGroup(r.Pattern)
				if err != nil {
					return nil, &boilerplate.RuleError{File: r.File, Line: r.Line, Rule: r.Name, Err: err}
				}
				cr.sel = sel
				m.css.add(idx, cssTriggerOf(r.Pattern))
			default:
				sc := map[DOMMatch]scope{DOMWord: inClass | inID, DOMClass: inClass,
					DOMID: inID, DOMLabel: inLabel, DOMData: inData}[r.Match]
				for _, alt := range strings.Fields(r.Pattern) {
					words := splitWords(alt, nil)
					if len(words) == 0 {
						continue
					}
					m.byWord[words[0]] = append(m.byWord[words[0]], wordSeq{rule: idx, words: words, scope: sc})
				}
			}
			m.rules = append(m.rules, cr)
		}
	}
	return m, nil
}

// A namedTag is a tag name and the tag rules that name it.
type namedTag struct {
	tag   string
	rules []int
}

// addTag adds rule idx to the rules of tag.
func (m *matcher) addTag(tag string, idx int) {
	k := slices.IndexFunc(m.byTag, func(tr namedTag) bool { return tr.tag == tag })
	if k < 0 {
		k = len(m.byTag)
		m.byTag = append(m.byTag, namedTag{tag: tag})
	}
	m.byTag[k].rules = append(m.byTag[k].rules, idx)
}

// A matchScratch is what matching the elements of one page keeps from one
// element to the next: buffers for splitting words and for the css rules
// that may match, and the rules that each class attribute value names.
// Pages repeat their class values (two elements in three share theirs
// with an element before them), and the value alone decides which rules
// its words name and which css rules' triggers it meets.
type matchScratch struct {
	words   []string
	css     []int32               // the css rules whose trigger the element meets
	classes map[string]classRules // class attribute value → its rules
}

// classRules are the rules that a class attribute value names, and the
// css rules whose trigger it meets (their selectors may then match).
type classRules struct {
	named, css []int32
}

// match returns the index of the first rule, in rule order, that matches
// n, or -1; and n's text length if it had to count it, else -1.
func (m *matcher) match(n *html.Node, s *matchScratch) (best, size int) {
	best, size = -1, -1
	consider := func(i int) {
		if best >= 0 && i >= best {
			return
		}
		r := &m.rules[i]
		if len(r.tags) > 0 && !slices.Contains(r.tags, n.Data) {
			return
		}
		if r.maxText > 0 {
			if size < 0 {
				size = textLen(n)
			}
			if size > r.maxText {
				return
			}
		}
		best = i
	}
	m.candidates(n, s, consider)
	for _, k := range s.css {
		if i := int(k); (best < 0 || i < best) && m.rules[i].sel.Match(n) {
			consider(i)
		}
	}
	return best, size
}

// modifierWords open class names that describe an element's content or
// state rather than name a widget: "has-share", "is-social",
// "category-advertising", "tag-comments".
var modifierWords = map[string]bool{
	"has": true, "is": true, "with": true, "without": true, "no": true, "not": true,
	"category": true, "cat": true, "tag": true, "tags": true, "type": true,
	"format": true, "status": true, "term": true, "topic": true,
	"enable": true, "enabled": true, "disable": true, "disabled": true, "show": true,
	"can": true, "allow": true,
}

// headingTags are not matched by their id, which is usually made from
// their text.
var headingTags = map[string]bool{"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// maxIDWords is the most words an id may have to be matched: longer ids are
// anchors made from a heading's or a section's text.
const maxIDWords = 4

// candidates calls fn with the index of every rule whose tag, role or word
// pattern matches n, in no particular order, possibly more than once. The
// css rules whose trigger n meets it leaves in s.css, in no particular
// order, possibly more than once: their selectors are left to the caller.
func (m *matcher) candidates(n *html.Node, s *matchScratch, fn func(int)) {
	for _, tr := range m.byTag {
		if tr.tag == n.Data {
			for _, i := range tr.rules {
				fn(i)
			}
			break
		}
	}
	s.css = m.css.appendTag(s.css[:0], n.Data)
	buf := s.words
	for _, a := range n.Attr {
		if a.Key != "class" {
			s.css = m.css.appendAttr(s.css, a)
		}
		switch {
		case a.Key == "class":
			rules, ok := s.classes[a.Val]
			if !ok {
				buf, rules = m.classRules(a, buf)
				if s.classes == nil {
					s.classes = make(map[string]classRules)
				}
				s.classes[a.Val] = rules
			}
			for _, i := range rules.named {
				fn(int(i))
			}
			s.css = append(s.css, rules.css...)
		case a.Key == "id":
			// Headings, and anything with a long id, carry an anchor made
			// from their own text ("what-is-social-media-marketing"), not
			// a widget name.
			if headingTags[n.Data] {
				continue
			}
			buf = splitWords(a.Val, buf[:0])
			if len(buf) <= maxIDWords {
				m.matchWords(buf, inID, fn)
			}
		case a.Key == "aria-label":
			// A label is a phrase for screen readers: a widget's label
			// starts with what it is ("Share this article", "Related
			// stories"); a word further in ("Market share chart") is not
			// the widget's name.
			buf = splitWords(a.Val, buf[:0])
			m.matchWordsAt(buf, inLabel, fn, true)
		case a.Key == "role":
			for _, i := range m.byRole[strings.ToLower(strings.TrimSpace(a.Val))] {
				fn(i)
			}
		case strings.HasPrefix(a.Key, "data-"):
			buf = splitWords(a.Key[len("data-"):], buf[:0])
			m.matchWords(buf, inData, fn)
			if len(a.Val) <= 64 && !strings.ContainsAny(a.Val, " \t\n{[<") {
				buf = splitWords(a.Val, buf[:0])
				m.matchWords(buf, inData, fn)
			}
		}
	}
	s.words = buf
}

// classRules works out the rules that the class attribute a names, and
// the css rules whose trigger it meets, with buf as a buffer for its words.
func (m *matcher) classRules(a html.Attribute, buf []string) ([]string, classRules) {
	var rules classRules
	for tok := range strings.FieldsSeq(a.Val) {
		buf = splitWords(tok, buf[:0])
		if len(buf) > 0 && modifierWords[buf[0]] {
			continue
		}
		m.matchWords(buf, inClass, func(i int) { rules.named = append(rules.named, int32(i)) })
	}
	rules.css = m.css.appendAttr(nil, a)
	return buf, rules
}

// matchWords calls fn for every word sequence of scope sc found in words.
func (m *matcher) matchWords(words []string, sc scope, fn func(int)) {
	m.matchWordsAt(words, sc, fn, false)
}

// matchWordsAt is matchWords; if first is true, only sequences that start
// with the first word count.
func (m *matcher) matchWordsAt(words []string, sc scope, fn func(int), first bool) {
	for i, w := range words {
		if first && i > 0 {
			return
		}
		for _, seq := range m.byWord[w] {
			if seq.scope&sc == 0 || len(seq.words) > len(words)-i {
				continue
			}
			ok := true
			for j := 1; j < len(seq.words); j++ {
				if words[i+j] != seq.words[j] {
					ok = false
					break
				}
			}
			if ok {
				fn(seq.rule)
			}
		}
	}
}

// splitWords appends to dst the lower-cased words of s. Words are runs of
// letters and digits, split at every other character; a run is also split
// where a lower-case letter is followed by an upper-case one ("shareButtons"
// is "share", "buttons"), unless that leaves a piece of one or two letters
// or the run has digits: "sc-AdXyz" and "el-18ad9" are generated names, not
// the word "ad".
func splitWords(s string, dst []string) []string {
	start := -1
	for i, r := range s {
		if charClass(r) != otherChar {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = appendRun(s[start:i], dst)
			start = -1
		}
	}
	if start >= 0 {
		dst = appendRun(s[start:], dst)
	}
	return dst
}

// appendRun appends the words of one run of letters and digits.
func appendRun(run string, dst []string) []string {
	var cuts [8]int
	n := 0
	prev := otherChar
	for i, r := range run {
		class := charClass(r)
		if class == digitChar {
			return append(dst, lower(run))
		}
		if prev == lowerChar && class == upperChar {
			if n == len(cuts) {
				return append(dst, lower(run))
			}
			cuts[n] = i
			n++
		}
		prev = class
	}
	last := 0
	for _, c := range cuts[:n] {
		if c-last <= 2 {
			return append(dst, lower(run))
		}
		last = c
	}
	if n > 0 && len(run)-last <= 2 {
		return append(dst, lower(run))
	}
	last = 0
	for _, c := range cuts[:n] {
		dst = append(dst, lower(run[last:c]))
		last = c
	}
	return append(dst, lower(run[last:]))
}

// The classes of characters that splitWords tells apart.
const (
	otherChar  uint8 = iota // not a letter or digit: it ends a word
	lowerChar               // a lower-case letter
	upperChar               // an upper-case letter
	digitChar               // a digit
	letterChar              // a letter of neither case
)

// charClass returns the class of r. Names of classes and ids are mostly
// ASCII, which a table answers.
func charClass(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	return unicodeClass(r)
}

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = lowerChar, upperChar
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digitChar
	}
	return t
}()

func unicodeClass(r rune) uint8 {
	switch {
	case unicode.IsDigit(r):
		return digitChar
	case unicode.IsUpper(r):
		return upperChar
	case unicode.IsLower(r):
		return lowerChar
	case unicode.IsLetter(r):
		return letterChar
	}
	return otherChar
}

// lower is strings.ToLower without an allocation for lower-case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
