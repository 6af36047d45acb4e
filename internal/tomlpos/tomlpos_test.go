package tomlpos

import (
	"fmt"
	"strings"
	"testing"
)

const doc = `# a glossary
title = "x"
list = ["a", 'b',
  """c"""]

[glossary]
name = "Soviet history"
"quoted key" = 1

[[concept]]
id = "thaw"
es = ["deshielo", "deshielo de Jruschov"]
ru = "оттепель"
deprecated = { ru = ["потепление", "x"], en = "y" }

[[concept]]
id = "cpsu"
rules.punctuation = "off"
`

// Each path is found at the line and column of its key or value.
func TestLookup(t *testing.T) {
	l := New([]byte(doc))
	for _, c := range []struct {
		path      string
		line, col int
	}{
		{"title", 2, 1},
		{"title.0", 2, 9},
		{"list", 3, 1},
		{"list.1", 3, 14},
		{"list.2", 4, 3},
		{"list.7", 3, 1}, // no such element: the key
		{"glossary", 6, 1},
		{"glossary.name", 7, 1},
		{"glossary.name.0", 7, 8},
		{"glossary.quoted key", 8, 1},
		{"glossary.nokey", 6, 1}, // no such key: the table header
		{"concept", 10, 1},
		{"concept.0", 10, 1},
		{"concept.0.id.0", 11, 6},
		{"concept.0.es.1", 12, 19},
		{"concept.0.ru", 13, 1},
		{"concept.0.ru.0", 13, 6},
		{"concept.0.deprecated", 14, 1},
		{"concept.0.deprecated.ru", 14, 16},
		{"concept.0.deprecated.ru.1", 14, 36},
		{"concept.0.deprecated.en.0", 14, 47},
		{"concept.1", 16, 1},
		{"concept.1.id.0", 17, 6},
		{"concept.1.rules.punctuation", 18, 1},
		{"concept.1.rules.punctuation.0", 18, 21},
	} {
		off, ok := l.Lookup(c.path)
		if !ok {
			t.Errorf("Lookup(%q): not found", c.path)
			continue
		}
		if line, col := l.At(off); line != c.line || col != c.col {
			t.Errorf("Lookup(%q) at %d:%d, want %d:%d", c.path, line, col, c.line, c.col)
		}
	}
}

// At and Position agree everywhere, including past the ends.
func TestAtPosition(t *testing.T) {
	src := []byte("a = 1\nб = \"ж\"\n\nx")
	l := New(src)
	for off := -2; off <= len(src)+2; off++ {
		line, col := l.At(off)
		pl, pc := Position(src, off)
		if line != pl || col != pc {
			t.Errorf("offset %d: At %d:%d, Position %d:%d", off, line, col, pl, pc)
		}
	}
	if line, col := l.At(len("a = 1\nб = \"")); line != 2 || col != 6 {
		t.Errorf("At: %d:%d, want 2:6 (columns count code points)", line, col)
	}
}

func TestKeys(t *testing.T) {
	l := New([]byte("b = 1\na = 2\n[t]\nz = 1\ny = 2\n"))
	got := fmt.Sprint(l.Keys("", map[string]any{"a": 1, "b": 2, "t": nil}), l.Keys("t", map[string]any{"y": 1, "z": 2}))
	if want := "[b a t] [z y]"; got != want {
		t.Errorf("Keys: %s, want %s", got, want)
	}
}

// FuzzLocator: any input, valid TOML or not, is scanned without panicking,
// and every offset found lies inside it.
func FuzzLocator(f *testing.F) {
	f.Add(doc)
	f.Add("[[a]]\nb = { c = [1, {d = '''e'''}] }\n")
	f.Add("a = \"\\\"\nb")
	f.Fuzz(func(t *testing.T, src string) {
		l := New([]byte(src))
		for _, p := range []string{"", "a", "a.0", "a.0.b", "a.b.0", "0"} {
			if off, ok := l.Lookup(p); ok && (off < 0 || off > len(src)) {
				t.Fatalf("Lookup(%q) = %d, outside the input of %d bytes", p, off, len(src))
			}
		}
		if line, col := l.At(len(src)); line != strings.Count(src, "\n")+1 || col < 1 {
			t.Fatalf("At(end) = %d:%d", line, col)
		}
	})
}
