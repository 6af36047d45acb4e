package termmatch

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"

	"github.com/glosa-dev/glosa/textnorm"
)

// bySpelling moves to the front of each group of candidates of one concept
// on one span that reached the same trie node (terms sharing their keys:
// Горбачов and Горбачёв, e-mail and email) the one spelled closest to the
// text, so that the deprecated Горбачов is reported for "Горбачова". cs is
// sorted: candidates with one span are adjacent, best status first, which
// breaks ties. It folds nothing unless a span has two such candidates.
func (m *Matcher) bySpelling(text []byte, cs []cand) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].start == cs[i].start && cs[j].end == cs[i].end {
			j++
		}
		if j-i > 1 {
			m.spellRun(text, cs[i:j])
		}
		i = j
	}
}

// spellRun orders one span's candidates (see bySpelling).
func (m *Matcher) spellRun(text []byte, run []cand) {
	var written string // the span's spelling, folded once
	for i := range run {
		lead := run[i]
		if lead.ref == nil || seenConcept(run[:i], lead) {
			continue // not the first of its concept: already settled
		}
		best, bestDist := i, -1
		for j := i + 1; j < len(run); j++ {
			c := run[j]
			if c.ref.concept != lead.ref.concept || c.node != lead.node || c.ref.term == lead.ref.term {
				continue
			}
			if written == "" {
				s, e := m.toks[lead.start].Start, m.toks[lead.end-1].End
				written = m.spelling(string(text[s:e]))
			}
			if bestDist < 0 {
				bestDist = textnorm.Distance(written, m.spelling(lead.ref.term.Text))
			}
			if d := textnorm.Distance(written, m.spelling(c.ref.term.Text)); d < bestDist {
				best, bestDist = j, d
			}
		}
		if best != i {
			run[i], run[best] = run[best], run[i]
		}
	}
}

// seenConcept reports whether run has a candidate of c's concept.
func seenConcept(run []cand, c cand) bool {
	for _, x := range run {
		if x.ref.concept == c.ref.concept {
			return true
		}
	}
	return false
}

// spelling returns the form in which spellings are compared: lighter than
// the matching fold, it keeps ё, accents, hyphens and spaces, so that
// Горбачов and Горбачёв, e-mail and email differ. It is NFC, case-folded,
// without stress marks and soft hyphens, with typographic dashes,
// apostrophes and spaces unified and runs of white space as one space.
func (m *Matcher) spelling(s string) string {
	if m.caser == nil {
		c := cases.Fold()
		m.caser = &c
	}
	s = strings.Join(strings.FieldsFunc(textnorm.String(s), unicode.IsSpace), " ")
	return m.caser.String(s)
}
