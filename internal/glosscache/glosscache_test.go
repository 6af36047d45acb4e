package glosscache

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/glosa-dev/glosa/glossary"
	_ "github.com/glosa-dev/glosa/glossary/all" // the TBX of ../shared
	"github.com/glosa-dev/glosa/internal/gen"
)

// genTOML is a generated glossary above MinSize.
var genTOML = sync.OnceValue(func() []byte { return gen.GlossaryTOML(2000, gen.DefaultSeed) })

// setup writes the generated glossary in a temporary directory and returns
// its path, a cache in another, and the messages the cache prints.
func setup(t *testing.T) (path string, c *Cache, said *[]string) {
	t.Helper()
	src := genTOML()
	if len(src) < MinSize {
		t.Fatalf("generated glossary of %d bytes, under MinSize", len(src))
	}
	path = filepath.Join(t.TempDir(), "big.toml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	said = new([]string)
	env := map[string]string{"GLOSA_CACHE_DIR": t.TempDir()}
	c = New(func(k string) string { return env[k] }, false, func(id string, data map[string]any) {
		*said = append(*said, id)
	})
	return path, c, said
}

// load loads path through c and reports whether it parsed the glossary
// (a miss), checking the result against a load without cache.
func load(t *testing.T, c *Cache, want Parts, paths ...string) (res Result, parsed bool) {
	t.Helper()
	before := computed.Load()
	res = c.Load(paths, want)
	parsed = computed.Load() != before
	ref := compute(paths, want)
	if same(t, res, ref); (want&Index != 0) != (res.Index != nil) && res.Glossary != nil {
		t.Fatalf("index %v, asked %v", res.Index != nil, want&Index != 0)
	}
	return res, parsed
}

// same fails unless a and b are the same glossary, diagnostics and
// key diagnostics.
func same(t *testing.T, a, b Result) {
	t.Helper()
	if (a.Glossary == nil) != (b.Glossary == nil) {
		t.Fatalf("glossary %v, want %v", a.Glossary != nil, b.Glossary != nil)
	}
	if a.Glossary != nil && (!reflect.DeepEqual(a.Glossary.Concepts, b.Glossary.Concepts) ||
		!reflect.DeepEqual(a.Glossary.Languages, b.Glossary.Languages) || !reflect.DeepEqual(a.Glossary.Files, b.Glossary.Files)) {
		t.Fatal("cached glossary differs from the parsed one")
	}
	if fmt.Sprint(a.Diags) != fmt.Sprint(b.Diags) || fmt.Sprint(a.KeyDiags) != fmt.Sprint(b.KeyDiags) {
		t.Fatalf("cached diagnostics differ:\n%v\n%v\nwant\n%v\n%v", a.Diags, a.KeyDiags, b.Diags, b.KeyDiags)
	}
}

func entryFile(t *testing.T, c *Cache, paths ...string) string {
	return filepath.Join(c.dir, slotName(paths))
}

func TestHitAndParts(t *testing.T) {
	path, c, said := setup(t)
	if _, parsed := load(t, c, 0, path); !parsed {
		t.Fatal("first load: not parsed")
	}
	if _, parsed := load(t, c, 0, path); parsed {
		t.Fatal("second load: parsed again")
	}
	// The index and the key diagnostics are added to the entry when first
	// asked for (from the stored glossary), then found there.
	name := entryFile(t, c, path)
	for _, want := range []Parts{Index, Index | KeyDiagnostics} {
		st, _ := os.Stat(name)
		if _, parsed := load(t, c, want, path); parsed {
			t.Fatalf("first load with parts %b: parsed again", want)
		}
		if st2, _ := os.Stat(name); st2.Size() <= st.Size() {
			t.Fatalf("parts %b: not added to the entry (%d bytes, were %d)", want, st2.Size(), st.Size())
		}
	}
	res, parsed := load(t, c, Index|KeyDiagnostics, path)
	if parsed {
		t.Fatal("load of every part: parsed again")
	}
	if len(res.Diags)+len(res.KeyDiags) == 0 {
		t.Log("the generated glossary has no warnings: diagnostics are compared empty")
	}
	if m := res.Index.Matcher("es").MatchAll([]byte(res.Glossary.Concepts[0].Terms[0].Text)); len(m) == 0 {
		t.Error("cached index: a term does not match itself")
	}
	if len(*said) > 0 {
		t.Errorf("messages %v", *said)
	}
}

// A touched glossary (same bytes, new time) is a hit: entries are keyed
// by content.
func TestTouchedFile(t *testing.T) {
	path, c, _ := setup(t)
	load(t, c, Index, path)
	future := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, future, future); err != nil {
		t.Fatal(err)
	}
	if _, parsed := load(t, c, Index, path); parsed {
		t.Fatal("touched glossary: parsed again")
	}
}

