// Package glosscache keeps compiled glossaries in the user's cache
// directory, so that a glossary seen before loads without being parsed,
// validated or indexed again.
//
// # Never a stale answer
//
// An entry is keyed by the SHA-256 of glosa's own build (the module version
// and VCS revision of a clean build, else the bytes of the running
// executable), the layout version, and every glossary file's name and
// bytes in order: a changed or replaced file misses, a touched one (same
// bytes) hits. An entry ends with the CRC-32C of what precedes it, so a
// corrupt or truncated entry is detected, reported in one line and
// rebuilt. Entries are written to a temporary file in the same directory
// and renamed, so two processes writing at once leave a valid entry. Each
// set of glossary paths has one slot (its file name is the hash of the
// absolute paths), so editing a glossary replaces its entry instead of
// adding one.
//
// # Turning it off
//
// GLOSA_NO_CACHE=1 (or a command's --no-cache) turns it off;
// GLOSA_CACHE_DIR overrides the directory (os.UserCacheDir()/glosa).
// Glossaries smaller than MinSize bytes in all are not cached: parsing
// them is faster than hashing and reading an entry.
package glosscache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/atomicfile"
	"github.com/glosa-dev/glosa/internal/flat"
	"github.com/glosa-dev/glosa/termmatch"
)

// layoutVersion is the version of the entry layout; bump it when the
// layout of an entry or of its parts changes.
const layoutVersion = 2

// MinSize is the total size in bytes of the glossary files under which
// they are not cached.
const MinSize = 256 << 10

// magic begins every entry.
const magic = "glosa glossary cache\n"

// Parts are what a caller needs besides the glossary and its diagnostics.
type Parts uint8

const (
	// Index is the glossary's termmatch.Index.
	Index Parts = 1 << iota
	// KeyDiagnostics are termmatch.KeyDiagnostics of the glossary.
	KeyDiagnostics
)

// Result is a loaded glossary: what glossary.Load returns, and the parts
// asked for.
type Result struct {
	Glossary *glossary.Glossary // nil when Diags has errors
	Diags    diag.List
	Index    *termmatch.Index // with Parts Index, when Glossary is not nil
	KeyDiags diag.List        // with Parts KeyDiagnostics, when Glossary is not nil
}

// A Cache loads glossaries through a cache directory. Its zero value, and
// a nil *Cache, load without one. It is not safe for concurrent use.
type Cache struct {
	dir  string
	warn func(id string, data map[string]any)
}

// New returns the cache that getenv's GLOSA_CACHE_DIR and GLOSA_NO_CACHE
// and off (a --no-cache flag) select. warn prints a locales message on
// stderr: a cache that cannot be read or written is reported once.
func New(getenv func(string) string, off bool, warn func(id string, data map[string]any)) *Cache {
	if off || getenv("GLOSA_NO_CACHE") != "" && getenv("GLOSA_NO_CACHE") != "0" {
		return nil
	}
	dir := getenv("GLOSA_CACHE_DIR")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "glosa")
	}
	return &Cache{dir: dir, warn: warn}
}

// Load returns the glossary of paths, as glossary.Load does, with the
// parts asked for: from the cache when it holds them, else computed and
// stored.
func (c *Cache) Load(paths []string, want Parts) Result {
	if c == nil || c.dir == "" {
		return compute(paths, want)
	}
	if size, ok := totalSize(paths); !ok || size < MinSize {
		return compute(paths, want)
	}
	key, srcs, ok := contentKey(paths)
	if !ok {
		return compute(paths, want)
	}
	name := filepath.Join(c.dir, slotName(paths))
	e, err := readEntry(name, key)
	var res Result
	var have Parts
	if err == nil {
		res, have, err = e.result()
	}
	switch {
	case err == nil:
		if have&want == want {
			return res
		}
		// A hit without the parts asked for: add them.
		if want&Index != 0 && res.Index == nil {
			res.Index = termmatch.NewIndex(res.Glossary)
		}
		if want&KeyDiagnostics != 0 && e.keyDiags == nil {
			res.KeyDiags = termmatch.KeyDiagnostics(res.Glossary)
		}
		c.write(name, key, res, want|have)
		return res
	case errors.Is(err, errMiss):
	case errors.Is(err, errCorrupt):
		c.say("CacheCorrupt", map[string]any{"File": name})
	default:
		c.say("CacheUnreadable", map[string]any{"File": name, "Err": err.Error()})
	}
	// The bytes hashed are the bytes parsed: a file changed meanwhile
	// cannot be stored under the key of its old bytes.
	res = computeFrom(paths, srcs, want)
	if res.Glossary != nil {
		c.write(name, key, res, want)
	}
	return res
}

// computed counts the loads that parsed the glossary, for the tests.
var computed atomic.Int64

// compute loads without a cache.
func compute(paths []string, want Parts) Result { return computeFrom(paths, nil, want) }

