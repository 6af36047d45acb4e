package glossary

import (
	"github.com/glosa-dev/glosa/internal/flat"
)

// binaryVersion is the version of the layout of MarshalBinary; bump it
// when the layout or the Glossary type changes.
const binaryVersion = 2

// MarshalBinary encodes the glossary in a compact layout that
// UnmarshalBinary reads back into an equal glossary, for glosa's cache of
// compiled glossaries.
func (g *Glossary) MarshalBinary() ([]byte, error) {
	w := &flat.Writer{Buf: make([]byte, 0, g.binarySize())}
	w.Uint(binaryVersion)
	w.String(g.Name)
	w.Strings(g.Languages)
	w.String(g.Source)
	w.Strings(g.Files)
	w.Count(len(g.Concepts), g.Concepts == nil)
	nt := 0
	for _, c := range g.Concepts {
		nt += len(c.Terms)
	}
	w.Count(nt, false)
	for _, c := range g.Concepts {
		w.String(c.ID)
		w.String(c.Domain)
		w.String(c.Note)
		w.Uint(uint64(c.Case))
		w.Uint(uint64(c.Match))
		w.String(c.File)
		w.Int(c.Line)
		w.Int(c.Col)
		w.Count(len(c.Terms), c.Terms == nil)
		for _, t := range c.Terms {
			w.String(t.Text)
			w.String(t.Lang)
			w.Uint(uint64(t.Status))
			w.Bool(t.Form)
			w.String(t.Canonical)
			w.Bool(t.Sensitive)
			w.Int(t.Line)
			w.Int(t.Col)
		}
	}
	return w.Buf, nil
}

// binarySize is a bound on the size of MarshalBinary's bytes, so that its
// buffer is made once, not grown.
func (g *Glossary) binarySize() int {
	n := 64 + len(g.Name) + len(g.Source)
	for _, s := range g.Languages {
		n += len(s) + 10
	}
	for _, s := range g.Files {
		n += len(s) + 10
	}
	for _, c := range g.Concepts {
		// Lengths, numbers and flags: varints, 4 bytes up to 2^27 (a
		// larger one grows the buffer, once).
		n += len(c.ID) + len(c.Domain) + len(c.Note) + len(c.File) + 9*4
		for _, t := range c.Terms {
			n += len(t.Text) + len(t.Lang) + len(t.Canonical) + 8*4
		}
	}
	return n
}

// UnmarshalBinary decodes what MarshalBinary encoded into g. Its strings
// share the memory of one copy of data.
func (g *Glossary) UnmarshalBinary(data []byte) error {
	r := flat.NewReader(string(data))
	if r.Uint() != binaryVersion {
		return flat.ErrCorrupt
	}
	out := Glossary{}
	out.Name = r.String()
	out.Languages = r.Strings()
	out.Source = r.String()
	out.Files = r.Strings()
	n, isNil := r.Count(8)
	out.byID = make(map[string]*Concept, n)
	// The terms of all concepts in one slice, each concept's capped.
	nt, _ := r.Count(8)
	terms := make([]Term, 0, nt)
	if !isNil {
		out.Concepts = make([]*Concept, n)
		all := make([]Concept, n)
		for i := range all {
			c := &all[i]
			c.ID = r.String()
			c.Domain = r.String()
			c.Note = r.String()
			c.Case = CasePolicy(r.Uint())
			c.Match = MatchPolicy(r.Uint())
			c.File = r.String()
			c.Line = r.Int()
			c.Col = r.Int()
			nt, tNil := r.Count(8)
			if !tNil {
				if nt > cap(terms)-len(terms) {
					return flat.ErrCorrupt
				}
				c.Terms = terms[len(terms) : len(terms)+nt : len(terms)+nt]
				terms = terms[:len(terms)+nt]
				for j := range c.Terms {
					t := &c.Terms[j]
					t.Text = r.String()
					t.Lang = r.String()
					t.Status = Status(r.Uint())
					t.Form = r.Bool()
					t.Canonical = r.String()
					t.Sensitive = r.Bool()
					t.Line = r.Int()
					t.Col = r.Int()
					if t.Status > Forbidden {
						return flat.ErrCorrupt
					}
				}
			}
			out.Concepts[i] = c
			if c.ID != "" && out.byID[c.ID] == nil {
				out.byID[c.ID] = c
			}
		}
	}
	if !r.Done() {
		return flat.ErrCorrupt
	}
	*g = out
	return nil
}
