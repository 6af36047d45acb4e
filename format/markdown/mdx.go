package markdown

import "bytes"

// blankMDX blanks what of an MDX file is program, not Markdown, so that
// goldmark reads the rest as Markdown: import and export statements,
// JSX (and HTML) tags that open a line, {expressions} that open one.
// Fenced code is left alone; a tag in the middle of a line stays (it is
// raw HTML to goldmark: a Tag span).
func blankMDX(p []byte) {
	var fence byte
	fenceLen := 0
	for off := 0; off < len(p); {
		l, next := line(p, off)
		i := 0
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if n := run(l[i:]); n >= 3 && (l[i] == '`' || l[i] == '~') {
			switch {
			case fence == 0:
				fence, fenceLen = l[i], n
			case l[i] == fence && n >= fenceLen && len(bytes.TrimSpace(l[i+n:])) == 0:
				fence = 0
			}
			off = next
			continue
		}
		if fence != 0 {
			off = next
			continue
		}
		if i == 0 && (bytes.HasPrefix(l, []byte("import ")) || bytes.HasPrefix(l, []byte("export "))) {
			off = blankStatement(p, off)
			continue
		}
		at := off + i
		for at < len(p) {
			var e int
			switch {
			case p[at] == '<' && isTagStart(p[at+1:]):
				e = tagEnd(p, at)
			case p[at] == '{' && at == off+i:
				e = balanced(p, at)
			default:
				e = -1
			}
			if e < 0 {
				break
			}
			blank(p[at:e])
			at = e
			for at < len(p) && (p[at] == ' ' || p[at] == '\t') {
				at++
			}
		}
		if at > next { // a tag over several lines: go on from the line where it ends
			next = bytes.LastIndexByte(p[:at], '\n') + 1
		}
		off = next
	}
}

// run returns how many times p's first byte repeats at its start.
func run(p []byte) int {
	n := 0
	for n < len(p) && p[n] == p[0] {
		n++
	}
	return n
}

// isTagStart reports whether p, after a '<', starts a JSX or HTML tag:
// <Name, </Name, <>, </>; not an autolink (<https://…>).
func isTagStart(p []byte) bool {
	if len(p) > 0 && p[0] == '/' {
		p = p[1:]
	}
	if len(p) == 0 {
		return false
	}
	if p[0] == '>' {
		return true
	}
	if !(p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z') {
		return false
	}
	for i, c := range p {
		switch {
		case c == ':' && i+1 < len(p) && p[i+1] == '/':
			return false // a URL
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/':
			return true
		case c == '@':
			return false // an e-mail address
		}
	}
	return true
}

// tagEnd returns the offset after the '>' that closes the tag at p[at],
// skipping quoted attribute values and {expressions}, or -1.
func tagEnd(p []byte, at int) int {
	var quote byte
	depth := 0
	for i := at + 1; i < len(p); i++ {
		c := p[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '{':
			depth++
		case c == '}':
			depth--
		case c == '>' && depth <= 0:
			return i + 1
		}
	}
	return -1
}

// balanced returns the offset after the '}' that closes the '{' at p[at],
// or -1.
func balanced(p []byte, at int) int {
	depth := 0
	var quote byte
	for i := at; i < len(p); i++ {
		c := p[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// blankStatement blanks the import or export statement at off, up to the
// end of the line where its brackets close, and returns where the next
// line starts.
func blankStatement(p []byte, off int) int {
	depth := 0
	for off < len(p) {
		l, next := line(p, off)
		for _, c := range l {
			switch c {
			case '{', '(', '[':
				depth++
			case '}', ')', ']':
				depth--
			}
		}
		blank(p[off : off+len(l)])
		off = next
		if depth <= 0 {
			break
		}
	}
	return off
}

// dedent returns p without the indentation of its lines after from,
// outside fenced code (whose lines lose what their opening fence lost),
// and the bytes each line lost: MDX indents Markdown inside JSX, which
// CommonMark would read as code or refuse as a list.
func dedent(p []byte, from int) ([]byte, []int) {
	out := make([]byte, 0, len(p))
	var removed []int
	var fence byte
	fenceLen, fenceRm := 0, 0
	for off := 0; off < len(p); {
		l, next := line(p, off)
		rm := 0
		if off >= from {
			ind := 0
			for ind < len(l) && l[ind] == ' ' {
				ind++
			}
			n := 0
			if ind < len(l) && (l[ind] == '`' || l[ind] == '~') {
				n = run(l[ind:])
			}
			switch {
			case fence == 0 && n >= 3:
				fence, fenceLen, fenceRm, rm = l[ind], n, ind, ind
			case fence != 0 && n >= fenceLen && l[ind] == fence && len(bytes.TrimSpace(l[ind+n:])) == 0:
				fence, rm = 0, ind
			case fence != 0:
				rm = min(ind, fenceRm)
			default:
				rm = ind
			}
		}
		removed = append(removed, rm)
		out = append(out, p[off+rm:next]...)
		off = next
	}
	if len(p) == 0 || p[len(p)-1] == '\n' {
		removed = append(removed, 0)
	}
	return out, removed
}
