package handout

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
)

// A Handout is the aligned text of a set and its glossary appendix.
type Handout struct {
	Title string
	Date  string   // as the caller writes it, or ""
	Langs []string // the columns' languages, the source first
	Files []string // the columns' files
	Rows  []Row
	// Concepts are the concepts that occur, in appendix order; a
	// concept's Number is its index plus one.
	Concepts []Concept

	Page   string // the paper: "a4" (or "") or "letter"
	Layout string // "columns" (or "") or "interlinear"
}

// A Row is one bead: a cell per language, in the order of Langs.
type Row struct {
	Para  int    // the paragraph, counted from 0, the row belongs to
	Cells []Cell // an empty cell (no Spans) where a side has no sentence
}

// A Cell is the sentences of one language in a bead, as spans.
type Cell struct {
	Spans []Span
}

// Empty reports whether the cell holds no text.
func (c Cell) Empty() bool { return len(c.Spans) == 0 }

// A Span is a piece of text; a term's span carries the numbers of its
// concepts (several when a term is shared and nothing decides).
type Span struct {
	Text     string
	Concepts []int // 1-based concept numbers, nil for plain text
}

// A Concept is an entry of the appendix.
type Concept struct {
	Number int
	ID     string
	Note   string
	Terms  [][]Term // per language of Langs, preferred first
	Count  []int    // occurrences per language of Langs
}

// A Term is one term of a concept in the appendix.
type Term struct {
	Text   string
	Status glossary.Status
}

// Options are Build's settings.
type Options struct {
	Title  string
	Date   string
	Page   string // "a4" (or "") or "letter"
	Layout string // "columns" (or "") or "interlinear"
}

// Build makes the handout of a set: rows from the set's beads (lined up
// across targets with align.Merge), marks from each document's matches
// (the outer ones; in a target, those pipeline.Set.Resolved counts).
func Build(set *pipeline.Set, opts Options) *Handout {
	docs := set.Docs()
	h := &Handout{Title: opts.Title, Date: opts.Date, Page: opts.Page, Layout: opts.Layout}
	for _, d := range docs {
		h.Langs = append(h.Langs, d.Lang)
		h.Files = append(h.Files, d.File)
	}
	// The marks of each document, by segment.
	marks := make([][][]termmatch.Match, len(docs))
	for k, d := range docs {
		outer := d.Outer()
		if k > 0 {
			keep := set.Resolved(k-1, outer)
			kept := outer[:0:0]
			for i, m := range outer {
				if keep[i] {
					kept = append(kept, m)
				}
			}
			outer = kept
		}
		marks[k] = pipeline.PerSegment(outer, d.Segments())
	}
	// Concepts that occur, counted per language, then numbered.
	counts := map[*glossary.Concept][]int{}
	for k := range docs {
		for _, seg := range marks[k] {
			for _, m := range seg {
				if counts[m.Concept] == nil {
					counts[m.Concept] = make([]int, len(docs))
				}
				counts[m.Concept][k]++
			}
		}
	}
	number := h.appendix(counts)
	// Rows.
	var beads [][]align.Bead
	for k := range set.Targets {
		beads = append(beads, set.Beads(k))
	}
	srcSegs := set.Source.Segments()
	for _, b := range align.Merge(len(srcSegs), beads) {
		sides := append([][]int{b.Source}, b.Targets...)
		row := Row{Para: -1, Cells: make([]Cell, len(docs))}
		for k, idx := range sides {
			segs := docs[k].Segments()
			for n, i := range idx {
				if row.Para < 0 || k == 0 && n == 0 {
					row.Para = segs[i].Para
				}
				if n > 0 {
					row.Cells[k].Spans = append(row.Cells[k].Spans, Span{Text: " "})
				}
				row.Cells[k].Spans = append(row.Cells[k].Spans, spans(segs[i], marks[k][i], number)...)
			}
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}

// appendix fills h.Concepts from the concepts that occur and returns
// their numbers.
func (h *Handout) appendix(counts map[*glossary.Concept][]int) map[*glossary.Concept]int {
	type entry struct {
		c   *glossary.Concept
		key string
	}
	var es []entry
	for c := range counts {
		es = append(es, entry{c, sortKey(c, h.Langs)})
	}
	tag, err := language.Parse(h.Langs[0])
	if err != nil {
		tag = language.Und
	}
	col := collate.New(tag, collate.IgnoreCase)
	sort.Slice(es, func(i, j int) bool {
		if r := col.CompareString(es[i].key, es[j].key); r != 0 {
			return r < 0
		}
		return es[i].c.ID < es[j].c.ID
	})
	number := map[*glossary.Concept]int{}
	for i, e := range es {
		number[e.c] = i + 1
		ac := Concept{Number: i + 1, ID: e.c.ID, Note: e.c.Note, Count: counts[e.c], Terms: make([][]Term, len(h.Langs))}
		for k, l := range h.Langs {
			ac.Terms[k] = termsOf(e.c, l)
		}
		h.Concepts = append(h.Concepts, ac)
	}
	return number
}

// sortKey is the term a concept is sorted by: its preferred term in the
// first language of langs that has one, else its id.
func sortKey(c *glossary.Concept, langs []string) string {
	for _, l := range langs {
		if ts := termsOf(c, l); len(ts) > 0 {
			return ts[0].Text
		}
	}
	return c.ID
}

// termsOf lists a concept's terms of one language (forms left out),
// preferred first, then admitted, deprecated and forbidden, each group in
// the glossary's order.
func termsOf(c *glossary.Concept, lang string) []Term {
	var out []Term
	for _, t := range c.Terms {
		if t.Lang == lang && !t.Form {
			out = append(out, Term{Text: t.Text, Status: t.Status})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Status < out[j].Status })
	return out
}

// spans cuts a segment's text at its matches.
func spans(seg segment.Segment, ms []termmatch.Match, number map[*glossary.Concept]int) []Span {
	var out []Span
	pos := seg.Start
	for i := 0; i < len(ms); {
		m := ms[i]
		j := i
		var nums []int
		for ; j < len(ms) && ms[j].Start == m.Start && ms[j].End == m.End; j++ {
			nums = append(nums, number[ms[j].Concept])
		}
		i = j
		if m.Start < pos || m.End > seg.End {
			continue // overlaps what is written already
		}
		if m.Start > pos {
			out = append(out, Span{Text: seg.Text[pos-seg.Start : m.Start-seg.Start]})
		}
		sort.Ints(nums)
		out = append(out, Span{Text: seg.Text[m.Start-seg.Start : m.End-seg.Start], Concepts: nums})
		pos = m.End
	}
	if pos < seg.End {
		out = append(out, Span{Text: seg.Text[pos-seg.Start:]})
	}
	return out
}
