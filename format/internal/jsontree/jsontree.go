// Package jsontree parses JSON into a tree that keeps where every string
// of the file is, for the readers of JSON-based localization formats
// (format/jsonmsg, format/arb, format/xcstrings), and builds their texts
// with a segment.Map back to the file.
//
// Parse reads the whole file once, left to right, and tracks lines and
// columns as it goes, so that positions cost nothing more than the parse.
// A string keeps its unescaped value and a Map (relative to the value)
// with an origin at its first character and after every escape sequence
// (\n, \", \u0416, a surrogate pair): a Builder copies any part of it into
// a document's Text with origins that place each byte in the file.
package jsontree

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/segment"
)

// Kind is the kind of a JSON value.
type Kind uint8

const (
	Object Kind = iota
	Array
	String
	Number
	Bool
	Null
)

// A Str is a JSON string unescaped, with a Map whose offsets are bytes of
// S: M[0] places S's first byte (the character after the opening quote).
type Str struct {
	S string
	M segment.Map
}

// A Node is a JSON value.
type Node struct {
	Kind      Kind
	Line, Col int // where the value starts in the file (a string's quote)
	Str       Str // a String's value; a Number's, Bool's or Null's text
	Members   []Member
	Items     []*Node
}

// A Member is a member of an object, in the order of the file.
type Member struct {
	Key   Str
	Value *Node
}

// Get returns the value of the first member named key, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for _, m := range n.Members {
		if m.Key.S == key {
			return m.Value
		}
	}
	return nil
}

// String returns the value of a String member named key, and whether
// there is one.
func (n *Node) String(key string) (Str, bool) {
	v := n.Get(key)
	if v == nil || v.Kind != String {
		return Str{}, false
	}
	return v.Str, true
}

// maxDepth bounds nesting, so that a hostile file cannot exhaust memory
// with brackets.
const maxDepth = 10000

type parser struct {
	name      string
	b         []byte
	i         int
	line, col int
	depth     int
	err       *diag.Diagnostic
}

// Parse parses a whole JSON file (b is UTF-8, as format.Decode returns
// it). A syntax error is a diag.List of one diagnostic at its line:col.
func Parse(name string, b []byte) (*Node, error) {
	p := &parser{name: name, b: b, line: 1, col: 1}
	p.space()
	n := p.value()
	if p.err == nil {
		p.space()
		if p.i < len(p.b) {
			p.fail("JSONTrailing", nil)
		}
	}
	if p.err != nil {
		return nil, diag.List{*p.err}
	}
	return n, nil
}

func (p *parser) fail(id string, data map[string]any) {
	if p.err == nil {
		p.err = &diag.Diagnostic{File: p.name, Line: p.line, Col: p.col, Severity: diag.Error, ID: id, Data: data}
	}
}

// unexpected reports the character at p.i (or the end of the file).
func (p *parser) unexpected() {
	if p.i >= len(p.b) {
		p.fail("JSONUnexpectedEnd", nil)
		return
	}
	r, _ := utf8.DecodeRune(p.b[p.i:])
	p.fail("JSONUnexpected", map[string]any{"Found": string(r)})
}

func (p *parser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\r':
			p.col++
		case '\n':
			p.line, p.col = p.line+1, 1
		default:
			return
		}
		p.i++
	}
}

// advance moves over n ASCII bytes.
func (p *parser) advance(n int) { p.i += n; p.col += n }

func (p *parser) value() *Node {
	if p.i >= len(p.b) {
		p.unexpected()
		return nil
	}
	n := &Node{Line: p.line, Col: p.col}
	switch c := p.b[p.i]; {
	case c == '{':
		n.Kind = Object
		p.container(n, '}')
	case c == '[':
		n.Kind = Array
		p.container(n, ']')
	case c == '"':
		n.Kind = String
		n.Str = p.string()
	case c == '-' || c >= '0' && c <= '9':
		n.Kind = Number
		p.number(n)
	default:
		for _, w := range [...]struct {
			lit  string
			kind Kind
		}{{"true", Bool}, {"false", Bool}, {"null", Null}} {
			if len(p.b)-p.i >= len(w.lit) && string(p.b[p.i:p.i+len(w.lit)]) == w.lit {
				n.Kind = w.kind
				n.Str = Str{S: w.lit, M: segment.Map{{Off: 0, Line: p.line, Col: p.col}}}
				p.advance(len(w.lit))
				return n
			}
		}
		p.unexpected()
		return nil
	}
	return n
}

