// Package tsv reads parallel text as tab-separated values: a header row
// naming the language of each column, then one unit per row, its cells the
// unit in each language. This is how aligned catalogs are often exchanged
// (msgid, es, ru), and what `glosa check units.tsv` reads.
//
// # Format
//
//   - The header row holds a BCP 47 language tag per column ("es",
//     "pt-BR"); "msgid" or "source" names a source column whose language
//     the caller gives (gettext's msgid is usually English).
//   - Each later row has exactly as many cells as the header. In a cell,
//     \n, \t, \r and \\ stand for a line break, a tab, a carriage return and
//     a backslash; any other backslash is kept as it is. There is no
//     quoting: a '"' is an ordinary character.
//   - An empty cell is a unit not translated into that language. Blank
//     lines are skipped; a final "\r" on a line is dropped (CRLF files).
//
// Every problem is returned, in order, as a diag.List of errors with
// their file, line and column (up to diag.Max; after a bad header,
// nothing more is read).
package tsv

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/segment"
)

// A File is a parallel TSV file, read.
type File struct {
	Name    string
	Columns []*Column
	// Units[r] lists, for the r-th row after the header, the index of the
	// row's segment in each column, or -1 for an empty cell.
	Units [][]int
	rows  int   // the rows reserve counted (blank ones included)
	cells []int // the rest of the array that row cuts Units from
}

// A Column is the text of one language: its cells, unescaped, one segment
// per non-empty cell, a blank line between two cells, with a Map back to
// the file.
type Column struct {
	Lang     string
	Header   string
	Text     []byte
	Map      segment.Map
	Segments []segment.Segment
}

// Read reads a TSV file named name. sourceLang is the language of a column
// headed "msgid" or "source" ("en" if empty).
func Read(name string, r io.Reader, sourceLang string) (*File, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return read(name, b, sourceLang)
}

// read is Read on a file's bytes.
func read(name string, b []byte, sourceLang string) (*File, error) {
	if sourceLang == "" {
		sourceLang = "en"
	}
	f := &File{Name: name}
	var errs diag.List
	for line := 1; !errs.Full(); line++ {
		var raw []byte
		err := error(nil)
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			raw, b = b[:i+1], b[i+1:]
		} else {
			raw, b, err = b, nil, io.EOF
		}
		if len(raw) == 0 && err == io.EOF {
			break
		}
		raw = bytes.TrimSuffix(bytes.TrimSuffix(raw, []byte("\n")), []byte("\r"))
		var e *diag.Diagnostic
		switch {
		case !utf8.Valid(raw):
			e = badUTF8(name, line, raw)
		case len(bytes.TrimSpace(raw)) == 0:
		case f.Columns == nil:
			if e = f.header(line, raw, sourceLang); e != nil {
				f.Columns = nil
			} else {
				f.reserve(b)
			}
		default:
			e = f.row(line, raw) // a bad row is skipped; the others are read
		}
		if e != nil {
			errs.Add(*e)
			if f.Columns == nil {
				break // without a header, no row can be read
			}
		}
		if err == io.EOF {
			break
		}
	}
	if f.Columns == nil && len(errs) == 0 {
		errs.Add(diag.Diagnostic{File: name, Line: 1, Col: 1, Severity: diag.Error, ID: "TSVNoHeader"})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	for _, c := range f.Columns {
		c.finish()
	}
	return f, nil
}

// reserve sizes the columns for the rows of rest, the file after its
// header, so that they do not grow cell by cell: a segment and an origin
// a row, and the bytes of its cells with a blank line between them
// (unescaping only shortens a cell).
func (f *File) reserve(rest []byte) {
	if len(bytes.TrimSpace(rest)) == 0 {
		return
	}
	sizes := make([]int, len(f.Columns))
	rows := 0
	for len(rest) > 0 {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		rows++
		for k := range sizes {
			cell := line
			if j := bytes.IndexByte(line, '\t'); j >= 0 {
				cell, line = line[:j], line[j+1:]
			} else {
				line = nil
			}
			sizes[k] += len(cell) + 2
		}
	}
	f.rows, f.Units = rows, make([][]int, 0, rows)
	for k, c := range f.Columns {
		c.Text = make([]byte, 0, sizes[k])
		c.Map = make(segment.Map, 0, rows)
		c.Segments = make([]segment.Segment, 0, rows)
	}
}

// finish makes the segments' texts substrings of one string of the
// column's text, not a string each; a column without cells keeps nil
// slices, reserved or not.
func (c *Column) finish() {
	if len(c.Segments) == 0 {
		c.Text, c.Map, c.Segments = nil, nil, nil
		return
	}
	text := string(c.Text)
	for i := range c.Segments {
		s := &c.Segments[i]
		s.Text = text[s.Start:s.End]
	}
}

// badUTF8 points at the first invalid byte of a line.
func badUTF8(name string, line int, raw []byte) *diag.Diagnostic {
	col := 1
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
		col++
	}
	return &diag.Diagnostic{File: name, Line: line, Col: col, Severity: diag.Error, ID: "TSVBadUTF8"}
}

