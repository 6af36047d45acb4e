package jsontree

import (
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/icu"
	"github.com/glosa-dev/glosa/format/placeholder"
)

// A Unit is what a reader knows of a message besides its text.
type Unit struct {
	Key, Context string
	Notes, Flags []string
	State        format.State
	Plural       string
}

// AddPlain appends s as one Message unit of d whose spans are the
// placeholders of syn plus extra (a reader's own finder, or nil).
func (b *Builder) AddPlain(d *format.Document, s Str, u Unit, syn placeholder.Syntax, extra func(string) [][2]int) {
	start := b.Next()
	b.Add(s, 0, len(s.S))
	spans := placeholder.Find(s.S, start, syn)
	if extra != nil {
		for _, r := range extra(s.S) {
			spans = append(spans, format.Span{Start: start + r[0], End: start + r[1], Kind: format.Placeholder})
		}
		sortSpans(spans)
	}
	b.unit(d, u, start, spans)
}

// AddICU appends an ICU message: one unit per variant (icu.Variants),
// Plural set from its branch. A message that does not parse is one unit
// flagged "icu-error", its spans {…} braces.
func (b *Builder) AddICU(d *format.Document, s Str, u Unit) {
	elems, err := icu.Parse(s.S)
	if err != nil {
		u.Flags = append(u.Flags[:len(u.Flags):len(u.Flags)], "icu-error")
		b.AddPlain(d, s, u, placeholder.Brace, nil)
		return
	}
	for _, v := range icu.Variants(elems) {
		start := b.Next()
		var spans []format.Span
		if len(v.Pieces) == 0 {
			b.Add(s, 0, 0)
		}
		for _, p := range v.Pieces {
			at := b.Add(s, p.Start, p.End)
			if p.Span {
				spans = append(spans, format.Span{Start: at, End: at + p.End - p.Start, Kind: p.Kind})
			}
		}
		w := u
		w.Plural = v.Plural
		if v.Ordinal {
			w.Flags = append(w.Flags[:len(w.Flags):len(w.Flags)], "ordinal")
		}
		b.unit(d, w, start, spans)
	}
}

func (b *Builder) unit(d *format.Document, u Unit, start int, spans []format.Span) {
	d.Units = append(d.Units, format.Unit{Kind: format.Message, Start: start, Body: start, End: len(b.Text),
		Para: len(d.Units), Key: u.Key, Context: u.Context, Notes: u.Notes, Flags: u.Flags, State: u.State,
		Plural: u.Plural, Spans: spans})
}

func sortSpans(s []format.Span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
