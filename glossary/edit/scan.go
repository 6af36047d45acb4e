package edit

import (
	"strconv"
	"strings"
)

// doc is the table and key structure of a TOML document, as byte ranges of
// its source: just what an edit needs to find a value and replace it, or a
// place to insert a key. It is made for documents TOML parsing accepted;
// on anything else it never fails but its ranges are a best effort.
type doc struct {
	src    string
	tables []table // the root table first, then one per header, in order
}

// table is one table: the root, [name] or [[name]].
type table struct {
	name  []string // header key, unquoted; nil for the root table
	array bool     // [[name]]
	start int      // offset of the header's '['; 0 for the root
	body  int      // offset after the header's line
	end   int      // offset of the next header, or the document's end
	kvs   []keyVal
}

// keyVal is one key = value pair.
type keyVal struct {
	key          []string // dotted key, unquoted
	start        int      // offset of the key
	keyEnd       int      // offset after the key
	vstart, vend int      // the value's bytes
	lineEnd      int      // offset after the newline ending the pair (or the end)
	kind         valueKind
	literal      bool     // a string (or an array's first string) in single quotes
	elems        int      // elements of an array value
	strs         bool     // an array of strings only
	inner        []keyVal // the pairs of an inline table value
}

type valueKind uint8

const (
	otherValue valueKind = iota
	stringValue
	multilineValue // a multi-line string
	arrayValue
	inlineValue
)

// scan reads src's structure.
func scan(src string) *doc {
	d := &doc{src: src}
	s := &scanner{src: src}
	cur := table{}
	for {
		s.skip(true)
		if s.i >= len(src) {
			break
		}
		if src[s.i] == '[' {
			cur.end = s.i
			d.tables = append(d.tables, cur)
			cur = table{start: s.i}
			s.i++
			if s.peek() == '[' {
				cur.array = true
				s.i++
			}
			cur.name = s.key()
			for s.i < len(src) && (src[s.i] == ']' || src[s.i] == ' ' || src[s.i] == '\t') {
				s.i++
			}
			s.toEOL()
			cur.body = s.i
			continue
		}
		before := s.i
		kv, ok := s.keyValue()
		if ok {
			s.toEOL()
			kv.lineEnd = s.i
			cur.kvs = append(cur.kvs, kv)
		} else {
			s.toEOL()
		}
		if s.i == before {
			s.i++
		}
	}
	cur.end = len(src)
	d.tables = append(d.tables, cur)
	return d
}

type scanner struct {
	src string
	i   int
}

func (s *scanner) peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

// skip passes over blanks, and newlines and comments when nl is set.
func (s *scanner) skip(nl bool) {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '\n' && nl:
			s.i++
		case c == '#' && nl:
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

// toEOL moves past the rest of the line, its newline included.
func (s *scanner) toEOL() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.i++
	}
	if s.i < len(s.src) {
		s.i++
	}
}

// key reads a possibly dotted, possibly quoted key.
func (s *scanner) key() []string {
	var parts []string
	for {
		s.skip(false)
		var part string
		switch c := s.peek(); c {
		case '"', '\'':
			st := s.i
			s.str()
			part = unquote(s.src[st:s.i])
		default:
			st := s.i
			for s.i < len(s.src) && bareKeyByte(s.src[s.i]) {
				s.i++
			}
			if s.i == st {
				return parts
			}
			part = s.src[st:s.i]
		}
		parts = append(parts, part)
		s.skip(false)
		if s.peek() != '.' {
			return parts
		}
		s.i++
	}
}

func bareKeyByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// keyValue reads key = value.
func (s *scanner) keyValue() (keyVal, bool) {
	kv := keyVal{start: s.i}
	kv.key = s.key()
	kv.keyEnd = s.i
	for kv.keyEnd > kv.start && (s.src[kv.keyEnd-1] == ' ' || s.src[kv.keyEnd-1] == '\t') {
		kv.keyEnd--
	}
	if len(kv.key) == 0 || s.peek() != '=' {
		return kv, false
	}
	s.i++
	s.skip(false)
	kv.vstart = s.i
	s.value(&kv)
	kv.vend = s.i
	return kv, true
}

// value reads a value into kv's kind, elements and inner pairs.
func (s *scanner) value(kv *keyVal) {
	switch s.peek() {
	case '"', '\'':
		kv.literal = s.peek() == '\''
		if s.str() {
			kv.kind = multilineValue
		} else {
			kv.kind = stringValue
		}
	case '[':
		kv.kind, kv.strs = arrayValue, true
		s.i++
		for s.i < len(s.src) {
			s.skip(true)
			if s.peek() == ']' {
				s.i++
				return
			}
			before := s.i
			var e keyVal
			s.value(&e)
			if kv.elems == 0 {
				kv.literal = e.literal
			}
			kv.elems++
			kv.strs = kv.strs && e.kind == stringValue
			s.skip(true)
			if s.peek() == ',' {
				s.i++
			}
			if s.i == before {
				s.i++
			}
		}
	case '{':
		kv.kind = inlineValue
		s.i++
		for s.i < len(s.src) {
			s.skip(true)
			if s.peek() == '}' {
				s.i++
				return
			}
			before := s.i
			if in, ok := s.keyValue(); ok {
				kv.inner = append(kv.inner, in)
			}
			s.skip(true)
			if s.peek() == ',' {
				s.i++
			}
			if s.i == before {
				s.i++
			}
		}
	default:
		for s.i < len(s.src) {
			switch s.src[s.i] {
			case ',', ']', '}', '\n', '#', '\r':
				return
			}
			s.i++
		}
	}
}

// str moves past a basic, literal or multi-line string and reports whether
// it was multi-line.
func (s *scanner) str() bool {
	q := s.src[s.i]
	if strings.HasPrefix(s.src[s.i:], strings.Repeat(string(q), 3)) {
		s.i += 3
		for s.i < len(s.src) {
			if q == '"' && s.src[s.i] == '\\' {
				s.i += 2
				continue
			}
			if s.src[s.i] == q && strings.HasPrefix(s.src[s.i:], strings.Repeat(string(q), 3)) {
				s.i += 3
				// Up to two more quotes belong to the string ("""a"""").
				for n := 0; n < 2 && s.peek() == q; n++ {
					s.i++
				}
				break
			}
			s.i++
		}
		s.i = min(s.i, len(s.src))
		return true
	}
	s.i++
	for s.i < len(s.src) && s.src[s.i] != q && s.src[s.i] != '\n' {
		if q == '"' && s.src[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	s.i = min(s.i+1, len(s.src))
	return false
}

// unquote decodes a quoted key.
func unquote(q string) string {
	if len(q) < 2 {
		return q
	}
	if q[0] == '\'' {
		return strings.Trim(q, "'")
	}
	if u, err := strconv.Unquote(q); err == nil {
		return u
	}
	return q[1 : len(q)-1]
}
