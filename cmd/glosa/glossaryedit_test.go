package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
)

func init() {
	// A format only this test knows, so that refusing to edit a non-TOML
	// glossary is tested whichever interchange formats are registered.
	glossary.RegisterFormat(glossary.Format{Name: "xtest", Extensions: []string{".xtest"},
		Read: func(b *glossary.Builder, name string, src []byte) {}})
}

// TestEditInPlace checks that glossary set and add replace the file
// atomically, keeping its permissions, and refuse a glossary in another
// format.
func TestEditInPlace(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "g.toml")
	if err := os.WriteFile(name, []byte("[[concept]]\nid = \"a\"\nen = \"file\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	getenv := func(string) string { return "" }
	if code := run([]string{"glossary", "set", name, "a", "ru=файл"}, nil, &stdout, &stderr, getenv); code != 0 {
		t.Fatalf("set: exit %d: %s", code, stderr.String())
	}
	if code := run([]string{"glossary", "add", name, "--id", "b", "--en", "folder"}, nil, &stdout, &stderr, getenv); code != 0 {
		t.Fatalf("add: exit %d: %s", code, stderr.String())
	}
	got, _ := os.ReadFile(name)
	if want := "[[concept]]\nid = \"a\"\nen = \"file\"\nru = \"файл\"\n\n[[concept]]\nid = \"b\"\nen = \"folder\"\n"; string(got) != want {
		t.Errorf("got %q", got)
	}
	st, err := os.Stat(name)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, %v", st.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	other := filepath.Join(dir, "g.xtest")
	os.WriteFile(other, []byte("x"), 0o644)
	stderr.Reset()
	if code := run([]string{"glossary", "set", other, "a", "en=x"}, nil, &stdout, &stderr, getenv); code != exitError ||
		!strings.Contains(stderr.String(), "is a xtest glossary: glosa edits TOML glossaries only") {
		t.Errorf("non-TOML: exit %d: %s", code, stderr.String())
	}
}
