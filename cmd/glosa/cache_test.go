package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
)

// runEnv runs glosa with env as its environment and returns what it
// printed.
func runEnv(env map[string]string, args ...string) string {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
}

// sameWithCache runs each command without cache, then twice with one (the
// first writes the entry, the second reads it), and wants the same bytes
// from the three. GLOSSARY in the commands is the glossary's path.
func sameWithCache(t *testing.T, glossary string, commands [][]string) {
	t.Helper()
	dir := t.TempDir()
	on := map[string]string{"GLOSA_CACHE_DIR": dir}
	off := map[string]string{"GLOSA_CACHE_DIR": dir, "GLOSA_NO_CACHE": "1"}
	for _, args := range commands {
		args = strings.Fields(strings.ReplaceAll(strings.Join(args, " "), "GLOSSARY", glossary))
		want := runEnv(off, args...)
		if strings.HasPrefix(want, "exit 2") || strings.Contains(want, "stdout:\n\nstderr") {
			t.Fatalf("%v fails or prints nothing:\n%s", args, want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Fatalf("%v with GLOSA_NO_CACHE: the cache was written", args)
		}
		if got := runEnv(map[string]string{"GLOSA_CACHE_DIR": dir}, append(args, "--no-cache")...); got != want {
			t.Fatalf("%v --no-cache:\n%s\nwant\n%s", args, got, want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Fatalf("%v --no-cache: the cache was written", args)
		}
		for _, run := range []string{"first", "warm"} {
			if got := runEnv(on, args...); got != want {
				t.Fatalf("%v, %s run with cache:\n%s\nwant, without:\n%s", args, run, got, want)
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Fatalf("%v: %d cache entries, want 1", args, len(entries))
		}
		os.RemoveAll(dir)
	}
}

// A check or scan through the cache prints the same bytes as one
// without, on a generated glossary big enough to be cached.
func TestCacheSameOutput(t *testing.T) {
	g := gen.NewGlossary(2000, gen.DefaultSeed)
	dir := t.TempDir()
	gloss := filepath.Join(dir, "big.toml")
	os.WriteFile(gloss, g.TOML(), 0o644)
	var cmds [][]string
	for li, lang := range gen.Languages() {
		text := filepath.Join(dir, "text."+lang+".txt")
		os.WriteFile(text, gen.NewText(g, lang, uint64(li+1)).Generate(20<<10), 0o644)
		cmds = append(cmds, []string{"scan", "--glossary", "GLOSSARY", text},
			[]string{"scan", "--glossary", "GLOSSARY", "--format", "json", text},
			[]string{"check", "--glossary", "GLOSSARY", "--fail-on", "never", text},
			[]string{"check", "--glossary", "GLOSSARY", "--format", "sarif", "--fail-on", "never", text})
	}
	parsed, _ := glossary.Load(gloss)
	cmds = append(cmds, []string{"lookup", "--glossary", "GLOSSARY", parsed.Concepts[0].Terms[0].Text},
		[]string{"glossary", "validate", "GLOSSARY"}, []string{"glossary", "lint", "GLOSSARY"},
		[]string{"glossary", "stats", "GLOSSARY"})
	sameWithCache(t, gloss, cmds)
}

// The same on the CLDR termbase of ../shared.
func TestCacheSameOutputCLDR(t *testing.T) {
	tbx := filepath.Join(filepath.Dir(shared(t)), "termbases", "cldr.en-es-ru.tbx")
	if _, err := os.Stat(tbx); err != nil {
		t.Skip("no CLDR termbase")
	}
	text := filepath.Join(t.TempDir(), "t.en.txt")
	os.WriteFile(text, []byte("Monday, January and the euro: Spain, Russia, United States dollar.\n"), 0o644)
	sameWithCache(t, tbx, [][]string{{"scan", "--glossary", "GLOSSARY", text}, {"glossary", "validate", "GLOSSARY"}})
}
