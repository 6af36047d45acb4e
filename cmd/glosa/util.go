package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
)

var errIsDir = errors.New("is a directory")

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func validTag(s string) bool {
	_, err := language.Parse(s)
	return err == nil
}

// diagnostics prints the problems of an input file (a diag.List) on
// stderr, each as "file:line:col: severity: message", and on a terminal
// the line it points at with a caret under the column. It reports false
// when err is no such list.
func (a *app) diagnostics(err error) bool {
	var list diag.List
	if !errors.As(err, &list) {
		return false
	}
	a.printDiagnostics(list)
	return true
}

// printDiagnostics prints diagnostics as diagnostics does.
func (a *app) printDiagnostics(list diag.List) {
	lines := a.isTerminal(a.stderr)
	color := lines && a.getenv("NO_COLOR") == ""
	var src diagLines
	for _, d := range list {
		if lines {
			fmt.Fprintln(a.stderr, d.FormatWithLine(a.p, src.line(d.File, d.Line), color))
		} else {
			fmt.Fprintln(a.stderr, d.Format(a.p))
		}
	}
}

// diagLines reads the lines diagnostics point at, one file at a time.
type diagLines struct {
	file  string
	lines []string
}

func (s *diagLines) line(file string, n int) string {
	if file != s.file {
		s.file, s.lines = file, nil
		if b, err := os.ReadFile(file); err == nil {
			s.lines = strings.Split(string(b), "\n")
		}
	}
	if n < 1 || n > len(s.lines) {
		return ""
	}
	return s.lines[n-1]
}

// fileError reports a file that could not be read, and returns what it
// printed (without "glosa: ").
func (a *app) fileError(file string, err error) string {
	id, data := "ErrReadFile", map[string]any{"File": file}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		id = "ErrFileNotFound"
	case errors.Is(err, fs.ErrPermission):
		id = "ErrFilePermission"
	case errors.Is(err, errIsDir):
		id = "ErrIsDir"
	default:
		data["Err"] = err.Error()
	}
	a.errorf(id, data)
	return a.p.T(id, data)
}

// operands checks what most commands share: the output format is one of
// formats, there is at least one file (when cmd is not ""), and the --lang
// value, if any, is a language tag. It reports the first problem and
// returns false.
func (a *app) operands(cmd string, files []string, format string, formats []string, lang string) bool {
	if !slices.Contains(formats, format) {
		a.errorf("ErrBadFormat", map[string]any{"Format": format, "Allowed": strings.Join(formats, ", ")})
		return false
	}
	if cmd != "" && len(files) == 0 {
		a.errorf("ErrNoFiles", map[string]any{"Command": cmd})
		return false
	}
	if lang != "" && !validTag(lang) {
		a.errorf("ErrBadLang", map[string]any{"Lang": lang})
		return false
	}
	return true
}

var textOrJSON = []string{"text", "json"}
