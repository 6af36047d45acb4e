package applestrings

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/textmap"
	"github.com/glosa-dev/glosa/format/placeholder"
)

// A node is a plist value: a dict (keys and values), a string (the file's
// character data pieces), or anything else (kept as "other").
type node struct {
	kind   string // "dict", "string", or the element's name
	off    int    // where the string's content starts in the file
	keys   []string
	vals   []*node
	pieces [][3]int // start, end, 1 for CDATA
}

// ReadDict is the format registry's reader of a .stringsdict file.
func ReadDict(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	p := &plist{name: name, file: b}
	p.dec = xml.NewDecoder(bytes.NewReader(b))
	p.dec.Strict = true
	p.dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root := p.root()
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	d := &format.Document{File: name, Lang: lang(name, opts)}
	p.units(d, root)
	d.Text, d.Map = p.b.Text, p.b.Map
	if d.Text == nil {
		d.Text = []byte{}
	}
	return &format.File{Name: name, Docs: []*format.Document{d}}, nil
}

type plist struct {
	name string
	file []byte
	dec  *xml.Decoder
	last int
	errs diag.List
	b    *textmap.Builder
}

func (p *plist) errorAt(off int, id string, data map[string]any) {
	line, col := format.Position(p.file, off)
	p.errs.Add(diag.Diagnostic{File: p.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
}

func (p *plist) token() (xml.Token, int, bool) {
	start := p.last
	t, err := p.dec.Token()
	p.last = int(p.dec.InputOffset())
	if err == io.EOF {
		return nil, start, false
	}
	if err != nil {
		var se *xml.SyntaxError
		msg := err.Error()
		if errors.As(err, &se) {
			msg = se.Msg
		}
		at := p.last
		if raw := p.file[start:max(start, p.last)]; len(raw) > 0 && raw[0] == '<' {
			at = start
		}
		p.errorAt(at, "AppleStringsdictSyntax", map[string]any{"Error": msg})
		return nil, start, false
	}
	return xml.CopyToken(t), start, true
}

// root reads <plist><dict>…</dict></plist> and returns the dict.
func (p *plist) root() *node {
	for {
		t, start, ok := p.token()
		if !ok {
			if len(p.errs) == 0 {
				p.errorAt(0, "AppleStringsdictNotPlist", nil)
			}
			return nil
		}
		e, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		if e.Name.Local == "plist" {
			continue
		}
		if e.Name.Local != "dict" {
			p.errorAt(start, "AppleStringsdictNotPlist", nil)
			return nil
		}
		n := p.value(e, start)
		for len(p.errs) == 0 { // the rest: </plist>, comments
			if _, _, ok := p.token(); !ok {
				break
			}
		}
		return n
	}
}

// value reads the element e just started, up to its end.
func (p *plist) value(e xml.StartElement, start int) *node {
	n := &node{kind: e.Name.Local, off: p.last}
	var key *string
	for {
		t, tstart, ok := p.token()
		if !ok {
			if len(p.errs) == 0 {
				p.errorAt(p.last, "AppleStringsdictSyntax", map[string]any{"Error": "unexpected EOF"})
			}
			return n
		}
		switch t := t.(type) {
		case xml.EndElement:
			return n
		case xml.CharData:
			if n.kind == "string" || n.kind == "key" {
				cdata := 0
				if bytes.HasPrefix(p.file[tstart:p.last], []byte("<![CDATA[")) {
					cdata = 1
				}
				n.pieces = append(n.pieces, [3]int{tstart, p.last, cdata})
			}
		case xml.StartElement:
			c := p.value(t, tstart)
			if len(p.errs) > 0 {
				return n
			}
			if n.kind != "dict" {
				continue
			}
			if t.Name.Local == "key" {
				s := p.plain(c)
				key = &s
				continue
			}
			if key == nil {
				p.errorAt(tstart, "AppleStringsdictNoKey", nil)
				return n
			}
			n.keys = append(n.keys, *key)
			n.vals = append(n.vals, c)
			key = nil
		}
	}
}

// plain returns a key's or a string's text.
func (p *plist) plain(n *node) string {
	var out []byte
	for _, pc := range n.pieces {
		if pc[2] == 1 {
			out = append(out, p.file[pc[0]+9:pc[1]-3]...)
			continue
		}
		p.decode(pc[0], pc[1], func(r rune, _ int, _ bool) { out = utf8.AppendRune(out, r) })
	}
	return string(out)
}

// decode calls put for each character of the character data [start, end),
// entities decoded.
func (p *plist) decode(start, end int, put func(r rune, off int, literal bool)) {
	for i := start; i < end; {
		if p.file[i] == '&' {
			if j := bytes.IndexByte(p.file[i:end], ';'); j > 0 {
				if r, ok := entity(string(p.file[i+1 : i+j])); ok {
					put(r, i, false)
					i += j + 1
					continue
				}
			}
		}
		r, n := utf8.DecodeRune(p.file[i:end])
		put(r, i, true)
		i += n
	}
}

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
		if digits != "" && digits[0] == 'x' {
			base, digits = 16, digits[1:]
		}
		if n, err := strconv.ParseUint(digits, base, 32); err == nil && utf8.ValidRune(rune(n)) {
			return rune(n), true
		}
	}
	return 0, false
}

