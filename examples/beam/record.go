package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// A field is one member of a JSON object, its value kept as the raw bytes of
// the input so that fields the pipeline does not own pass through untouched.
type field struct {
	name  string
	value json.RawMessage
}

// An object is a JSON object with its members in input order. The zero value
// is an empty object.
type object []field

// errNotObject is returned by parseObject for JSON that is valid but not an
// object (an array, a string, a number...).
var errNotObject = errors.New("record is not a JSON object")

// parseObject decodes one JSON object, keeping its members' order and their
// raw values. Trailing data after the object is an error.
func parseObject(data []byte) (object, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errNotObject
	}
	var obj object
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("bad JSON: %w", err)
		}
		name, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("bad JSON: object key %v is not a string", tok)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("bad JSON in field %q: %w", name, err)
		}
		obj = obj.set(name, raw)
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("bad JSON: data after the object")
	}
	return obj, nil
}

// get returns the raw value of the member called name, or nil.
func (o object) get(name string) json.RawMessage {
	for _, f := range o {
		if f.name == name {
			return f.value
		}
	}
	return nil
}

// set replaces the value of the member called name, or appends the member.
// A duplicate key in the input keeps its first position and its last value,
// as encoding/json does when it decodes into a map.
func (o object) set(name string, value json.RawMessage) object {
	for i := range o {
		if o[i].name == name {
			o[i].value = value
			return o
		}
	}
	return append(o, field{name: name, value: value})
}

// setJSON marshals v and sets it as the value of the member called name.
func (o object) setJSON(name string, v any) (object, error) {
	raw, err := marshal(v)
	if err != nil {
		return o, fmt.Errorf("encoding field %q: %w", name, err)
	}
	return o.set(name, raw), nil
}

// appendTo appends the object as one line of JSON, without the newline, to
// buf. Values are written as they were read.
func (o object) appendTo(buf *bytes.Buffer) error {
	buf.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		name, err := marshal(f.name)
		if err != nil {
			return err
		}
		buf.Write(name)
		buf.WriteByte(':')
		buf.Write(f.value) // a value read from one JSON line holds no newline
	}
	buf.WriteByte('}')
	return nil
}

// marshal is json.Marshal without HTML escaping, so that text containing
// '<' or '&' stays readable in the output.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
