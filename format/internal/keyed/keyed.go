// Package keyed holds what the readers of one-language message files
// (go-i18n and Hugo TOML/YAML, Rails YAML) share: the document they build,
// message by message, with a segment.Map that places every character back
// in the file; the walk that finds where a decoded value's characters sit
// in the file's quoted, escaped or folded spelling of it; the language a
// file's path names; and the position of a byte offset.
//
// Nothing here is safe for concurrent use; a Builder belongs to one read.
package keyed

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/placeholder"
	"github.com/glosa-dev/glosa/langid"
	"github.com/glosa-dev/glosa/segment"
)

// Escapes says how a value is spelled in the file.
type Escapes uint8

const (
	Raw          Escapes = iota // no escapes: plain and block YAML, TOML literal strings
	Backslash                   // YAML double-quoted and TOML basic strings: \n, \", \u0416, line continuations
	DoubledQuote                // YAML single-quoted: '' is '
)

// A Value is a decoded string and where its spelling starts in the file:
// Off is the byte of its first character (after an opening quote, or at
// the start of the line after a block scalar's indicator).
type Value struct {
	Text string
	Off  int
	Esc  Escapes
}

// Lines finds the line and column of byte offsets of a file.
type Lines struct {
	src    []byte
	starts []int
}

// NewLines indexes the line starts of src.
func NewLines(src []byte) *Lines {
	return &Lines{src: src, starts: format.LineStarts(src)}
}

// Position returns the line and column (1-based, in code points) of byte
// off; an offset outside the file is moved to its nearest end.
func (l *Lines) Position(off int) (line, col int) {
	off = max(0, min(off, len(l.src)))
	n := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	return n + 1, utf8.RuneCount(l.src[l.starts[n]:off]) + 1
}

// Offset returns the byte offset of line:col (1-based, col in code points),
// or -1 when the file has no such place.
func (l *Lines) Offset(line, col int) int {
	if line < 1 || line > len(l.starts) || col < 1 {
		return -1
	}
	i := l.starts[line-1]
	for c := 1; c < col; c++ {
		if i >= len(l.src) || l.src[i] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRune(l.src[i:])
		i += n
	}
	return i
}

// A Builder makes a one-language document unit by unit.
type Builder struct {
	Doc   *format.Document
	lines *Lines
	syn   placeholder.Syntax
}

// NewBuilder starts the document of file name, whose bytes are src, in
// language lang; its units' spans are the placeholders of syntaxes syn.
func NewBuilder(name, lang string, src []byte, syn placeholder.Syntax) *Builder {
	return &Builder{Doc: &format.Document{File: name, Lang: lang}, lines: NewLines(src), syn: syn}
}

// Lines returns the index of the file's lines.
func (b *Builder) Lines() *Lines { return b.lines }

// Add appends the unit u (its Key, Plural, Notes… set by the caller) with
// the text v, and places it in the file.
func (b *Builder) Add(u format.Unit, v Value) {
	d := b.Doc
	if len(d.Units) > 0 {
		d.Text = append(d.Text, "\n\n"...)
	}
	start := len(d.Text)
	d.Text = append(d.Text, v.Text...)
	line, col := b.lines.Position(v.Off)
	origins, ok := Walk(v.Text, b.lines.src, v.Off, line, col, v.Esc)
	if !ok { // cannot happen for what the decoders accept; keep the start exact
		origins = origins[:1]
	}
	for _, o := range origins {
		o.Off += start
		d.Map = append(d.Map, o)
	}
	u.Kind, u.Start, u.Body, u.End, u.Para = format.Message, start, start, len(d.Text), len(d.Units)
	if u.Kind == format.Message && b.syn != 0 {
		u.Spans = placeholder.Find(v.Text, start, b.syn)
	}
	d.Units = append(d.Units, u)
}

// AddCode appends a unit of kind Code (a value that is a token, not text:
// a Ruby symbol), placed in the file like any other.
func (b *Builder) AddCode(u format.Unit, v Value) {
	syn := b.syn
	b.syn = 0
	b.Add(u, v)
	b.syn = syn
	b.Doc.Units[len(b.Doc.Units)-1].Kind = format.Code
}