// computeFrom is compute on the files' bytes, srcs, or (nil) on what
// glossary.Load reads.
func computeFrom(paths []string, srcs [][]byte, want Parts) Result {
	computed.Add(1)
	var res Result
	if srcs == nil {
		res.Glossary, res.Diags = glossary.Load(paths...)
	} else {
		b := glossary.NewBuilder()
		for i, p := range paths {
			glossary.FormatOf(p, srcs[i]).Read(b, p, srcs[i])
		}
		res.Glossary, res.Diags = b.Finish()
	}
	if res.Glossary == nil {
		return res
	}
	if want&Index != 0 {
		res.Index = termmatch.NewIndex(res.Glossary)
	}
	if want&KeyDiagnostics != 0 {
		res.KeyDiags = termmatch.KeyDiagnostics(res.Glossary)
	}
	return res
}

func (c *Cache) say(id string, data map[string]any) {
	if c.warn != nil {
		c.warn(id, data)
		c.warn = nil // one line per run
	}
}

// write stores res's parts (those in have) under name.
func (c *Cache) write(name string, key [32]byte, res Result, have Parts) {
	err := os.MkdirAll(c.dir, 0o755)
	if err == nil {
		err = atomicfile.Write(name, func(w io.Writer) error { return writeEntry(w, key, res, have) })
	}
	if errors.Is(err, errEncode) {
		return // a part that does not encode (a diagnostic gob cannot): no entry
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		c.say("CacheNotWritten", map[string]any{"Dir": c.dir, "Err": err.Error()})
	}
}

var (
	errMiss    = errors.New("no entry")
	errCorrupt = errors.New("corrupt entry")
	errEncode  = errors.New("a part does not encode")
)

// buildID names glosa's build: the module version and revision of a clean
// VCS build, else the SHA-256 of the running executable.
var buildID = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, modified string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" && modified == "false" {
			return bi.Main.Path + "@" + bi.Main.Version + "+" + rev
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return "exe:" + hex.EncodeToString(h.Sum(nil))
})

// totalSize is the size of the files; ok is false when one cannot be
// read (glossary.Load reports it).
func totalSize(paths []string) (size int64, ok bool) {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.Mode().IsRegular() {
			return 0, false
		}
		size += st.Size()
	}
	return size, true
}

// contentKey hashes the build, the layout version and every file's name
// and bytes, and returns the bytes. ok is false when a file cannot be read
// or the build cannot be named.
func contentKey(paths []string) (key [32]byte, srcs [][]byte, ok bool) {
	id := buildID()
	if id == "" {
		return key, nil, false
	}
	h := sha256.New()
	w := &flat.Writer{}
	w.Uint(layoutVersion)
	w.String(id)
	w.Uint(uint64(len(paths)))
	h.Write(w.Buf)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			return key, nil, false
		}
		srcs = append(srcs, src)
		w.Buf = w.Buf[:0]
		w.String(p)
		w.Uint(uint64(len(src)))
		h.Write(w.Buf)
		h.Write(src)
	}
	h.Sum(key[:0])
	return key, srcs, true
}

// slotName is the file name of the entry of paths.
func slotName(paths []string) string {
	h := sha256.New()
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12]) + ".glc"
}

// entry is a decoded entry, its parts still encoded.
type entry struct {
	gloss, diags, index, keyDiags []byte // nil: not stored
	release                       func() // ends the mapping of the parts
}

// result decodes the entry, and says which parts it holds. A part that
// does not decode (the checksum vouches for the bytes: an entry of a build
// that did not bump a layout version) makes the entry corrupt. It is
// called once: it releases the parts' bytes.
func (e *entry) result() (res Result, have Parts, err error) {
	defer e.release()
	err = guard(func() error {
		res, have, err = e.decode()
		return err
	})
	if err != nil {
		return Result{}, 0, err
	}
	return res, have, nil
}

// decode is result, on bytes that stay mapped.
func (e *entry) decode() (res Result, have Parts, err error) {
	g := &glossary.Glossary{}
	if g.UnmarshalBinary(e.gloss) != nil || decodeDiags(e.diags, &res.Diags) != nil {
		return Result{}, 0, errCorrupt
	}
	res.Glossary = g
	if e.index != nil {
		if res.Index, err = termmatch.UnmarshalIndex(g, e.index); err != nil {
			return Result{}, 0, errCorrupt
		}
		have |= Index
	}
	if e.keyDiags != nil {
		if decodeDiags(e.keyDiags, &res.KeyDiags) != nil {
			return Result{}, 0, errCorrupt
		}
		have |= KeyDiagnostics
	}
	return res, have, nil
}

