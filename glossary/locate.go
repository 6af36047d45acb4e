package glossary

import (
	"sort"
	"strconv"
	"unicode/utf8"
)

// locator records where keys and values sit in a TOML document that has
// already been parsed successfully, so that validation errors can point at
// the byte. Paths are dotted: "glossary.name", "concept.3.es.1" (the second
// string of concept 3's es array), "concept.3.deprecated.ru.0".
//
// It understands just enough TOML to find positions and never fails: on
// anything unexpected it skips ahead.
type locator struct {
	src        []byte
	lineStarts []int
	pos        map[string]int // path -> byte offset
	i          int
}

func newLocator(src []byte) *locator {
	l := &locator{src: src, pos: make(map[string]int), lineStarts: lineStarts(src)}
	l.scan()
	return l
}

// lineStarts returns the byte offset of each line's start.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// at returns the line and column (1-based, in code points) of a byte offset.
func (l *locator) at(off int) (line, col int) {
	off = max(0, min(off, len(l.src)))
	n := sort.Search(len(l.lineStarts), func(i int) bool { return l.lineStarts[i] > off }) - 1
	if n < 0 {
		n = 0
	}
	start := l.lineStarts[n]
	return n + 1, utf8.RuneCount(l.src[start:off]) + 1
}

// lookup returns the offset recorded for path, trying shorter paths when it
// is missing, and whether anything was found.
func (l *locator) lookup(path string) (int, bool) {
	for {
		if off, ok := l.pos[path]; ok {
			return off, true
		}
		dot := -1
		for i := len(path) - 1; i >= 0; i-- {
			if path[i] == '.' {
				dot = i
				break
			}
		}
		if dot < 0 {
			return 0, false
		}
		path = path[:dot]
	}
}

func (l *locator) peek() byte {
	if l.i < len(l.src) {
		return l.src[l.i]
	}
	return 0
}

// skip passes over blanks, and newlines and comments when nl is set.
func (l *locator) skip(nl bool) {
	for l.i < len(l.src) {
		switch c := l.src[l.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			l.i++
		case c == '\n' && nl:
			l.i++
		case c == '#':
			if !nl {
				return
			}
			for l.i < len(l.src) && l.src[l.i] != '\n' {
				l.i++
			}
		default:
			return
		}
	}
}

func (l *locator) scan() {
	prefix := ""
	counts := map[string]int{}
	for l.i < len(l.src) {
		l.skip(true)
		if l.i >= len(l.src) {
			return
		}
		start := l.i
		if l.peek() == '[' {
			double := l.i+1 < len(l.src) && l.src[l.i+1] == '['
			l.i++
			if double {
				l.i++
			}
			l.skip(false)
			name := l.key()
			if double {
				prefix = name + "." + strconv.Itoa(counts[name])
				counts[name]++
			} else {
				prefix = name
			}
			l.pos[prefix] = start
			l.toEOL()
			continue
		}
		l.keyValue(prefix)
		l.toEOL()
	}
}

func (l *locator) toEOL() {
	for l.i < len(l.src) && l.src[l.i] != '\n' {
		l.i++
	}
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// keyValue reads `key = value` and records both.
func (l *locator) keyValue(prefix string) {
	start := l.i
	k := l.key()
	if k == "" {
		l.i++
		return
	}
	path := join(prefix, k)
	l.pos[path] = start
	l.skip(false)
	if l.peek() != '=' {
		return
	}
	l.i++
	l.skip(false)
	l.value(path, true)
}

// key reads a possibly dotted, possibly quoted key.
func (l *locator) key() string {
	var out string
	for {
		l.skip(false)
		var part string
		switch c := l.peek(); {
		case c == '"' || c == '\'':
			s, _ := l.str()
			part = s
		default:
			st := l.i
			for l.i < len(l.src) {
				c := l.src[l.i]
				if c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
					l.i++
					continue
				}
				break
			}
			part = string(l.src[st:l.i])
		}
		out = join(out, part)
		l.skip(false)
		if l.peek() != '.' || part == "" {
			return out
		}
		l.i++
	}
}

// value reads a value at path. Array elements are recorded as path.N; the
// string value of a key is also recorded as path.0, so that a term given as
// a string and one given as a one-element array are found alike.
func (l *locator) value(base string, ofKey bool) {
	switch l.peek() {
	case '"', '\'':
		if ofKey {
			l.pos[base+".0"] = l.i
		}
		l.str()
	case '[':
		l.i++
		for n := 0; l.i < len(l.src); n++ {
			l.skip(true)
			if l.peek() == ']' {
				l.i++
				return
			}
			elem := base + "." + strconv.Itoa(n)
			l.pos[elem] = l.i
			l.value(elem, false)
			l.skip(true)
			if l.peek() == ',' {
				l.i++
			}
		}
	case '{':
		l.i++
		for l.i < len(l.src) {
			l.skip(true)
			if l.peek() == '}' {
				l.i++
				return
			}
			before := l.i
			l.keyValue(base)
			l.skip(true)
			if l.peek() == ',' {
				l.i++
			}
			if l.i == before {
				l.i++
			}
		}
	default:
		for l.i < len(l.src) {
			switch l.src[l.i] {
			case ',', ']', '}', '\n', '#':
				return
			}
			l.i++
		}
	}
}

// str reads a basic, literal or multi-line string and returns its raw body.
func (l *locator) str() (string, int) {
	q := l.src[l.i]
	start := l.i
	triple := l.i+2 < len(l.src) && l.src[l.i+1] == q && l.src[l.i+2] == q
	if triple {
		l.i += 3
		for l.i+2 < len(l.src) && !(l.src[l.i] == q && l.src[l.i+1] == q && l.src[l.i+2] == q) {
			if q == '"' && l.src[l.i] == '\\' {
				l.i++
			}
			l.i++
		}
		body := string(l.src[min(start+3, len(l.src)):min(l.i, len(l.src))])
		l.i = min(l.i+3, len(l.src))
		return body, start
	}
	l.i++
	st := l.i
	for l.i < len(l.src) && l.src[l.i] != q && l.src[l.i] != '\n' {
		if q == '"' && l.src[l.i] == '\\' {
			l.i++
		}
		l.i++
	}
	body := string(l.src[st:min(l.i, len(l.src))])
	if l.i < len(l.src) {
		l.i++
	}
	if q == '"' {
		if u, err := strconv.Unquote(`"` + body + `"`); err == nil {
			body = u
		}
	}
	return body, start
}
