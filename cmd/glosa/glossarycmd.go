package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

func (a *app) glossary(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(a.stderr, a.p.T("UsageGlossary", nil))
		return exitError
	}
	switch args[0] {
	case "validate":
		return a.glossaryValidate(args[1:])
	case "stats":
		return a.glossaryStats(args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(a.stdout, a.p.T("UsageGlossary", nil))
		return exitOK
	}
	a.errorf("ErrUnknownCommand", map[string]any{"Command": "glossary " + args[0]})
	return exitError
}

func (a *app) glossaryValidate(args []string) int {
	fs := a.flags("glossary validate")
	files, code := a.parse(fs, args, "UsageGlossary")
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		a.errorf("ErrNoFiles", map[string]any{"Command": "glossary validate"})
		return exitError
	}
	g, diags := glossary.Load(files...)
	if g != nil {
		diags = sortDiags(append(diags, termmatch.KeyDiagnostics(g)...))
	}
	for _, d := range diags {
		fmt.Fprintln(a.stdout, d.Format(a.p))
	}
	errs, warns := diags.Errors(), 0
	for _, d := range diags {
		if d.Severity == glossary.SevWarning {
			warns++
		}
	}
	if g == nil {
		fmt.Fprintln(a.stdout, a.p.T("ValidateFailed", map[string]any{
			"Errors": a.p.N("Errors", errs, nil), "Warnings": a.p.N("Warnings", warns, nil)}))
		return exitError
	}
	fmt.Fprintln(a.stdout, a.p.T("ValidateOK", map[string]any{
		"Files":    strings.Join(files, ", "),
		"Concepts": a.p.N("Concepts", len(g.Concepts), nil),
		"Warnings": a.p.N("Warnings", warns, nil)}))
	return exitOK
}

// sortDiags sorts diagnostics by file and position, keeping the order of
// those at one place.
func sortDiags(l glossary.ErrorList) glossary.ErrorList {
	slices.SortStableFunc(l, func(a, b glossary.Diagnostic) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return l
}

type langStats struct {
	Lang       string   `json:"lang"`
	Concepts   int      `json:"concepts"`
	Preferred  int      `json:"preferred"`
	Admitted   int      `json:"admitted"`
	Deprecated int      `json:"deprecated"`
	Forbidden  int      `json:"forbidden"`
	Forms      int      `json:"forms"`
	Missing    []string `json:"missing"`
}

func (a *app) glossaryStats(args []string) int {
	fs := a.flags("glossary stats")
	format := fs.String("format", "text", "")
	files, code := a.parse(fs, args, "UsageGlossary")
	if code >= 0 {
		return code
	}
	if !a.operands("glossary stats", files, *format, textOrJSON, "") {
		return exitError
	}
	g := a.loadGlossary(files, false)
	if g == nil {
		return exitError
	}
	var stats []langStats
	for _, l := range g.Languages {
		s := langStats{Lang: l, Missing: []string{}}
		for _, c := range g.Concepts {
			has := false
			for _, t := range c.Terms {
				if t.Lang != l {
					continue
				}
				switch {
				case t.Form:
					s.Forms++
				case t.Status == glossary.Preferred:
					s.Preferred++
					has = true
				case t.Status == glossary.Admitted:
					s.Admitted++
				case t.Status == glossary.Deprecated:
					s.Deprecated++
				default:
					s.Forbidden++
				}
			}
			if has {
				s.Concepts++
			} else {
				s.Missing = append(s.Missing, c.ID)
			}
		}
		stats = append(stats, s)
	}
	if *format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(struct {
			Version   int         `json:"version"`
			Files     []string    `json:"files"`
			Concepts  int         `json:"concepts"`
			Languages []langStats `json:"languages"`
		}{1, g.Files, len(g.Concepts), stats})
		return exitOK
	}
	w := a.stdout
	if g.Name != "" {
		fmt.Fprintln(w, g.Name)
	}
	fmt.Fprintln(w, a.p.N("Concepts", len(g.Concepts), nil))
	fmt.Fprintln(w, a.p.T("StatsHeader", nil))
	for _, s := range stats {
		fmt.Fprintf(w, "%-6s %8d %9d %8d %10d %9d %5d\n", s.Lang, s.Concepts, s.Preferred, s.Admitted, s.Deprecated, s.Forbidden, s.Forms)
	}
	for _, s := range stats {
		if len(s.Missing) > 0 {
			fmt.Fprintln(w, a.p.N("StatsMissing", len(s.Missing), map[string]any{"Lang": s.Lang,
				"IDs": strings.Join(s.Missing, ", ")}))
		}
	}
	return exitOK
}
