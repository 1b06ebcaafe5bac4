// Package record reads the JSON records that the example cleaner (-jsonl)
// and the Beam pipeline clean, and writes the one output schema that they
// and the cleaner's -json mode share, so that the same input gets the same
// treatment and the same output in all three.
//
// An input record is a JSON object on one line. The cleaner reads three of
// its members, each a string or null (null is the same as absent):
//
//   - "html": the page, extracted and cleaned by package htmlclean;
//   - "text": scraped text, cleaned by package boilerplate when the record
//     has no "html" (a record with both is cleaned from its html: the page
//     gives the extractor the structure the scraped text has lost);
//   - "url": the page's address, for the extractor (HTML only).
//
// Any other type for them, a record with neither, and a duplicate key
// (parsers disagree on which value counts) make the record an error
// record. Every other member is passed through byte for byte, in its place.
package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Member names of input and output records.
const (
	KeyID         = "id"
	KeyURL        = "url"
	KeyText       = "text"
	KeyHTML       = "html"
	KeySource     = "source"
	KeyLine       = "line"
	KeyError      = "error"
	KeyLanguage   = "language"
	KeyConfidence = "confidence"
	KeyNote       = "note"
	KeyPath       = "path"
	KeyPathReason = "pathReason"
	KeyMetadata   = "metadata"
	KeyRemoved    = "removed"
	KeyDOMRemoved = "domRemoved"
	KeyDOMVetoed  = "domVetoed"
	KeyRendered   = "rendered"
)

// A member is one member of a JSON object, its value kept byte for byte.
type member struct {
	key   string
	value json.RawMessage
}

// A Record is one input record, parsed. Build it with Parse, or File for a
// whole file.
type Record struct {
	members []member

	// ID is the raw value of the "id" member, of any JSON type; nil when
	// the record has none.
	ID json.RawMessage
	// Input is the document to clean: the "html" member when it is a
	// string, else "text".
	Input string
	// HTML reports whether Input is a page (from "html", or a file read as
	// HTML).
	HTML bool
	// URL is the "url" member; "" when absent or null.
	URL string
}

// Parse parses one input record. When the record is a JSON object but
// breaks a rule of the package doc, the error comes with the Record's ID
// set (when it could be read), for the error record.
func Parse(data []byte) (Record, error) {
	members, err := parseObject(data)
	if err != nil {
		return Record{}, err
	}
	var rec Record
	seen := make(map[string]bool, len(members))
	var dup string
	for _, m := range members {
		if seen[m.key] && dup == "" {
			dup = m.key
		}
		seen[m.key] = true
	}
	rec.members = members
	if dup != KeyID {
		rec.ID, _ = lookup(members, KeyID)
	}
	if dup != "" {
		return rec, fmt.Errorf("duplicate key %q", dup)
	}
	html, isHTML, err := stringMember(members, KeyHTML)
	if err != nil {
		return rec, err
	}
	text, isText, err := stringMember(members, KeyText)
	if err != nil {
		return rec, err
	}
	if rec.URL, _, err = stringMember(members, KeyURL); err != nil {
		return rec, err
	}
	switch {
	case isHTML:
		rec.Input, rec.HTML = html, true
	case isText:
		rec.Input = text
	default:
		return rec, errors.New(`record has no "text" or "html" string`)
	}
	return rec, nil
}

// File returns the Record of a whole file read as one document: its
// members are "id", the file's base name without its extension, and
// "source", its path. An empty source (standard input) gives neither.
func File(source, base, input string, html bool) Record {
	rec := Record{Input: input, HTML: html}
	if source == "" {
		return rec
	}
	rec.ID = mustMarshal(base)
	rec.members = []member{{KeyID, rec.ID}, {KeySource, mustMarshal(source)}}
	return rec
}

// Fetched returns the Record of a page that a crawler fetched from url: its
// one member is "url".
func Fetched(url string) Record {
	return Record{URL: url, HTML: true, members: []member{{KeyURL, mustMarshal(url)}}}
}

// parseObject splits a JSON object into its members in order, keeping each
// value's bytes as they were.
func parseObject(data []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("record is not a JSON object")
	}
	var members []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("invalid JSON: %w", err)
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("invalid JSON: %w", err)
		}
		members = append(members, member{key, v})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("invalid JSON: data after the record's object")
	}
	return members, nil
}

// lookup returns the value of key.
func lookup(members []member, key string) (json.RawMessage, bool) {
	for _, m := range members {
		if m.key == key {
			return m.value, true
		}
	}
	return nil, false
}

// stringMember decodes an optional string member; null is absent.
func stringMember(members []member, key string) (s string, ok bool, err error) {
	raw, ok := lookup(members, key)
	if !ok || string(raw) == "null" {
		return "", false, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", true, fmt.Errorf("%q is not a string", key)
	}
	return s, true, nil
}