func (f *File) header(line int, raw []byte, sourceLang string) *diag.Diagnostic {
	seen := map[string]int{}
	col := 1
	for k, cell := range strings.Split(string(raw), "\t") {
		h := strings.TrimSpace(cell)
		lang := h
		switch strings.ToLower(h) {
		case "msgid", "source":
			lang = sourceLang
		default:
			t, err := language.Parse(h)
			if err != nil || h == "" {
				return &diag.Diagnostic{File: f.Name, Line: line, Col: col, Severity: diag.Error, ID: "TSVBadHeader", Data: map[string]any{"Column": k + 1, "Header": h}}
			}
			lang = t.String()
		}
		if prev, ok := seen[lang]; ok {
			return &diag.Diagnostic{File: f.Name, Line: line, Col: col, Severity: diag.Error, ID: "TSVDuplicateLanguage", Data: map[string]any{"Lang": lang, "Column": prev}}
		}
		seen[lang] = k + 1
		f.Columns = append(f.Columns, &Column{Lang: lang, Header: h})
		col += utf8.RuneCountInString(cell) + 1
	}
	if len(f.Columns) < 2 {
		return &diag.Diagnostic{File: f.Name, Line: line, Col: 1, Severity: diag.Error, ID: "TSVOneColumn"}
	}
	return nil
}

func (f *File) row(line int, raw []byte) *diag.Diagnostic {
	if got := bytes.Count(raw, []byte("\t")) + 1; got != len(f.Columns) {
		// Point at the first extra tab, or at the line's end.
		col := utf8.RuneCount(raw) + 1
		if got > len(f.Columns) {
			n := 0
			for range len(f.Columns) {
				n += bytes.IndexByte(raw[n:], '\t') + 1
			}
			col = utf8.RuneCount(raw[:n-1]) + 1
		}
		return &diag.Diagnostic{File: f.Name, Line: line, Col: col, Severity: diag.Error, ID: "TSVFieldCount",
			Data: map[string]any{"Got": got, "Want": len(f.Columns)}}
	}
	if len(f.cells) < len(f.Columns) { // the rows' units, cut from one array
		f.cells = make([]int, len(f.Columns)*max(f.rows-len(f.Units), 1))
	}
	unit := f.cells[:len(f.Columns):len(f.Columns)]
	f.cells = f.cells[len(f.Columns):]
	col := 1
	for k := range unit {
		cell := raw
		if j := bytes.IndexByte(raw, '\t'); j >= 0 {
			cell, raw = raw[:j], raw[j+1:]
		}
		unit[k] = f.Columns[k].add(cell, line, col, len(f.Units))
		if k+1 < len(unit) { // the next cell's column
			col += utf8.RuneCount(cell) + 1
		}
	}
	f.Units = append(f.Units, unit)
	return nil
}

// add appends a cell found at line:col and returns its segment's index, or
// -1 for an empty cell.
func (c *Column) add(cell []byte, line, col, row int) int {
	if len(bytes.TrimSpace(cell)) == 0 {
		return -1
	}
	textLen, mapLen := len(c.Text), len(c.Map)
	if len(c.Text) > 0 {
		c.Text = append(c.Text, "\n\n"...)
	}
	start := len(c.Text)
	c.Map = append(c.Map, segment.Origin{Off: start, Line: line, Col: col})
	for i := 0; i < len(cell); {
		// Up to the next backslash, as it is.
		k := bytes.IndexByte(cell[i:], '\\')
		if k < 0 {
			c.Text = append(c.Text, cell[i:]...)
			break
		}
		c.Text = append(c.Text, cell[i:i+k]...)
		i += k
		b := cell[i]
		if i+1 == len(cell) {
			c.Text = append(c.Text, b)
			i++
			continue
		}
		var u byte
		switch cell[i+1] {
		case 'n':
			u = '\n'
		case 't':
			u = '\t'
		case 'r':
			u = '\r'
		case '\\':
			u = '\\'
		default:
			c.Text = append(c.Text, b)
			i++
			continue
		}
		col += utf8.RuneCount(cell[:i]) + 2
		cell = cell[i+2:]
		i = 0
		c.Text = append(c.Text, u)
		c.Map = append(c.Map, segment.Origin{Off: len(c.Text), Line: line, Col: col})
	}
	// The segment is the cell without the white space around it.
	end := len(c.Text)
	s, e := start, end
	for s < e && isSpace(c.Text[s]) {
		s++
	}
	for e > s && isSpace(c.Text[e-1]) {
		e--
	}
	if s == e { // only escaped white space
		c.Text, c.Map = c.Text[:textLen], c.Map[:mapLen]
		return -1
	}
	l, cl := c.Map[mapLen:].Position(c.Text, s) // the cell's own origins: the first is at start <= s
	c.Segments = append(c.Segments, segment.Segment{Start: s, End: e, Line: l, Col: cl, Para: row})
	return len(c.Segments) - 1
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
