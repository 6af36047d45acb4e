package main

import (
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/handout"
	"github.com/glosa-dev/glosa/pipeline"
)

// handoutFormats are handout's output formats, by name and by the output
// file's extension.
var handoutFormats = map[string]func(io.Writer, *handout.Handout, handout.Labels) error{
	"html": handout.WriteHTML,
	"md":   handout.WriteMarkdown,
	"pdf":  handout.WritePDF,
}

var handoutExts = map[string]string{".html": "html", ".htm": "html", ".xhtml": "html", ".md": "md", ".markdown": "md", ".pdf": "pdf"}

func (a *app) handout(args []string) int {
	fs := a.flags("handout")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	a.cacheFlag(fs)
	title := fs.String("title", "", "")
	outFormat := fs.String("format", "", "")
	out := fs.String("o", "", "")
	layoutName := fs.String("layout", "columns", "")
	pageName := fs.String("page", "a4", "")
	noMarks := fs.Bool("no-marks", false, "")
	appendixOnly := fs.Bool("appendix-only", false, "")
	exercise := fs.String("exercise", "", "")
	exerciseLang := fs.String("exercise-lang", "", "")
	files, code := a.parse(fs, args, "UsageHandout")
	if code >= 0 {
		return code
	}
	layout, ok := handout.ParseLayout(*layoutName)
	if !ok {
		a.errorf("ErrHandoutLayout", map[string]any{"Value": *layoutName})
		return exitError
	}
	page, ok := handout.ParsePage(*pageName)
	if !ok {
		a.errorf("ErrHandoutPage", map[string]any{"Value": *pageName})
		return exitError
	}
	if *exercise != "" && *exercise != "cloze" {
		a.errorf("ErrHandoutExercise", map[string]any{"Value": *exercise})
		return exitError
	}
	if *exerciseLang != "" && *exercise == "" {
		a.errorf("ErrHandoutExerciseAlone", nil)
		return exitError
	}
	name := *outFormat
	if name == "" {
		name = handoutExts[strings.ToLower(filepath.Ext(*out))]
	}
	if name == "" {
		name = "html"
	}
	write, ok := handoutFormats[name]
	if !ok {
		a.errorf("ErrBadFormat", map[string]any{"Format": name, "Allowed": "html, md, pdf"})
		return exitError
	}
	if len(files) < 2 || len(files) > 3 {
		a.errorf("ErrHandoutFiles", nil)
		return exitError
	}
	if !a.stdinOnce(files) {
		return exitError
	}
	inputs := append(append([]string{}, files...), glossaryFiles(glossaries)...)
	if *out != "" && isInput(*out, inputs) {
		a.errorf("ErrWriteInput", map[string]any{"File": *out})
		return exitError
	}
	g, ix := a.loadIndex(glossaries)
	if g == nil {
		return exitError
	}
	read := make([]*format.File, len(files))
	for k, f := range files {
		fl, _, err := a.readFile(f, pipeline.ReadOptions{Known: g.Languages, Detected: a.noteDetected(f)})
		if err != nil {
			a.inputError(f, err)
			return exitError
		}
		read[k] = &format.File{Name: fl.Name, Docs: fl.Docs[:1], LintSource: true} // a document each
	}
	set := pipeline.New(ix, read[0], read[1:]...)
	if *title == "" {
		*title = outputName(files[0], set.Source.Lang)
	}
	opts := handout.Options{Title: *title, Date: time.Now().Format(time.DateOnly),
		Layout: layout, Page: page, NoMarks: *noMarks, AppendixOnly: *appendixOnly}
	if *exercise == "cloze" {
		var langs []string
		for _, d := range set.Docs() {
			langs = append(langs, d.Lang)
		}
		opts.Cloze = langs[len(langs)-1]
		if *exerciseLang != "" {
			opts.Cloze = *exerciseLang
			if !slices.Contains(langs, opts.Cloze) {
				a.errorf("ErrHandoutExerciseLang", map[string]any{"Lang": opts.Cloze, "Langs": strings.Join(langs, ", ")})
				return exitError
			}
		}
	}
	h := handout.Build(set, opts)
	labels := handout.Labels{
		Languages:  a.p.T("HandoutLanguages", nil),
		Files:      a.p.T("HandoutFiles", nil),
		Date:       a.p.T("HandoutDate", nil),
		Glossary:   a.p.T("HandoutGlossary", nil),
		Number:     a.p.T("HandoutNumber", nil),
		Note:       a.p.T("HandoutNote", nil),
		Count:      a.p.T("HandoutCount", nil),
		Admitted:   a.p.T("HandoutAdmitted", nil),
		Deprecated: a.p.T("HandoutDeprecated", nil),
		Forbidden:  a.p.T("HandoutForbidden", nil),
		Index:      a.p.T("HandoutIndex", nil),
		Key:        a.p.T("HandoutKey", nil),
		Exercise:   a.p.T("HandoutExercise", nil),
		PageOf: func(n, total int) string {
			return a.p.T("HandoutPageOf", map[string]any{"N": n, "Total": total})
		},
	}
	return a.writeOutput(*out, func(w io.Writer) error { return write(w, h, labels) })
}
