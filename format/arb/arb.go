// Package arb reads Flutter's Application Resource Bundle files (.arb):
// a JSON object of ICU messages, one language per file. It is keyed.
//
// "@@locale" is the file's language (else its path: intl_es.arb,
// app_pt_BR.arb; else Options.Lang). Other "@@" members are the file's
// attributes, not messages. "@key" is the metadata of message key: its
// "description" is the first of the unit's Notes, and each entry of its
// "placeholders" a note "{name}: type, example …". Values are ICU
// messages (package format/icu): one unit per plural branch, =0 and =1
// branches units whose Plural is "=0", "=1"; a value that does not parse
// is one unit flagged "icu-error". A member whose value is not a string
// is not a message.
package arb

import (
	"io"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/jsontree"
)

func init() {
	format.Register(format.Format{Name: "arb", Extensions: []string{".arb"}, Read: Read, Keyed: true})
}

var flags = []string{"icu"}

// Read reads an ARB file.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	root, err := jsontree.Parse(name, b)
	if err != nil {
		return nil, err
	}
	if root.Kind != jsontree.Object {
		return nil, diag.List{{File: name, Line: root.Line, Col: root.Col, Severity: diag.Error, ID: "ARBNotObject"}}
	}
	d := &format.Document{File: name}
	if l, ok := root.String("@@locale"); ok {
		d.Lang = jsontree.Tag(l.S)
	}
	if d.Lang == "" {
		d.Lang = jsontree.PathLang(name)
	}
	if d.Lang == "" {
		d.Lang = opts.Lang
	}
	meta := map[string]*jsontree.Node{}
	for _, m := range root.Members {
		if k, ok := strings.CutPrefix(m.Key.S, "@"); ok && !strings.HasPrefix(k, "@") {
			meta[k] = m.Value
		}
	}
	var bld jsontree.Builder
	for _, m := range root.Members {
		if strings.HasPrefix(m.Key.S, "@") || m.Value.Kind != jsontree.String {
			continue
		}
		bld.AddICU(d, m.Value.Str, jsontree.Unit{Key: m.Key.S, Notes: notes(meta[m.Key.S]), Flags: flags})
	}
	d.Text, d.Map = bld.Text, bld.Map
	return &format.File{Name: name, Docs: []*format.Document{d}}, nil
}

// notes are a message's description and placeholders.
func notes(meta *jsontree.Node) []string {
	var out []string
	if s, ok := meta.String("description"); ok && s.S != "" {
		out = append(out, s.S)
	}
	if ph := meta.Get("placeholders"); ph != nil {
		for _, p := range ph.Members {
			var b strings.Builder
			b.WriteString("{" + p.Key.S + "}")
			sep := ": "
			for _, f := range []string{"type", "example", "format"} {
				if v := p.Value.Get(f); v != nil && v.Kind != jsontree.Object && v.Kind != jsontree.Array {
					b.WriteString(sep + f + " " + v.Str.S)
					sep = ", "
				}
			}
			out = append(out, b.String())
		}
	}
	return out
}
