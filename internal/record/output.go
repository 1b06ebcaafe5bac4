package record

import (
	"bytes"
	"encoding/json"

	"github.com/boilerstrip/boilerstrip/boilerplate"
	"github.com/boilerstrip/boilerstrip/boilerplate/htmlclean"
)

// A Result is what cleaning a record gave, as every output writes it.
type Result struct {
	Text       string
	Language   string
	Confidence float64
	Note       string
	Removed    []boilerplate.Removal

	// Page is set for an HTML record.
	Page *Page
}

// Page is the part of a Result that only HTML records have.
type Page struct {
	Path       string
	PathReason string
	Metadata   htmlclean.Metadata
	DOMRemoved []htmlclean.DOMRemoval
	DOMVetoed  []htmlclean.DOMVeto
	Rendered   string // the text that the Removed offsets refer to
}

// FromText is the Result of a text document.
func FromText(r boilerplate.Result) Result {
	return Result{Text: r.Text, Language: r.Language, Confidence: r.Confidence, Note: r.Note, Removed: r.Removed}
}

// FromHTML is the Result of an HTML page.
func FromHTML(r htmlclean.Result) Result {
	return Result{
		Text: r.Text, Language: r.Language, Confidence: r.Confidence, Note: r.Note, Removed: r.Removed,
		Page: &Page{Path: r.Path, PathReason: r.PathReason, Metadata: r.Metadata, DOMRemoved: r.DOMRemoved,
			DOMVetoed: r.DOMVetoed, Rendered: r.Rendered},
	}
}

// Encode writes the output record of rec cleaned as res, one line ending
// in '\n':
//
//   - the input's members in their order, their values byte for byte,
//     except "html", which is dropped (the cleaned text takes its place
//     when the record had no "text");
//   - "text" (the cleaned text), "language", "confidence" and "note" (""
//     when the cleaner has nothing to say); for a page also "path",
//     "pathReason" ("" for the extractor's own article) and "metadata";
//   - with explain, "removed" and for a page "domRemoved", "domVetoed"
//     (matched elements kept, with the reason) and "rendered" (the
//     extracted text that the removals' offsets refer to).
//
// An input member with one of these names has its value replaced in
// place; the others are added in that order.
func (rec Record) Encode(res Result, explain bool) ([]byte, error) {
	owned, err := res.members(explain)
	if err != nil {
		return nil, err
	}
	written := make([]bool, len(owned))
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	put := func(key string, value []byte) {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		b.Write(mustMarshal(key))
		b.WriteByte(':')
		b.Write(value)
	}
	_, hasText := lookup(rec.members, KeyText)
	for _, m := range rec.members {
		key := m.key
		if key == KeyHTML {
			if hasText {
				continue
			}
			key = KeyText
		}
		if i := indexOf(owned, key); i >= 0 {
			if !written[i] {
				put(key, owned[i].value)
				written[i] = true
			}
			continue
		}
		put(key, m.value)
	}
	for i, m := range owned {
		if !written[i] {
			put(m.key, m.value)
		}
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// members are the output members that the cleaner owns, in order.
func (res Result) members(explain bool) ([]member, error) {
	var out []member
	var err error
	add := func(key string, v any) {
		if err != nil {
			return
		}
		var raw []byte
		raw, err = marshal(v)
		out = append(out, member{key, raw})
	}
	add(KeyText, res.Text)
	add(KeyLanguage, res.Language)
	add(KeyConfidence, res.Confidence)
	add(KeyNote, res.Note)
	if res.Page != nil {
		add(KeyPath, res.Page.Path)
		add(KeyPathReason, res.Page.PathReason)
		add(KeyMetadata, res.Page.Metadata)
	}
	if explain {
		add(KeyRemoved, nonNil(res.Removed))
		if res.Page != nil {
			add(KeyDOMRemoved, nonNil(res.Page.DOMRemoved))
			add(KeyDOMVetoed, nonNil(res.Page.DOMVetoed))
			add(KeyRendered, res.Page.Rendered)
		}
	}
	return out, err
}

func indexOf(members []member, key string) int {
	for i, m := range members {
		if m.key == key {
			return i
		}
	}
	return -1
}

// ErrorLine is the output record of a record that failed, one line ending
// in '\n': {"id":…, "source":…, "line":N, "error":…}, id left out when
// unknown, source when the input is standard input, line for a whole file.
func ErrorLine(id json.RawMessage, source string, line int, err error) []byte {
	var members []member
	if len(id) > 0 {
		members = append(members, member{KeyID, id})
	}
	if source != "" {
		members = append(members, member{KeySource, mustMarshal(source)})
	}
	if line > 0 {
		members = append(members, member{KeyLine, mustMarshal(line)})
	}
	members = append(members, member{KeyError, mustMarshal(err.Error())})
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range members {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(mustMarshal(m.key))
		b.WriteByte(':')
		b.Write(m.value)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// marshal is json.Marshal without HTML escaping, so that text holding '<'
// or '&' stays readable.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// mustMarshal encodes a string or an int, which cannot fail.
func mustMarshal(v any) json.RawMessage {
	raw, err := marshal(v)
	if err != nil {
		return json.RawMessage("null")
	}
	return raw
}
