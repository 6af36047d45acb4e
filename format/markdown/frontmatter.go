package markdown

import (
	"bytes"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

// frontMatter adds the units of a YAML front matter block (the values of
// the keys title, a Heading, and description, Prose, at any depth) and
// returns where the block ends, 0 when the file has none.
func (b *builder) frontMatter(name string, errs *diag.List) int {
	src := b.file
	first, next := line(src, 0)
	if strings.TrimRight(string(first), " \t\r") != "---" || next >= len(src) {
		return 0
	}
	var path []level
	end := -1
	for off := next; off < len(src); {
		l, nl := line(src, off)
		t := bytes.TrimRight(l, " \t\r")
		if string(t) == "---" || string(t) == "..." {
			end = nl
			break
		}
		off = b.frontLine(name, src, off, l, nl, &path, errs)
		if len(*errs) > 0 {
			return 0
		}
	}
	if end < 0 {
		if k, _ := line(src, next); keyAt(k, 0) > 0 {
			errs.Add(diag.Diagnostic{File: name, Line: 1, Col: 1, Severity: diag.Error, ID: "MarkdownFrontMatterOpen"})
		}
		b.units, b.text, b.m, b.fileAt = nil, b.text[:0], nil, -1
		return 0
	}
	return end
}

// line returns the line at off, without its "\n", and where the next
// starts.
func line(src []byte, off int) ([]byte, int) {
	if k := bytes.IndexByte(src[off:], '\n'); k >= 0 {
		return src[off : off+k], off + k + 1
	}
	return src[off:], len(src)
}

// keyAt returns the length of "key:" at p[i:] (a YAML mapping key, plain
// or quoted, and its colon followed by a space or the end), or 0.
func keyAt(p []byte, i int) int {
	j := i
	if j < len(p) && (p[j] == '"' || p[j] == '\'') {
		k := bytes.IndexByte(p[j+1:], p[j])
		if k < 0 {
			return 0
		}
		j += k + 2
	} else {
		for j < len(p) && (isKeyByte(p[j])) {
			j++
		}
	}
	if j == i || j >= len(p) || p[j] != ':' || (j+1 < len(p) && p[j+1] != ' ' && p[j+1] != '\t' && p[j+1] != '\r') {
		return 0
	}
	return j + 1 - i
}

func isKeyByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80
}

// frontLine reads the front matter line l at off (next line at nl), a
// unit if its key is title or description, and returns where reading goes
// on: after the lines of a block scalar.
func (b *builder) frontLine(name string, src []byte, off int, l []byte, nl int, path *[]level, errs *diag.List) int {
	i := 0
	for i < len(l) && l[i] == ' ' {
		i++
	}
	if i < len(l) && l[i] == '-' && i+1 < len(l) && l[i+1] == ' ' { // a sequence item holding a mapping
		i += 2
		for i < len(l) && l[i] == ' ' {
			i++
		}
	}
	n := keyAt(l, i)
	if n == 0 {
		return nl
	}
	key := strings.Trim(string(l[i:i+n-1]), `"'`)
	for len(*path) > 0 && (*path)[len(*path)-1].indent >= i {
		*path = (*path)[:len(*path)-1]
	}
	*path = append(*path, level{i, key})
	v := i + n
	for v < len(l) && (l[v] == ' ' || l[v] == '\t') {
		v++
	}
	val := bytes.TrimRight(l[v:], " \t\r")
	if len(val) > 0 && (val[0] == '|' || val[0] == '>') && len(bytes.Trim(val[1:], "+-0123456789")) == 0 {
		// A block scalar: the more indented lines that follow.
		var lines [][2]int
		end := nl
		for p := nl; p < len(src); {
			m, q := line(src, p)
			t := bytes.TrimRight(m, " \t\r")
			ind := 0
			for ind < len(t) && t[ind] == ' ' {
				ind++
			}
			if len(t) > 0 && ind <= i {
				break
			}
			if len(t) > 0 {
				lines = append(lines, [2]int{p + ind, p + len(t)})
			}
			p, end = q, q
		}
		if isProseKey(key) && len(lines) > 0 {
			b.begin()
			start := len(b.text)
			for k, ln := range lines {
				if k > 0 {
					if val[0] == '|' {
						b.text = append(b.text, '\n')
					} else {
						b.text = append(b.text, ' ')
					}
					b.fileAt = -1
				}
				b.piece(ln[0], ln[1])
			}
			b.end(proseKind(key), start, start, -1, dotted(*path))
		}
		return end
	}
	if !isProseKey(key) || len(val) == 0 {
		return nl
	}
	vs := off + v // the value's offset in the file
	b.begin()
	start := len(b.text)
	switch val[0] {
	case '"', '\'':
		q := val[0]
		k := 1
		for ; k < len(val); k++ {
			if val[k] == '\\' && q == '"' {
				k++
				continue
			}
			if val[k] == q {
				if q == '\'' && k+1 < len(val) && val[k+1] == '\'' {
					k++
					continue
				}
				break
			}
		}
		if k >= len(val) {
			line, col := b.pos(vs)
			errs.Add(diag.Diagnostic{File: name, Line: line, Col: col, Severity: diag.Error, ID: "MarkdownFrontMatterQuote", Data: map[string]any{"Key": key}})
			return nl
		}
		b.quoted(vs+1, vs+k, q)
	default:
		e := len(val)
		if c := bytes.Index(val, []byte(" #")); c >= 0 {
			e = len(bytes.TrimRight(val[:c], " \t"))
		}
		b.piece(vs, vs+e)
	}
	b.end(proseKind(key), start, start, vs, dotted(*path))
	return nl
}

// quoted appends a YAML quoted scalar's text [s, e) (without its quotes),
// its escapes resolved.
func (b *builder) quoted(s, e int, q byte) {
	from := s
	for i := s; i < e; i++ {
		c := b.file[i]
		switch {
		case q == '\'' && c == '\'' && i+1 < e:
			b.piece(from, i+1)
			b.fileAt = -1
			from = i + 2
			i++
		case q == '"' && c == '\\' && i+1 < e:
			b.piece(from, i)
			r, ok := yamlEscapes[b.file[i+1]]
			if !ok {
				r = string(b.file[i+1])
			}
			b.replace(i, i+2, []byte(r))
			from = i + 2
			i++
		}
	}
	b.piece(from, e)
}

var yamlEscapes = map[byte]string{'n': "\n", 't': "\t", '"': `"`, '\\': `\`, '/': "/", ' ': " ", '_': "\u00a0"}

func isProseKey(k string) bool { return k == "title" || k == "description" }

func proseKind(k string) format.Kind {
	if k == "title" {
		return format.Heading
	}
	return format.Prose
}

func dotted(path []level) string {
	keys := make([]string, len(path))
	for i, l := range path {
		keys[i] = l.key
	}
	return strings.Join(keys, ".")
}

// level is a key of the front matter and its indentation.
type level struct {
	indent int
	key    string
}
