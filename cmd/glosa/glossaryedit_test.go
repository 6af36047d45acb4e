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

// TestExitCodes pins the exit status of lint (validate --strict) and of
// a refused edit, which the scripts cannot tell apart from other failures.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	clean := write("clean.toml", "[[concept]]\nid = \"a\"\nen = \"file\"\nes = \"archivo\"\n")
	warn := write("warn.toml", "[[concept]]\nid = \"a\"\nen = \"file\"\nes = \"archivo\"\n\n[[concept]]\nid = \"b\"\nen = \"record\"\n")
	bad := write("bad.toml", "[[concept]]\nen = \"file\"\n")
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"glossary", "lint", clean}, exitOK},
		{[]string{"glossary", "lint", warn}, exitFindings},
		{[]string{"glossary", "validate", "--strict", warn}, exitFindings},
		{[]string{"glossary", "validate", warn}, exitOK},
		{[]string{"glossary", "lint", bad}, exitError},
		{[]string{"glossary", "lint", "--ui-lang", "ru", warn}, exitFindings},
		{[]string{"glossary", "set", clean, "a", "en="}, exitError},
		{[]string{"glossary", "add", clean, "--id", "a", "--en", "x"}, exitError},
		{[]string{"glossary", "set", clean, "a", "--bogus"}, exitError},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, nil, &stdout, &stderr, func(string) string { return "" }); code != tt.want {
			t.Errorf("%v: exit %d, want %d\n%s%s", tt.args[1:], code, tt.want, stdout.String(), stderr.String())
		}
	}
}
