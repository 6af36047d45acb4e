package text

import (
	"bytes"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/segment"
)

func init() {
	format.Register(format.Format{Name: "text", Extensions: []string{".txt", ".text"}, NeedsLang: true, Read: Read})
}

// Read reads a plain text file named name.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	return &format.File{Name: name, Docs: []*format.Document{Document(name, b, opts)}, LintSource: true}, nil
}

// Document returns the document of b, the text of a file named name; its
// Text is b, not a copy.
func Document(name string, b []byte, opts format.Options) *format.Document {
	d := &format.Document{File: name, Lang: opts.Lang, Text: b, Suppress: format.TextSuppressions(b), Guess: true}
	if opts.Presegmented {
		d.Units = lines(b)
	} else {
		d.Units = appendBlocks(nil, b, 0)
	}
	return d
}

// lines makes a Line unit of every line of b.
func lines(b []byte) []format.Unit {
	var units []format.Unit
	for i := 0; i < len(b); {
		e, next := len(b), len(b)
		if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
			e, next = i+k, i+k+1
		}
		end := e
		if end > i && b[end-1] == '\r' {
			end--
		}
		units = append(units, format.Unit{Kind: format.Line, Start: i, Body: i, End: end, Para: len(units)})
		i = next
	}
	return units
}

// Kinds of lines.
const (
	lineNone    = iota // text start, or after a blank line
	lineBlank          // white space only
	linePlain          // anything else
	lineHeading        // "# Heading"
	lineItem           // "- item", "1. item", "a) item"
)

// appendBlocks appends the units of text, which starts at a line start, to
// units, numbering their paragraphs from para.
func appendBlocks(units []format.Unit, text []byte, para int) []format.Unit {
	prev, prevEnds := lineNone, false
	bs, be, ms := -1, -1, -1 // current block: start, end, end of the list marker
	inItem := false
	ls, le := 0, 0 // the previous line
	add := func(u format.Unit) {
		u.Para = para
		units = append(units, u)
		para++
	}
	flush := func() {
		if bs < 0 {
			return
		}
		kind := format.Prose
		if inItem {
			kind = format.ListItem
		}
		// U+2029 ends a paragraph inside a block.
		for s, body := bs, ms; ; {
			k := bytes.Index(text[body:be], []byte("\u2029"))
			e := be
			if k >= 0 {
				e = body + k
			}
			if !isBlank(text[s:e]) {
				add(format.Unit{Kind: kind, Start: s, Body: body, End: e})
			}
			if k < 0 {
				break
			}
			s, body, kind = e+3, e+3, format.Prose
		}
		bs = -1
	}
	for i := 0; i < len(text); {
		e, next := len(text), len(text)
		if k := bytes.IndexByte(text[i:], '\n'); k >= 0 {
			e, next = i+k, i+k+1
		}
		line := text[i:e]
		kind, marker := classify(line, prev == lineNone || prev == lineHeading || prev == lineItem || prevEnds)
		switch kind {
		case lineBlank:
			flush()
			prev = lineNone
		case lineHeading:
			flush()
			add(format.Unit{Kind: format.Heading, Start: i, Body: i, End: e})
			prev = lineHeading
		case lineItem:
			flush()
			bs, be, ms, inItem = i, e, i+marker, true
			prev = lineItem
		default:
			switch {
			case bs >= 0 && inItem && (line[0] == ' ' || line[0] == '\t' || lazy(text[ls:le], line)):
				be = e // a line that continues a list item
			case bs >= 0 && !inItem:
				be = e
				prev = linePlain
			default:
				flush()
				bs, be, ms, inItem = i, e, i, false
				prev = linePlain
			}
		}
		if kind != lineBlank {
			prevEnds = segment.EndsSentence(line)
		}
		ls, le = i, e
		i = next
	}
	flush()
	return units
}

// lazy tells whether line, which is not indented, continues the list item
// whose last line is prev, as a "lazy continuation line" does in
// Markdown: when prev does not end a sentence and either line starts with
// a lowercase letter or prev is as long as a wrapped line of prose.
func lazy(prev, line []byte) bool {
	if segment.EndsSentence(prev) {
		return false
	}
	if r, _ := utf8.DecodeRune(line); unicode.IsLower(r) {
		return true
	}
	return utf8.RuneCount(prev) >= wrappedLine
}

// wrappedLine is the length in code points from which a line looks like
// a line of wrapped prose rather than a short list item.
const wrappedLine = 50

// classify tells what kind of line line is and, for a list item, the
// length of its marker and the space after it. An ordered item ("2. ",
// "b) ", "IV. ") counts only when ordered is set: at the start of a
// paragraph, after a heading or a list item, or after a line that ends a
// sentence, so that a number that starts a wrapped line stays in its
// sentence ("a las\n12. y luego"); a number of one to three digits also
// counts before a capital (a numbered paragraph after a title line).
func classify(line []byte, ordered bool) (kind, marker int) {
	j := 0
	for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	if isBlank(line[j:]) {
		return lineBlank, 0
	}
	rest := line[j:]
	spaceAt := func(k int) bool {
		return k == len(rest) || rest[k] == ' ' || rest[k] == '\t' || rest[k] == '\r'
	}
	switch c := rest[0]; {
	case c == '#' && j <= 3:
		h := 1
		for h < len(rest) && rest[h] == '#' {
			h++
		}
		if h <= 6 && spaceAt(h) {
			return lineHeading, 0
		}
	case c == '-' || c == '*' || c == '+':
		if len(rest) > 1 && spaceAt(1) {
			return lineItem, j + 2
		}
	case c == 0xE2 && bytes.HasPrefix(rest, []byte("•")):
		if len(rest) > 3 && spaceAt(3) {
			return lineItem, j + 4
		}
	case c >= '0' && c <= '9':
		d := 1
		for d < len(rest) && d < 4 && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d <= 3 && d+1 < len(rest) && (rest[d] == '.' || rest[d] == ')') && spaceAt(d+1) &&
			(ordered || capitalAfter(rest[d+1:])) {
			return lineItem, j + d + 2
		}
	case ordered && isRoman(rune(c)):
		d := 1
		for d < len(rest) && d < 7 && isRoman(rune(rest[d])) {
			d++
		}
		if d <= 6 && d+1 < len(rest) && (rest[d] == '.' || rest[d] == ')') && spaceAt(d+1) {
			return lineItem, j + d + 2
		}
	case ordered:
		r, size := utf8.DecodeRune(rest)
		if unicode.IsLetter(r) && size+1 < len(rest) && (rest[size] == ')' || rest[size] == '.' && unicode.IsLower(r)) && spaceAt(size+1) {
			return lineItem, j + size + 2
		}
	}
	return linePlain, 0
}

// capitalAfter tells whether the first letter after the white space at
// the start of s is a capital.
func capitalAfter(s []byte) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		if !segment.IsSpace(r) {
			return unicode.IsUpper(r)
		}
		s = s[size:]
	}
	return false
}

func isBlank(s []byte) bool {
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s)
		}
		if !segment.IsSpace(r) {
			return false
		}
		s = s[size:]
	}
	return true
}

// isRoman reports the letters of Roman numerals that start an ordered
// list item (the byte of an ASCII letter).
func isRoman(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}
