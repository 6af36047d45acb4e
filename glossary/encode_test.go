package glossary_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/glossarytest"
)

// roundTrip is a fixture with what the TOML writer must escape and every
// field a concept has.
const roundTrip = `[glossary]
name = "Round \"trip\""
languages = ["es", "en", "ru"]
source = "en"

[[concept]]
id = "quote\\d"
domain = "tests"
note = "line one\nline two\twith a tab, a \\ and a \"quote\" \u0001"
es = ["comillas «latinas»", "comillas"]
en = "quotes"
ru = ["кавычки", "«ёлочки»"]
"pt-BR" = "aspas"
deprecated = { ru = ["лапки"], es = ["comillas inglesas", "dobles"] }
forbidden = { en = ["quote marks"] }
forms = { ru = ["кавычек", "кавычкам"] }
case = "sensitive"
match = "exact"

[[concept]]
id = "mixed"
ru = "человек"
forms = { ru = ["люди"] }
case = "insensitive"
`

func TestWriteTOMLRoundTrip(t *testing.T) {
	toml := glossary.Formats()[0]
	if toml.Name != "toml" || toml.Write == nil {
		t.Fatalf("the first format is %q, Write %v", toml.Name, toml.Write != nil)
	}
	inputs := map[string][]byte{"fixture.toml": []byte(roundTrip)}
	for _, name := range []string{"glossary.toml", "software.toml", "homonyms.toml", "ui.toml"} {
		inputs[name] = readFile(t, filepath.Join("..", "testdata", name))
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			want, diags := glossary.Parse(name, src)
			if want == nil {
				t.Fatal(diags)
			}
			var out bytes.Buffer
			if err := toml.Write(&out, want); err != nil {
				t.Fatal(err)
			}
			got, diags := glossary.Parse("out.toml", out.Bytes())
			if got == nil {
				t.Fatalf("%v\n%s", diags, out.String())
			}
			for _, d := range glossarytest.DiffMeta(want, got) {
				t.Error(d)
			}
			for _, d := range glossarytest.Diff(want, got) {
				t.Error(d)
			}
			// Deterministic: writing what was read back gives the same bytes.
			var again bytes.Buffer
			if err := toml.Write(&again, got); err != nil {
				t.Fatal(err)
			}
			if again.String() != out.String() {
				t.Errorf("second write differs:\n%s\n---\n%s", out.String(), again.String())
			}
			for _, line := range strings.Split(out.String(), "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "#") {
					t.Errorf("comment written: %q", line)
				}
			}
		})
	}
}

// The writer's shape is the README's: one string for one term, an array
// for more, inline tables of arrays.
func TestWriteTOMLShape(t *testing.T) {
	g, diags := glossary.Parse("f.toml", []byte(roundTrip))
	if g == nil {
		t.Fatal(diags)
	}
	var out bytes.Buffer
	if err := glossary.Formats()[0].Write(&out, g); err != nil {
		t.Fatal(err)
	}
	want := `[glossary]
name = "Round \"trip\""
languages = ["es", "en", "ru", "pt-BR"]
source = "en"

[[concept]]
id = "quote\\d"
domain = "tests"
note = "line one\nline two\twith a tab, a \\ and a \"quote\" \u0001"
es = ["comillas «latinas»", "comillas"]
en = "quotes"
ru = ["кавычки", "«ёлочки»"]
pt-BR = "aspas"
deprecated = { es = ["comillas inglesas", "dobles"], ru = ["лапки"] }
forbidden = { en = ["quote marks"] }
forms = { ru = ["кавычек", "кавычкам"] }
case = "sensitive"
match = "exact"

[[concept]]
id = "mixed"
ru = "человек"
forms = { ru = ["люди"] }
case = "insensitive"
`
	if out.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}

// Indonesian's tag is the id field's name: it is written as "ind", which
// reads back as "id".
func TestWriteTOMLIndonesian(t *testing.T) {
	g, diags := glossary.Parse("f.toml", []byte("[[concept]]\nid = \"x\"\nind = \"berkas\"\nen = \"file\"\n"))
	if g == nil {
		t.Fatal(diags)
	}
	if g.Concepts[0].Terms[0].Lang != "id" {
		t.Fatalf("ind read as %q", g.Concepts[0].Terms[0].Lang)
	}
	var out bytes.Buffer
	if err := glossary.Formats()[0].Write(&out, g); err != nil {
		t.Fatal(err)
	}
	back, diags := glossary.Parse("out.toml", out.Bytes())
	if back == nil {
		t.Fatalf("%v\n%s", diags, out.String())
	}
	for _, d := range glossarytest.Diff(g, back) {
		t.Error(d)
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
