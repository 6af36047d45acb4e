package pipeline

import (
	"slices"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
)

// A Doc is a document of a set. Its segments and its matches are computed
// when first asked for, once. A Doc is not safe for concurrent use.
type Doc struct {
	*format.Document
	ix        *termmatch.Index
	segs      []segment.Segment
	unit      []int
	segmented bool
	all       []termmatch.Match
	matched   bool
	outer     []termmatch.Match
	outerDone bool
	bySeg     [][]termmatch.Match
}

// NewDoc wraps a document for matching with ix (nil: no glossary). A
// document without units is plain text: its units are found as format/text
// finds them.
func NewDoc(d *format.Document, ix *termmatch.Index) *Doc {
	if d.Units == nil && len(d.Text) > 0 {
		d.Units = textfmt.Document(d.File, d.Text, format.Options{Lang: d.Lang}).Units
	}
	return &Doc{Document: d, ix: ix}
}

// Placed returns a match of the document with its line and column in the
// file, when the document's text was built from it (a catalog's strings:
// see format.Document.Map).
func (d *Doc) Placed(m termmatch.Match) termmatch.Match {
	if d.Map != nil {
		m.Line, m.Col = d.Map.Position(d.Text, m.Start)
		_, size := utf8.DecodeLastRuneInString(m.Text)
		m.EndLine, m.EndCol = d.Map.Position(d.Text, max(m.Start, m.End-size))
	}
	return m
}

// Segments returns the document's segments (format.Segments).
func (d *Doc) Segments() []segment.Segment {
	if !d.segmented {
		d.segs, d.unit = format.SegmentUnits(d.Document)
		d.segmented = true
	}
	return d.segs
}

// SegmentUnit returns the index in Units of segment i's unit.
func (d *Doc) SegmentUnit(i int) int {
	d.Segments()
	return d.unit[i]
}

// Matches returns every occurrence of a glossary term of the document's
// language, in order, overlapping ones included: those a longer match
// covers are Nested (termmatch.Matcher.MatchAll). The document is matched
// once, whatever asks.
func (d *Doc) Matches() []termmatch.Match {
	if !d.matched {
		if d.ix != nil {
			d.all = d.ix.Matcher(d.Lang).MatchAll(d.Text)
		}
		d.matched = true
	}
	return d.all
}

// Outer returns the matches that are not Nested: no two overlap, except
// several concepts on one span (termmatch.Matcher.Match). They are found
// once, and are Matches itself when none is Nested: do not change them
// (the slice has no room to append into).
func (d *Doc) Outer() []termmatch.Match {
	if d.outerDone {
		return d.outer
	}
	all := d.Matches()
	n := 0
	for _, m := range all {
		if !m.Nested {
			n++
		}
	}
	if n == len(all) {
		d.outer = all[:n:n]
	} else {
		d.outer = make([]termmatch.Match, 0, n)
		for _, m := range all {
			if !m.Nested {
				d.outer = append(d.outer, m)
			}
		}
	}
	d.outerDone = true
	return d.outer
}

// BySegment returns the matches of each segment, Nested ones included.
func (d *Doc) BySegment() [][]termmatch.Match {
	if d.bySeg == nil {
		d.bySeg = PerSegment(d.Matches(), d.Segments())
	}
	return d.bySeg
}

// PerSegment files matches (in order) by segment (in order, not
// overlapping); a match outside every segment is left out. The matches of
// a segment are a slice of matches (with no room to append into): do not
// change them.
func PerSegment(matches []termmatch.Match, segs []segment.Segment) [][]termmatch.Match {
	out := make([][]termmatch.Match, len(segs))
	k := 0
	for i := 0; i < len(matches); {
		m := matches[i]
		for k < len(segs) && segs[k].End <= m.Start {
			k++
		}
		if k == len(segs) {
			break
		}
		if m.Start < segs[k].Start {
			i++
			continue
		}
		// The run of matches in segment k.
		j := i + 1
		for j < len(matches) && matches[j].Start < segs[k].End && matches[j].Start >= segs[k].Start {
			j++
		}
		if out[k] == nil {
			out[k] = matches[i:j:j]
		} else { // matches out of order
			out[k] = append(out[k], matches[i:j]...)
		}
		i = j
	}
	return out
}

// A Set is a source document and its translations, read, to be checked,
// shown or mined together.
type Set struct {
	Index   *termmatch.Index
	Source  *Doc
	Targets []*Doc
	// LintSource says the source is prose to check too, not a program's
	// strings.
	LintSource bool
	units      [][]int // a catalog's pairs of units, or nil
	beads      [][]align.Bead
}

