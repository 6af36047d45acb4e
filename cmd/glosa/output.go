package main

import (
	"os"
	"path/filepath"
	"slices"

	"github.com/glosa-dev/glosa/internal/atomicfile"
	"github.com/glosa-dev/glosa/report"
)

// stdinOnce reports whether standard input ("-") is named once at most
// among files; twice is a usage error.
func (a *app) stdinOnce(files []string) bool {
	n := 0
	for _, f := range files {
		if f == "-" {
			n++
		}
	}
	if n > 1 {
		a.errorf("ErrStdinTwice", nil)
		return false
	}
	return true
}

// baselineOutput prepares --write-baseline's file before anything is
// checked: it must not be one of inputs (the checked files, glossaries,
// configuration), an existing file must be a glosa baseline, and its
// directory must take the temporary file that becomes it.
func (a *app) baselineOutput(name string, inputs []string) (*atomicfile.File, bool) {
	if isInput(name, inputs) {
		a.errorf("ErrWriteInput", map[string]any{"File": name})
		return nil, false
	}
	if f, err := os.Open(name); err == nil {
		_, err := report.ReadBaseline(f, name)
		f.Close()
		if err != nil {
			a.errorf("ErrWriteNotBaseline", map[string]any{"File": name})
			return nil, false
		}
	} else if st, serr := os.Stat(name); serr == nil && st.IsDir() {
		a.fileError(name, errIsDir)
		return nil, false
	}
	return a.createOutput(name)
}

// createOutput creates the temporary file of an output, or says why it
// cannot.
func (a *app) createOutput(name string) (*atomicfile.File, bool) {
	out, err := atomicfile.Create(name)
	if err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return nil, false
	}
	return out, true
}

// isInput reports whether name is one of inputs: the same file, or the
// same path ("-", standard input, is no file).
func isInput(name string, inputs []string) bool {
	st, err := os.Stat(name)
	abs, aerr := filepath.Abs(name)
	for _, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		if err == nil {
			if ist, ierr := os.Stat(in); ierr == nil && os.SameFile(st, ist) {
				return true
			}
		}
		if iabs, ierr := filepath.Abs(in); aerr == nil && ierr == nil && iabs == abs {
			return true
		}
	}
	return false
}

// jobInputs lists the files a check reads.
func jobInputs(jobs []checkJob, more ...string) []string {
	var out []string
	for _, j := range jobs {
		out = append(out, j.files...)
	}
	return slices.Concat(out, more)
}

// repoRoot is the directory SARIF's URIs are relative to: the top of the
// git work tree holding the working directory (the nearest parent with a
// .git), else the working directory ("" when unknown).
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd
		}
		dir = parent
	}
}
