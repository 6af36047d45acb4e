package jsontree

import (
	"sort"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/segment"
)

// A Builder builds a document's Text from parts of strings of the file,
// with its Map.
type Builder struct {
	Text []byte
	Map  segment.Map
}

// Next starts a new message: "\n\n" after the previous one, so that no
// sentence runs across two. It returns the offset where the message
// starts.
func (b *Builder) Next() int {
	if len(b.Text) > 0 {
		b.Text = append(b.Text, "\n\n"...)
	}
	return len(b.Text)
}

// Add appends bytes [from, to) of s and returns the offset where they
// start in Text.
func (b *Builder) Add(s Str, from, to int) int {
	start := len(b.Text)
	line, col := s.Position(from)
	b.origin(segment.Origin{Off: start, Line: line, Col: col})
	b.Text = append(b.Text, s.S[from:to]...)
	for _, o := range s.M {
		if o.Off > from && o.Off < to {
			b.origin(segment.Origin{Off: start + o.Off - from, Line: o.Line, Col: o.Col})
		}
	}
	return start
}

// AddString appends text that is not in the file (a separator a reader
// writes), placed at the file position of byte at of s.
func (b *Builder) AddString(text string, s Str, at int) {
	line, col := s.Position(at)
	b.origin(segment.Origin{Off: len(b.Text), Line: line, Col: col})
	b.Text = append(b.Text, text...)
}

func (b *Builder) origin(o segment.Origin) {
	if n := len(b.Map); n > 0 && b.Map[n-1].Off == o.Off {
		b.Map[n-1] = o
		return
	}
	b.Map = append(b.Map, o)
}

// Position returns the file position of byte off of s (as
// segment.Map.Position does, without copying s).
func (s Str) Position(off int) (line, col int) {
	m := s.M
	i := sort.Search(len(m), func(i int) bool { return m[i].Off > off }) - 1
	o := segment.Origin{Line: 1, Col: 1}
	if i >= 0 {
		o = m[i]
	}
	line, col = o.Line, o.Col
	for p := o.Off; p < off && p < len(s.S); {
		r, n := utf8.DecodeRuneInString(s.S[p:])
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		p += n
	}
	return line, col
}
