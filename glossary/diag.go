package glossary

import (
	"fmt"
	"sort"
	"strings"

	"github.com/glosa-dev/glosa/locales"
)

// Severity of a Diagnostic.
type Severity uint8

const (
	SevError Severity = iota
	SevWarning
	SevNote // information: neither an error nor a warning
)

func (s Severity) String() string {
	switch s {
	case SevWarning:
		return "warning"
	case SevNote:
		return "note"
	}
	return "error"
}

// MessageID is the locales message ID of the severity's name.
func (s Severity) MessageID() string {
	switch s {
	case SevWarning:
		return "SeverityWarning"
	case SevNote:
		return "SeverityNote"
	}
	return "SeverityError"
}

// A Diagnostic is one problem found in a glossary file, at a position. Its
// message is the locales message ID with its data, so that the command line
// can print it in the user's language; Error prints it in English.
type Diagnostic struct {
	File      string
	Line, Col int // 1-based; columns count code points
	Severity  Severity
	ID        string         // message ID in locales
	Data      map[string]any // template data
}

// Message renders the diagnostic's message with p.
func (d Diagnostic) Message(p *locales.Printer) string { return p.T(d.ID, d.Data) }

// Format renders "file:line:col: severity: message" with p.
func (d Diagnostic) Format(p *locales.Printer) string {
	sev := p.T(d.Severity.MessageID(), nil)
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, sev, d.Message(p))
}

func (d Diagnostic) Error() string { return d.Format(locales.English()) }

// ErrorList is the diagnostics of one or more glossary files, sorted by
// file and position.
type ErrorList []Diagnostic

func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Errors counts the diagnostics of severity error.
func (l ErrorList) Errors() int {
	n := 0
	for _, d := range l {
		if d.Severity == SevError {
			n++
		}
	}
	return n
}

// Err returns the list as an error when it holds at least one error, else nil.
func (l ErrorList) Err() error {
	if l.Errors() == 0 {
		return nil
	}
	return l
}

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, d := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}
