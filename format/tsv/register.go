package tsv

import (
	"io"

	"github.com/glosa-dev/glosa/format"
)

func init() {
	format.Register(format.Format{Name: "tsv", Extensions: []string{".tsv"}, Catalog: true, Read: ReadFile})
}

// ReadFile is the format registry's reader: a TSV file as a format.File,
// one document per column, each cell a Message unit, the units paired by
// row. opts.SourceLang is the language of a "msgid" or "source" column.
func ReadFile(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	f, err := read(name, b, opts.SourceLang)
	if err != nil {
		return nil, err
	}
	out := &format.File{Name: name, Units: f.Units}
	for _, c := range f.Columns {
		d := &format.Document{File: name, Lang: c.Lang, Text: c.Text, Map: c.Map, Units: make([]format.Unit, len(c.Segments))}
		for i, s := range c.Segments {
			d.Units[i] = format.Unit{Kind: format.Message, Start: s.Start, Body: s.Start, End: s.End, Para: s.Para}
		}
		out.Docs = append(out.Docs, d)
	}
	return out, nil
}
