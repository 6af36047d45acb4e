package goi18n

import (
	"errors"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format/internal/keyed"
)

// readTOML parses a TOML message file into its root node: BurntSushi/toml
// checks the syntax and decodes the strings; a small scanner, run on what
// it accepted, finds where each key and value sits.
func readTOML(name string, src []byte, lines *keyed.Lines) (*keyed.Node, error) {
	var data map[string]any
	if _, err := toml.Decode(string(src), &data); err != nil {
		line, col, msg := 1, 1, err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col, msg = max(pe.Position.Line, 1), max(pe.Position.Col, 1), pe.Message
		}
		return nil, diag.List{{File: name, Line: line, Col: col, Severity: diag.Error, ID: "GoI18nSyntax", Data: map[string]any{"Err": msg}}}
	}
	s := &scanner{src: src, lines: lines}
	root := &keyed.Node{Kind: keyed.Map, Line: 1, Col: 1, KeyLine: 1, KeyCol: 1}
	s.scan(root)
	for _, st := range s.strs {
		v, _ := lookup(data, st.path).(string)
		st.node.Value.Text = v
	}
	return root, nil
}

// lookup returns the value at path in decoded TOML data.
func lookup(data any, path []string) any {
	for _, k := range path {
		m, ok := data.(map[string]any)
		if !ok {
			return nil
		}
		data = m[k]
	}
	return data
}

type scanner struct {
	src   []byte
	lines *keyed.Lines
	i     int
	strs  []str
	index map[*keyed.Node]map[string]*keyed.Node // the tables' children by key
}

// str is a string value and its path of keys from the root.
type str struct {
	node *keyed.Node
	path []string
}

func (s *scanner) peek(k int) byte {
	if s.i+k < len(s.src) {
		return s.src[s.i+k]
	}
	return 0
}

// skip passes spaces, and line breaks and comments when nl.
func (s *scanner) skip(nl bool) {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t':
			s.i++
		case nl && (c == '\n' || c == '\r'):
			s.i++
		case nl && c == '#':
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

// child returns the map child of n with key k, made at off if missing.
func (s *scanner) child(n *keyed.Node, k string, off int) *keyed.Node {
	if c := s.index[n][k]; c != nil {
		return c
	}
	line, col := s.lines.Position(off)
	c := &keyed.Node{Kind: keyed.Map, Key: k, Line: line, Col: col, KeyLine: line, KeyCol: col}
	s.add(n, c)
	return c
}

func (s *scanner) scan(root *keyed.Node) {
	cur, path := root, []string(nil)
	for {
		s.skip(true)
		if s.i >= len(s.src) {
			return
		}
		before := s.i
		if s.src[s.i] == '[' {
			arrays := s.peek(1) == '['
			s.i++
			if arrays {
				s.i++
			}
			keys, offs := s.keys()
			cur, path = root, nil
			for k, key := range keys {
				cur = s.child(cur, key, offs[k])
				path = append(path, key)
			}
			if arrays {
				// An array of tables is no message file's: an error at
				// its header, and its tables go nowhere.
				cur.Kind, cur.Type = keyed.Other, "array"
				cur = &keyed.Node{Kind: keyed.Map}
			}
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
			continue
		}
		s.keyValue(cur, path)
		s.skip(false)
		if s.i < len(s.src) && s.src[s.i] == '#' || s.i == before {
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		}
	}
}

// keys reads a possibly dotted key, returning each part and its offset.
func (s *scanner) keys() (keys []string, offs []int) {
	for {
		s.skip(false)
		off := s.i
		var k string
		switch s.peek(0) {
		case '"':
			k = s.quotedKey('"')
		case '\'':
			k = s.quotedKey('\'')
		default:
			for s.i < len(s.src) {
				c := s.src[s.i]
				if c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
					s.i++
					continue
				}
				break
			}
			k = string(s.src[off:s.i])
		}
		keys, offs = append(keys, k), append(offs, off)
		s.skip(false)
		if s.peek(0) != '.' || s.i == off {
			return keys, offs
		}
		s.i++
	}
}

