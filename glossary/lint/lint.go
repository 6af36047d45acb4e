package lint

import (
	"fmt"
	"slices"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/textnorm"
)

// Run checks g and returns a warning for each problem found, sorted by
// file and position.
func Run(g *glossary.Glossary) diag.List {
	var out diag.List
	out = append(out, statusConflicts(g)...)
	out = append(out, missingLanguages(g)...)
	out.Sort()
	return out
}

type key struct{ lang, text string }

type ref struct {
	c *glossary.Concept
	t glossary.Term
}

// statusConflicts reports each deprecated or forbidden term that another
// concept approves, naming the first concept that does.
func statusConflicts(g *glossary.Glossary) diag.List {
	f := textnorm.NewFolder()
	approved := map[key]ref{}
	for _, c := range g.Concepts {
		for _, t := range c.Terms {
			if t.Form || !t.Status.Approved() {
				continue
			}
			k := key{t.Lang, f.FoldPhrase(t.Text)}
			if _, ok := approved[k]; !ok {
				approved[k] = ref{c, t}
			}
		}
	}
	var out diag.List
	for _, c := range g.Concepts {
		for _, t := range c.Terms {
			if t.Form || t.Status.Approved() {
				continue
			}
			r, ok := approved[key{t.Lang, f.FoldPhrase(t.Text)}]
			if !ok || r.c == c {
				continue
			}
			out = append(out, diag.Diagnostic{File: c.File, Line: t.Line, Col: t.Col, Severity: diag.Warning,
				ID: "GlossaryLintStatusConflict", Data: map[string]any{
					"Term": t.Text, "Lang": t.Lang, "Status": t.Status.String(), "Concept": c.ID,
					"OtherTerm": r.t.Text, "OtherStatus": r.t.Status.String(), "Other": r.c.ID,
					"Where": fmt.Sprintf("%s:%d:%d", r.c.File, r.t.Line, r.t.Col)}})
		}
	}
	return out
}

// missingLanguages reports, for each concept, each language of the
// glossary it has no approved term in.
func missingLanguages(g *glossary.Glossary) diag.List {
	var out diag.List
	for _, c := range g.Concepts {
		have := c.Languages()
		for _, l := range g.Languages {
			if !slices.Contains(have, l) {
				out = append(out, diag.Diagnostic{File: c.File, Line: c.Line, Col: c.Col, Severity: diag.Warning,
					ID: "GlossaryLintMissingLanguage", Data: map[string]any{"Concept": c.ID, "Lang": l}})
			}
		}
	}
	return out
}
