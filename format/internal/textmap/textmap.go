// Package textmap builds the text a reader makes of a file (unescaped
// values, joined) together with the segment.Map that places each of its
// bytes back in the file.
package textmap

import (
	"unicode/utf8"

	"github.com/glosa-dev/glosa/segment"
)

// A Builder appends runes to a text, each with the offset in the file of
// the bytes it comes from, and adds an origin to the map wherever the text
// stops advancing with the file. The file offsets given to it must not
// decrease. A Builder is not safe for concurrent use.
type Builder struct {
	Text []byte
	Map  segment.Map

	file []byte
	// cursor: line and column of byte off of file.
	off, line, col int
	// next is the file offset where the next rune sits if the text and
	// the file still advance together; -1 when they do not.
	next int
}

// New returns a Builder for the text of file (already decoded to UTF-8).
func New(file []byte) *Builder {
	return &Builder{file: file, line: 1, col: 1, next: -1}
}

// Position returns the line and column (1-based, code points) of byte off
// of the file; off must not be before the previous call's.
func (b *Builder) Position(off int) (line, col int) {
	off = min(off, len(b.file))
	for b.off < off {
		r, n := utf8.DecodeRune(b.file[b.off:])
		if r == '\n' {
			b.line, b.col = b.line+1, 1
		} else {
			b.col++
		}
		b.off += n
	}
	return b.line, b.col
}

// Origin says that the text's next byte comes from byte off of the file.
func (b *Builder) Origin(off int) {
	line, col := b.Position(off)
	o := segment.Origin{Off: len(b.Text), Line: line, Col: col}
	if n := len(b.Map); n > 0 && b.Map[n-1].Off == o.Off {
		b.Map[n-1] = o
	} else {
		b.Map = append(b.Map, o)
	}
	b.next = off
}

// Rune appends r, which comes from byte off of the file; literal says the
// file spells it as itself there (not an escape or an entity).
func (b *Builder) Rune(r rune, off int, literal bool) {
	if off != b.next {
		b.Origin(off)
	}
	b.Text = utf8.AppendRune(b.Text, r)
	if literal && r != '\n' {
		b.next = off + utf8.RuneLen(r)
	} else if literal {
		// The map starts a new line after '\n' by itself.
		b.next = off + 1
	} else {
		b.next = -1
	}
}

// Literal appends the file's bytes [start, end) as they are.
func (b *Builder) Literal(start, end int) {
	if start >= end {
		return
	}
	if start != b.next {
		b.Origin(start)
	}
	b.Text = append(b.Text, b.file[start:end]...)
	b.next = end
}

// Break appends s, text of no place in the file (the "\n\n" between two
// values): the next rune needs an origin.
func (b *Builder) Break(s string) {
	b.Text = append(b.Text, s...)
	b.next = -1
}
