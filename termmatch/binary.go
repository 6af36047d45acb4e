package termmatch

import (
	"errors"
	"slices"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/flat"
	"github.com/glosa-dev/glosa/morph"
)

// binaryVersion is the version of the layout of MarshalBinary; bump it
// when the layout or the trie changes.
const binaryVersion = 1

var errCorrupt = errors.New("termmatch: corrupt index data")

// MarshalBinary encodes the compiled index, without its glossary, for
// glosa's cache of compiled glossaries: UnmarshalIndex reads it back with
// the same glossary (an equal one: terms are named by position).
func (ix *Index) MarshalBinary() ([]byte, error) {
	type pos struct{ c, t int }
	where := map[*glossary.Term]pos{}
	for ci, c := range ix.g.Concepts {
		for ti := range c.Terms {
			where[&c.Terms[ti]] = pos{ci, ti}
		}
	}
	w := &flat.Writer{}
	w.Uint(binaryVersion)
	w.Uint(uint64(len(ix.g.Concepts)))
	langs := ix.Languages()
	w.Count(len(langs), false)
	for _, base := range langs {
		tr := ix.tries[base]
		w.String(base)
		keys := make([]string, len(tr.ids))
		for k, n := range tr.ids {
			keys[n-1] = k
		}
		w.Strings(keys)
		edges := make([]edge, 0, len(tr.edges))
		for e := range tr.edges {
			edges = append(edges, e)
		}
		slices.Sort(edges)
		w.Count(len(tr.terms), false)
		w.Count(len(edges), false)
		for _, e := range edges {
			w.Uint(uint64(e))
			w.Uint(uint64(tr.edges[e]))
		}
		for _, refs := range tr.terms {
			w.Count(len(refs), false)
			for _, r := range refs {
				p, ok := where[r.term]
				if !ok {
					return nil, errors.New("termmatch: index of another glossary")
				}
				w.Uint(uint64(p.c))
				w.Uint(uint64(p.t))
				w.Strings(r.tokens)
			}
		}
		w.Bool(tr.hasExact)
		w.Uint(uint64(tr.depth))
		w.Uint(uint64(tr.scripts))
		w.Bool(tr.filter != nil)
		if tr.filter != nil {
			for _, b := range tr.filter.bits {
				w.Uint(b)
			}
		}
	}
	return w.Buf, nil
}

// UnmarshalIndex returns the index that MarshalBinary encoded, on g, the
// glossary it was built from (or an equal one). It rebuilds the maps of
// the index and stems nothing.
func UnmarshalIndex(g *glossary.Glossary, data []byte) (*Index, error) {
	r := flat.NewReader(string(data))
	if r.Uint() != binaryVersion || r.Uint() != uint64(len(g.Concepts)) {
		return nil, errCorrupt
	}
	ix := &Index{g: g, tries: map[string]*trie{}}
	nl, _ := r.Count(1)
	for range nl {
		base := r.String()
		tr := &trie{stem: morph.ForLanguage(language.Make(base))}
		keys := r.Strings()
		tr.ids = make(map[string]int32, len(keys))
		for i, k := range keys {
			tr.ids[k] = int32(i + 1)
		}
		nn, _ := r.Count(1)
		ne, _ := r.Count(2)
		tr.edges = make(map[edge]int32, ne)
		for range ne {
			e, next := edge(r.Uint()), r.Uint()
			if next >= uint64(nn) || e.parent() < 0 || int(e.parent()) >= nn {
				return nil, errCorrupt
			}
			tr.edges[e] = int32(next)
		}
		tr.terms = make([][]termRef, nn)
		for n := range tr.terms {
			nr, _ := r.Count(3)
			if nr == 0 {
				continue
			}
			refs := make([]termRef, nr)
			for i := range refs {
				ci, ti := r.Uint(), r.Uint()
				tokens := r.Strings()
				if ci >= uint64(len(g.Concepts)) || ti >= uint64(len(g.Concepts[ci].Terms)) {
					return nil, errCorrupt
				}
				c := g.Concepts[ci]
				refs[i] = termRef{concept: c, term: &c.Terms[ti], tokens: tokens}
			}
			tr.terms[n] = refs
		}
		tr.hasExact = r.Bool()
		tr.depth = int(r.Uint())
		tr.scripts = uint8(r.Uint())
		if r.Bool() {
			tr.filter = &prefilter{}
			for i := range tr.filter.bits {
				tr.filter.bits[i] = r.Uint()
			}
		}
		if r.Err() != nil {
			return nil, errCorrupt
		}
		ix.tries[base] = tr
	}
	if !r.Done() {
		return nil, errCorrupt
	}
	return ix, nil
}
