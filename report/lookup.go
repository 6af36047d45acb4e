package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/locales"
	"github.com/glosa-dev/glosa/termmatch"
)

// lookupResult is lookup's JSON (contract, version 1).
type lookupResult struct {
	Version  int             `json:"version"`
	Query    string          `json:"query"`
	Concepts []lookupConcept `json:"concepts"`
}

type lookupConcept struct {
	ID      string       `json:"id"`
	Domain  string       `json:"domain,omitempty"`
	Note    string       `json:"note,omitempty"`
	Terms   []lookupTerm `json:"terms"`
	Matched []lookupHit  `json:"matched"`
}

type lookupTerm struct {
	Lang   string `json:"lang"`
	Term   string `json:"term"`
	Status string `json:"status"`
}

type lookupHit struct {
	Lang    string `json:"lang"`
	Term    string `json:"term"`
	Text    string `json:"text"`
	Partial bool   `json:"partial"`
}

// A Lookup is the answer to a lookup: the concepts hit, in order of first
// hit, each with its hits.
type Lookup struct {
	g        *glossary.Glossary
	query    string
	concepts []*glossary.Concept
	hits     map[*glossary.Concept][]termmatch.Hit
}

// NewLookup groups the hits of query in g by concept.
func NewLookup(g *glossary.Glossary, query string, hits []termmatch.Hit) *Lookup {
	l := &Lookup{g: g, query: query, hits: map[*glossary.Concept][]termmatch.Hit{}}
	for _, h := range hits {
		if l.hits[h.Concept] == nil {
			l.concepts = append(l.concepts, h.Concept)
		}
		l.hits[h.Concept] = append(l.hits[h.Concept], h)
	}
	return l
}

// Concepts counts the concepts hit.
func (l *Lookup) Concepts() int { return len(l.concepts) }

// WriteJSON writes lookup's JSON (contract, version 1), indented:
// {"version":1,"query":…,"concepts":[{"id","domain","note","terms":[{"lang","term","status"}],"matched":[{"lang","term","text","partial"}]}]}.
func (l *Lookup) WriteJSON(w io.Writer) error {
	res := lookupResult{1, l.query, []lookupConcept{}}
	for _, c := range l.concepts {
		jc := lookupConcept{ID: c.ID, Domain: c.Domain, Note: c.Note, Terms: []lookupTerm{}}
		for _, lang := range conceptLangs(l.g, c) {
			for _, t := range c.TermsIn(lang) {
				jc.Terms = append(jc.Terms, lookupTerm{t.Lang, t.Text, t.Status.String()})
			}
		}
		for _, h := range l.hits[c] {
			jc.Matched = append(jc.Matched, lookupHit{h.Term.Lang, h.Term.Canonical, h.Text, h.Partial})
		}
		res.Concepts = append(res.Concepts, jc)
	}
	return writeIndented(w, res)
}

// WriteText writes each concept hit for people, in the printer's
// language: its ID (and domain), its terms per language with their
// status, its note, the hits and where it is defined; a blank line
// between concepts. Nothing when no concept is hit.
func (l *Lookup) WriteText(w io.Writer, p *locales.Printer) error {
	bw := newJSONOut(w).bw
	for i, c := range l.concepts {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		if c.Domain != "" {
			fmt.Fprintf(bw, "%s (%s)\n", c.ID, c.Domain)
		} else {
			fmt.Fprintln(bw, c.ID)
		}
		for _, lang := range conceptLangs(l.g, c) {
			var parts []string
			for _, t := range c.TermsIn(lang) {
				parts = append(parts, fmt.Sprintf("%s (%s)", t.Text, p.T(statusID[t.Status], nil)))
			}
			if len(parts) > 0 {
				fmt.Fprintf(bw, "  %-3s %s\n", lang, strings.Join(parts, ", "))
			}
		}
		if c.Note != "" {
			fmt.Fprintf(bw, "  %s\n", p.T("LookupNote", map[string]any{"Note": c.Note}))
		}
		for _, h := range l.hits[c] {
			id := "LookupMatched"
			if h.Partial {
				id = "LookupPartial"
			}
			fmt.Fprintf(bw, "  %s\n", p.T(id, map[string]any{"Text": h.Text, "Lang": h.Term.Lang, "Term": h.Term.Canonical}))
		}
		fmt.Fprintf(bw, "  %s:%d:%d\n", c.File, c.Line, c.Col)
	}
	return bw.Flush()
}

var statusID = map[glossary.Status]string{
	glossary.Preferred:  "StatusPreferred",
	glossary.Admitted:   "StatusAdmitted",
	glossary.Deprecated: "StatusDeprecated",
	glossary.Forbidden:  "StatusForbidden",
}

// conceptLangs lists a concept's languages in the glossary's display order.
func conceptLangs(g *glossary.Glossary, c *glossary.Concept) []string {
	var out []string
	seen := map[string]bool{}
	add := func(l string) {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	for _, l := range g.Languages {
		for _, t := range c.Terms {
			if t.Lang == l {
				add(l)
				break
			}
		}
	}
	for _, t := range c.Terms {
		add(t.Lang)
	}
	return out
}
