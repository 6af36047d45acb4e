package termmatch

import (
	"sort"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/textnorm"
)

// Hit is a concept found by Lookup.
type Hit struct {
	Concept *glossary.Concept
	Term    *glossary.Term // the term that matched
	Lang    string         // base language of the match
	Text    string         // the part of the query that matched
	// Partial is set when the query matched only some words of the term
	// ("culto" finds "culto a la personalidad").
	Partial bool
}

// Lookup finds concepts from a word or phrase in any language of the
// glossary, inflected forms included. Whole-term matches come first, by
// position in the query; when there are none, concepts having a term that
// contains every word of the query are returned as partial hits. Case is
// ignored: a person typing a query does not mean case.
func (ix *Index) Lookup(query string) []Hit {
	langs := ix.Languages()
	var hits []Hit
	seen := map[*glossary.Term]bool{}
	for _, l := range langs {
		m := ix.Matcher(l)
		m.ignoreCase = true
		for _, mt := range m.Match([]byte(query)) {
			if !seen[mt.Term] {
				seen[mt.Term] = true
				hits = append(hits, Hit{Concept: mt.Concept, Term: mt.Term, Lang: l, Text: mt.Text})
			}
		}
	}
	if len(hits) > 0 {
		return hits
	}
	for _, l := range langs {
		hits = append(hits, ix.partial(l, query)...)
	}
	return hits
}

// partial returns the terms of language l containing every word of query.
func (ix *Index) partial(l, query string) []Hit {
	tr := ix.tries[l]
	m := ix.Matcher(l)
	toks := textnorm.Tokenize(nil, []byte(query))
	if len(toks) == 0 {
		return nil
	}
	// One pass over the edges: the tree's shape, and the nodes reached on
	// each query word.
	want := map[int32][]int{} // key -> query word indexes
	for i, t := range toks {
		k := m.keyOf([]byte(query[t.Start:t.End]))
		for _, id := range []int32{k.stem, k.exact} {
			if id != 0 {
				want[id] = append(want[id], i)
			}
		}
	}
	children := map[int32][]int32{}
	reached := make([][]int32, len(toks))
	for _, e := range tr.edges.slots {
		if e.child == 0 {
			continue
		}
		children[e.parent] = append(children[e.parent], e.child)
		for _, i := range want[e.key] {
			reached[i] = append(reached[i], e.child)
		}
	}
	var common map[*termRef]bool
	for i := range toks {
		found := map[*termRef]bool{}
		for _, n := range reached[i] {
			tr.collect(n, children, found)
		}
		if common == nil {
			common = found
			continue
		}
		for r := range common {
			if !found[r] {
				delete(common, r)
			}
		}
	}
	var hits []Hit
	seen := map[*glossary.Term]bool{}
	for r := range common {
		if !seen[r.term] {
			seen[r.term] = true
			hits = append(hits, Hit{Concept: r.concept, Term: r.term, Lang: l, Text: query, Partial: true})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Concept.ID != hits[j].Concept.ID {
			return hits[i].Concept.ID < hits[j].Concept.ID
		}
		return hits[i].Term.Text < hits[j].Term.Text
	})
	return hits
}

// collect adds the terms ending at node n or below it.
func (tr *trie) collect(n int32, children map[int32][]int32, into map[*termRef]bool) {
	refs := tr.termsAt(n)
	for i := range refs {
		into[&refs[i]] = true
	}
	for _, c := range children[n] {
		tr.collect(c, children, into)
	}
}
