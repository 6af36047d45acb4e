package main

import (
	"bufio"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/handout"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
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
	title := fs.String("title", "", "")
	outFormat := fs.String("format", "", "")
	out := fs.String("o", "", "")
	files, code := a.parse(fs, args, "UsageHandout")
	if code >= 0 {
		return code
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
	if *out != "" && isInput(*out, append(append([]string{}, files...), glossaries...)) {
		a.errorf("ErrWriteInput", map[string]any{"File": *out})
		return exitError
	}
	g := a.loadGlossary(glossaries, false)
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
	set := pipeline.New(termmatch.NewIndex(g), read[0], read[1:]...)
	if *title == "" {
		*title = outputName(files[0], set.Source.Lang)
	}
	h := handout.Build(set, handout.Options{Title: *title, Date: time.Now().Format(time.DateOnly)})
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
		PageOf: func(page, pages int) string {
			return a.p.T("HandoutPage", map[string]any{"Page": page, "Pages": pages})
		},
	}
	if *out == "" {
		w := bufio.NewWriter(a.stdout)
		if err := write(w, h, labels); err != nil {
			a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
			return exitError
		}
		w.Flush()
		return exitOK
	}
	o, ok := a.createOutput(*out)
	if !ok {
		return exitError
	}
	defer o.Abort()
	if err := o.Commit(func(w io.Writer) error { return write(w, h, labels) }); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	return exitOK
}
