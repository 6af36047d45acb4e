package handout

import (
	"sort"
	"strings"
	"unicode"

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
	// Layout, Page and the other settings are the Options the handout was
	// built with, for the writers.
	Layout       Layout
	Page         Page
	AppendixOnly bool // a vocabulary sheet: no text, Rows empty
	// Rows are the aligned text, a row per bead.
	Rows []Row
	// Concepts are the concepts that occur, in appendix order; a
	// concept's Number is its index plus one.
	Concepts []Concept
	// Index lists, for each language of Langs, every term of the concepts
	// that occur, in that language's alphabetical order.
	Index []Index
	// Cloze is the language whose terms are blanked ("" for no exercise),
	// and Key the answers, one per gap, in gap order.
	Cloze string
	Key   []Answer
}

// A Layout is how the aligned text is set out.
type Layout uint8

const (
	// Columns sets each language in its own column, a bead per row.
	Columns Layout = iota
	// Interlinear sets each bead's sentences one under the other, the
	// source first, each language in its own style.
	Interlinear
)

// ParseLayout reads a layout's name: "columns" or "interlinear".
func ParseLayout(s string) (Layout, bool) {
	switch s {
	case "columns", "":
		return Columns, true
	case "interlinear":
		return Interlinear, true
	}
	return Columns, false
}

// A Page is the paper size a handout prints on.
type Page uint8

const (
	A4 Page = iota
	Letter
)

// ParsePage reads a page size's name: "a4" or "letter".
func ParsePage(s string) (Page, bool) {
	switch s {
	case "a4", "A4", "":
		return A4, true
	case "letter", "Letter":
		return Letter, true
	}
	return A4, false
}

// String is the page size's CSS name.
func (p Page) String() string {
	if p == Letter {
		return "letter"
	}
	return "A4"
}

// An Index is the alphabetical list of one language's terms.
type Index struct {
	Lang    string
	Entries []IndexEntry
}

// An IndexEntry is a term and the concept it belongs to.
type IndexEntry struct {
	Text    string
	Status  glossary.Status
	Concept int // the concept's number
}

// An Answer is a gap of a cloze exercise and the text it blanks.
type Answer struct {
	Gap      int    // the gap's number, from 1
	Text     string // the words as the text has them (inflected)
	Concepts []int  // the concepts of the term
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
	// Gap is the span's gap number in a cloze exercise (0: not a gap). A
	// writer shows a gap, not Text: its number and a blank as long as
	// Text.
	Gap int
}

// Blank is a gap's blank: one underscore per letter or digit of the
// words it hides (a combining accent adds none), spaces, hyphens and
// apostrophes kept, so that the gap shows the words' shape and length.
func (s Span) Blank() string {
	var b strings.Builder
	for _, r := range s.Text {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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
	Layout Layout
	Page   Page
	// NoMarks leaves the text unmarked (the appendix stays).
	NoMarks bool
	// AppendixOnly leaves the text out: a vocabulary sheet.
	AppendixOnly bool
	// Cloze blanks the terms of this language (one of the set's) with
	// numbered gaps and makes an answer key.
	Cloze string
}

// Build makes the handout of a set: rows from the set's beads (lined up
// across targets with align.Merge), marks from each document's matches
// (the outer ones; in a target, those pipeline.Set.Resolved counts).
func Build(set *pipeline.Set, opts Options) *Handout {
	docs := set.Docs()
	h := &Handout{Title: opts.Title, Date: opts.Date, Layout: opts.Layout, Page: opts.Page, AppendixOnly: opts.AppendixOnly}
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
			undecided(outer, keep)
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
	h.index()
	if opts.AppendixOnly {
		return h
	}
	cloze := -1
	for k, d := range docs {
		if opts.Cloze != "" && d.Lang == opts.Cloze {
			cloze = k
			h.Cloze = d.Lang
		}
	}
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
		for k := range row.Cells {
			row.Cells[k].Spans = h.finish(row.Cells[k].Spans, k == cloze, opts.NoMarks)
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}

// finish turns a cell's marked spans into gaps (the cloze language's) or
// plain text (without marks).
func (h *Handout) finish(spans []Span, cloze, noMarks bool) []Span {
	for i := range spans {
		sp := &spans[i]
		if sp.Concepts == nil {
			continue
		}
		if cloze {
			sp.Gap = len(h.Key) + 1
			h.Key = append(h.Key, Answer{Gap: sp.Gap, Text: sp.Text, Concepts: sp.Concepts})
		}
		if noMarks {
			sp.Concepts = nil
		}
	}
	if !noMarks {
		return spans
	}
	// Plain neighbours join again.
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.Concepts == nil && sp.Gap == 0 && out[n-1].Concepts == nil && out[n-1].Gap == 0 {
			out[n-1].Text += sp.Text
			continue
		}
		out = append(out, sp)
	}
	return out
}

// index fills h.Index: each language's terms of the concepts that occur,
// sorted with that language's collation, then by concept number.
func (h *Handout) index() {
	for k, l := range h.Langs {
		ix := Index{Lang: l}
		for _, c := range h.Concepts {
			for _, t := range c.Terms[k] {
				ix.Entries = append(ix.Entries, IndexEntry{Text: t.Text, Status: t.Status, Concept: c.Number})
			}
		}
		col := collator(l)
		sort.SliceStable(ix.Entries, func(i, j int) bool {
			if r := col.CompareString(ix.Entries[i].Text, ix.Entries[j].Text); r != 0 {
				return r < 0
			}
			return ix.Entries[i].Concept < ix.Entries[j].Concept
		})
		h.Index = append(h.Index, ix)
	}
}

// collator sorts a language's words as its readers expect (Spanish ñ
// after n, Russian ё with е), case ignored.
func collator(lang string) *collate.Collator {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.Und
	}
	return collate.New(tag, collate.IgnoreCase)
}

// undecided keeps every concept of a shared term whose source decides for
// none of them: the reader sees the term marked with all its numbers
// rather than not at all (check, which counts uses, counts none).
func undecided(ms []termmatch.Match, keep []bool) {
	for i := 0; i < len(ms); {
		j, any := i, false
		for ; j < len(ms) && ms[j].Start == ms[i].Start && ms[j].End == ms[i].End; j++ {
			any = any || keep[j]
		}
		if !any {
			for n := i; n < j; n++ {
				keep[n] = true
			}
		}
		i = j
	}
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
	col := collator(h.Langs[0])
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
