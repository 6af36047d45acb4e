package main

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
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

// fileError reports a file that could not be read.
func (a *app) fileError(file string, err error) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		a.errorf("ErrFileNotFound", map[string]any{"File": file})
	case errors.Is(err, fs.ErrPermission):
		a.errorf("ErrFilePermission", map[string]any{"File": file})
	case errors.Is(err, errIsDir):
		a.errorf("ErrIsDir", map[string]any{"File": file})
	default:
		a.errorf("ErrReadFile", map[string]any{"File": file, "Err": err.Error()})
	}
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
