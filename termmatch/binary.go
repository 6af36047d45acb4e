package termmatch

import (
	"encoding/binary"
	"errors"
	"strings"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/flat"
	"github.com/glosa-dev/glosa/morph"
)

// binaryVersion is the version of the layout of MarshalBinary; bump it
// when the layout or the trie changes.
const binaryVersion = 3

var errCorrupt = errors.New("termmatch: corrupt index data")

// MarshalBinary encodes the compiled index, without its glossary, for
// glosa's cache of compiled glossaries: UnmarshalIndex reads it back with
// the same glossary (an equal one: terms are named by position).
func (ix *Index) MarshalBinary() ([]byte, error) {
	where := make(map[*glossary.Concept]int, len(ix.g.Concepts))
	for ci, c := range ix.g.Concepts {
		where[c] = ci
	}
	langs := ix.Languages()
	size := 64
	for _, base := range langs {
		size += 16 + ix.tries[base].binarySize()
	}
	w := &flat.Writer{Buf: make([]byte, 0, size)}
	w.Uint(binaryVersion)
	w.Uint(uint64(len(ix.g.Concepts)))
	w.Count(len(langs), false)
	tw := &flat.Writer{}
	for _, base := range langs {
		w.String(base)
		tw.Buf = tw.Buf[:0]
		if err := ix.tries[base].marshal(tw, where); err != nil {
			return nil, err
		}
		w.Bytes(tw.Buf)
	}
	return w.Buf, nil
}

// binarySize is about the size of marshal's bytes, so that buffers are
// made once, not grown.
func (tr *trie) binarySize() int {
	return len(tr.ids.text) + 4*(len(tr.ids.ends)+len(tr.ids.slots)+3*tr.nodes()) +
		6*len(tr.refs) + 512 + 10*len(prefilter{}.bits)
}

// marshal encodes one trie: its tables as they are, its terms by their
// place in the glossary (where gives a concept's).
func (tr *trie) marshal(w *flat.Writer, where map[*glossary.Concept]int) error {
	w.String(tr.ids.text)
	putInts(w, tr.ids.ends)
	putInts(w, tr.ids.slots)
	// The edges by child: each node but the root is the child of one.
	parent, key := make([]int32, tr.nodes()-1), make([]int32, tr.nodes()-1)
	for _, e := range tr.edges.slots {
		if e.child != 0 {
			parent[e.child-1], key[e.child-1] = e.parent, e.key
		}
	}
	putInts(w, parent)
	putInts(w, key)
	putInts(w, tr.refAt)
	w.Count(len(tr.refs), false)
	for i := range tr.refs {
		r := &tr.refs[i]
		ci, ok := where[r.concept]
		ti := termIndex(r)
		if !ok || ti < 0 {
			return errors.New("termmatch: index of another glossary")
		}
		w.Uint(uint64(ci))
		w.Uint(uint64(ti))
		w.Strings(r.tokens)
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

// termIndex is the index of r's term in its concept's terms, or -1.
func termIndex(r *termRef) int {
	for ti := range r.concept.Terms {
		if &r.concept.Terms[ti] == r.term {
			return ti
		}
	}
	return -1
}

// putInts appends numbers as a flat string of four bytes each, little
// endian.
func putInts[T int32 | uint32](w *flat.Writer, l []T) {
	buf := make([]byte, 0, 4*len(l))
	for _, v := range l {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(v))
	}
	w.Bytes(buf)
}

// getInts reads what putInts wrote, or returns nil with ok false.
func getInts[T int32 | uint32](r *flat.Reader) (l []T, ok bool) {
	s := r.String()
	if len(s)%4 != 0 || r.Err() != nil {
		return nil, false
	}
	l = make([]T, len(s)/4)
	for i := range l {
		l[i] = T(le32(s[4*i:]))
	}
	return l, true
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// UnmarshalIndex returns the index that MarshalBinary encoded, on g, the
// glossary it was built from (or an equal one). Its tables are read as
// they were written: it stems nothing and fills no map.
func UnmarshalIndex(g *glossary.Glossary, data []byte) (*Index, error) {
	// Read in place: what the index keeps is copied.
	r := flat.NewReader(unsafe.String(unsafe.SliceData(data), len(data)))
	if r.Uint() != binaryVersion || r.Uint() != uint64(len(g.Concepts)) {
		return nil, errCorrupt
	}
	ix := &Index{g: g, tries: map[string]*trie{}}
	nl, _ := r.Count(1)
	for range nl {
		base, part := r.String(), r.String()
		if r.Err() != nil {
			return nil, errCorrupt
		}
		tr := unmarshalTrie(g, base, part)
		if tr == nil {
			return nil, errCorrupt
		}
		ix.tries[strings.Clone(base)] = tr
	}
	if !r.Done() {
		return nil, errCorrupt
	}
	return ix, nil
}

// unmarshalTrie decodes what trie.marshal encoded, or returns nil.
func unmarshalTrie(g *glossary.Glossary, base, data string) *trie {
	r := flat.NewReader(data)
	tr := &trie{stem: morph.ForLanguage(language.Make(base)), words: &wordCache{}}
	var ok [5]bool
	var parent, key []int32
	tr.ids.text = strings.Clone(r.String()) // kept: not a slice of data
	tr.ids.ends, ok[0] = getInts[uint32](r)
	tr.ids.slots, ok[1] = getInts[int32](r)
	parent, ok[2] = getInts[int32](r)
	key, ok[3] = getInts[int32](r)
	tr.refAt, ok[4] = getInts[int32](r)
	nr, _ := r.Count(3)
	if ok != [5]bool{true, true, true, true, true} || !tr.ids.valid() || len(key) != len(parent) ||
		len(tr.refAt) != len(parent)+2 || tr.refAt[0] != 0 || tr.refAt[len(tr.refAt)-1] != int32(nr) {
		return nil
	}
	tr.edges = newEdgeTable(len(parent))
	for i, p := range parent {
		if p < 0 || int(p) >= len(parent)+1 || key[i] < 1 || int(key[i]) > tr.ids.len() {
			return nil
		}
		tr.edges.place(edgeSlot{p, key[i], int32(i + 1)})
	}
	tr.edges.n = len(parent)
	for n := 1; n < len(tr.refAt); n++ {
		if tr.refAt[n] < tr.refAt[n-1] {
			return nil
		}
	}
	tr.refs = make([]termRef, nr)
	for i := range tr.refs {
		ci, ti := r.Uint(), r.Uint()
		tokens := r.Strings()
		for i, t := range tokens {
			tokens[i] = strings.Clone(t)
		}
		if ci >= uint64(len(g.Concepts)) || ti >= uint64(len(g.Concepts[ci].Terms)) {
			return nil
		}
		c := g.Concepts[ci]
		tr.refs[i] = termRef{concept: c, term: &c.Terms[ti], tokens: tokens}
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