// The layout of an entry: magic, the key, then the glossary, its
// diagnostics, the index and the key diagnostics, each a flat string
// (the last two after a flag saying whether they are stored), then the
// CRC-32C of all that precedes.
func encodeEntry(key [32]byte, res Result, have Parts) ([]byte, error) {
	var buf bytes.Buffer
	if err := writeEntry(&buf, key, res, have); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeEntry writes the entry of encodeEntry to w, each part marshalled
// when it is written: the entry is never whole in memory. A part that does
// not marshal is an errEncode; the diagnostics, small, are encoded first,
// so that their failing writes nothing.
func writeEntry(w io.Writer, key [32]byte, res Result, have Parts) error {
	db, err := encodeDiags(res.Diags)
	if err != nil {
		return errors.Join(errEncode, err)
	}
	var kb []byte
	if have&KeyDiagnostics != 0 {
		if kb, err = encodeDiags(res.KeyDiags); err != nil {
			return errors.Join(errEncode, err)
		}
	}
	crc := crc32.New(castagnoli())
	out := io.MultiWriter(w, crc)
	head := &flat.Writer{}
	put := func(b []byte) error {
		_, err := out.Write(b)
		return err
	}
	// part writes a part's length and bytes, after the bytes in head.
	part := func(b []byte) error {
		head.Uint(uint64(len(b)))
		if err := put(head.Buf); err != nil {
			return err
		}
		head.Buf = head.Buf[:0]
		return put(b)
	}
	head.Buf = append(append(head.Buf, magic...), key[:]...)
	gb, err := res.Glossary.MarshalBinary()
	if err != nil {
		return errors.Join(errEncode, err)
	}
	if err := part(gb); err != nil {
		return err
	}
	if err := part(db); err != nil {
		return err
	}
	head.Bool(have&Index != 0)
	if have&Index != 0 {
		ib, err := res.Index.MarshalBinary()
		if err != nil {
			return errors.Join(errEncode, err)
		}
		if err := part(ib); err != nil {
			return err
		}
	}
	head.Bool(have&KeyDiagnostics != 0)
	if have&KeyDiagnostics != 0 {
		if err := part(kb); err != nil {
			return err
		}
	}
	if err := put(head.Buf); err != nil {
		return err
	}
	_, err = w.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
	return err
}

// castagnoli is the CRC-32C table: the checksum of an entry, which the
// processor computes at several gigabytes a second. It is made at first
// use: a run without the cache (--no-cache) pays nothing.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// readEntry reads the entry in name for key: errMiss when there is none
// or it is another key's, errCorrupt when it does not check.
func readEntry(name string, key [32]byte) (*entry, error) {
	data, release, err := mapFile(name)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return nil, errMiss // no entry, or no directory: write reports it
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, err
	}
	e, err := splitEntry(data, key)
	if err != nil {
		release()
		return nil, err
	}
	e.release = release
	return e, nil
}

// splitEntry checks the entry data for key and returns its parts.
func splitEntry(data []byte, key [32]byte) (e *entry, err error) {
	head := len(magic) + len(key)
	if len(data) < head+4 || string(data[:len(magic)]) != magic {
		return nil, errCorrupt
	}
	body, sum := data[:len(data)-4], data[len(data)-4:]
	if err := guard(func() error {
		if crc32.Checksum(body, castagnoli()) != binary.LittleEndian.Uint32(sum) {
			return errCorrupt
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if !bytes.Equal(data[len(magic):head], key[:]) {
		return nil, errMiss
	}
	// The parts are slices of data: each decoder copies what it keeps.
	rest := body[head:]
	part := func(flagged bool) []byte {
		if rest == nil {
			return nil
		}
		if flagged {
			if len(rest) == 0 || rest[0] > 1 {
				rest = nil
				return nil
			}
			stored := rest[0] == 1
			rest = rest[1:]
			if !stored {
				return []byte{} // not stored, and no error
			}
		}
		n, k := binary.Uvarint(rest)
		if k <= 0 || n > uint64(len(rest)-k) {
			rest = nil
			return nil
		}
		p := rest[k : k+int(n) : k+int(n)]
		rest = rest[k+int(n):]
		return p
	}
	e = &entry{gloss: part(false), diags: part(false)}
	if e.index = part(true); e.index != nil && len(e.index) == 0 {
		e.index = nil
	}
	if e.keyDiags = part(true); e.keyDiags != nil && len(e.keyDiags) == 0 {
		e.keyDiags = nil
	}
	if rest == nil || len(rest) != 0 || e.gloss == nil || e.diags == nil {
		return nil, errCorrupt
	}
	return e, nil
}

// guard runs f, a reader of a mapped entry, and returns errCorrupt when
// the mapping faults: its file was cut short in place (glosa replaces
// entries, but another program may not).
func guard(f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if _, fault := r.(interface{ Addr() uintptr }); !fault {
				panic(r)
			}
			err = errCorrupt
		}
	}()
	return f()
}

func encodeDiags(l diag.List) ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(struct {
		Nil bool
		L   diag.List
	}{l == nil, l})
	return buf.Bytes(), err
}

func decodeDiags(b []byte, l *diag.List) error {
	var v struct {
		Nil bool
		L   diag.List
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&v); err != nil {
		return err
	}
	*l = v.L
	if !v.Nil && *l == nil {
		*l = diag.List{}
	}
	return nil
}
