package htmlclean

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// A cssTrigger is what an element must have for a css rule's selectors to
// match it: one of the tag names, or one of the attributes. It is read from the selectors' text once, when the rules are
// compiled, and checking it costs a few string comparisons, where
// matching the selectors themselves costs a call per selector: most
// elements of a page have none of what the built-in selectors ask for,
// and are never given to them.
type cssTrigger struct {
	always bool // some selector asks for nothing this reading knows: match every element
	tags   []string
	attrs  []attrNeed
}

// An attrNeed is an attribute an element must have: its key, with sub in
// its value (a class or id selector's name; "" for any value).
type attrNeed struct{ key, sub string }

// may reports whether the selectors of t may match n; when it is false
// they do not. The matcher asks a cssIndex instead, which reads an
// element once for all the css rules.
func (t *cssTrigger) may(n *html.Node) bool {
	if t.always || slices.Contains(t.tags, n.Data) {
		return true
	}
	for _, a := range n.Attr {
		for _, need := range t.attrs {
			if a.Key == need.key && strings.Contains(a.Val, need.sub) {
				return true
			}
		}
	}
	return false
}

// A cssIndex holds the triggers of a matcher's css rules by what they ask
// for: an element's tag and each of its attributes are looked up once for
// all the rules, instead of once per rule. Of an element, it reports the
// rules whose trigger may (see cssTrigger.may) holds for.
type cssIndex struct {
	always []int       // rules whose trigger holds for every element
	tags   []tagRule   // the tag names that triggers ask for
	keys   []attrRules // the attribute keys that triggers ask for, each once
}

// A tagRule is a tag name that rule's trigger asks for.
type tagRule struct {
	tag  string
	rule int
}

// attrRules are the triggers that ask for one attribute key: each rule
// whose trigger holds when the attribute's value has sub in it.
type attrRules struct {
	key   string
	needs []subRule
}

type subRule struct {
	sub  string
	rule int
}

// add puts the trigger t of rule into the index.
func (x *cssIndex) add(rule int, t cssTrigger) {
	if t.always {
		x.always = append(x.always, rule)
		return
	}
	for _, tag := range t.tags {
		x.tags = append(x.tags, tagRule{tag, rule})
	}
	for _, need := range t.attrs {
		k := slices.IndexFunc(x.keys, func(r attrRules) bool { return r.key == need.key })
		if k < 0 {
			k = len(x.keys)
			x.keys = append(x.keys, attrRules{key: need.key})
		}
		x.keys[k].needs = append(x.keys[k].needs, subRule{need.sub, rule})
	}
}

// appendTag appends to dst the rules whose trigger holds for every
// element, and those whose trigger asks for tag.
func (x *cssIndex) appendTag(dst []int32, tag string) []int32 {
	for _, r := range x.always {
		dst = append(dst, int32(r))
	}
	for _, t := range x.tags {
		if t.tag == tag {
			dst = append(dst, int32(t.rule))
		}
	}
	return dst
}

// appendAttr appends to dst the rules whose trigger holds for an element
// with attribute a, possibly some of them more than once.
func (x *cssIndex) appendAttr(dst []int32, a html.Attribute) []int32 {
	for _, k := range x.keys {
		if k.key != a.Key {
			continue
		}
		for _, need := range k.needs {
			if strings.Contains(a.Val, need.sub) {
				dst = append(dst, int32(need.rule))
			}
		}
	}
	return dst
}

// cssTriggerOf reads the trigger of group, a selector group that cascadia
// parsed. A selector matches an element when its subject, the compound
// after its last combinator, matches the element itself; every simple
// selector of that compound must hold, so its first one is enough to
// name something the element must have: a type selector its tag, a class
// or id selector its class or id attribute with the name in it, an
// attribute selector that attribute (for all operators but "!=", which holds where the attribute
// is missing, and "#=", whose regular expression this reading does not
// parse). Anything else (a pseudo-class first, a namespace, an escape,
// text that is not ASCII) makes the trigger match every element, as if
// there were none.
func cssTriggerOf(group string) cssTrigger {
	if strings.ContainsAny(group, `\`) || strings.Contains(group, "/*") || !isASCII(group) {
		return cssTrigger{always: true}
	}
	var t cssTrigger
	for _, sel := range splitTop(group, ",") {
		sel = strings.TrimSpace(sel)
		parts := splitTop(sel, " \t\n\r\f>+~")
		tag, need, ok := subjectTrigger(parts[len(parts)-1])
		switch {
		case !ok:
			return cssTrigger{always: true}
		case tag != "" && !slices.Contains(t.tags, tag):
			t.tags = append(t.tags, tag)
		case need.key != "" && !slices.Contains(t.attrs, need):
			t.attrs = append(t.attrs, need)
		}
	}
	return t
}

// splitTop splits s at each of the bytes of seps that stands outside
// brackets, parentheses and quotes.
func splitTop(s, seps string) []string {
	var out []string
	depth, quote, start := 0, byte(0), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[' || c == '(':
			depth++
		case c == ']' || c == ')':
			depth--
		case depth == 0 && strings.IndexByte(seps, c) >= 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// subjectTrigger returns the tag name or the attribute that an element
// must have to match the compound selector s, as its first simple
// selector says; ok is false when s starts with no simple selector this
// reading knows. Tag names and attribute keys are lower-cased as cascadia
// lower-cases them; class names and ids are compared as they are.
func subjectTrigger(s string) (tag string, need attrNeed, ok bool) {
	s = strings.TrimPrefix(s, "*") // the universal selector asks for nothing
	if s == "" {
		return "", attrNeed{}, false
	}
	switch s[0] {
	case '.':
		return "", attrNeed{"class", cssIdent(s[1:])}, true
	case '#':
		return "", attrNeed{"id", cssIdent(s[1:])}, true
	case '[':
		rest := strings.TrimLeft(s[1:], " \t\n\r\f")
		name := cssIdent(rest)
		rest = strings.TrimLeft(rest[len(name):], " \t\n\r\f")
		if name == "" || rest == "" {
			return "", attrNeed{}, false
		}
		if rest[0] == ']' || rest[0] == '=' || len(rest) > 1 && rest[1] == '=' && strings.IndexByte("~|^$*", rest[0]) >= 0 {
			return "", attrNeed{key: strings.ToLower(name)}, true
		}
		return "", attrNeed{}, false
	}
	name := cssIdent(s)
	if name == "" || len(name) < len(s) && s[len(name)] == '|' {
		return "", attrNeed{}, false
	}
	return strings.ToLower(name), attrNeed{}, true
}

// cssIdent returns the CSS identifier (ASCII letters, digits, '-' and
// '_') that s starts with.
func cssIdent(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			break
		}
		i++
	}
	return s[:i]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