// New makes the set of a file and, for a document, its translations
// (each one's first document). A catalog (a file that pairs its
// documents) is a set of its own: its translations are its other
// documents, paired by key and never aligned.
func New(ix *termmatch.Index, f *format.File, translations ...*format.File) *Set {
	docs := append([]*format.Document{}, f.Docs...)
	for _, t := range translations {
		docs = append(docs, t.Docs[0])
	}
	s := &Set{Index: ix, LintSource: f.LintSource, units: f.Units}
	for k, d := range docs {
		if k == 0 {
			s.Source = NewDoc(d, ix)
		} else {
			s.Targets = append(s.Targets, NewDoc(d, ix))
		}
	}
	s.beads = make([][]align.Bead, len(s.Targets))
	return s
}

// Docs returns the source, then the targets.
func (s *Set) Docs() []*Doc { return append([]*Doc{s.Source}, s.Targets...) }

// Paired reports whether the set's pairs come from its file (a catalog's
// keys) rather than alignment.
func (s *Set) Paired() bool { return s.units != nil }

// Units returns, for a paired set, its rows of units: Units()[r][k] is the
// index of the r-th unit in Docs()[k].Units, -1 when that language lacks
// it (a key missing, a message not translated). Nil for an aligned set.
func (s *Set) Units() [][]int { return s.units }

// Beads returns how the segments of the source and of target k pair:
// segment indexes, by the catalog's keys, or else by aligning the two
// (package align, paragraphs first; a presegmented text line by line).
// Computed once.
func (s *Set) Beads(k int) []align.Bead {
	if s.beads[k] != nil {
		return s.beads[k]
	}
	src, tgt := s.Source, s.Targets[k]
	if s.units != nil {
		s.beads[k] = s.keyBeads(k)
		return s.beads[k]
	}
	cfg := align.Config{SourceLang: src.Lang, TargetLang: tgt.Lang, Glossary: s.Index}
	if lines(src) && lines(tgt) {
		s.beads[k] = align.Align(cfg, []align.Pair{{Source: texts(src.Segments()), Target: texts(tgt.Segments()), SourceTerms: src.segmentTerms(), TargetTerms: tgt.segmentTerms()}})[0]
	} else {
		sp, tp := paragraphed(src.Segments()), paragraphed(tgt.Segments())
		sp.Terms, tp.Terms = src.segmentTerms(), tgt.segmentTerms()
		s.beads[k] = align.AlignParagraphed(cfg, sp, tp)
	}
	if s.beads[k] == nil {
		s.beads[k] = []align.Bead{}
	}
	return s.beads[k]
}

// keyBeads pairs the segments of the units a catalog pairs: a bead per
// unit present in both languages.
func (s *Set) keyBeads(k int) []align.Bead {
	segsOf := func(d *Doc) [][]int { // unit -> its segments, slices of one array
		segs := d.Segments()
		start := make([]int, len(d.Units)+1) // unit u's segments are flat[start[u]:start[u+1]]
		for i := range segs {
			start[d.SegmentUnit(i)+1]++
		}
		for u := range d.Units {
			start[u+1] += start[u]
		}
		flat, next := make([]int, len(segs)), slices.Clone(start[:len(d.Units)])
		for i := range segs {
			u := d.SegmentUnit(i)
			flat[next[u]] = i
			next[u]++
		}
		out := make([][]int, len(d.Units))
		for u := range out {
			if a, b := start[u], start[u+1]; b > a {
				out[u] = flat[a:b:b]
			}
		}
		return out
	}
	ss, ts := segsOf(s.Source), segsOf(s.Targets[k])
	beads := make([]align.Bead, 0, len(s.units))
	for _, u := range s.units {
		if a, b := u[0], u[k+1]; a >= 0 && b >= 0 && len(ss[a]) > 0 && len(ts[b]) > 0 {
			beads = append(beads, align.Bead{Source: ss[a], Target: ts[b], Score: 1})
		}
	}
	return beads
}

// lines reports whether a document is presegmented text.
func lines(d *Doc) bool {
	for _, u := range d.Units {
		if u.Kind != format.Line {
			return false
		}
	}
	return len(d.Units) > 0
}

