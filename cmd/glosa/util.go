package main

import (
	"errors"
	"io/fs"
	"os"

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

func baseOf(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	b, _ := t.Base()
	return b.String()
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