var categories = []string{"zero", "one", "two", "few", "many", "other"}

var variable = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`%(?:\d+\$)?#@[A-Za-z0-9_]+@`) })

// units turns the top dict into the document's units.
func (p *plist) units(d *format.Document, root *node) {
	p.b = textmap.New(p.file)
	if root == nil {
		return
	}
	add := func(u format.Unit, n *node) {
		if len(d.Units) > 0 {
			p.b.Break("\n\n")
		}
		u.Kind, u.Para = format.Message, len(d.Units)
		u.Start, u.Body = len(p.b.Text), len(p.b.Text)
		p.b.Origin(n.off)
		for _, pc := range n.pieces {
			if pc[2] == 1 {
				for i := pc[0] + 9; i < pc[1]-3; {
					r, size := utf8.DecodeRune(p.file[i:])
					p.b.Rune(r, i, true)
					i += size
				}
				continue
			}
			p.decode(pc[0], pc[1], p.b.Rune)
		}
		u.End = len(p.b.Text)
		u.Spans = spans(string(p.b.Text[u.Start:u.End]), u.Start)
		d.Units = append(d.Units, u)
	}
	for i, key := range root.keys {
		v := root.vals[i]
		switch v.kind {
		case "string":
			add(format.Unit{Key: key}, v)
		case "dict":
			if j := slices.Index(v.keys, "NSStringLocalizedFormatKey"); j >= 0 && v.vals[j].kind == "string" {
				add(format.Unit{Key: key}, v.vals[j])
			}
			for j, name := range v.keys {
				spec := v.vals[j]
				if spec.kind != "dict" {
					continue
				}
				k := slices.Index(spec.keys, "NSStringFormatSpecTypeKey")
				if k < 0 || p.plain(spec.vals[k]) != "NSStringPluralRuleType" {
					continue
				}
				var flags []string
				if k := slices.Index(spec.keys, "NSStringFormatValueTypeKey"); k >= 0 {
					flags = []string{"value-type=" + p.plain(spec.vals[k])}
				}
				for c, cat := range spec.keys {
					if slices.Contains(categories, cat) && spec.vals[c].kind == "string" {
						add(format.Unit{Key: key, Context: name, Plural: cat, Flags: flags}, spec.vals[c])
					}
				}
			}
		}
	}
}

// spans returns the %#@var@ references and printf placeholders of text at
// base.
func spans(text string, base int) []format.Span {
	var out []format.Span
	at := 0
	for _, m := range variable().FindAllStringIndex(text, -1) {
		out = append(out, placeholder.Find(text[at:m[0]], base+at, placeholder.Printf)...)
		out = append(out, format.Span{Start: base + m[0], End: base + m[1], Kind: format.Placeholder})
		at = m[1]
	}
	return append(out, placeholder.Find(text[at:], base+at, placeholder.Printf)...)
}
