package android

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/textmap"
	"github.com/glosa-dev/glosa/langid"
)

func init() {
	format.Register(format.Format{
		Name:       "android",
		Extensions: []string{".xml"},
		Sniff:      Sniff,
		Read:       Read,
		Keyed:      true,
	})
}

// Sniff reports whether a file's first bytes are Android resources: an
// XML file whose root element is <resources>.
func Sniff(head []byte) bool {
	return rootElement(head) == "resources"
}

// rootElement returns the name of the first element of an XML head, after
// the declaration, comments and processing instructions; "" if none is
// seen.
func rootElement(head []byte) string {
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	for {
		head = bytes.TrimLeft(head, " \t\r\n")
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			i := bytes.Index(head, []byte("?>"))
			if i < 0 {
				return ""
			}
			head = head[i+2:]
		case bytes.HasPrefix(head, []byte("<!--")):
			i := bytes.Index(head, []byte("-->"))
			if i < 0 {
				return ""
			}
			head = head[i+3:]
		case bytes.HasPrefix(head, []byte("<!")):
			i := bytes.IndexByte(head, '>')
			if i < 0 {
				return ""
			}
			head = head[i+1:]
		case bytes.HasPrefix(head, []byte("<")):
			end := bytes.IndexAny(head, " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return string(head[1:end])
		default:
			return ""
		}
	}
}

var declEncoding = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
})

// declaredCharset returns the encoding an XML declaration names, "" for
// none.
func declaredCharset(b []byte) string {
	if m := declEncoding().FindSubmatch(b[:min(len(b), 200)]); m != nil {
		return string(m[1])
	}
	return ""
}

// Read is the format registry's reader of an Android strings.xml file.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, declaredCharset)
	if err != nil {
		return nil, err
	}
	p := parse(name, b)
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	d := p.doc
	if d.Lang == "" {
		d.Lang = PathLang(name)
	}
	if d.Lang == "" {
		d.Lang = opts.Lang
	}
	return &format.File{Name: name, Docs: []*format.Document{d}}, nil
}

// PathLang returns the language that the directory of an Android resource
// file names (".../res/values-es-rES/strings.xml" → "es-ES"), or "".
func PathLang(name string) string {
	slashed := strings.ReplaceAll(filepath.ToSlash(name), "\\", "/")
	tag, _ := langid.Android(filepath.Base(filepath.Dir(slashed)))
	return tag
}

const (
	toolsNS = "http://schemas.android.com/tools"
	xliffNS = "urn:oasis:names:tc:xliff:document:1.2"
)

// A parser reads one file.
type parser struct {
	name    string
	file    []byte
	dec     *xml.Decoder
	b       *textmap.Builder
	doc     *format.Document
	errs    diag.List
	notes   []string // comments since the last resource
	skipped int      // resources marked translatable="false"
	last    int      // the decoder's offset before the token being read
}

func parse(name string, b []byte) *parser {
	p := &parser{name: name, file: b, b: textmap.New(b), doc: &format.Document{File: name}}
	p.b.Text = make([]byte, 0, len(b)/2)
	p.doc.Units = make([]format.Unit, 0, bytes.Count(b, []byte("</")))
	p.dec = xml.NewDecoder(bytes.NewReader(b))
	p.dec.Strict = true
	p.dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // format.Decode made it UTF-8
	p.run()
	p.doc.Text, p.doc.Map = p.b.Text, p.b.Map
	if p.doc.Text == nil {
		p.doc.Text = []byte{}
	}
	p.doc.Suppress = format.TextSuppressions(b)
	return p
}

// token returns the next token (copied) and the offset where it starts; io.EOF
// at the end, nil with a diagnostic recorded on a syntax error.
func (p *parser) token() (xml.Token, int, error) {
	start := p.last
	t, err := p.dec.Token()
	p.last = int(p.dec.InputOffset())
	if err != nil {
		if err == io.EOF {
			return nil, start, io.EOF
		}
		p.syntaxError(err, start)
		return nil, start, err
	}
	return xml.CopyToken(t), start, nil
}

func (p *parser) errorAt(off int, id string, data map[string]any) {
	line, col := format.Position(p.file, off)
	p.errs.Add(diag.Diagnostic{File: p.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
}

func attr(e xml.StartElement, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value, true
		}
	}
	return "", false
}

