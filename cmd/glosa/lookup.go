package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

type jsonTerm struct {
	Lang   string `json:"lang"`
	Term   string `json:"term"`
	Status string `json:"status"`
}

type jsonHit struct {
	Lang    string `json:"lang"`
	Term    string `json:"term"`
	Text    string `json:"text"`
	Partial bool   `json:"partial"`
}

type jsonConcept struct {
	ID      string     `json:"id"`
	Domain  string     `json:"domain,omitempty"`
	Note    string     `json:"note,omitempty"`
	Terms   []jsonTerm `json:"terms"`
	Matched []jsonHit  `json:"matched"`
}

func (a *app) lookup(args []string) int {
	fs := a.flags("lookup")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	format := fs.String("format", "text", "")
	words, code := a.parse(fs, args, "UsageLookup")
	if code >= 0 {
		return code
	}
	if !a.operands("", words, *format, textOrJSON, "") {
		return exitError
	}
	if len(words) == 0 {
		a.errorf("ErrNoWords", nil)
		return exitError
	}
	g := a.loadGlossary(glossaries, false)
	if g == nil {
		return exitError
	}
	query := strings.Join(words, " ")
	hits := termmatch.NewIndex(g).Lookup(query)
	// Group hits by concept, in order of first hit.
	var order []*glossary.Concept
	byConcept := map[*glossary.Concept][]termmatch.Hit{}
	for _, h := range hits {
		if byConcept[h.Concept] == nil {
			order = append(order, h.Concept)
		}
		byConcept[h.Concept] = append(byConcept[h.Concept], h)
	}
	if *format == "json" {
		res := struct {
			Version  int           `json:"version"`
			Query    string        `json:"query"`
			Concepts []jsonConcept `json:"concepts"`
		}{1, query, []jsonConcept{}}
		for _, c := range order {
			jc := jsonConcept{ID: c.ID, Domain: c.Domain, Note: c.Note, Terms: []jsonTerm{}}
			for _, l := range conceptLangs(g, c) {
				for _, t := range c.TermsIn(l) {
					jc.Terms = append(jc.Terms, jsonTerm{t.Lang, t.Text, t.Status.String()})
				}
			}
			for _, h := range byConcept[c] {
				jc.Matched = append(jc.Matched, jsonHit{h.Term.Lang, h.Term.Canonical, h.Text, h.Partial})
			}
			res.Concepts = append(res.Concepts, jc)
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(res)
	} else {
		for i, c := range order {
			if i > 0 {
				fmt.Fprintln(a.stdout)
			}
			a.printConcept(g, c, byConcept[c])
		}
		if len(order) == 0 {
			a.notef("LookupNone", map[string]any{"Query": query})
		}
	}
	if len(order) == 0 {
		return exitFindings
	}
	return exitOK
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

func (a *app) printConcept(g *glossary.Glossary, c *glossary.Concept, hits []termmatch.Hit) {
	w := a.stdout
	if c.Domain != "" {
		fmt.Fprintf(w, "%s (%s)\n", c.ID, c.Domain)
	} else {
		fmt.Fprintln(w, c.ID)
	}
	for _, l := range conceptLangs(g, c) {
		var parts []string
		for _, t := range c.TermsIn(l) {
			parts = append(parts, fmt.Sprintf("%s (%s)", t.Text, a.p.T(statusID(t.Status), nil)))
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "  %-3s %s\n", l, strings.Join(parts, ", "))
		}
	}
	if c.Note != "" {
		fmt.Fprintf(w, "  %s\n", a.p.T("LookupNote", map[string]any{"Note": c.Note}))
	}
	for _, h := range hits {
		id := "LookupMatched"
		if h.Partial {
			id = "LookupPartial"
		}
		fmt.Fprintf(w, "  %s\n", a.p.T(id, map[string]any{"Text": h.Text, "Lang": h.Term.Lang, "Term": h.Term.Canonical}))
	}
	fmt.Fprintf(w, "  %s:%d:%d\n", c.File, c.Line, c.Col)
}

func statusID(s glossary.Status) string {
	return [...]string{"StatusPreferred", "StatusAdmitted", "StatusDeprecated", "StatusForbidden"}[s]
}
