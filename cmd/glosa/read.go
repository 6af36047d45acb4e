package main

import (
	"bytes"
	"io"
	"os"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/langid"
	"github.com/glosa-dev/glosa/pipeline"
)

// readFile reads a file ("-" is standard input, whose bytes it returns too)
// with the reader of its format (package pipeline), noting on stderr a
// language it detected.
func (a *app) readFile(file string, opts pipeline.ReadOptions) (*format.File, []byte, error) {
	r, done, err := a.open(file)
	if err != nil {
		return nil, nil, err
	}
	defer done()
	var stdin bytes.Buffer
	if file == "-" {
		r = io.TeeReader(r, &stdin)
	}
	opts.Detected = a.noteDetected(file)
	f, err := pipeline.Read(file, r, opts)
	return f, stdin.Bytes(), err
}

// noteDetected returns what tells the user, on stderr, the language glosa
// detected for a file.
func (a *app) noteDetected(file string) func(string, langid.Reason) {
	return func(l string, how langid.Reason) {
		a.notef("LangDetected", map[string]any{"File": file, "Lang": l, "How": a.p.T(reasonID[how], nil)})
	}
}

// open opens a file to read ("-" is standard input); done closes it.
func (a *app) open(file string) (r io.Reader, done func(), err error) {
	if file == "-" {
		return a.stdin, func() {}, nil
	}
	fh, err := os.Open(file)
	if err != nil {
		return nil, nil, unwrapPathError(err)
	}
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		fh.Close()
		return nil, nil, errIsDir
	}
	return fh, func() { fh.Close() }, nil
}