// segmentTerms returns, for alignment, the concept IDs of each segment's
// matches (align.Pair.SourceTerms) from the document's matches, so that
// align does not match the text again; nil without a glossary. A segment
// gets a nil entry (align matches it itself) unless matching it alone is
// sure to give what the document's matches say: its text is the
// document's bytes, cut at white space, no match crosses its edges, and
// the white space to the next segment of its paragraph is what joining
// them with a space gives (align.Paragraphed.Terms).
func (d *Doc) segmentTerms() [][]string {
	if d.ix == nil {
		return nil
	}
	segs, text := d.Segments(), d.Text
	out := make([][]string, len(segs))
	for i, sg := range segs {
		if sg.Start < 0 || sg.End > len(text) || sg.Start > sg.End || string(text[sg.Start:sg.End]) != sg.Text ||
			sg.Start > 0 && !asciiSpace(text[sg.Start-1]) || sg.End < len(text) && !asciiSpace(text[sg.End]) {
			continue
		}
		if i+1 < len(segs) && segs[i+1].Para == sg.Para && !joinsAsSpace(sg.Text, text, sg.End, segs[i+1].Start) {
			continue
		}
		out[i] = []string{}
	}
	first := 0 // the first segment that ends after the match starts
	for _, m := range d.Matches() {
		// Matches come in order of their starts, segments in order; a
		// match out of order is searched for.
		if first > 0 && segs[first-1].End > m.Start {
			first, _ = slices.BinarySearchFunc(segs, m.Start, func(sg segment.Segment, start int) int {
				if sg.End <= start {
					return -1
				}
				return 1
			})
		}
		for first < len(segs) && segs[first].End <= m.Start {
			first++
		}
		// That segment, and every one the match reaches.
		for i := first; i < len(segs) && segs[i].Start < m.End; i++ {
			if out[i] == nil {
				continue
			}
			if m.Start < segs[i].Start || m.End > segs[i].End {
				out[i] = nil // a match across the segment's edge
				continue
			}
			if !m.Nested {
				out[i] = append(out[i], m.Concept.ID)
			}
		}
	}
	return out
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// joinsAsSpace reports whether text[from:to], between a segment (seg) and
// the next, tokenises as the one space that align puts between them: ASCII
// white space with at most one line break, and no line break after a
// hyphen (a word hyphenated at the end of a line).
func joinsAsSpace(seg string, text []byte, from, to int) bool {
	if from > to {
		return false
	}
	breaks := 0
	for _, c := range text[from:to] {
		if !asciiSpace(c) {
			return false
		}
		if c == '\n' {
			breaks++
		}
	}
	if breaks == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(seg)
	return breaks == 1 && r != '-' && r != 0x2010 && r != 0x2011
}

func texts(segs []segment.Segment) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = s.Text
	}
	return out
}

func paragraphed(segs []segment.Segment) align.Paragraphed {
	p := align.Paragraphed{Segments: texts(segs), Para: make([]int, len(segs))}
	for i, s := range segs {
		p.Para[i] = s.Para
	}
	return p
}

// Resolved says, for each of matches (target k's Outer matches, in
// order), whether it counts as a use of its concept: a term of one concept
// always does; a term of several (Spanish "archivo": file and archive)
// counts for the concepts that the source segments paired with its
// segment name, in any term, overlapping ones included.
func (s *Set) Resolved(k int, matches []termmatch.Match) []bool {
	tgt := s.Targets[k]
	segs := tgt.Segments()
	srcOf := make([][]int, len(segs)) // target segment -> paired source segments
	for _, b := range s.Beads(k) {
		for _, j := range b.Target {
			srcOf[j] = b.Source
		}
	}
	srcAll := s.Source.BySegment()
	out := make([]bool, len(matches))
	j := 0
	for i, m := range matches {
		if !Ambiguous(matches, i) {
			out[i] = true
			continue
		}
		for j < len(segs) && segs[j].End <= m.Start {
			j++
		}
		if j == len(segs) || m.Start < segs[j].Start {
			continue // outside every segment
		}
		for _, si := range srcOf[j] {
			for _, sm := range srcAll[si] {
				out[i] = out[i] || sm.Concept == m.Concept
			}
		}
	}
	return out
}

// Ambiguous reports whether another concept has a match on the span of
// matches[k] (matches in order, so that those of one span are adjacent):
// a term several concepts share, which only a source can decide.
func Ambiguous(matches []termmatch.Match, k int) bool {
	m := matches[k]
	same := func(i int) bool {
		return i >= 0 && i < len(matches) && matches[i].Start == m.Start && matches[i].End == m.End
	}
	return same(k-1) || same(k+1)
}
