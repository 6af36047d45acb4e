//go:build !unix

package glosscache

import "os"

// mapFile returns the bytes of the file name, and release, which does
// nothing: this system's entries are read, not mapped.
func mapFile(name string) (data []byte, release func(), err error) {
	data, err = os.ReadFile(name)
	return data, func() {}, err
}
