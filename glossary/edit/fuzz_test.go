package edit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
)

// FuzzEdit checks that any edit of any valid glossary leaves a valid
// glossary whose other concepts are byte-identical (and read the same), or
// is refused with an error.
func FuzzEdit(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/*.toml")
	for i, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src), uint8(i), "ru", "новый термин", "new")
		f.Add(string(src), uint8(4*i+1), "es", "otro", "x")
	}
	f.Add("[[concept]]\nid = 'a'\nen = 'x' # c\n[concept.forbidden]\nen = 'y'\n", uint8(2), "en", "it's", "b")
	f.Add("[[concept]]\r\nid=\"a\"\r\nen=[\"x\"]\r\ndeprecated.en=\"z\"", uint8(1), "en", "w\"\\", "a")
	f.Add("[[concept]]\nid = \"a\"\nen = \"\"\"x\"\"\"\nnote = '''\n[[concept]]\n'''\n", uint8(3), "en-GB", "\t", "")
	f.Fuzz(checkEdit)
}

// checkEdit makes an edit of src that op picks (add a concept, or set a
// term or the note of one) and checks the result.
func checkEdit(t *testing.T, src string, op uint8, lang, text, id string) {
	g, _ := glossary.Parse("f.toml", []byte(src))
	if g == nil {
		return
	}
	var out []byte
	var diags interface{ Errors() int }
	n := len(g.Concepts)
	edited := -1
	switch {
	case op%4 == 0 || n == 0:
		c := Concept{ID: id, Note: text, Terms: []Term{{lang, text, glossary.Preferred}, {"en", "term", glossary.Preferred}}}
		if op%8 == 4 {
			c.Terms = append(c.Terms, Term{lang, text + " old", glossary.Deprecated})
		}
		o, ds := Add("f.toml", []byte(src), c)
		out, diags = o, ds
		if out != nil && !bytes.HasPrefix(out, []byte(src)) {
			t.Fatalf("Add changed the file's bytes:\n%q\n%q", src, out)
		}
	default:
		edited = int(op/4) % n
		ch := Change{Terms: []Term{{lang, text, glossary.Status(op % 4)}}}
		if op%2 == 1 {
			ch.Note = &text
		}
		o, ds := Set("f.toml", []byte(src), g.Concepts[edited].ID, ch)
		out, diags = o, ds
	}
	if out == nil {
		if diags.Errors() == 0 {
			t.Fatal("refused without an error")
		}
		return
	}
	g2, ds := glossary.Parse("f.toml", out)
	if g2 == nil {
		t.Fatalf("the edit made a broken glossary: %v\n%s", ds, out)
	}
	want := n
	if edited < 0 {
		want++
	}
	if len(g2.Concepts) != want {
		t.Fatalf("%d concepts, want %d", len(g2.Concepts), want)
	}
	for i, c := range g.Concepts {
		if i != edited && !same(c, g2.Concepts[i]) {
			t.Fatalf("concept %d changed: %+v\n%+v", i, c, g2.Concepts[i])
		}
	}
	if edited >= 0 {
		// The bytes before and after the edited concept's tables.
		e0 := &editor{src: src, idx: edited}
		e1 := &editor{src: string(out), idx: edited}
		s0, s1 := e0.span(), e1.span()
		if src[:s0[0]] != string(out[:s1[0]]) || src[s0[1]:] != string(out[s1[1]:]) {
			t.Fatalf("bytes outside the concept changed:\n%q\n%q", src, out)
		}
	}
}

// TestEditEverywhere makes tricky edits of every concept of the project's
// glossaries: texts with quotes, escapes, control characters, an existing
// term, languages given in another case or unknown, every status.
func TestEditEverywhere(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*.toml")
	texts := []string{"plain", "it's", `say "x"`, `back\slash`, "tab\there", "line\nbreak", "bell\a", "", " ", "Thaw", "deshielo", "Запад", "a'b\"c"}
	langs := []string{"en", "ES", "ru", "pt-BR", "sr-latn", "xx!", "id", "note"}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		g, _ := glossary.Parse(name, src)
		if g == nil {
			continue
		}
		n := len(g.Concepts)
		for i := range min(n, 5) {
			for k, text := range texts {
				lang := langs[(i+k)%len(langs)]
				for _, st := range []uint8{1, 2, 3} {
					checkEdit(t, string(src), uint8(4*i)+st, lang, text, "x")
				}
			}
		}
		for k, text := range texts {
			checkEdit(t, string(src), 0, langs[k%len(langs)], text, text)
			checkEdit(t, string(src), 4, langs[k%len(langs)], text, g.Concepts[k%n].ID)
		}
	}
}
