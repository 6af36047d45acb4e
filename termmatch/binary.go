package termmatch

import (
	"errors"
	"slices"
	"sync"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/flat"
	"github.com/glosa-dev/glosa/morph"
)

// binaryVersion is the version of the layout of MarshalBinary; bump it
// when the layout or the trie changes.
const binaryVersion = 2

var errCorrupt = errors.New("termmatch: corrupt index data")

// MarshalBinary encodes the compiled index, without its glossary, for
// glosa's cache of compiled glossaries: UnmarshalIndex reads it back with
// the same glossary (an equal one: terms are named by position).
func (ix *Index) MarshalBinary() ([]byte, error) {
	n := 0
	for _, c := range ix.g.Concepts {
		n += len(c.Terms)
	}
	where := make(map[*glossary.Term]termPos, n)
	for ci, c := range ix.g.Concepts {
		for ti := range c.Terms {
			where[&c.Terms[ti]] = termPos{ci, ti}
		}
	}
	w := &flat.Writer{}
	w.Uint(binaryVersion)
	w.Uint(uint64(len(ix.g.Concepts)))
	langs := ix.Languages()
	w.Count(len(langs), false)
	for _, base := range langs {
		w.String(base)
		tw := &flat.Writer{}
		if err := ix.tries[base].marshal(tw, where); err != nil {
			return nil, err
		}
		w.Uint(uint64(len(tw.Buf)))
		w.Buf = append(w.Buf, tw.Buf...)
	}
	return w.Buf, nil
}

// termPos is a term's place in its glossary: concept and term indexes.
type termPos struct{ c, t int }

// marshal encodes one trie, its terms by their place in the glossary.
func (tr *trie) marshal(w *flat.Writer, where map[*glossary.Term]termPos) error {
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
	prev := int32(0)
	for _, e := range edges {
		w.Uint(uint64(e.parent() - prev)) // sorted: parents ascend
		prev = e.parent()
		w.Uint(uint64(e.key()))
		w.Uint(uint64(tr.edges[e]))
	}
	for _, refs := range tr.terms {
		w.Count(len(refs), false)
		for _, r := range refs {
			p, ok := where[r.term]
			if !ok {
				return errors.New("termmatch: index of another glossary")
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
	return nil
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
	bases := make([]string, nl)
	parts := make([]string, nl)
	for i := range nl {
		bases[i], parts[i] = r.String(), r.String()
	}
	if !r.Done() {
		return nil, errCorrupt
	}
	// The languages decode concurrently: building the maps is most of it.
	tries := make([]*trie, nl)
	var wg sync.WaitGroup
	for i := range nl {
		wg.Go(func() { tries[i] = unmarshalTrie(g, bases[i], parts[i]) })
	}
	wg.Wait()
	for i, tr := range tries {
		if tr == nil {
			return nil, errCorrupt
		}
		ix.tries[bases[i]] = tr
	}
	return ix, nil
}

// unmarshalTrie decodes what trie.marshal encoded, or returns nil.
func unmarshalTrie(g *glossary.Glossary, base, data string) *trie {
	r := flat.NewReader(data)
	tr := &trie{stem: morph.ForLanguage(language.Make(base)), words: &wordCache{}}
	keys := r.Strings()
	tr.ids = make(map[string]int32, len(keys))
	for i, k := range keys {
		tr.ids[k] = int32(i + 1)
	}
	nn, _ := r.Count(1)
	ne, _ := r.Count(3)
	tr.edges = make(map[edge]int32, ne)
	parent := uint64(0)
	for range ne {
		parent += r.Uint()
		key, next := r.Uint(), r.Uint()
		if next >= uint64(nn) || parent >= uint64(nn) || key > uint64(len(keys)) {
			return nil
		}
		tr.edges[mkEdge(int32(parent), int32(key))] = int32(next)
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
				return nil
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
	if !r.Done() {
		return nil
	}
	return tr
}