// A changed glossary is parsed again, whatever its size.
func TestChangedFile(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func([]byte) []byte
	}{
		{"stale", func(b []byte) []byte {
			return append(b, "\n[[concept]]\nid = \"added-after\"\nen = \"freshly added term\"\n"...)
		}},
		{"same size", func(b []byte) []byte {
			i := bytes.Index(b, []byte("en = \"")) + len("en = \"")
			b = bytes.Clone(b)
			b[i] ^= 1 // another letter
			return b
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, c, _ := setup(t)
			old, _ := load(t, c, Index, path)
			src, _ := os.ReadFile(path)
			changed := tt.change(src)
			if tt.name == "same size" && len(changed) != len(src) {
				t.Fatal("size changed")
			}
			if err := os.WriteFile(path, changed, 0o644); err != nil {
				t.Fatal(err)
			}
			res, parsed := load(t, c, Index, path)
			if !parsed {
				t.Fatal("changed glossary: not parsed")
			}
			if reflect.DeepEqual(old.Glossary.Concepts, res.Glossary.Concepts) {
				t.Fatal("the change does not show")
			}
			if _, parsed := load(t, c, Index, path); parsed {
				t.Fatal("changed glossary, second load: parsed again")
			}
		})
	}
}

// A renamed glossary file, or another order of files, is another key.
func TestNamesAndOrder(t *testing.T) {
	path, c, _ := setup(t)
	small := filepath.Join(filepath.Dir(path), "small.toml")
	if err := os.WriteFile(small, []byte("[[concept]]\nid = \"only-here\"\nen = \"lonely word\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	load(t, c, 0, path, small)
	if _, parsed := load(t, c, 0, small, path); !parsed {
		t.Fatal("files in another order: not parsed")
	}
	other := filepath.Join(filepath.Dir(path), "other.toml")
	os.WriteFile(other, genTOML(), 0o644)
	res, parsed := load(t, c, 0, other)
	if !parsed || res.Glossary.Files[0] != other {
		t.Fatal("the same bytes under another name: not parsed")
	}
}

// A damaged entry is reported in one line, ignored and rebuilt.
func TestDamagedEntry(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func([]byte) []byte
	}{
		{"corrupt", func(b []byte) []byte { b[len(b)/2] ^= 0x55; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)*2/3] }},
		{"empty", func(b []byte) []byte { return nil }},
		{"not an entry", func(b []byte) []byte { return []byte("hello") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, c, said := setup(t)
			load(t, c, Index, path)
			name := entryFile(t, c, path)
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(name, tt.damage(data), 0o644)
			if _, parsed := load(t, c, Index, path); !parsed {
				t.Fatal("damaged entry: not parsed")
			}
			if strings.Join(*said, " ") != "CacheCorrupt" {
				t.Fatalf("messages %v, want CacheCorrupt", *said)
			}
			if _, parsed := load(t, c, Index, path); parsed {
				t.Fatal("rebuilt entry: parsed again")
			}
		})
	}
}

// An entry that cannot be read (here: a directory in its place) is
// reported and the glossary loads.
func TestUnreadableEntry(t *testing.T) {
	path, c, said := setup(t)
	if err := os.MkdirAll(entryFile(t, c, path), 0o755); err != nil {
		t.Fatal(err)
	}
	load(t, c, 0, path)
	if len(*said) == 0 || (*said)[0] != "CacheUnreadable" {
		t.Fatalf("messages %v, want CacheUnreadable first", *said)
	}
	if len(*said) > 1 {
		t.Fatalf("messages %v: more than one line", *said)
	}
}

// A cache directory that cannot be written is reported in one line and
// the work goes on.
func TestUnwritableDir(t *testing.T) {
	path, _, _ := setup(t)
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	ro := t.TempDir()
	for _, tt := range []struct {
		name, dir string
		root      bool // the case holds for root too
	}{
		{"under a file", filepath.Join(file, "glosa"), true},
		{"read-only", ro, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.root && os.Geteuid() == 0 {
				t.Skip("root writes in read-only directories")
			}
			if tt.dir == ro {
				os.Chmod(ro, 0o555)
				t.Cleanup(func() { os.Chmod(ro, 0o755) })
			}
			var said []string
			c := New(func(k string) string {
				if k == "GLOSA_CACHE_DIR" {
					return tt.dir
				}
				return ""
			}, false, func(id string, _ map[string]any) { said = append(said, id) })
			for range 2 {
				if _, parsed := load(t, c, Index, path); !parsed {
					t.Fatal("no cache, yet not parsed")
				}
			}
			if strings.Join(said, " ") != "CacheNotWritten" {
				t.Fatalf("messages %v, want CacheNotWritten once", said)
			}
		})
	}
}

// Processes writing one entry at once leave a valid entry.
func TestConcurrentWriters(t *testing.T) {
	path, c, said := setup(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			// Each its own Cache, as separate processes have.
			c2 := &Cache{dir: c.dir, warn: c.warn}
			for range 3 {
				c2.Load([]string{path}, Index)
			}
		})
	}
	wg.Wait()
	if _, parsed := load(t, c, Index, path); parsed {
		t.Fatal("after concurrent writers: parsed again")
	}
	if len(*said) > 0 {
		t.Fatalf("messages %v", *said)
	}
	tmp, _ := filepath.Glob(filepath.Join(c.dir, ".*"))
	if len(tmp) > 0 {
		t.Fatalf("temporary files left: %v", tmp)
	}
}

