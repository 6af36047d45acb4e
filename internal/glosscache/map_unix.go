//go:build unix

package glosscache

import (
	"io"
	"os"
	"syscall"
)

// mapFile returns the bytes of the file name, mapped read-only where it
// can be (an entry is decoded in place: no heap for its bytes, nothing to
// copy), and release, which ends the mapping. A mapping stays valid when
// the file is replaced, as entries are, by a rename; touching it after
// release, or after the file was cut short in place, faults (see guard).
func mapFile(name string) (data []byte, release func(), err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if size := st.Size(); st.Mode().IsRegular() && size > 0 && size == int64(int(size)) {
		data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
		if err == nil {
			return data, func() { syscall.Munmap(data) }, nil
		}
	}
	data, err = io.ReadAll(f)
	if err != nil {
		return nil, nil, &os.PathError{Op: "read", Path: name, Err: err}
	}
	return data, func() {}, nil
}
