package sheet

import (
	"bufio"
	"encoding/csv"
	"io"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
)

// An outCol is a column written: its header and how a concept fills it.
type outCol struct {
	header string
	cell   func(c *glossary.Concept) (string, []glossary.Term)
}

// write writes g as a sheet with the given delimiter (see the package
// doc); a term that cannot be written is a diag.List error, and nothing is
// written.
func write(w io.Writer, g *glossary.Glossary, comma rune) error {
	// langs have status columns; plainLangs, a column of their own: the
	// glossary's languages and those with approved terms.
	langs := append([]string(nil), g.Languages...)
	plainLangs := append([]string(nil), g.Languages...)
	need := map[string]bool{} // "lang:kind" columns some concept needs
	var hasDomain, hasNote, hasCase, hasMatch bool
	for _, c := range g.Concepts {
		hasDomain = hasDomain || c.Domain != ""
		hasNote = hasNote || c.Note != ""
		hasCase = hasCase || c.Case != glossary.CaseAuto
		hasMatch = hasMatch || c.Match != glossary.MatchStem
		for _, l := range g.LanguagesOf(c) {
			if !slices.Contains(langs, l) {
				langs = append(langs, l)
			}
			if len(c.Approved(l)) > 0 && !slices.Contains(plainLangs, l) {
				plainLangs = append(plainLangs, l)
			}
			if _, pref := c.Preferred(l); !pref && len(c.Approved(l)) > 0 {
				need[l+":admitted"] = true
			}
			need[l+":deprecated"] = need[l+":deprecated"] || len(c.TermsIn(l, glossary.Deprecated)) > 0
			need[l+":forbidden"] = need[l+":forbidden"] || len(c.TermsIn(l, glossary.Forbidden)) > 0
			need[l+":forms"] = need[l+":forms"] || len(c.Forms(l)) > 0
		}
	}
	cols := []outCol{{"id", func(c *glossary.Concept) (string, []glossary.Term) { return c.ID, nil }}}
	if hasDomain {
		cols = append(cols, outCol{"domain", func(c *glossary.Concept) (string, []glossary.Term) { return c.Domain, nil }})
	}
	for _, l := range plainLangs {
		cols = append(cols, outCol{headerTag(l), func(c *glossary.Concept) (string, []glossary.Term) {
			if _, pref := c.Preferred(l); !pref {
				return "", nil
			}
			return "", c.Approved(l)
		}})
	}
	for _, l := range langs {
		for _, k := range []kind{admitted, deprecated, forbidden, forms} {
			if !need[l+":"+kindWords[k]] {
				continue
			}
			cols = append(cols, outCol{headerTag(l) + ":" + kindWords[k], func(c *glossary.Concept) (string, []glossary.Term) {
				switch k {
				case admitted:
					if _, pref := c.Preferred(l); pref {
						return "", nil
					}
					return "", c.Approved(l)
				case deprecated:
					return "", c.TermsIn(l, glossary.Deprecated)
				case forbidden:
					return "", c.TermsIn(l, glossary.Forbidden)
				}
				return "", c.Forms(l)
			}})
		}
	}
	if hasNote {
		cols = append(cols, outCol{"note", func(c *glossary.Concept) (string, []glossary.Term) { return c.Note, nil }})
	}
	if hasCase {
		cols = append(cols, outCol{"case", func(c *glossary.Concept) (string, []glossary.Term) {
			return [...]string{glossary.CaseAuto: "", glossary.CaseSensitive: "sensitive", glossary.CaseInsensitive: "insensitive"}[c.Case], nil
		}})
	}
	if hasMatch {
		cols = append(cols, outCol{"match", func(c *glossary.Concept) (string, []glossary.Term) {
			if c.Match == glossary.MatchExact {
				return "exact", nil
			}
			return "", nil
		}})
	}

	records := make([][]string, 0, len(g.Concepts)+1)
	header := make([]string, len(cols))
	for i, col := range cols {
		header[i] = col.header
	}
	records = append(records, header)
	var errs diag.List
	for _, c := range g.Concepts {
		rec := make([]string, len(cols))
		for i, col := range cols {
			s, terms := col.cell(c)
			if terms != nil {
				texts := make([]string, len(terms))
				for j, t := range terms {
					if strings.ContainsAny(t.Text, ";|") {
						errs = append(errs, termError(c, t, "SheetTermSeparator"))
					}
					texts[j] = t.Text
				}
				s = strings.Join(texts, "; ")
			}
			if comma == '\t' && strings.ContainsAny(s, "\t\r\n") {
				errs = append(errs, diag.Diagnostic{File: c.File, Line: c.Line, Col: c.Col, Severity: diag.Error,
					ID: "SheetTSVCell", Data: map[string]any{"Concept": c.ID, "Column": col.header}})
			}
			rec[i] = s
		}
		records = append(records, rec)
	}
	if len(errs) > 0 {
		errs.Sort()
		return errs
	}
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.Comma = comma
	if err := cw.WriteAll(records); err != nil {
		return err
	}
	return bw.Flush()
}

func termError(c *glossary.Concept, t glossary.Term, id string) diag.Diagnostic {
	return diag.Diagnostic{File: c.File, Line: t.Line, Col: t.Col, Severity: diag.Error, ID: id,
		Data: map[string]any{"Term": t.Text, "Lang": t.Lang, "Concept": c.ID}}
}

// headerTag is a language's header: its tag, but "ind" for Indonesian,
// whose tag "id" is the id column's name.
func headerTag(tag string) string {
	if tag == "id" {
		return "ind"
	}
	return tag
}
