package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary/lint"
	"github.com/glosa-dev/glosa/internal/glosscache"
	"github.com/glosa-dev/glosa/report"
)

func (a *app) glossary(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(a.stderr, a.p.T("UsageGlossary", nil))
		return exitError
	}
	switch args[0] {
	case "validate":
		return a.glossaryValidate(args[1:], false)
	case "lint":
		return a.glossaryValidate(args[1:], true)
	case "add":
		return a.glossaryAdd(args[1:])
	case "set":
		return a.glossarySet(args[1:])
	case "stats":
		return a.glossaryStats(args[1:])
	case "import":
		return a.glossaryConvert("import", args[1:], true, false)
	case "export":
		return a.glossaryConvert("export", args[1:], false, false)
	case "merge":
		return a.glossaryConvert("merge", args[1:], true, true)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(a.stdout, a.p.T("UsageGlossary", nil))
		return exitOK
	}
	a.errorf("ErrUnknownCommand", map[string]any{"Command": "glossary " + args[0]})
	return exitError
}

// glossaryValidate is glossary validate, and with strict (glossary lint,
// validate --strict) it adds the checks of package lint and exits 1 on
// warnings.
func (a *app) glossaryValidate(args []string, strict bool) int {
	fs := a.flags("glossary validate")
	fs.BoolVar(&strict, "strict", strict, "")
	a.cacheFlag(fs)
	files, code := a.parse(fs, args, "UsageGlossary")
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		a.errorf("ErrNoFiles", map[string]any{"Command": "glossary validate"})
		return exitError
	}
	res := a.cache().Load(files, glosscache.KeyDiagnostics)
	g, diags := res.Glossary, res.Diags
	if g != nil {
		diags = append(slices.Clip(diags), res.KeyDiags...)
		if strict {
			diags = superseded(append(diags, lint.Run(g)...))
		}
		diags = sortDiags(diags)
	}
	for _, d := range diags {
		fmt.Fprintln(a.stdout, d.Format(a.p))
	}
	errs, warns := diags.Errors(), 0
	for _, d := range diags {
		if d.Severity == diag.Warning {
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
	if strict && warns > 0 {
		return exitFindings
	}
	return exitOK
}

// superseded drops the warning that two concepts' terms share a matching
// key where lint says more at the same place: that the term is approved in
// one and deprecated or forbidden in the other.
func superseded(l diag.List) diag.List {
	type place struct {
		file      string
		line, col int
	}
	conflicts := map[place]bool{}
	for _, d := range l {
		if d.ID == "GlossaryLintStatusConflict" {
			conflicts[place{d.File, d.Line, d.Col}] = true
		}
	}
	return slices.DeleteFunc(l, func(d diag.Diagnostic) bool {
		return d.ID == "GlossaryKeyInTwoConcepts" && conflicts[place{d.File, d.Line, d.Col}]
	})
}

// sortDiags sorts diagnostics by file and position, keeping the order of
// those at one place.
func sortDiags(l diag.List) diag.List {
	slices.SortStableFunc(l, func(a, b diag.Diagnostic) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return l
}

func (a *app) glossaryStats(args []string) int {
	fs := a.flags("glossary stats")
	format := fs.String("format", "text", "")
	a.cacheFlag(fs)
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
	st := report.NewStats(g)
	var err error
	if *format == "json" {
		err = st.WriteJSON(a.stdout)
	} else {
		err = st.WriteText(a.stdout, a.p)
	}
	if err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	return exitOK
}
