package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// A field is one member of a JSON object, its value kept byte for byte.
type field struct {
	key   string
	value json.RawMessage
}

// parseObject splits a JSON object into its members in order, keeping each
// value's bytes as they were.
func parseObject(data []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("record is not a JSON object")
	}
	var fields []field
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
		fields = append(fields, field{key, v})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("invalid JSON: data after the record's object")
	}
	return fields, nil
}

// lookup returns the last value of key (as encoding/json would use it).
func lookup(fields []field, key string) (json.RawMessage, bool) {
	for i := len(fields) - 1; i >= 0; i-- {
		if fields[i].key == key {
			return fields[i].value, true
		}
	}
	return nil, false
}

// stringField decodes an optional string member.
func stringField(fields []field, key string) (s string, ok bool, err error) {
	raw, ok := lookup(fields, key)
	if !ok || string(raw) == "null" {
		return "", false, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", true, fmt.Errorf("%q is not a string", key)
	}
	return s, true, nil
}

// cleanRecord cleans one JSON Lines record. It runs on a worker. The output
// keeps every member in order with its value byte for byte, except that
// "text" holds the cleaned text (in the place of "html" for an HTML record,
// whose "html" is dropped) and, with -explain, "removed" lists the removals.
func (a *app) cleanRecord(rec record) recordResult {
	res := recordResult{size: rec.size}
	where := fmt.Sprintf("line %d", rec.line)
	if rec.file != "" {
		where = fmt.Sprintf("%s:%d", rec.file, rec.line)
	}
	fail := func(id json.RawMessage, err error) recordResult {
		res.failed = true
		res.msg = fmt.Sprintf("%s: %v", where, err)
		res.line = errorRecord(rec, id, err)
		return res
	}
	if rec.err != nil {
		return fail(nil, rec.err)
	}
	fields, err := parseObject(rec.data)
	if err != nil {
		return fail(nil, err)
	}
	id, _ := lookup(fields, "id")
	html, isHTML, err := stringField(fields, "html")
	if err != nil {
		return fail(id, err)
	}
	text, isText, err := stringField(fields, "text")
	if err != nil {
		return fail(id, err)
	}
	url, _, err := stringField(fields, "url")
	if err != nil {
		return fail(id, err)
	}
	d := doc{name: recordName(id, where), data: text}
	switch {
	case isHTML:
		d.data, d.html, d.url = html, true, url
	case !isText:
		return fail(id, errors.New(`record has no "text" or "html" string`))
	}
	out, err := a.clean(d)
	if err != nil {
		return fail(id, err)
	}
	line, err := a.outputRecord(fields, out, isHTML, isText)
	if err != nil {
		return fail(id, err)
	}
	res.line, res.name, res.out = line, d.name, &out
	return res
}

// recordName is how the report names a record: its id, else its place.
func recordName(id json.RawMessage, where string) string {
	var s string
	if json.Unmarshal(id, &s) == nil && s != "" {
		return s
	}
	if len(id) > 0 && string(id) != "null" && len(id) < 100 {
		return string(id)
	}
	return where
}

// outputRecord writes the cleaned record as one line.
func (a *app) outputRecord(fields []field, out outcome, isHTML, hasText bool) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	member := func(key string, value []byte) {
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		k, _ := marshalJSON(key, "")
		b.Write(bytes.TrimSuffix(k, []byte("\n")))
		b.WriteByte(':')
		b.Write(bytes.TrimSuffix(value, []byte("\n")))
	}
	text, err := marshalJSON(out.result.Text, "")
	if err != nil {
		return nil, err
	}
	var removed, dom []byte
	if a.cfg.explain {
		if removed, err = marshalJSON(nonNil(out.result.Removed), ""); err != nil {
			return nil, err
		}
		if isHTML {
			if dom, err = marshalJSON(nonNil(out.dom), ""); err != nil {
				return nil, err
			}
		}
	}
	wroteRemoved, wroteDOM := false, false
	for _, f := range fields {
		switch {
		case f.key == "text":
			member("text", text)
		case f.key == "html" && isHTML:
			if !hasText {
				member("text", text)
			}
		case f.key == "removed" && removed != nil:
			member("removed", removed)
			wroteRemoved = true
		case f.key == "dom_removed" && dom != nil:
			member("dom_removed", dom)
			wroteDOM = true
		default:
			member(f.key, f.value)
		}
	}
	if removed != nil && !wroteRemoved {
		member("removed", removed)
	}
	if dom != nil && !wroteDOM {
		member("dom_removed", dom)
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// errorRecord is the output line for a record that failed: its id when it
// could be read, its place, and the error.
func errorRecord(rec record, id json.RawMessage, err error) []byte {
	v := struct {
		ID    json.RawMessage `json:"id,omitempty"`
		File  string          `json:"file,omitempty"`
		Line  int             `json:"line"`
		Error string          `json:"error"`
	}{id, rec.file, rec.line, err.Error()}
	b, mErr := marshalJSON(v, "")
	if mErr != nil { // an id that is not valid JSON cannot happen: it was parsed
		v.ID = nil
		b, _ = marshalJSON(v, "")
	}
	return b
}
