//go:build unix

package glosscache

import (
	"errors"
	"os"
	"testing"
)

// mappedEntry loads path through c, so that its entry is written, and
// returns it read (mapped) again, with its file name.
func mappedEntry(t *testing.T, c *Cache, path string) (*entry, string) {
	t.Helper()
	load(t, c, Index, path)
	name := entryFile(t, c, path)
	key, _, _ := contentKey([]string{path})
	e, err := readEntry(name, key)
	if err != nil {
		t.Fatal(err)
	}
	return e, name
}

// An entry cut short in place while it is mapped (not as glosa writes
// it) is corrupt: its decoding faults, and the fault is no crash.
func TestEntryCutWhileMapped(t *testing.T) {
	path, c, _ := setup(t)
	e, name := mappedEntry(t, c, path)
	if err := os.Truncate(name, 100); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.result(); !errors.Is(err, errCorrupt) {
		t.Fatalf("entry cut while mapped: %v, want %v", err, errCorrupt)
	}
}

// An entry replaced (renamed over) while it is mapped still decodes,
// to the glossary it held.
func TestEntryReplacedWhileMapped(t *testing.T) {
	path, c, _ := setup(t)
	e, name := mappedEntry(t, c, path)
	if err := os.WriteFile(name+".new", []byte("another entry"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(name+".new", name); err != nil {
		t.Fatal(err)
	}
	res, have, err := e.result()
	if err != nil || have&Index == 0 {
		t.Fatalf("entry replaced while mapped: %v, parts %v", err, have)
	}
	same(t, res, compute([]string{path}, Index))
}
