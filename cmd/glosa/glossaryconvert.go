package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/textnorm"
)

// glossaryConvert is glossary import, export and merge: read termbases in
// any format glossary.Load reads, write them in one it writes (by
// --format, else -o's extension, else TOML when toTOML or without -o),
// atomically, to -o or standard output. merge first refuses conflicting
// concepts.
func (a *app) glossaryConvert(cmd string, args []string, toTOML, merge bool) int {
	fs := a.flags("glossary " + cmd)
	out := fs.String("o", "", "")
	outFormat := fs.String("format", "", "")
	files, code := a.parse(fs, args, "UsageGlossary")
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		a.errorf("ErrNoFiles", map[string]any{"Command": "glossary " + cmd})
		return exitError
	}
	if merge && len(files) < 2 {
		a.errorf("ErrMergeFiles", nil)
		return exitError
	}
	f, ok := a.outputFormat(*outFormat, *out, toTOML)
	if !ok {
		return exitError
	}
	if *out != "" && isInput(*out, files) {
		a.errorf("ErrWriteInput", map[string]any{"File": *out})
		return exitError
	}
	if merge {
		if conflicts := mergeConflicts(files); conflicts != nil {
			a.printDiagnostics(conflicts)
			return exitError
		}
	}
	g, diags := glossary.Load(files...)
	if cmd != "import" { // import tells which column became what
		diags = slices.DeleteFunc(diags, func(d diag.Diagnostic) bool { return d.Severity == diag.Info })
	}
	// The termbase's own warnings (a term shared by two concepts…) are
	// validate's business: a conversion counts them in one line. What the
	// reader says of the file's layout (a column it ignored) is shown.
	hidden := 0
	diags = slices.DeleteFunc(diags, func(d diag.Diagnostic) bool {
		if d.Severity == diag.Warning && (d.ID == "GlossaryTermInTwoConcepts" || d.ID == "GlossaryKeyInTwoConcepts") {
			hidden++
			return true
		}
		return false
	})
	a.printDiagnostics(diags)
	if hidden > 0 {
		fmt.Fprintln(a.stderr, a.p.N("GlossaryWarningsHidden", hidden, map[string]any{"Files": strings.Join(files, " ")}))
	}
	if g == nil {
		return exitError
	}
	// What the TBX reader kept of the elements glosa does not read only a
	// TBX writer writes back.
	if n := g.CountForeign("tbx"); n > 0 && f.Name != "tbx" {
		fmt.Fprintln(a.stderr, a.p.N("GlossaryForeignNotKept", n, map[string]any{"Format": strings.ToUpper(f.Name)}))
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, g); err != nil {
		if !a.diagnostics(err) {
			a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		}
		return exitError
	}
	if code := a.writeOutput(*out, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err }); code != exitOK || *out == "" {
		return code
	}
	fmt.Fprintln(a.stdout, a.p.T("GlossaryWritten", map[string]any{"File": *out, "Concepts": a.p.N("Concepts", len(g.Concepts), nil)}))
	return exitOK
}

// outputFormat picks the format written: by name, else by the output's
// extension, else TOML when toTOML or the output is standard output.
func (a *app) outputFormat(name, out string, toTOML bool) (glossary.Format, bool) {
	var names []string
	for _, f := range glossary.Formats() {
		if f.Write != nil {
			names = append(names, f.Name)
		}
	}
	allowed := strings.Join(names, ", ")
	for _, f := range glossary.Formats() {
		if f.Write == nil {
			continue
		}
		if name != "" && f.Name == name {
			return f, true
		}
		if name == "" {
			for _, e := range f.Extensions {
				if out != "" && strings.EqualFold(filepath.Ext(out), e) {
					return f, true
				}
			}
		}
	}
	switch {
	case name != "":
		a.errorf("ErrBadFormat", map[string]any{"Format": name, "Allowed": allowed})
	case toTOML || out == "":
		return glossary.Formats()[0], true
	default:
		a.errorf("ErrOutputFormat", map[string]any{"File": out, "Allowed": allowed})
	}
	return glossary.Format{}, false
}

// mergeConflicts loads each file on its own and lists what merging them
// would have to guess: a concept id in two files, or one preferred term of
// a language in concepts of two files. It returns nil when there is none;
// the files' own problems are left to the joint load.
func mergeConflicts(files []string) diag.List {
	type where struct {
		c    *glossary.Concept
		line int
		col  int
	}
	ids := map[string]where{}
	terms := map[[2]string]where{}
	folder := textnorm.NewFolder()
	var list diag.List
	at := func(w where) string { return fmt.Sprintf("%s:%d:%d", w.c.File, w.line, w.col) }
	for _, file := range files {
		g, _ := glossary.Load(file)
		if g == nil {
			return nil
		}
		for _, c := range g.Concepts {
			if prev, dup := ids[c.ID]; !dup {
				ids[c.ID] = where{c, c.Line, c.Col}
			} else if prev.c.File != c.File {
				list = append(list, diag.Diagnostic{File: c.File, Line: c.Line, Col: c.Col, Severity: diag.Error,
					ID: "GlossaryMergeID", Data: map[string]any{"ID": c.ID, "Where": at(prev)}})
			}
			for _, l := range c.Languages() {
				t, ok := c.Preferred(l)
				if !ok {
					continue
				}
				k := [2]string{l, folder.FoldPhrase(t.Text)}
				if prev, dup := terms[k]; !dup {
					terms[k] = where{c, t.Line, t.Col}
				} else if prev.c.File != c.File && prev.c.ID != c.ID {
					list = append(list, diag.Diagnostic{File: c.File, Line: t.Line, Col: t.Col, Severity: diag.Error,
						ID: "GlossaryMergeTerm", Data: map[string]any{"Term": t.Text, "Lang": l, "Concept": c.ID,
							"Other": prev.c.ID, "Where": at(prev)}})
				}
			}
		}
	}
	if len(list) == 0 {
		return nil
	}
	list.Sort()
	return list
}
