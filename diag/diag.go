package diag

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/locales"
)

// Severity of a diagnostic or of a check's finding, from the least to the
// most serious.
type Severity int8

const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = [...]string{"info", "warning", "error"}

func (s Severity) String() string { return severityNames[s] }

// MessageID is the locales message ID of the severity's name.
func (s Severity) MessageID() string {
	return [...]string{"SeverityInfo", "SeverityWarning", "SeverityError"}[s]
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, bool) {
	i := slices.Index(severityNames[:], s)
	return Severity(max(i, 0)), i >= 0
}

// A Diagnostic is one problem found in an input file, at a position. Its
// message is the locales message ID with its data, so that the command line
// can print it in the user's language; Error prints it in English.
type Diagnostic struct {
	File      string
	Line, Col int // 1-based, columns in code points; Line is 0 when the problem has no position
	EndCol    int // the column after the span's last character; 0 for one character
	Severity  Severity
	ID        string         // message ID in locales
	Data      map[string]any // template data
}

// Message renders the diagnostic's message with p.
func (d Diagnostic) Message(p *locales.Printer) string { return p.T(d.ID, d.Data) }

// Format renders "file:line:col: severity: message" ("file: severity:
// message" without a position) with p.
func (d Diagnostic) Format(p *locales.Printer) string {
	sev := p.T(d.Severity.MessageID(), nil)
	if d.Line == 0 {
		return fmt.Sprintf("%s: %s: %s", d.File, sev, d.Message(p))
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, sev, d.Message(p))
}

// FormatWithLine renders the diagnostic as Format does, then line, the
// source line it points at, and under it a caret at the column (with "~"
// up to EndCol), as go/scanner and BurntSushi/toml do. With color the caret
// is in bold red. Without a position or a line, it is Format.
func (d Diagnostic) FormatWithLine(p *locales.Printer, line string, color bool) string {
	s := d.Format(p)
	if d.Line == 0 || line == "" {
		return s
	}
	line = strings.TrimRight(line, "\r\n")
	// Tabs keep their width under the caret: copy them.
	var pad strings.Builder
	col := 1
	for _, r := range line {
		if col >= d.Col {
			break
		}
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
		col++
	}
	if n := utf8.RuneCountInString(line); d.Col > n+1 {
		pad.WriteString(strings.Repeat(" ", d.Col-n-1))
	}
	mark := "^"
	if d.EndCol > d.Col+1 {
		mark += strings.Repeat("~", d.EndCol-d.Col-1)
	}
	if color {
		mark = "\x1b[1;31m" + mark + "\x1b[0m"
	}
	return s + "\n\t" + line + "\n\t" + pad.String() + mark
}

func (d Diagnostic) Error() string { return d.Format(locales.English()) }

// Max is where a List stops collecting: the file is not what it claims to
// be.
const Max = 100

// A List is every problem found in one or more files.
type List []Diagnostic

// Add appends d, unless the list already holds Max diagnostics.
func (l *List) Add(d Diagnostic) {
	if len(*l) < Max {
		*l = append(*l, d)
	}
}

// Full reports whether the list holds Max diagnostics.
func (l List) Full() bool { return len(l) >= Max }

// Sort sorts the list by file, line and column, keeping the order of
// diagnostics at the same place.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Diagnostic) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}

// Errors counts the diagnostics of severity Error.
func (l List) Errors() int {
	n := 0
	for _, d := range l {
		if d.Severity == Error {
			n++
		}
	}
	return n
}

// Err returns the list as an error when it holds at least one error, else
// nil.
func (l List) Err() error {
	if l.Errors() == 0 {
		return nil
	}
	return l
}

func (l List) Error() string {
	var b strings.Builder
	for i, d := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}
