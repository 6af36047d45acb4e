package locales

import (
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// TestParseFlat: each message file is read directly (not handed to
// package toml) and gives what toml.Unmarshal gives.
func TestParseFlat(t *testing.T) {
	for _, tag := range Supported {
		name := tag.String() + ".toml"
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := parseFlat(string(data))
		if !ok {
			t.Fatalf("%s: not read directly", name)
		}
		var want any
		if err := toml.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Errorf("%s: the direct reader differs from package toml", name)
		}
	}
}

// TestParseFlatCases: what the direct reader reads it reads as package toml
// does; what it does not, it leaves to package toml.
func TestParseFlatCases(t *testing.T) {
	for _, c := range []struct {
		src    string
		direct bool
	}{
		{"A = \"x\"\n", true},
		{"# c\n\nA = \"a\\\"b\\\\c\\n\\u00e9\\U0001F600\" # c\n[T]\none = \"1\"\nother = \"2\"", true},
		{"A = \"\"\"\nline\\\n   next \"quoted\" \"\"\"\n", true},
		{"A = \"\"\"x\n\ny\"\"\"", true},
		{"A = 'literal'\n", false},
		{"A = \"x\"\nA = \"y\"\n", false},
		{"[T]\n[T]\n", false},
		{"a.b = \"x\"\n", false},
		{"A = \"\"\"x\"\"\"\"\n", false},
		{"A = \"x\" y\n", false},
		{"A = \"x\\q\"\n", false},
		{"A = \"\\uD800\"\n", false},
		{"A = \"x\r\n", false},
		{"A =\n\"x\"\n", false},
		{"A = \"\\u+0e9\"\n", false},
	} {
		got, ok := parseFlat(c.src)
		if ok != c.direct {
			t.Errorf("%q: read directly: %v, want %v", c.src, ok, c.direct)
			continue
		}
		if ok {
			var want any
			if err := toml.Unmarshal([]byte(c.src), &want); err != nil {
				t.Errorf("%q: read directly, but package toml says %v", c.src, err)
			} else if !reflect.DeepEqual(any(got), want) {
				t.Errorf("%q: got %#v, package toml %#v", c.src, got, want)
			}
		}
	}
}

// FuzzParseFlat: whatever the direct reader reads, package toml reads
// alike.
func FuzzParseFlat(f *testing.F) {
	for _, tag := range Supported {
		data, _ := files.ReadFile(tag.String() + ".toml")
		f.Add(string(data[:min(len(data), 2000)]))
	}
	f.Add("A = \"\"\"\nx\\\n  y\"\"\"\n[T]\none = \"\\u00e9\" # c\n")
	f.Fuzz(func(t *testing.T, src string) {
		got, ok := parseFlat(src)
		if !ok {
			return
		}
		var want any
		if err := toml.Unmarshal([]byte(src), &want); err != nil {
			t.Fatalf("read directly as %#v, but package toml says %v", got, err)
		}
		if !reflect.DeepEqual(any(got), want) {
			t.Fatalf("got %#v, package toml %#v", got, want)
		}
	})
}

// BenchmarkLoadEN: the bundle a run in English reads, from its file.
func BenchmarkLoadEN(b *testing.B) {
	for b.Loop() {
		if _, err := load(language.English); err != nil {
			b.Fatal(err)
		}
	}
}
