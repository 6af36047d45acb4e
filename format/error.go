// Package format holds what glosa's readers of localized content share;
// each reader is a package under it (format/tsv, and PO, XLIFF, TMX,
// go-i18n and Markdown to come). A reader turns a file into documents whose
// segments carry their true positions in the file (segment.Segment,
// segment.Map), so that every check works on every format.
package format

import (
	"fmt"
	"strings"

	"github.com/glosa-dev/glosa/locales"
)

// An Error is a problem in an input file, at a position. Its message is a
// locales message ID with its data, so that the command line prints it in
// the user's language; Error prints it in English.
type Error struct {
	File      string
	Line, Col int // 1-based; columns count code points
	ID        string
	Data      map[string]any
}

// Format renders "file:line:col: message" with p.
func (e *Error) Format(p *locales.Printer) string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, p.T(e.ID, e.Data))
}

func (e *Error) Error() string { return e.Format(locales.English()) }

// An ErrorList is every problem found in one file, in order of position.
// Readers collect them rather than stop at the first, up to MaxErrors.
type ErrorList []*Error

// MaxErrors is where a reader stops collecting: the file is not what it
// claims to be.
const MaxErrors = 100

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
