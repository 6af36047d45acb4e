package segment

import (
	"bytes"
	"unicode/utf8"
)

// A Cursor is a position in a text: a byte offset and its line and column
// (1-based, columns counting code points, an invalid byte as one). It
// only moves forward, so that the positions of all the segments of a text
// cost one reading of it. The zero Cursor is the start of the text.
type Cursor struct {
	Off, Line, Col int
}

// Advance moves c forward to byte off of text; an off before c's is
// ignored.
func (c *Cursor) Advance(text []byte, off int) {
	if c.Line == 0 {
		c.Line, c.Col = 1, 1
	}
	if off <= c.Off {
		return
	}
	s := text[c.Off:off]
	if nl := bytes.Count(s, []byte("\n")); nl > 0 {
		c.Line += nl
		c.Col = 1 + utf8.RuneCount(s[bytes.LastIndexByte(s, '\n')+1:])
	} else {
		c.Col += utf8.RuneCount(s)
	}
	c.Off = off
}

// AppendBlock appends to dst the sentences of text[start:end], one block of
// prose (a paragraph, or a list item whose text after its marker begins at
// body; the marker stays in the first segment), numbered as paragraph
// para, and returns the result. Sentence ends are looked for from body
// on; U+2029 (the paragraph separator) is a hard break. Line and column
// are found with at, which must not be past start and is left at the
// last segment's start.
func (s *Segmenter) AppendBlock(dst []Segment, text []byte, start, body, end, para int, at *Cursor) []Segment {
	at.Advance(text, start)
	b := text[start:end]
	p := splitter{r: s.rules, text: b, str: string(b), base: start, out: dst, line: at.Line, col: at.Col, para: para}
	p.sentences(0, len(b), body-start)
	at.Off, at.Line, at.Col = start+p.pos, p.line, p.col
	return p.out
}

// AppendWhole appends text[start:end] without the white space around it
// to dst as one segment (a heading, a message), unless it is all white
// space, numbered as paragraph para and placed with at as AppendBlock
// does.
func (s *Segmenter) AppendWhole(dst []Segment, text []byte, start, end, para int, at *Cursor) []Segment {
	at.Advance(text, start)
	b := text[start:end]
	p := splitter{r: s.rules, text: b, str: string(b), base: start, out: dst, line: at.Line, col: at.Col, para: para}
	p.emit(0, len(b))
	at.Off, at.Line, at.Col = start+p.pos, p.line, p.col
	return p.out
}

// IsSpace reports what the package counts as white space: what
// [unicode.IsSpace] says, and U+FEFF (a byte order mark).
func IsSpace(r rune) bool { return isSpace(r) }

// EndsSentence tells whether a line ends with sentence punctuation or a
// colon or semicolon, perhaps followed by closing quotes and brackets.
func EndsSentence(line []byte) bool {
	for len(line) > 0 {
		r, size := utf8.DecodeLastRune(line)
		switch {
		case isSpace(r) || isCloser(r):
			line = line[:len(line)-size]
		case r == '.' || r == '!' || r == '?' || r == ':' || r == ';' || isTermRune(r):
			return true
		default:
			return false
		}
	}
	return false
}