func TestOff(t *testing.T) {
	for _, tt := range []struct {
		env map[string]string
		off bool
		on  bool
	}{
		{map[string]string{"GLOSA_NO_CACHE": "1"}, false, false},
		{map[string]string{"GLOSA_NO_CACHE": "0"}, false, true},
		{map[string]string{}, true, false},
		{map[string]string{}, false, true},
	} {
		dir := t.TempDir()
		tt.env["GLOSA_CACHE_DIR"] = dir
		c := New(func(k string) string { return tt.env[k] }, tt.off, nil)
		if (c != nil) != tt.on {
			t.Errorf("env %v, --no-cache %v: cache %v, want %v", tt.env, tt.off, c != nil, tt.on)
		}
		path, _, _ := setup(t)
		c.Load([]string{path}, 0)
		entries, _ := os.ReadDir(dir)
		if (len(entries) > 0) != tt.on {
			t.Errorf("env %v, --no-cache %v: %d entries", tt.env, tt.off, len(entries))
		}
	}
}

// Small glossaries and glossaries with errors are not stored.
func TestNotStored(t *testing.T) {
	_, c, _ := setup(t)
	dir := t.TempDir()
	small := filepath.Join(dir, "small.toml")
	os.WriteFile(small, []byte("[[concept]]\nid = \"a\"\nen = \"word\"\n"), 0o644)
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, append(bytes.Clone(genTOML()), "\n[[concept]]\nid = 5\n"...), 0o644)
	for _, p := range []string{small, bad, filepath.Join(dir, "missing.toml")} {
		load(t, c, Index, p)
		if _, err := os.Stat(entryFile(t, c, p)); err == nil {
			t.Errorf("%s: stored", filepath.Base(p))
		}
	}
	if g, _ := glossary.Load(bad); g != nil {
		t.Fatal("bad.toml loads")
	}
}

// Whatever an entry file holds, reading it gives an error or a result,
// never a panic.
func FuzzEntry(f *testing.F) {
	path := filepath.Join(f.TempDir(), "g.toml")
	os.WriteFile(path, gen.GlossaryTOML(20, gen.DefaultSeed), 0o644)
	key, _, _ := contentKey([]string{path})
	res := compute([]string{path}, Index|KeyDiagnostics)
	data, err := encodeEntry(key, res, Index|KeyDiagnostics)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add(data[:len(data)/2])
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		name := filepath.Join(dir, "entry.glc")
		os.WriteFile(name, data, 0o644)
		if e, err := readEntry(name, key); err == nil {
			if res, _, err := e.result(); err == nil && res.Index != nil {
				res.Index.Matcher("en").MatchAll([]byte("some words of text"))
			}
		}
	})
}

// BenchmarkLoad compares, for the sample glossary, the CLDR termbase and
// a generated one of 100,000 concepts, a load without cache (parse,
// validate, index) with one from a cache entry (hash the files, read and
// decode the entry): whether MinSize is right.
//
//	go test -run '^$' -bench Load -benchmem -cpu 1 ./internal/glosscache/
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	big := filepath.Join(dir, "gen100k.toml")
	os.WriteFile(big, gen.GlossaryTOML(100_000, gen.DefaultSeed), 0o644)
	for _, tt := range []struct{ name, path string }{
		{"sample", "../../testdata/glossary.toml"},
		{"cldr", "../../../shared/corpora/termbases/cldr.en-es-ru.tbx"},
		{"gen100k", big},
	} {
		if _, err := os.Stat(tt.path); err != nil {
			continue
		}
		paths := []string{tt.path}
		if g, diags := glossary.Load(paths...); g == nil {
			b.Fatalf("%s: %v", tt.path, diags)
		}
		b.Run(tt.name+"/parse", func(b *testing.B) {
			for b.Loop() {
				compute(paths, Index)
			}
		})
		key, _, _ := contentKey(paths)
		c := &Cache{dir: b.TempDir()}
		name := filepath.Join(c.dir, slotName(paths))
		c.write(name, key, compute(paths, Index), Index)
		b.Run(tt.name+"/cached", func(b *testing.B) {
			for b.Loop() {
				key, _, _ := contentKey(paths)
				e, err := readEntry(name, key)
				if err != nil {
					b.Fatal(err)
				}
				if _, _, err := e.result(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("buildID", func(b *testing.B) {
		// What the first load of a process pays to name a build without
		// a clean VCS revision: hashing the executable.
		for b.Loop() {
			os.Executable()
			exe, _ := os.Executable()
			data, _ := os.ReadFile(exe)
			sha256.Sum256(data)
		}
	})
}
