package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/glosa-dev/glosa/locales"
	"github.com/glosa-dev/glosa/termmatch"
)

// A Match is one element of scan's "matches" array (contract, version 1):
// a term found in a file.
type Match struct {
	File      string `json:"file"`
	Lang      string `json:"lang"`    // the term's language
	Concept   string `json:"concept"` // the concept's ID
	Term      string `json:"term"`    // the canonical term
	Status    string `json:"status"`
	Text      string `json:"text"` // as in the file
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
}

// MatchOf is the record of a match in a file.
func MatchOf(file string, m termmatch.Match) Match {
	return Match{
		File: file, Lang: m.Term.Lang, Concept: m.Concept.ID, Term: m.Term.Canonical,
		Status: m.Term.Status.String(), Text: m.Text,
		Line: m.Line, Column: m.Col, EndLine: m.EndLine, EndColumn: m.EndCol,
		Offset: m.Start, EndOffset: m.End,
	}
}

// ScanSummary is what a scan's writer cannot count itself: the files
// scanned. The writer counts the matches and the matches per concept.
type ScanSummary struct {
	Files int
}

// conceptCount is one element of the summary's "concepts".
type conceptCount struct {
	Concept string `json:"concept"`
	Count   int    `json:"count"`
}

// scanSummary is scan's "summary" (contract, version 1).
type scanSummary struct {
	Files    int            `json:"files"`
	Matches  int            `json:"matches"`
	Concepts []conceptCount `json:"concepts"`
}

// matchCounts counts matches per concept.
type matchCounts struct {
	total int
	by    map[string]int
}

func (c *matchCounts) add(m Match) {
	if c.by == nil {
		c.by = map[string]int{}
	}
	c.by[m.Concept]++
	c.total++
}

// summary lists the concepts by count, most first, then by ID.
func (c *matchCounts) summary(files int) scanSummary {
	sum := scanSummary{Files: files, Matches: c.total, Concepts: []conceptCount{}}
	for id, n := range c.by {
		sum.Concepts = append(sum.Concepts, conceptCount{id, n})
	}
	sort.Slice(sum.Concepts, func(i, j int) bool {
		x, y := sum.Concepts[i], sum.Concepts[j]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Concept < y.Concept
	})
	return sum
}

// NewTextMatches writes scan's text: "file:line:col concept lang "text""
// per match, then a blank line, the count per concept and a summary line
// in the printer's language. Write buffers (64 KiB); Close flushes. When w
// is a *bufio.Writer at least that large it is used as is, so the caller
// can flush it before printing an error.
func NewTextMatches(w io.Writer, p *locales.Printer) Writer[Match, ScanSummary] {
	return &textMatches{out: newJSONOut(w), p: p}
}

type textMatches struct {
	out    *jsonOut // only its buffered writer
	p      *locales.Printer
	counts matchCounts
}

func (s *textMatches) Write(ms []Match) error {
	for _, m := range ms {
		s.counts.add(m)
		if _, err := fmt.Fprintf(s.out.bw, "%s:%d:%d %s %s %s\n", m.File, m.Line, m.Column, m.Concept, m.Lang, strconv.Quote(m.Text)); err != nil {
			return err
		}
	}
	return nil
}

func (s *textMatches) Close(ss ScanSummary) error {
	sum := s.counts.summary(ss.Files)
	bw := s.out.bw
	if sum.Matches > 0 {
		fmt.Fprintln(bw)
	}
	for _, c := range sum.Concepts {
		fmt.Fprintf(bw, "%6d  %s\n", c.Count, c.Concept)
	}
	fmt.Fprintln(bw, s.p.T("ScanSummary", map[string]any{
		"Terms": s.p.N("TermsFound", sum.Matches, nil),
		"Files": s.p.N("InFiles", sum.Files, nil),
	}))
	return bw.Flush()
}

// NewJSONMatches writes scan's JSON (contract, version 1):
// {"version":1,"matches":[…],"summary":{"files":…,"matches":…,"concepts":[{"concept":…,"count":…}]}},
// one match a line. It buffers as NewTextMatches does.
func NewJSONMatches(w io.Writer) Writer[Match, ScanSummary] {
	s := &jsonMatches{out: newJSONOut(w)}
	s.out.bw.WriteString(`{"version":1,"matches":[`)
	return s
}

type jsonMatches struct {
	out    *jsonOut
	counts matchCounts
}

func (s *jsonMatches) Write(ms []Match) error {
	for i := range ms {
		if s.counts.total > 0 {
			s.out.bw.WriteByte(',')
		}
		s.out.bw.WriteByte('\n')
		s.counts.add(ms[i])
		if err := s.out.encode(&ms[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *jsonMatches) Close(ss ScanSummary) error {
	sum := s.counts.summary(ss.Files)
	bw := s.out.bw
	if sum.Matches > 0 {
		bw.WriteByte('\n')
	}
	bw.WriteString(`],"summary":`)
	if err := s.out.encode(sum); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