// Walk finds where the characters of value, decoded from the file src
// whose spelling of it starts at byte off (line:col), sit in the file. It
// returns origins with Off relative to value (the first at 0), one
// wherever the value and the file stop advancing together: after an
// escape, a doubled quote, a folded or continued line, a block scalar's
// indentation. Every character of value that is not white space is
// matched with the same character of the file (or the escape that spells
// it); white space that the spelling folds or drops is skipped. ok is
// false when the file does not spell value from off; the first origin is
// right even then.
func Walk(value string, src []byte, off, line, col int, esc Escapes) (origins []segment.Origin, ok bool) {
	origins = []segment.Origin{{Off: 0, Line: line, Col: col}}
	i, j := off, 0
	dirty := false
	// mark places value[j] at the file's current place.
	mark := func() {
		if last := &origins[len(origins)-1]; last.Off == j {
			last.Line, last.Col = line, col
			return
		}
		origins = append(origins, segment.Origin{Off: j, Line: line, Col: col})
	}
	adv := func(n int) {
		for end := i + n; i < end; {
			c, m := utf8.DecodeRune(src[i:])
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i += m
		}
	}
	for j < len(value) {
		if i >= len(src) {
			return origins, false
		}
		r, n := utf8.DecodeRuneInString(value[j:])
		c, m := utf8.DecodeRune(src[i:])
		switch {
		case esc == Backslash && c == '\\':
			if e, l := unescape(src[i:]); l > 0 && strings.HasPrefix(value[j:], e) {
				mark()
				adv(l)
				j += len(e)
				dirty = true
				continue
			}
			if k := continuation(src[i:]); k > 0 {
				adv(k)
				dirty = true
				continue
			}
			return origins, false
		case esc == DoubledQuote && c == '\'':
			if r != '\'' || i+1 >= len(src) || src[i+1] != '\'' {
				return origins, false
			}
			mark()
			adv(2)
			j++
			dirty = true
			continue
		case c == r:
			if dirty {
				mark()
				dirty = false
			}
			adv(m)
			j += n
		case isSpace(c):
			adv(m) // folded or dropped: a line break, indentation
			dirty = true
		case isSpace(r):
			j += n // a line break or space the folding made
			dirty = true
		default:
			return origins, false
		}
	}
	return origins, true
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// continuation returns the length of a line continuation at the start of
// s ("\" then spaces, a line break, and the white space after it), or 0.
func continuation(s []byte) int {
	i := 1
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i < len(s) && s[i] == '\r' {
		i++
	}
	if i >= len(s) || s[i] != '\n' {
		return 0
	}
	for i < len(s) && isSpace(rune(s[i])) {
		i++
	}
	return i
}

// unescape decodes the escape at the start of s (YAML's and TOML's, which
// agree where both have one), returning what it stands for and its length,
// or 0.
func unescape(s []byte) (string, int) {
	if len(s) < 2 {
		return "", 0
	}
	if e, ok := simple[s[1]]; ok {
		return e, 2
	}
	digits := hexDigits[s[1]]
	if digits == 0 || len(s) < 2+digits {
		return "", 0
	}
	var r rune
	for _, c := range s[2 : 2+digits] {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			v = c | 0x20 - 'a' + 10
		default:
			return "", 0
		}
		r = r<<4 | rune(v)
	}
	if !utf8.ValidRune(r) {
		return "", 0
	}
	return string(r), 2 + digits
}

// simple are the escapes of one character; hexDigits, those followed by
// hexadecimal digits.
var (
	simple = map[byte]string{'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v",
		'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '/': "/", '\\': "\\", 'N': "\u0085",
		'_': "\u00a0", 'L': "\u2028", 'P': "\u2029"}
	hexDigits = map[byte]int{'x': 2, 'u': 4, 'U': 8}
)

// Categories are CLDR's plural categories, as message files name them.
var Categories = []string{"zero", "one", "two", "few", "many", "other"}

// IsCategory reports whether k is a CLDR plural category.
func IsCategory(k string) bool {
	for _, c := range Categories {
		if c == k {
			return true
		}
	}
	return false
}

// Tag returns s as a BCP 47 tag ("es", "es-ES", "pt-BR" from "pt_BR") when
// it is the tag of a known language with a two-letter code, else "" (the
// three-letter codes are words too often: "app" is a language).
func Tag(s string) string {
	tag, _ := langid.Loose(s)
	return tag
}

// LangFromPath returns the language a message file's path names:
// active.es.toml, es.toml, es-ES.yaml, i18n_es.yaml, theme_i18n_ru.yaml,
// messages_pt_BR.yml, else its directory's name (locales/es/x.toml); ""
// when it names none.
func LangFromPath(name string) string {
	tag, _ := langid.MessageFile(name)
	return tag
}
