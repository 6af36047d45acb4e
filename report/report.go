// Package report writes what glosa's commands print, for people (text) and
// machines (JSON and SARIF, documented contracts): check's findings, scan's
// matches and segment's segments through one streaming Writer, and
// lookup's and glossary stats' one-shot results. Writers are not safe for
// concurrent use.
package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

// Summary counts what a run looked at and found.
type Summary struct {
	Files    int `json:"files"`
	Segments int `json:"segments"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Failed says, for each input that could not be read, what was wrong
	// (as printed on stderr); SARIF reports them, the JSON summary does
	// not.
	Failed []string `json:"-"`
}

// Add counts a finding.
func (s *Summary) Add(f check.Finding) {
	switch f.Severity {
	case check.Error:
		s.Errors++
	case check.Warning:
		s.Warnings++
	default:
		s.Infos++
	}
}

var severityID = map[check.Severity]string{check.Error: "SeverityError", check.Warning: "SeverityWarning", check.Info: "SeverityInfo"}

// TextOptions are for people at a terminal.
type TextOptions struct {
	// Color marks severities with ANSI colours (on a terminal, and never
	// with NO_COLOR; the caller decides).
	Color bool
	// Line, when set, returns a line of a file (1-based), to print under
	// the finding with the span marked.
	Line func(file string, line int) (string, bool)
}

var severityColor = map[check.Severity]string{check.Error: "\x1b[1;31m", check.Warning: "\x1b[1;33m", check.Info: "\x1b[1;36m"}

// Text writes "file:line:col: severity: rule: message" per finding, the
// source line with the span marked (when opts.Line is set), the aligned
// source segment and the suggestion when there are, and a summary line, in
// the printer's language.
func Text(w io.Writer, findings []check.Finding, sum Summary, p *locales.Printer) error {
	return TextWith(w, findings, sum, p, TextOptions{})
}

// TextWith is Text with options.
func TextWith(w io.Writer, findings []check.Finding, sum Summary, p *locales.Printer, opts TextOptions) error {
	st := NewTextStream(w, p, opts)
	if err := st.Write(findings); err != nil {
		return err
	}
	return st.Close(sum)
}

// writeText writes one finding: its line, the source line with the span
// marked (when opts.Line is set), the aligned source and the suggestion.
func writeText(bw *bufio.Writer, f check.Finding, p *locales.Printer, opts TextOptions) {
	sev := p.T(severityID[f.Severity], nil)
	if opts.Color {
		sev = severityColor[f.Severity] + sev + "\x1b[0m"
	}
	fmt.Fprintf(bw, "%s:%d:%d: %s: %s: %s\n", f.File, f.Line, f.Col, sev, f.Rule, p.T(f.MessageID, f.Data))
	if opts.Line != nil {
		if line, ok := opts.Line(f.File, f.Line); ok {
			writeCaret(bw, line, f, opts.Color)
		}
	}
	if f.SourceFile != "" {
		fmt.Fprintf(bw, "\t%s\n", p.T("CheckSource", map[string]any{
			"Where": fmt.Sprintf("%s:%d:%d", f.SourceFile, f.SourceLine, f.SourceCol), "Text": f.SourceText}))
	}
	if len(f.Expected) > 0 {
		fmt.Fprintf(bw, "\t%s\n", p.T("CheckSuggestion", map[string]any{"Expected": strings.Join(f.Expected, ", ")}))
	}
}

// writeSummary writes the summary line.
func writeSummary(bw *bufio.Writer, sum Summary, p *locales.Printer) {
	fmt.Fprintln(bw, p.T("CheckSummary", map[string]any{
		"Errors":   p.N("Errors", sum.Errors, nil),
		"Warnings": p.N("Warnings", sum.Warnings, nil),
		"Infos":    p.N("Infos", sum.Infos, nil),
		"Files":    p.N("CheckedFiles", sum.Files, nil),
	}))
}

// jsonFinding is one element of "findings" (version 1).
type jsonFinding struct {
	Rule      string      `json:"rule"`
	Severity  string      `json:"severity"`
	Message   string      `json:"message"`
	File      string      `json:"file"`
	Lang      string      `json:"lang"`
	Line      int         `json:"line"`
	Column    int         `json:"column"`
	EndLine   int         `json:"end_line"`
	EndColumn int         `json:"end_column"`
	Text      string      `json:"text,omitempty"`
	Concept   string      `json:"concept,omitempty"`
	Key       string      `json:"key,omitempty"`
	Context   string      `json:"context,omitempty"`
	Expected  []string    `json:"expected,omitempty"`
	Source    *jsonSource `json:"source,omitempty"`
}

// jsonSource is the aligned source segment of a bilingual finding.
type jsonSource struct {
	File   string `json:"file"`
	Lang   string `json:"lang"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
}

// JSON writes {"version":1,"findings":[…],"summary":{…}}; messages are in
// the printer's language.
func JSON(w io.Writer, findings []check.Finding, sum Summary, p *locales.Printer) error {
	st := NewJSONStream(w, p)
	if err := st.Write(findings); err != nil {
		return err
	}
	return st.Close(sum)
}

func jsonFindingOf(f check.Finding, p *locales.Printer) jsonFinding {
	jf := jsonFinding{
		Rule: f.Rule, Severity: f.Severity.String(), Message: p.T(f.MessageID, f.Data),
		File: f.File, Lang: f.Lang, Line: f.Line, Column: f.Col, EndLine: f.EndLine, EndColumn: f.EndCol,
		Text: f.Text, Concept: f.Concept, Key: f.Key, Context: f.Context, Expected: f.Expected,
	}
	if f.SourceFile != "" {
		jf.Source = &jsonSource{f.SourceFile, f.SourceLang, f.SourceLine, f.SourceCol, f.SourceText}
	}
	return jf
}

// writeCaret prints a source line and marks the finding's span under it
// (to the end of the line when the span goes on).
func writeCaret(w *bufio.Writer, line string, f check.Finding, color bool) {
	runes := []rune(strings.TrimRight(line, "\r"))
	start := min(max(f.Col-1, 0), len(runes))
	end := len(runes)
	if f.EndLine == f.Line {
		end = min(max(f.EndCol, start+1), len(runes))
	}
	var pad strings.Builder
	for _, r := range runes[:start] {
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	mark := "^" + strings.Repeat("~", max(end-start-1, 0))
	if color {
		mark = "\x1b[1;32m" + mark + "\x1b[0m"
	}
	fmt.Fprintf(w, "\t%s\n\t%s%s\n", string(runes), pad.String(), mark)
}
