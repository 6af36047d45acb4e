package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/locales"
)

// An Error is one problem of a configuration file. Its message is a locales
// message ID with its data, so that the command line can print it in the
// user's language with [Error.Format]; Error prints it in English.
type Error struct {
	File      string
	Line, Col int            // 1-based, columns in code points; 0 when the problem has no position (an unreadable file)
	ID        string         // message ID in locales
	Data      map[string]any // template data
}

// Message renders the error's message with p.
func (e Error) Message(p *locales.Printer) string { return p.T(e.ID, e.Data) }

// Format renders "file:line:col: message" ("file: message" without a
// position) with p.
func (e Error) Format(p *locales.Printer) string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Message(p))
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Message(p))
}

func (e Error) Error() string { return e.Format(locales.English()) }

// ErrorList is every problem found in a configuration, sorted by file and
// position. [Load], [Parse] and [Config.Expand] return one as their error;
// the command line takes it apart with errors.As to print each problem in
// the user's language.
type ErrorList []Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// err sorts the list and returns it, or nil when it is empty.
func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	slices.SortStableFunc(l, func(a, b Error) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return l
}