func (p *parser) container(n *Node, end byte) {
	p.depth++
	if p.depth > maxDepth {
		p.fail("JSONTooDeep", nil)
		return
	}
	defer func() { p.depth-- }()
	p.advance(1)
	p.space()
	if p.i < len(p.b) && p.b[p.i] == end {
		p.advance(1)
		return
	}
	for p.err == nil {
		if end == '}' {
			if p.i >= len(p.b) || p.b[p.i] != '"' {
				p.unexpected()
				return
			}
			key := p.string()
			p.space()
			if p.i >= len(p.b) || p.b[p.i] != ':' {
				p.unexpected()
				return
			}
			p.advance(1)
			p.space()
			v := p.value()
			if p.err != nil {
				return
			}
			n.Members = append(n.Members, Member{Key: key, Value: v})
		} else {
			v := p.value()
			if p.err != nil {
				return
			}
			n.Items = append(n.Items, v)
		}
		p.space()
		if p.i >= len(p.b) {
			p.unexpected()
			return
		}
		switch p.b[p.i] {
		case ',':
			p.advance(1)
			p.space()
		case end:
			p.advance(1)
			return
		default:
			p.unexpected()
			return
		}
	}
}

func (p *parser) number(n *Node) {
	start, line, col := p.i, p.line, p.col
	digits := func() int {
		k := 0
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.advance(1)
			k++
		}
		return k
	}
	if p.b[p.i] == '-' {
		p.advance(1)
	}
	if p.i < len(p.b) && p.b[p.i] == '0' {
		p.advance(1)
	} else if digits() == 0 {
		p.unexpected()
		return
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.advance(1)
		if digits() == 0 {
			p.unexpected()
			return
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.advance(1)
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.advance(1)
		}
		if digits() == 0 {
			p.unexpected()
			return
		}
	}
	n.Str = Str{S: string(p.b[start:p.i]), M: segment.Map{{Off: 0, Line: line, Col: col}}}
}

// string reads a string at its opening quote.
func (p *parser) string() Str {
	p.advance(1)
	s := Str{M: segment.Map{{Off: 0, Line: p.line, Col: p.col}}}
	start := p.i
	// Fast path: no escape.
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			s.S = string(p.b[start:p.i])
			p.advance(1)
			return s
		}
		if c == '\\' || c < 0x20 {
			break
		}
		if c&0xC0 != 0x80 {
			p.col++
		}
		p.i++
	}
	out := append(make([]byte, 0, p.i-start+16), p.b[start:p.i]...)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.advance(1)
			s.S = string(out)
			return s
		case c < 0x20:
			p.fail("JSONControlChar", map[string]any{"Code": strconv.FormatInt(int64(c), 16)})
			return s
		case c != '\\':
			if c&0xC0 != 0x80 {
				p.col++
			}
			out = append(out, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.b) {
			break
		}
		var r rune
		n := 2
		switch e := p.b[p.i+1]; e {
		case '"', '\\', '/':
			r = rune(e)
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'n':
			r = '\n'
		case 'r':
			r = '\r'
		case 't':
			r = '\t'
		case 'u':
			r = p.hex(p.i + 2)
			if r < 0 {
				p.fail("JSONBadEscape", map[string]any{"Escape": p.escapeText(p.i, 6)})
				return s
			}
			n = 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.i+7 < len(p.b) && p.b[p.i+6] == '\\' && p.b[p.i+7] == 'u' {
					r2 = p.hex(p.i + 8)
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r, n = d, 12
				} else {
					r = utf8.RuneError // a lone surrogate, as encoding/json reads it
				}
			}
		default:
			p.fail("JSONBadEscape", map[string]any{"Escape": p.escapeText(p.i, 2)})
			return s
		}
		out = utf8.AppendRune(out, r)
		p.advance(n)
		s.M = append(s.M, segment.Origin{Off: len(out), Line: p.line, Col: p.col})
	}
	p.fail("JSONUnterminatedString", nil)
	return s
}

// hex reads the 4 hex digits at i, or returns -1.
func (p *parser) hex(i int) rune {
	if i+4 > len(p.b) {
		return -1
	}
	v, err := strconv.ParseUint(string(p.b[i:i+4]), 16, 32)
	if err != nil {
		return -1
	}
	return rune(v)
}

// escapeText is up to n bytes of an escape at i, for a message.
func (p *parser) escapeText(i, n int) string {
	end := min(i+n, len(p.b))
	for end > i && !utf8.Valid(p.b[i:end]) {
		end--
	}
	return string(p.b[i:end])
}

// Object returns an object's members (nil for nil or another kind).
func (n *Node) Object() []Member {
	if n == nil || n.Kind != Object {
		return nil
	}
	return n.Members
}
