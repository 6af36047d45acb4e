package main

import (
	"bufio"
	"io"
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
	return newInputSet(inputs).has(name)
}

// inputSet is a set of input files, each stat'ed and made absolute once, so
// that checking many outputs against many inputs (align --batch) costs a
// stat per file, not one per output and input.
type inputSet struct {
	stats []os.FileInfo
	abs   map[string]bool
}

func newInputSet(inputs []string) inputSet {
	s := inputSet{abs: map[string]bool{}}
	for _, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		if st, err := os.Stat(in); err == nil {
			s.stats = append(s.stats, st)
		}
		if abs, err := filepath.Abs(in); err == nil {
			s.abs[abs] = true
		}
	}
	return s
}

// has reports whether name is one of the set's inputs: the same file, or
// the same path.
func (s inputSet) has(name string) bool {
	if st, err := os.Stat(name); err == nil {
		for _, ist := range s.stats {
			if os.SameFile(st, ist) {
				return true
			}
		}
	}
	abs, err := filepath.Abs(name)
	return err == nil && s.abs[abs]
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

// writeOutput writes a command's result through write: to standard output
// when out is "", else to out, atomically and keeping the permissions of
// the file it replaces. It returns the exit code.
func (a *app) writeOutput(out string, write func(io.Writer) error) int {
	if out == "" {
		w := bufio.NewWriter(a.stdout)
		err := write(w)
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
			return exitError
		}
		return exitOK
	}
	o, ok := a.createOutput(out)
	if !ok {
		return exitError
	}
	defer o.Abort()
	if err := o.Commit(write); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	return exitOK
}