func (p *parser) run() {
	// The root element.
	for {
		t, start, err := p.token()
		if err != nil {
			if err == io.EOF {
				p.errorAt(0, "AndroidNotResources", nil)
			}
			return
		}
		if e, ok := t.(xml.StartElement); ok {
			if e.Name.Local != "resources" {
				p.errorAt(start, "AndroidNotResources", nil)
				return
			}
			for _, a := range e.Attr {
				if a.Name.Local == "locale" && (a.Name.Space == toolsNS || a.Name.Space == "tools") {
					if t, err := language.Parse(a.Value); err == nil {
						p.doc.Lang = t.String()
					}
				}
			}
			break
		}
	}
	for {
		t, start, err := p.token()
		if err != nil {
			return
		}
		switch t := t.(type) {
		case xml.EndElement:
			// </resources>: what follows can only be comments.
			for {
				if _, _, err := p.token(); err != nil {
					return
				}
			}
		case xml.Comment:
			p.notes = append(p.notes, strings.TrimSpace(string(t)))
		case xml.StartElement:
			if !p.resource(t, start) {
				return
			}
			p.notes = nil
		}
	}
}

// resource reads one child of <resources>, up to its end tag; false after a
// syntax error.
func (p *parser) resource(e xml.StartElement, start int) bool {
	kind := e.Name.Local
	if e.Name.Local == "item" {
		if typ, _ := attr(e, "type"); typ == "string" {
			kind = "string"
		}
	}
	if kind != "string" && kind != "plurals" && kind != "string-array" {
		return p.skip()
	}
	name, ok := attr(e, "name")
	if !ok || name == "" {
		p.errorAt(start, "AndroidNoName", map[string]any{"Element": kind})
		return p.skip()
	}
	if v, _ := attr(e, "translatable"); v == "false" {
		p.skipped++
		return p.skip()
	}
	u := format.Unit{Kind: format.Message, Key: name, Notes: p.notes}
	if v, ok := attr(e, "product"); ok {
		u.Context = "product=" + v
	}
	if kind == "string" {
		return p.value(u, p.last)
	}
	// plurals and string-array: their items.
	notes := p.notes
	i := 0
	for {
		t, start, err := p.token()
		if err != nil {
			return false
		}
		switch t := t.(type) {
		case xml.EndElement:
			return true
		case xml.Comment:
			notes = append(notes[:len(notes):len(notes)], strings.TrimSpace(string(t)))
		case xml.StartElement:
			if t.Name.Local != "item" {
				if !p.skip() {
					return false
				}
				continue
			}
			v := u
			v.Notes = notes
			if kind == "string-array" {
				v.Key = name + "[" + strconv.Itoa(i) + "]"
				i++
			} else {
				q, _ := attr(t, "quantity")
				switch q {
				case "zero", "one", "two", "few", "many", "other":
					v.Plural = q
				default:
					p.errorAt(start, "AndroidBadQuantity", map[string]any{"Quantity": q})
					if !p.skip() {
						return false
					}
					continue
				}
			}
			if !p.value(v, p.last) {
				return false
			}
			notes = u.Notes
		}
	}
}

// skip skips the rest of the element just started; false after a syntax
// error.
func (p *parser) skip() bool {
	err := p.dec.Skip()
	p.last = int(p.dec.InputOffset())
	if err != nil {
		p.syntaxError(err, p.last)
		return false
	}
	return true
}

// syntaxError records the decoder's error in the token that starts at
// file offset start: at its last entity, or at its start when it is a
// tag, else where the decoder stopped.
func (p *parser) syntaxError(err error, start int) {
	var se *xml.SyntaxError
	msg := err.Error()
	if errors.As(err, &se) {
		msg = se.Msg
	}
	at := p.last
	raw := p.file[start:max(start, p.last)]
	if i := bytes.LastIndexByte(raw, '&'); i >= 0 {
		at = start + i
	} else if len(raw) > 0 && raw[0] == '<' {
		at = start
	}
	p.errorAt(at, "AndroidSyntax", map[string]any{"Error": msg})
}
