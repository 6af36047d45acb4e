package tomlpos

import (
	"bytes"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Locator records where keys and values sit in a TOML document that has
// already been parsed successfully, so that validation errors and terms can
// point at the byte. Paths are dotted: "glossary.name", "concept.3.es.1"
// (the second string of the fourth [[concept]]'s es array),
// "concept.3.deprecated.ru.0".
//
// It understands just enough TOML to find positions and never fails: on
// anything unexpected it skips ahead. Positions are kept per table as a
// flat list of records, not as a map of path strings, so that a glossary of
// 100,000 concepts costs a few allocations per concept, not per term.
//
// A Locator is read-only once made and safe for concurrent use.
type Locator struct {
	src        string
	lineStarts []int
	tables     map[string][]table // table name -> its instances, in order
	recs       []rec
	i          int
}

// table is one table of the document: its header and its records.
type table struct {
	off    int // offset of the header ("[[concept]]"), or 0
	lo, hi int // recs[lo:hi]
}

// rec is the position of a key, or of an element of its value.
type rec struct {
	key, sub string // key in its table; key inside an inline-table value
	idx      int    // element of an array value, or -1 for the key itself
	off      int
}

// New scans src, a document that TOML parsing accepted, and returns its
// Locator. On a document that does not parse it still returns a Locator,
// whose positions are a best effort.
func New(src []byte) *Locator {
	l := &Locator{src: string(src), lineStarts: lineStarts(src), tables: map[string][]table{}}
	// One record per key and per array element, about: reserve them at once.
	l.recs = make([]rec, 0, strings.Count(l.src, "=")+strings.Count(l.src, `"`)/2+16)
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

// At returns the line and column (1-based, in code points) of a byte
// offset; an offset outside the document is moved to its nearest end.
func (l *Locator) At(off int) (line, col int) {
	off = max(0, min(off, len(l.src)))
	n := sort.Search(len(l.lineStarts), func(i int) bool { return l.lineStarts[i] > off }) - 1
	if n < 0 {
		n = 0
	}
	start := l.lineStarts[n]
	return n + 1, utf8.RuneCountInString(l.src[start:off]) + 1
}

// Lookup returns the byte offset recorded for path, falling back to the
// key itself, then to the table's header; ok is false when not even the
// table is known.
func (l *Locator) Lookup(path string) (int, bool) {
	name, rest, _ := strings.Cut(path, ".")
	n := 0
	if num, after, found := strings.Cut(rest, "."); len(l.tables[name]) > 1 || IsIndex(num) {
		if i, err := strconv.Atoi(num); err == nil {
			n, rest = i, after
			if !found {
				rest = ""
			}
		}
	}
	ts := l.tables[name]
	if n >= len(ts) {
		// A top-level key of the root table ("glossary = 3").
		ts, rest, n = l.tables[""], path, 0
		if len(ts) == 0 {
			return 0, false
		}
	}
	t := ts[n]
	if rest == "" {
		return t.off, true
	}
	key, sub, idx := splitRest(rest)
	best, bestRank := t.off, 0
	for _, r := range l.recs[t.lo:t.hi] {
		if r.key != key {
			continue
		}
		rank := 1 // the key
		switch {
		case r.sub == sub && r.idx == idx:
			return r.off, true
		case r.sub == sub && r.idx == -1:
			rank = 2
		case r.sub != "" || r.idx != -1:
			continue
		}
		if rank > bestRank {
			best, bestRank = r.off, rank
		}
	}
	return best, true
}

// Keys returns the keys of m, the table at path, in the order they appear
// in the document; keys at the same offset (or not found) sort by name.
func (l *Locator) Keys(path string, m map[string]any) []string {
	type keyOff struct {
		key string
		off int
	}
	ko := make([]keyOff, 0, len(m))
	for k := range m {
		off, _ := l.Lookup(join(path, k))
		ko = append(ko, keyOff{k, off})
	}
	slices.SortFunc(ko, func(x, y keyOff) int {
		if x.off != y.off {
			return x.off - y.off
		}
		return strings.Compare(x.key, y.key)
	})
	keys := make([]string, len(ko))
	for i, k := range ko {
		keys[i] = k.key
	}
	return keys
}

// Position returns the line and column (1-based, in code points) of a byte
// offset in src without scanning its keys: for a document that does not
// parse, whose syntax error gives an offset. An offset outside src is moved
// to its nearest end.
func Position(src []byte, off int) (line, col int) {
	off = max(0, min(off, len(src)))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return bytes.Count(src[:start], []byte{'\n'}) + 1, utf8.RuneCount(src[start:off]) + 1
}

// IsIndex reports whether s, a part of a path, is an array index: ASCII
// digits only. A key made of digits is read as one.
func IsIndex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// splitRest splits "key", "key.N", "key.sub" or "key.sub.N".
func splitRest(rest string) (key, sub string, idx int) {
	idx = -1
	key, after, _ := strings.Cut(rest, ".")
	if after == "" {
		return key, "", -1
	}
	if IsIndex(after) {
		n, _ := strconv.Atoi(after)
		return key, "", n
	}
	sub, num, _ := strings.Cut(after, ".")
	if IsIndex(num) {
		idx, _ = strconv.Atoi(num)
	}
	return key, sub, idx
}

func (l *Locator) peek() byte {
	if l.i < len(l.src) {
		return l.src[l.i]
	}
	return 0
}

// skip passes over blanks, and newlines and comments when nl is set.
func (l *Locator) skip(nl bool) {
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

func (l *Locator) scan() {
	name := ""
	l.tables[""] = []table{{}}
	for l.i < len(l.src) {
		l.skip(true)
		if l.i >= len(l.src) {
			break
		}
		start := l.i
		if l.peek() == '[' {
			l.close(name)
			double := l.i+1 < len(l.src) && l.src[l.i+1] == '['
			l.i++
			if double {
				l.i++
			}
			l.skip(false)
			name = l.key()
			l.tables[name] = append(l.tables[name], table{off: start, lo: len(l.recs)})
			l.toEOL()
			continue
		}
		l.keyValue("")
		l.toEOL()
	}
	l.close(name)
}

// close ends the records of the current instance of table name.
func (l *Locator) close(name string) {
	ts := l.tables[name]
	ts[len(ts)-1].hi = len(l.recs)
}

func (l *Locator) toEOL() {
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

// keyValue reads `key = value` and records both; parent is the key whose
// inline-table value this pair is in, or "".
func (l *Locator) keyValue(parent string) {
	start := l.i
	k := l.key()
	if k == "" {
		l.i++
		return
	}
	key, sub := k, ""
	if parent != "" {
		key, sub = parent, k
	} else if a, b, dotted := strings.Cut(k, "."); dotted {
		// A dotted key (rules.punctuation = "off") is recorded like the
		// same pair in an inline table (rules = { punctuation = "off" }).
		key, sub = a, b
	}
	l.recs = append(l.recs, rec{key: key, sub: sub, idx: -1, off: start})
	l.skip(false)
	if l.peek() != '=' {
		return
	}
	l.i++
	l.skip(false)
	l.value(key, sub, true)
}

// key reads a possibly dotted, possibly quoted key.
func (l *Locator) key() string {
	var out string
	for {
		l.skip(false)
		var part string
		switch c := l.peek(); {
		case c == '"' || c == '\'':
			part = l.str()
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
			part = l.src[st:l.i]
		}
		out = join(out, part)
		l.skip(false)
		if l.peek() != '.' || part == "" {
			return out
		}
		l.i++
	}
}

// value reads the value of key (sub: inside an inline table). The elements
// of an array are recorded with their index; a string value of a key is
// recorded as element 0, so that a term given as a string and one given as
// a one-element array are found alike.
func (l *Locator) value(key, sub string, ofKey bool) {
	switch l.peek() {
	case '"', '\'':
		if ofKey {
			l.recs = append(l.recs, rec{key: key, sub: sub, idx: 0, off: l.i})
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
			before := l.i
			l.recs = append(l.recs, rec{key: key, sub: sub, idx: n, off: l.i})
			l.value(key, sub, false)
			l.skip(true)
			if l.peek() == ',' {
				l.i++
			}
			if l.i == before { // not TOML ("[1 }"): move on
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
			l.keyValue(key)
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

// str reads a basic, literal or multi-line string and returns its body
// (escapes of basic strings decoded).
func (l *Locator) str() string {
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
		body := l.src[min(start+3, len(l.src)):min(l.i, len(l.src))]
		l.i = min(l.i+3, len(l.src))
		return body
	}
	l.i++
	st := l.i
	for l.i < len(l.src) && l.src[l.i] != q && l.src[l.i] != '\n' {
		if q == '"' && l.src[l.i] == '\\' {
			l.i++
		}
		l.i++
	}
	body := l.src[st:min(l.i, len(l.src))]
	if l.i < len(l.src) {
		l.i++
	}
	if q == '"' && strings.IndexByte(body, '\\') >= 0 {
		if u, err := strconv.Unquote(`"` + body + `"`); err == nil {
			body = u
		}
	}
	return body
}
