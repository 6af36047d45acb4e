package main

import (
	"bufio"
	"io"

	glosafmt "github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/report"
)

func (a *app) segment(args []string) int {
	fs := a.flags("segment")
	lang := fs.String("lang", "", "")
	encoding := fs.String("encoding", "", "")
	format := fs.String("format", "text", "")
	files, code := a.parse(fs, args, "UsageSegment")
	if code >= 0 {
		return code
	}
	if !a.operands("segment", files, *format, textOrJSON, *lang) {
		return exitError
	}
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	var w report.SegmentWriter
	if *format == "json" {
		w = report.NewJSONSegments(out)
	} else {
		w = report.NewTextSegments(out)
	}
	failed := false
	for _, file := range files {
		if *encoding != "" || !pipeline.IsText(file, "") {
			// Markdown, a catalog or a message file: its reader's units.
			opts := pipeline.ReadOptions{Lang: *lang, Encoding: *encoding, Detected: a.noteDetected(file)}
			f, _, err := a.readFile(file, opts)
			if err != nil {
				out.Flush()
				a.inputError(file, err)
				failed = true
				continue
			}
			pipeline.FillLanguages(f, "", opts)
			for _, d := range f.Docs {
				if err := w.File(file, d.Lang); err != nil {
					return a.writeError(err)
				}
				for _, s := range glosafmt.Segments(d) {
					if err := w.Write([]report.Segment{report.SegmentOf(s)}); err != nil {
						return a.writeError(err)
					}
				}
			}
			continue
		}
		err := a.withDocument(file, *lang, nil, func(r io.Reader, docLang string) error {
			if err := w.File(file, docLang); err != nil {
				return err
			}
			sc := textfmt.NewScanner(docLang, r)
			sc.Name = file
			for sc.Scan() {
				if err := w.Write([]report.Segment{report.SegmentOf(sc.Segment())}); err != nil {
					return err
				}
			}
			return sc.Err()
		})
		if err != nil {
			out.Flush()
			a.inputError(file, err)
			failed = true
		}
	}
	if err := w.Close(struct{}{}); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	if failed {
		return exitError
	}
	return exitOK
}

// writeError reports output that could not be written: exit 2.
func (a *app) writeError(err error) int {
	a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
	return exitError
}
