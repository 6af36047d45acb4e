// Package xmlmsg reads the messages of XML localization files (XLIFF, TMX)
// with their true positions: an encoding/xml Decoder gives the tokens and
// their byte offsets, and the text of a message is rebuilt from the file's
// own bytes, entities and CDATA sections unescaped, with a segment.Map
// origin wherever the text and the file stop advancing together.
//
// Inline elements (XLIFF's <x/>, <g>, <ph>, TMX's <bpt>, <hi>, …) are kept
// in the text as the markup the file has, byte for byte, and recorded as
// format.Tag spans: positions stay those of the file, and the source's and
// the target's tags compare as strings.
//
// A Scanner is not safe for concurrent use.
package xmlmsg

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/segment"
)

// declEncoding finds the encoding an XML declaration names.
var declEncoding = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
})

// Declared returns the charset a file's XML declaration names ("" for
// none), for format.ReadAll.
func Declared(b []byte) string {
	charset := ""
	if m := declEncoding().FindSubmatch(b); m != nil {
		charset = string(m[1])
		if strings.HasPrefix(strings.ToLower(charset), "utf-16") {
			charset = "" // without a BOM the bytes are not UTF-16; with one, Decode knows
		}
	}
	return charset
}

// rootName matches the prolog of an XML document (declaration, comments,
// doctype, processing instructions) and the name of its root element.
var rootName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\s+|<\?[^>]*\?>|<!--(?s:.*?)-->|<!DOCTYPE[^>]*>)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]`)
})

// Root returns the local name of the root element that head, a file's first
// bytes, opens, or "" (a UTF-16 head is decoded first).
func Root(head []byte) string {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		if len(head)%2 == 1 {
			head = head[:len(head)-1]
		}
		b, err := format.Decode("", head, "")
		if err != nil {
			return ""
		}
		head = b
	}
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	m := rootName().FindSubmatch(head)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// A Scanner reads the tokens of an XML file decoded to UTF-8, with their
// offsets, and places offsets in the file.
type Scanner struct {
	name string
	src  []byte
	d    *xml.Decoder
	// Start and End are the bytes of the last token (End == Start for the
	// end element that a self-closing tag implies).
	Start, End int
	// the position of byte off, advanced as offsets grow
	off, line, col int
	// badXML is the message ID of a file that is not well-formed XML.
	badXML string
}

// NewScanner reads src, the UTF-8 bytes of the file name. badXML is the
// message ID for a file that is not well-formed (its Data holds the
// decoder's message as Error).
func NewScanner(name string, src []byte, badXML string) *Scanner {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // Decode did it
	return &Scanner{name: name, src: src, d: d, line: 1, col: 1, badXML: badXML}
}

// Name returns the file name.
func (s *Scanner) Name() string { return s.name }

// Next returns the next token, io.EOF at the end, or a diag.Diagnostic
// for XML that is not well-formed, at its position.
func (s *Scanner) Next() (xml.Token, error) {
	s.Start = int(s.d.InputOffset())
	tok, err := s.d.Token()
	s.End = int(s.d.InputOffset())
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		msg := err.Error()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			msg = se.Msg
		}
		return nil, s.Diag(s.End, s.badXML, map[string]any{"Error": msg})
	}
	return tok, nil
}

// Diag returns an error diagnostic at byte off.
func (s *Scanner) Diag(off int, id string, data map[string]any) diag.Diagnostic {
	line, col := s.Pos(off)
	return diag.Diagnostic{File: s.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data}
}

// Pos returns the line and column (1-based, code points) of byte off.
// It is fast when an offset is near the one before.
func (s *Scanner) Pos(off int) (line, col int) {
	off = min(max(off, 0), len(s.src))
	if off < s.off { // step back: to the line's start if it is not off's
		b := s.src[off:s.off]
		if n := bytes.Count(b, []byte("\n")); n > 0 {
			s.line -= n
			s.col = 1 + utf8.RuneCount(s.src[bytes.LastIndexByte(s.src[:off], '\n')+1:off])
		} else {
			s.col -= utf8.RuneCount(b)
		}
		s.off = off
		return s.line, s.col
	}
	b := s.src[s.off:off]
	if n := bytes.Count(b, []byte("\n")); n > 0 {
		i := bytes.LastIndexByte(b, '\n')
		s.line += n
		s.col = 1 + utf8.RuneCount(b[i+1:])
	} else {
		s.col += utf8.RuneCount(b)
	}
	s.off = off
	return s.line, s.col
}

// Skip reads up to the end of the element whose start was just returned.
func (s *Scanner) Skip() error {
	for depth := 1; depth > 0; {
		tok, err := s.Next()
		if err != nil {
			return s.Unclosed(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// Unclosed turns io.EOF inside an element into the diagnostic of a truncated
// file.
func (s *Scanner) Unclosed(err error) error {
	if err == io.EOF {
		return s.Diag(len(s.src), s.badXML, map[string]any{"Error": "unexpected EOF"})
	}
	return err
}

// Text reads the character data of the element whose start was just
// returned, up to its end, ignoring the elements inside: a note, a prop.
func (s *Scanner) Text() (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		tok, err := s.Next()
		if err != nil {
			return "", s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
	return b.String(), nil
}

// Inline says what an element inside a message is.
type Inline uint8

const (
	// Paired: its start and end tags are markup, what is between them is
	// text (XLIFF <g>, <mrk>, <pc>; TMX <hi>).
	Paired Inline = iota
	// Whole: the element and all it holds are one piece of markup (XLIFF
	// <x/>, <ph>, <bpt>; TMX <ph>, <ut>).
	Whole
	// CodePoint: XLIFF 2's <cp hex="…"/>, a character that XML cannot hold.
	CodePoint
)

// A Value is the text of a message element: its character data unescaped,
// its inline elements as their markup.
type Value struct {
	Text []byte
	Map  segment.Map   // offsets in Text
	Tags []format.Span // the inline elements' markup, Kind format.Tag
	Off  int           // the byte of the file where the content starts
}

// Value reads the content of the element whose start was just returned, up
// to its end; kind tells what each inline element is.
func (s *Scanner) Value(kind func(local string) Inline) (*Value, error) {
	v := &Value{Off: s.End}
	s.origin(v, s.End)
	for depth := 1; ; {
		tok, err := s.Next()
		if err != nil {
			return nil, s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth--; depth == 0 {
				return v, nil
			}
			s.markup(v, s.Start, s.End)
		case xml.StartElement:
			switch kind(t.Name.Local) {
			case Whole:
				start := s.Start
				if err := s.Skip(); err != nil {
					return nil, err
				}
				s.markup(v, start, s.End)
			case CodePoint:
				start := s.Start
				r := rune(-1)
				for _, a := range t.Attr {
					if a.Name.Local == "hex" {
						if n, err := strconv.ParseUint(a.Value, 16, 32); err == nil && utf8.ValidRune(rune(n)) {
							r = rune(n)
						}
					}
				}
				if err := s.Skip(); err != nil {
					return nil, err
				}
				if r < 0 {
					s.markup(v, start, s.End)
					break
				}
				s.origin(v, start)
				v.Text = utf8.AppendRune(v.Text, r)
				s.origin(v, s.End)
			default:
				depth++
				s.markup(v, s.Start, s.End)
			}
		case xml.CharData:
			s.chars(v, s.Start, s.End)
		}
	}
}

// origin records that the next byte of v.Text is byte off of the file,
// unless the map already says so.
func (s *Scanner) origin(v *Value, off int) {
	line, col := s.Pos(off)
	if n := len(v.Map); n > 0 && v.Map[n-1].Off == len(v.Text) {
		v.Map[n-1] = segment.Origin{Off: len(v.Text), Line: line, Col: col}
		return
	}
	v.Map = append(v.Map, segment.Origin{Off: len(v.Text), Line: line, Col: col})
}

// markup appends the file's bytes [start, end) as a tag span.
func (s *Scanner) markup(v *Value, start, end int) {
	if start == end {
		return
	}
	s.origin(v, start)
	t := len(v.Text)
	v.Text = append(v.Text, s.src[start:end]...)
	v.Tags = append(v.Tags, format.Span{Start: t, End: len(v.Text), Kind: format.Tag})
}

// chars appends character data, the file's bytes [start, end): entities
// and character references unescaped, CDATA sections opened, line ends
// normalised as XML does.
func (s *Scanner) chars(v *Value, start, end int) {
	s.origin(v, start)
	raw := s.src[start:end]
	for i := 0; i < len(raw); {
		switch c := raw[i]; {
		case c == '<' && bytes.HasPrefix(raw[i:], []byte("<![CDATA[")):
			j := bytes.Index(raw[i+9:], []byte("]]>"))
			if j < 0 {
				j = len(raw) - i - 9
			}
			s.origin(v, start+i+9)
			s.plain(v, start+i+9, raw[i+9:i+9+j])
			i += 9 + j + 3
			s.origin(v, start+min(i, len(raw)))
		case c == '&':
			j := bytes.IndexByte(raw[i:], ';')
			if j < 0 { // the decoder would have refused it
				v.Text = append(v.Text, c)
				i++
				continue
			}
			v.Text = append(v.Text, unescape(string(raw[i+1:i+j]))...)
			i += j + 1
			s.origin(v, start+i)
		default:
			j := i + 1
			for j < len(raw) && raw[j] != '&' && raw[j] != '<' {
				j++
			}
			s.plain(v, start+i, raw[i:j])
			i = j
		}
	}
}

// plain appends bytes that stand for themselves, but for line ends: "\r\n"
// and a lone "\r" are "\n".
func (s *Scanner) plain(v *Value, off int, b []byte) {
	for {
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			v.Text = append(v.Text, b...)
			return
		}
		v.Text = append(v.Text, b[:i]...)
		v.Text = append(v.Text, '\n')
		if i+1 < len(b) && b[i+1] == '\n' {
			i++
		} else {
			s.origin(v, off+i+1) // the file's line goes on
		}
		b, off = b[i+1:], off+i+1
	}
}

func unescape(e string) string {
	switch e {
	case "amp":
		return "&"
	case "lt":
		return "<"
	case "gt":
		return ">"
	case "quot":
		return `"`
	case "apos":
		return "'"
	}
	if strings.HasPrefix(e, "#") {
		var n uint64
		var err error
		if strings.HasPrefix(e, "#x") || strings.HasPrefix(e, "#X") {
			n, err = strconv.ParseUint(e[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(e[1:], 10, 32)
		}
		if err == nil && utf8.ValidRune(rune(n)) {
			return string(rune(n))
		}
	}
	return "&" + e + ";"
}

// Append appends v.Text[from:to] to d as the text of a new unit, after
// "\n\n" when d has text already, with its map; it returns the unit's
// bytes in d.Text and the tags of v within them, moved there.
func (v *Value) Append(d *format.Document, from, to int) (start, end int, tags []format.Span) {
	if len(d.Text) > 0 {
		d.Text = append(d.Text, "\n\n"...)
	}
	start = len(d.Text)
	line, col := v.Map.Position(v.Text, from)
	d.Map = append(d.Map, segment.Origin{Off: start, Line: line, Col: col})
	for _, o := range v.Map {
		if o.Off > from && o.Off < to {
			d.Map = append(d.Map, segment.Origin{Off: start + o.Off - from, Line: o.Line, Col: o.Col})
		}
	}
	d.Text = append(d.Text, v.Text[from:to]...)
	for _, t := range v.Tags {
		if t.Start >= from && t.End <= to {
			tags = append(tags, format.Span{Start: start + t.Start - from, End: start + t.End - from, Kind: t.Kind})
		}
	}
	return start, len(d.Text), tags
}

// Spans returns tags, sorted and not overlapping, with the spans that find
// returns for the text between them (find gets a piece of text and where
// it starts in the document); text is the document's Text.
func Spans(text []byte, start, end int, tags []format.Span, find func(s string, base int) []format.Span) []format.Span {
	var out []format.Span
	at := start
	for _, t := range tags {
		out = append(out, find(string(text[at:t.Start]), at)...)
		out = append(out, t)
		at = t.End
	}
	return append(out, find(string(text[at:end]), at)...)
}
