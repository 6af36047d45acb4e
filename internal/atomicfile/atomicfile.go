// Package atomicfile writes files so that a reader never sees one half
// written: through a temporary file in the same directory and a rename.
// The file keeps the permission bits of the one it replaces; a new file
// is 0644.
package atomicfile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// A File is a temporary file that becomes name on Commit. Creating it
// first tells whether name's directory can be written, before the work
// whose result it will hold. It is closed in between, so that a batch can
// prepare many.
type File struct {
	name string
	tmp  string // the temporary file's name
	done bool   // committed or aborted
}

// Create creates the temporary file of name, in name's directory, with
// the permission bits of name if it exists (0644 otherwise).
func Create(name string) (*File, error) {
	perm := os.FileMode(0o644)
	if st, err := os.Stat(name); err == nil {
		perm = st.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrap(err))
	}
	err = f.Chmod(perm)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &File{name: name, tmp: f.Name()}, nil
}

// Name is the name the file will have.
func (t *File) Name() string { return t.name }

// Commit writes what fill writes and renames the temporary file to the
// name. On any error the temporary file is removed and name is left as it
// was.
func (t *File) Commit(fill func(io.Writer) error) error {
	t.done = true
	f, err := os.OpenFile(t.tmp, os.O_WRONLY|os.O_TRUNC, 0)
	if err == nil {
		w := bufio.NewWriter(f)
		err = fill(w)
		if err == nil {
			err = w.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil {
		err = os.Rename(t.tmp, t.name)
	}
	if err != nil {
		os.Remove(t.tmp)
		return fmt.Errorf("%s: %w", t.name, err)
	}
	return nil
}

// Abort removes the temporary file; name is left as it was. After Commit
// it does nothing.
func (t *File) Abort() {
	if t.done {
		return
	}
	t.done = true
	os.Remove(t.tmp)
}

// Write creates or replaces name with what fill writes. On any error the
// temporary file is removed and name is left as it was.
func Write(name string, fill func(io.Writer) error) error {
	t, err := Create(name)
	if err != nil {
		return err
	}
	return t.Commit(fill)
}

// unwrap drops CreateTemp's path (the temporary name), keeping the cause.
func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
