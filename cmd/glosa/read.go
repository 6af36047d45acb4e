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
	var r io.Reader
	var stdin bytes.Buffer
	if file == "-" {
		r = io.TeeReader(a.stdin, &stdin)
	} else {
		fh, err := os.Open(file)
		if err != nil {
			return nil, nil, unwrapPathError(err)
		}
		defer fh.Close()
		if st, err := fh.Stat(); err == nil && st.IsDir() {
			return nil, nil, errIsDir
		}
		r = fh
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
