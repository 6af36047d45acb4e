package segment

import (
	"sort"
	"unicode/utf8"
)

// An Origin says that byte Off of a built text comes from line Line,
// column Col (1-based, code points) of the file it was read from.
type Origin struct {
	Off, Line, Col int
}

// A Map places the bytes of a text that a reader built from a file (the
// unescaped strings of a catalog, the cells of a TSV file) back in the
// file. It lists origins in increasing Off; from one origin to the next,
// text and file advance together: each code point is one column, and a
// '\n' in the text starts the next line at column 1. A reader adds an
// origin wherever that stops being true (the start of each string, after
// an escape sequence such as \n that is two bytes in the file and one in
// the text). A nil Map is the identity: the text is the file.
type Map []Origin

// Position returns the file position of byte off of text.
func (m Map) Position(text []byte, off int) (line, col int) {
	i := sort.Search(len(m), func(i int) bool { return m[i].Off > off }) - 1
	o := Origin{0, 1, 1}
	if i >= 0 {
		o = m[i]
	}
	line, col = o.Line, o.Col
	for p := o.Off; p < off && p < len(text); {
		r, n := utf8.DecodeRune(text[p:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		p += n
	}
	return line, col
}