func (s *scanner) quotedKey(q byte) string {
	s.i++
	st := s.i
	for s.i < len(s.src) && s.src[s.i] != q && s.src[s.i] != '\n' {
		if q == '"' && s.src[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	body := string(s.src[st:min(s.i, len(s.src))])
	if s.i < len(s.src) {
		s.i++
	}
	if q == '"' {
		if u, err := strconv.Unquote(`"` + body + `"`); err == nil {
			body = u
		}
	}
	return body
}

// keyValue reads `key = value` into the table n at path.
func (s *scanner) keyValue(n *keyed.Node, path []string) {
	keys, offs := s.keys()
	s.skip(false)
	if s.peek(0) != '=' {
		s.i++
		return
	}
	s.i++
	s.skip(false)
	for k := range len(keys) - 1 {
		n = s.child(n, keys[k], offs[k])
		path = append(path, keys[k])
	}
	last := len(keys) - 1
	v := s.value(append(path[:len(path):len(path)], keys[last]))
	v.Key = keys[last]
	v.KeyLine, v.KeyCol = s.lines.Position(offs[last])
	s.add(n, v)
}

func (s *scanner) add(n, c *keyed.Node) {
	if s.index == nil {
		s.index = map[*keyed.Node]map[string]*keyed.Node{}
	}
	if s.index[n] == nil {
		s.index[n] = map[string]*keyed.Node{}
	}
	s.index[n][c.Key] = c
	n.Children = append(n.Children, c)
}

// value reads the value at path.
func (s *scanner) value(path []string) *keyed.Node {
	line, col := s.lines.Position(s.i)
	v := &keyed.Node{Line: line, Col: col}
	switch c := s.peek(0); {
	case c == '"' || c == '\'':
		v.Kind = keyed.String
		esc := keyed.Raw
		if c == '"' {
			esc = keyed.Backslash
		}
		n := 1
		if s.peek(1) == c && s.peek(2) == c {
			n = 3
		}
		s.i += n
		v.Value = keyed.Value{Off: s.i, Esc: esc}
		s.strs = append(s.strs, str{v, path})
		s.closeString(c, n)
	case c == '{':
		v.Kind = keyed.Map
		s.i++
		for s.i < len(s.src) {
			s.skip(true)
			if s.peek(0) == '}' {
				s.i++
				break
			}
			before := s.i
			s.keyValue(v, path)
			s.skip(true)
			if s.peek(0) == ',' {
				s.i++
			}
			if s.i == before {
				s.i++
			}
		}
	case c == '[':
		v.Kind, v.Type = keyed.Other, "array"
		s.skipArray()
	default:
		v.Kind, v.Type = keyed.Other, "number"
		if c == 't' || c == 'f' {
			v.Type = "boolean"
		}
		for s.i < len(s.src) {
			switch s.src[s.i] {
			case ',', ']', '}', '\n', '#':
				return v
			}
			s.i++
		}
	}
	return v
}

// closeString passes the rest of a string opened by n quotes q.
func (s *scanner) closeString(q byte, n int) {
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case q == '"' && c == '\\':
			s.i += 2
			continue
		case n == 1 && c == '\n':
			return
		case c == q && (n == 1 || s.peek(1) == q && s.peek(2) == q):
			s.i += n
			// """a"""" ends with a quote of the text: up to two more.
			for extra := 0; n == 3 && extra < 2 && s.peek(0) == q; extra++ {
				s.i++
			}
			return
		}
		s.i++
	}
}

func (s *scanner) skipArray() {
	s.i++
	for depth := 1; s.i < len(s.src) && depth > 0; {
		switch c := s.src[s.i]; c {
		case '[':
			depth++
			s.i++
		case ']':
			depth--
			s.i++
		case '#':
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		case '"', '\'':
			n := 1
			if s.peek(1) == c && s.peek(2) == c {
				n = 3
			}
			s.i += n
			s.closeString(c, n)
		default:
			s.i++
		}
	}
}
