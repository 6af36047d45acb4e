package android

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/placeholder"
)

// A value decodes one resource value as aapt2 does, rune by rune, into the
// parser's text.
type value struct {
	p       *parser
	quoted  bool // inside "…"
	esc     int  // offset of a pending backslash, or -1
	uni     int  // hex digits of \u read so far, -1 outside \u
	code    rune
	space   int  // offset of pending white space, or -1
	spaceN  int  // its length in runes
	content bool // something was written
	ref     bool // the value starts with an unescaped @ or ?: a reference
	spans   []format.Span
}

// value reads the content of the element just started (at file offset
// from) up to its end tag, as unit u; false after a syntax error.
func (p *parser) value(u format.Unit, from int) bool {
	if len(p.doc.Units) > 0 {
		p.b.Break("\n\n")
	}
	u.Start, u.Body, u.Para = len(p.b.Text), len(p.b.Text), len(p.doc.Units)
	p.b.Origin(from)
	v := &value{p: p, esc: -1, uni: -1, space: -1}
	type open struct {
		xliff bool
		start int // where an <xliff:g>'s content starts in the text
	}
	var stack []open
	for {
		t, start, err := p.token()
		if err != nil {
			return false
		}
		switch t := t.(type) {
		case xml.CharData:
			raw := p.file[start:p.last]
			if bytes.HasPrefix(raw, []byte("<![CDATA[")) {
				v.cdata(start+len("<![CDATA["), p.last-len("]]>"))
			} else {
				v.text(start, p.last)
			}
		case xml.StartElement:
			v.tag(start, p.last)
			stack = append(stack, open{xliff: isXliffG(t.Name), start: len(p.b.Text)})
		case xml.EndElement:
			if len(stack) == 0 {
				v.end()
				u.End = len(p.b.Text)
				u.Spans = v.finish(u.Start, u.End)
				p.doc.Units = append(p.doc.Units, u)
				return true
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.xliff && len(p.b.Text) > o.start {
				v.spans = append(v.spans, format.Span{Start: o.start, End: len(p.b.Text), Kind: format.Placeholder})
			}
			v.tag(start, p.last)
		}
	}
}

func isXliffG(n xml.Name) bool {
	return n.Local == "g" && (n.Space == xliffNS || n.Space == "xliff")
}

// text decodes the file's character data [start, end), entities included.
func (v *value) text(start, end int) {
	b := v.p.file
	for i := start; i < end; {
		if b[i] == '&' {
			j := bytes.IndexByte(b[i:end], ';')
			if j < 0 { // the decoder accepts no such thing; keep it as text
				v.char('&', i, true)
				i++
				continue
			}
			if r, ok := entity(string(b[i+1 : i+j])); ok {
				v.char(r, i, false)
				i += j + 1
				continue
			}
		}
		r, n := utf8.DecodeRune(b[i:end])
		v.char(r, i, true)
		i += n
	}
}

// entity returns the character an XML entity's name (between & and ;)
// stands for.
func entity(name string) (rune, bool) {
	switch name {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) > 1 && name[0] == '#' {
		base, digits := 10, name[1:]
		if digits[0] == 'x' {
			base, digits = 16, digits[1:]
		}
		if n, err := strconv.ParseUint(digits, base, 32); err == nil && utf8.ValidRune(rune(n)) {
			return rune(n), true
		}
	}
	return 0, false
}

// cdata decodes a CDATA section's content [start, end): no entities, but
// the Android escapes and quotes still apply.
func (v *value) cdata(start, end int) {
	b := v.p.file
	for i := start; i < end; {
		r, n := utf8.DecodeRune(b[i:end])
		v.char(r, i, true)
		i += n
	}
}

// tag writes an inline element's start or end tag [start, end) as it is.
func (v *value) tag(start, end int) {
	if start >= end {
		return // the end of <br/>
	}
	v.flush()
	v.p.b.Literal(start, end)
	v.spans = append(v.spans, format.Span{Start: len(v.p.b.Text) - (end - start), End: len(v.p.b.Text), Kind: format.Tag})
	v.content = true
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

func hexDigit(r rune) (rune, bool) {
	switch {
	case r >= '0' && r <= '9':
		return r - '0', true
	case r >= 'a' && r <= 'f':
		return r - 'a' + 10, true
	case r >= 'A' && r <= 'F':
		return r - 'A' + 10, true
	}
	return 0, false
}

// char takes one decoded character of the value, at file offset off;
// literal says the file spells it as itself.
func (v *value) char(r rune, off int, literal bool) {
	if v.uni >= 0 {
		if d, ok := hexDigit(r); ok {
			v.code = v.code<<4 | d
			if v.uni++; v.uni == 4 {
				v.emit(v.code, v.esc, false)
				v.uni, v.esc = -1, -1
			}
			return
		}
		v.p.errorAt(v.esc, "AndroidBadUnicode", nil)
		v.uni, v.esc = -1, -1
	}
	if v.esc >= 0 {
		switch r {
		case 'n':
			r = '\n'
		case 't':
			r = '\t'
		case 'u':
			v.uni, v.code = 0, 0
			return
		}
		v.emit(r, v.esc, false)
		v.esc = -1
		return
	}
	switch {
	case r == '\\':
		v.esc = off
	case r == '"':
		v.quoted = !v.quoted
	case isSpace(r) && !v.quoted:
		if v.content {
			if v.space < 0 {
				v.space, v.spaceN = off, 0
				if r != ' ' {
					v.spaceN = 2 // not itself: never literal
				}
			}
			v.spaceN++
		}
	default:
		if !v.content && !v.quoted && (r == '@' || r == '?') {
			v.ref = true
		}
		v.emit(r, off, literal)
	}
}

// emit writes a character of the value, after the white space pending.
func (v *value) emit(r rune, off int, literal bool) {
	v.flush()
	v.p.b.Rune(r, off, literal)
	v.content = true
}

// flush writes the pending white space as one space.
func (v *value) flush() {
	if v.space >= 0 {
		v.p.b.Rune(' ', v.space, v.spaceN == 1)
		v.space = -1
	}
}

// end closes the value at its end tag: trailing white
// space goes, an unfinished \u is an error.
func (v *value) end() {
	if v.uni >= 0 {
		v.p.errorAt(v.esc, "AndroidBadUnicode", nil)
	}
	v.space = -1
}

// finish returns the spans of the unit at text[start:end]: its tags and
// <xliff:g> contents, and the printf placeholders and HTML tags of the
// text between them; a reference is one placeholder.
func (v *value) finish(start, end int) []format.Span {
	if v.ref {
		return []format.Span{{Start: start, End: end, Kind: format.Placeholder}}
	}
	fixed := v.spans
	slices.SortStableFunc(fixed, func(a, b format.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End // the <xliff:g> content before a tag in it
	})
	text := v.p.b.Text
	var out []format.Span
	at := start
	for _, s := range fixed {
		if s.Start < at {
			continue // a tag inside <xliff:g>: the placeholder covers it
		}
		out = append(out, placeholder.Find(string(text[at:s.Start]), at, placeholder.Printf|placeholder.Tag)...)
		out = append(out, s)
		at = s.End
	}
	return append(out, placeholder.Find(string(text[at:end]), at, placeholder.Printf|placeholder.Tag)...)
}
