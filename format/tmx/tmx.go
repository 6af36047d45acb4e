// Package tmx reads TMX 1.4 translation memories (and the 1.1 to 1.3 ones
// that say lang instead of xml:lang) as a catalog: one document per
// language the file holds, the header's srclang first, one row per <tu>.
//
// # Units
//
// Each <tuv>'s <seg> is a Message unit of its language's document; Key is
// the tu's tuid. Notes hold the <note>s and the <prop>s ("type: value") of
// the tu and of the tuv. A tu with a second tuv in a language it already
// has keeps the first. Inline elements (<bpt>, <ept>, <it>, <ph>, <ut>
// whole, <hi>'s tags around its text) stay in the text as the file writes
// them, as format.Tag spans; printf, {name} and {{name}} placeholders and
// tags written as text are placeholder spans.
//
// # Languages
//
// The source is the header's srclang; when it is "*all*" or absent,
// format.Options.SourceLang, else English; when the file has no tuv in
// that language, the first language it has.
package tmx

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/xmlmsg"
	"github.com/glosa-dev/glosa/format/placeholder"
)

func init() {
	format.Register(format.Format{Name: "tmx", Extensions: []string{".tmx"}, Sniff: Sniff, Read: Read, Catalog: true})
}

// Sniff reports whether a file's first bytes open a <tmx> root element.
func Sniff(head []byte) bool { return xmlmsg.Root(head) == "tmx" }

// Read reads a TMX file.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	src, err := format.ReadAll(name, r, opts, xmlmsg.Declared)
	if err != nil {
		return nil, err
	}
	rd := &reader{s: xmlmsg.NewScanner(name, src, "TMXBadXML"), name: name, byLang: map[string]int{}}
	if err := rd.read(); err != nil {
		rd.add(err)
	}
	if len(rd.errs) > 0 {
		return nil, rd.errs
	}
	return rd.file(opts), nil
}

type reader struct {
	s       *xmlmsg.Scanner
	name    string
	srcLang string
	docs    []*format.Document
	byLang  map[string]int
	rows    [][]int
	errs    diag.List
}

func (r *reader) add(err error) {
	switch e := err.(type) {
	case diag.Diagnostic:
		r.errs.Add(e)
	case diag.List:
		for _, d := range e {
			r.errs.Add(d)
		}
	default:
		r.errs.Add(diag.Diagnostic{File: r.name, Severity: diag.Error, ID: "TMXBadXML", Data: map[string]any{"Error": err.Error()}})
	}
}

func (r *reader) read() error {
	for root := false; ; {
		tok, err := r.s.Next()
		if err == io.EOF {
			if !root {
				r.errs.Add(r.s.Diag(0, "TMXNotTMX", map[string]any{"Element": ""}))
			}
			return nil
		}
		if err != nil {
			return err
		}
		st, ok := tok.(xml.StartElement)
		switch {
		case !ok:
			continue
		case root:
			err = r.s.Skip()
		case st.Name.Local != "tmx":
			r.errs.Add(r.s.Diag(r.s.Start, "TMXNotTMX", map[string]any{"Element": st.Name.Local}))
			return nil
		default:
			root = true
			err = r.walk()
		}
		if err != nil {
			return err
		}
	}
}

// walk reads the children of tmx or body.
func (r *reader) walk() error {
	for {
		tok, err := r.s.Next()
		if err != nil {
			return r.s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "header":
				if l := attr(t, "srclang"); l != "*all*" {
					r.srcLang = xmlmsg.Lang(l)
				}
				err = r.s.Skip()
			case "body":
				err = r.walk()
			case "tu":
				err = r.tu(t)
			default:
				err = r.s.Skip()
			}
			if err != nil {
				return err
			}
		}
	}
}

type tuv struct {
	lang  string
	notes []string
	seg   *xmlmsg.Value
}

func (r *reader) tu(st xml.StartElement) error {
	key := attr(st, "tuid")
	var notes []string
	var tuvs []tuv
	for {
		tok, err := r.s.Next()
		if err != nil {
			return r.s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			r.emit(key, notes, tuvs)
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "note", "prop":
				n, err := note(r.s, t)
				if err != nil {
					return err
				}
				if n != "" {
					notes = append(notes, n)
				}
			case "tuv":
				v, err := r.tuv(t)
				if err != nil {
					return err
				}
				if v.lang != "" && v.seg != nil {
					tuvs = append(tuvs, v)
				}
			default:
				if err := r.s.Skip(); err != nil {
					return err
				}
			}
		}
	}
}

