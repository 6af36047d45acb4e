package main

import (
	"bufio"
	"io"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
)

func (a *app) check(args []string) int {
	fs := a.flags("check", "UsageCheck")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	lang := fs.String("lang", "", "")
	format := fs.String("format", "text", "")
	failOn := fs.String("fail-on", "error", "")
	files, code := a.parse(fs, args, "UsageCheck")
	if code >= 0 {
		return code
	}
	if !a.operands("check", files, *format, textOrJSON, *lang) {
		return exitError
	}
	threshold, ok := check.ParseSeverity(*failOn)
	if !ok && *failOn != "never" {
		a.errorf("ErrFailOn", map[string]any{"Value": *failOn})
		return exitError
	}
	if len(files) > 1 {
		a.errorf("ErrCheckOneFile", nil)
		return exitError
	}
	g := a.loadGlossary(glossaries, false)
	if g == nil {
		return exitError
	}
	ix := termmatch.NewIndex(g)
	var findings []check.Finding
	var sum report.Summary
	for _, file := range files {
		err := a.withDocument(file, *lang, g.Languages, func(r io.Reader, l string) error {
			text, err := io.ReadAll(r)
			if err != nil {
				return err
			}
			sum.Files++
			sum.Segments += len(segment.Split(l, text))
			findings = append(findings, check.Run(&check.Document{File: file, Lang: l, Text: text}, ix, check.Rules())...)
			return nil
		})
		if err != nil {
			a.fileError(file, err)
			return exitError
		}
	}
	failed := false
	for _, f := range findings {
		sum.Add(f)
		if *failOn != "never" && f.Severity >= threshold {
			failed = true
		}
	}
	out := bufio.NewWriter(a.stdout)
	write := report.Text
	if *format == "json" {
		write = report.JSON
	}
	if err := write(out, findings, sum, a.p); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	out.Flush()
	if failed {
		return exitFindings
	}
	return exitOK
}