func (r *reader) tuv(st xml.StartElement) (tuv, error) {
	start := r.s.Start
	v := tuv{lang: xmlmsg.Lang(first(attrNS(st, "lang"), attr(st, "lang")))}
	for {
		tok, err := r.s.Next()
		if err != nil {
			return v, r.s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if v.lang == "" {
				r.errs.Add(r.s.Diag(start, "TMXNoLang", nil))
			} else if v.seg == nil {
				r.errs.Add(r.s.Diag(start, "TMXNoSeg", map[string]any{"Lang": v.lang}))
			}
			return v, nil
		case xml.StartElement:
			switch t.Name.Local {
			case "note", "prop":
				n, err := note(r.s, t)
				if err != nil {
					return v, err
				}
				if n != "" {
					v.notes = append(v.notes, n)
				}
			case "seg":
				if v.seg != nil {
					err = r.s.Skip()
					break
				}
				v.seg, err = r.s.Value(inline)
			default:
				err = r.s.Skip()
			}
			if err != nil {
				return v, err
			}
		}
	}
}

func note(s *xmlmsg.Scanner, st xml.StartElement) (string, error) {
	n, err := s.Text()
	n = strings.TrimSpace(n)
	if st.Name.Local == "prop" && n != "" {
		if t := attr(st, "type"); t != "" {
			n = t + ": " + n
		}
	}
	return n, err
}

func inline(local string) xmlmsg.Inline {
	if local == "hi" {
		return xmlmsg.Paired
	}
	return xmlmsg.Whole // bpt, ept, it, ph, ut, and what TMX does not define
}

func (r *reader) emit(key string, notes []string, tuvs []tuv) {
	row := make([]int, len(r.docs))
	for i := range row {
		row[i] = -1
	}
	for _, v := range tuvs {
		k, ok := r.byLang[v.lang]
		if !ok {
			k = len(r.docs)
			r.byLang[v.lang] = k
			r.docs = append(r.docs, &format.Document{File: r.name, Lang: v.lang})
			for i := range r.rows {
				r.rows[i] = append(r.rows[i], -1)
			}
			row = append(row, -1)
		}
		if row[k] >= 0 {
			continue // a second tuv in a language: the first is kept
		}
		d := r.docs[k]
		start, end, tags := v.seg.Append(d, 0, len(v.seg.Text))
		row[k] = len(d.Units)
		d.Units = append(d.Units, format.Unit{Kind: format.Message, Start: start, Body: start, End: end,
			Para: len(d.Units), Key: key, Notes: append(notes[:len(notes):len(notes)], v.notes...),
			Spans: xmlmsg.Spans(d.Text, start, end, tags, find)})
	}
	r.rows = append(r.rows, row)
}

const syntaxes = placeholder.Printf | placeholder.Brace | placeholder.DoubleBrace | placeholder.Tag

func find(s string, base int) []format.Span { return placeholder.Find(s, base, syntaxes) }

// file puts the source language's document first.
func (r *reader) file(opts format.Options) *format.File {
	src := first(r.srcLang, xmlmsg.Lang(opts.SourceLang), "en")
	k, ok := r.byLang[src]
	if !ok {
		k = 0
	}
	if len(r.docs) == 0 {
		return &format.File{Name: r.name, Docs: []*format.Document{{File: r.name, Lang: src}}}
	}
	order := []int{k}
	for i := range r.docs {
		if i != k {
			order = append(order, i)
		}
	}
	f := &format.File{Name: r.name}
	for _, i := range order {
		f.Docs = append(f.Docs, r.docs[i])
	}
	for _, row := range r.rows {
		out := make([]int, len(order))
		for j, i := range order {
			out[j] = row[i]
		}
		f.Units = append(f.Units, out)
	}
	return f
}

func first(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func attr(st xml.StartElement, local string) string {
	for _, a := range st.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// attrNS reads an attribute in the xml namespace (xml:lang).
func attrNS(st xml.StartElement, local string) string {
	for _, a := range st.Attr {
		if a.Name.Local == local && (a.Name.Space == "http://www.w3.org/XML/1998/namespace" || a.Name.Space == "xml") {
			return a.Value
		}
	}
	return ""
}
