package edit

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
)

func ptr(s string) *string { return &s }

// sample copies the project's sample glossary to a temporary directory
// and reads it back, as the command does.
func sample(t *testing.T) (string, []byte) {
	t.Helper()
	src, err := os.ReadFile("../../testdata/glossary.toml")
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "glossary.toml")
	if err := os.WriteFile(name, src, 0o644); err != nil {
		t.Fatal(err)
	}
	src, err = os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return name, src
}

// conceptBytes splits src around the [[concept]] table whose id line is
// idLine, found by text: the bytes before its header, its own, and those
// from the next [[concept]] header on.
func conceptBytes(t *testing.T, src []byte, idLine string) (before, own, after []byte) {
	t.Helper()
	at := bytes.Index(src, []byte("\n"+idLine+"\n"))
	if at < 0 {
		t.Fatalf("no %s", idLine)
	}
	start := bytes.LastIndex(src[:at], []byte("[[concept]]"))
	end := len(src)
	if n := bytes.Index(src[at:], []byte("\n[[concept]]")); n >= 0 {
		end = at + n + 1
	}
	return src[:start], src[start:end], src[end:]
}

// same reports whether two concepts say the same, positions aside.
func same(a, b *glossary.Concept) bool {
	if a.ID != b.ID || a.Domain != b.Domain || a.Note != b.Note || a.Case != b.Case || a.Match != b.Match || len(a.Terms) != len(b.Terms) {
		return false
	}
	for i, t := range a.Terms {
		u := b.Terms[i]
		if t.Text != u.Text || t.Lang != u.Lang || t.Status != u.Status || t.Form != u.Form || t.Canonical != u.Canonical || t.Sensitive != u.Sensitive {
			return false
		}
	}
	return true
}

// TestSetSample edits concepts of the sample glossary and checks that the
// bytes before and after the edited concept are identical, that the
// concept's untouched lines are all there in their order, and that the
// glossary reads the new values.
func TestSetSample(t *testing.T) {
	tests := []struct {
		id      string
		change  Change
		touched []string // prefixes of the lines the change rewrites
		check   func(c *glossary.Concept) bool
	}{
		{"thaw", Change{Terms: []Term{{"es", "deshielo", glossary.Preferred}, {"es", "distensión", glossary.Admitted}}},
			[]string{"es ="}, func(c *glossary.Concept) bool {
				ts := c.TermsIn("es", glossary.Admitted)
				return len(ts) == 1 && ts[0].Text == "distensión"
			}},
		{"thaw", Change{Terms: []Term{{"ru", "потепление", glossary.Deprecated}, {"en", "warming", glossary.Deprecated}}},
			[]string{"deprecated ="}, func(c *glossary.Concept) bool {
				return len(c.TermsIn("en", glossary.Deprecated)) == 1 && len(c.TermsIn("ru", glossary.Deprecated)) == 1
			}},
		{"khrushchev", Change{Terms: []Term{{"de", "Chruschtschow", glossary.Preferred}}, Note: ptr(`a "new" note \ here`)},
			[]string{"note ="}, func(c *glossary.Concept) bool {
				p, ok := c.Preferred("de")
				return ok && p.Text == "Chruschtschow" && c.Note == `a "new" note \ here`
			}},
		{"liberalization", Change{Terms: []Term{{"ru", "послабление", glossary.Forbidden}}, Domain: ptr("economics")},
			[]string{"domain ="}, func(c *glossary.Concept) bool {
				return c.Domain == "economics" && len(c.TermsIn("ru", glossary.Forbidden)) == 1
			}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			name, src := sample(t)
			out, diags := Set(name, src, tt.id, tt.change)
			if out == nil {
				t.Fatalf("refused: %v", diags)
			}
			if err := os.WriteFile(name, out, 0o644); err != nil {
				t.Fatal(err)
			}
			out, _ = os.ReadFile(name)
			idLine := `id = "` + tt.id + `"`
			b0, own0, a0 := conceptBytes(t, src, idLine)
			b1, own1, a1 := conceptBytes(t, out, idLine)
			if !bytes.Equal(b0, b1) || !bytes.Equal(a0, a1) {
				t.Fatalf("bytes outside concept %q changed", tt.id)
			}
			newLines := strings.Split(string(own1), "\n")
			j := 0
		lines:
			for _, l := range strings.Split(string(own0), "\n") {
				for _, p := range tt.touched {
					if strings.HasPrefix(l, p) {
						continue lines
					}
				}
				for j < len(newLines) && newLines[j] != l {
					j++
				}
				if j == len(newLines) {
					t.Fatalf("line %q lost or moved:\n%s", l, own1)
				}
			}
			g0, _ := glossary.Parse(name, src)
			g1, diags := glossary.Parse(name, out)
			if g1 == nil {
				t.Fatal(diags)
			}
			for i, c := range g0.Concepts {
				if c.ID == tt.id {
					if !tt.check(g1.Concepts[i]) {
						t.Errorf("concept reads %+v", g1.Concepts[i])
					}
				} else if !same(c, g1.Concepts[i]) {
					t.Errorf("concept %q changed", c.ID)
				}
			}
		})
	}
}

func TestAddSample(t *testing.T) {
	name, src := sample(t)
	c := Concept{ID: "glasnost", Domain: "politics", Note: "Gorbachev's openness",
		Terms: []Term{{"ru", "гласность", glossary.Preferred}, {"en", "glasnost", glossary.Preferred},
			{"en", "openness", glossary.Admitted}, {"es", "glásnost", glossary.Preferred},
			{"es", "glasnost", glossary.Deprecated}, {"ru", "открытость", glossary.Forbidden}}}
	out, diags := Add(name, src, c)
	if out == nil {
		t.Fatalf("refused: %v", diags)
	}
	want := string(src) + `
[[concept]]
id = "glasnost"
domain = "politics"
note = "Gorbachev's openness"
es = "glásnost"
en = ["glasnost", "openness"]
ru = "гласность"
deprecated = { es = ["glasnost"] }
forbidden = { ru = ["открытость"] }
`
	if string(out) != want {
		t.Errorf("got\n%s", out[len(src):])
	}
	if _, diags := Add(name, src, Concept{ID: "thaw", Terms: []Term{{"en", "x", glossary.Preferred}}}); len(diags) != 1 || diags[0].ID != "GlossaryEditIDExists" || diags[0].Line != 20 {
		t.Errorf("existing id: %v", diags)
	}
}

// TestStyle pins how edits follow a file's own way of writing.
func TestStyle(t *testing.T) {
	tests := []struct {
		name, src string
		add       *Concept
		id        string
		change    Change
		want      string // "" when refused
		wantID    string // the error of a refused edit
	}{
		{name: "literal quotes and a comment kept",
			src:    "[[concept]]\nid = 'a'\nen = 'x'   # the usual one\nru = 'у'\n",
			id:     "a",
			change: Change{Terms: []Term{{"en", "it's", glossary.Preferred}, {"es", "equis", glossary.Preferred}}},
			want:   "[[concept]]\nid = 'a'\nen = \"it's\"   # the usual one\nru = 'у'\nes = 'equis'\n"},
		{name: "a string becomes an array for two terms; an array stays one",
			src:    "[[concept]]\nid = \"a\"\nen = \"x\"\nru = [\n  \"у\", # one\n]\n",
			id:     "a",
			change: Change{Terms: []Term{{"en", "x", glossary.Preferred}, {"en", "ex", glossary.Admitted}, {"ru", "игрек", glossary.Preferred}}},
			want:   "[[concept]]\nid = \"a\"\nen = [\"x\", \"ex\"]\nru = [\"игрек\"]\n"},
		{name: "a new key goes before the sub-tables and after the last key",
			src:    "[[concept]]\nid = \"a\"\nen = \"x\"\n# about a\n\n[concept.deprecated]\nen = \"y\"\n\n[[concept]]\nid = \"b\"\nen = \"z\"\n",
			id:     "a",
			change: Change{Terms: []Term{{"ru", "у", glossary.Preferred}, {"en", "w", glossary.Deprecated}, {"ru", "v", glossary.Deprecated}}},
			want:   "[[concept]]\nid = \"a\"\nen = \"x\"\nru = \"у\"\n# about a\n\n[concept.deprecated]\nen = \"w\"\nru = \"v\"\n\n[[concept]]\nid = \"b\"\nen = \"z\"\n"},
		{name: "dotted keys stay dotted",
			src:    "[[concept]]\n  id=\"a\"\n  en=\"x\"\n  forbidden.en=\"y\"\n  case=\"sensitive\"\n",
			id:     "a",
			change: Change{Terms: []Term{{"ru", "у", glossary.Forbidden}}, Note: ptr("n")},
			want:   "[[concept]]\n  id=\"a\"\n  en=\"x\"\n  forbidden.en=\"y\"\n  forbidden.ru=\"у\"\n  case=\"sensitive\"\n  note=\"n\"\n"},
		{name: "languages are found and written by their canonical tag",
			src:    "[[concept]]\nid = \"a\"\n\"sr-Latn\" = \"fajl\"\nEN = \"file\"\n",
			id:     "a",
			change: Change{Terms: []Term{{"sr-latn", "datoteka", glossary.Preferred}, {"en", "record", glossary.Preferred}, {"PT-br", "arquivo", glossary.Preferred}}},
			want:   "[[concept]]\nid = \"a\"\n\"sr-Latn\" = \"datoteka\"\nEN = \"record\"\npt-BR = \"arquivo\"\n"},
		{name: "an empty inline table is filled",
			src:    "[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecated = {}\n",
			id:     "a",
			change: Change{Terms: []Term{{"en", "y", glossary.Deprecated}}},
			want:   "[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecated = { en = \"y\" }\n"},
		{name: "CRLF, no final newline, arrays, no blank lines",
			src:  "[[concept]]\r\nid = \"a\"\r\nen = [\"x\"]\r\n[[concept]]\r\nid = \"b\"\r\nen = [\"y\"]",
			add:  &Concept{ID: "c", Terms: []Term{{"en", "z", glossary.Preferred}, {"en", "zz", glossary.Deprecated}}},
			want: "[[concept]]\r\nid = \"a\"\r\nen = [\"x\"]\r\n[[concept]]\r\nid = \"b\"\r\nen = [\"y\"]\r\n[[concept]]\r\nid = \"c\"\r\nen = [\"z\"]\r\ndeprecated = { en = [\"zz\"] }\r\n"},
		{name: "an empty file gets glosa's style",
			src:  "",
			add:  &Concept{ID: "a", Terms: []Term{{"pt-BR", "arquivo", glossary.Preferred}}},
			want: "[[concept]]\nid = \"a\"\npt-BR = \"arquivo\"\n"},
		{name: "an empty term is refused",
			src: "[[concept]]\nid = \"a\"\nen = \"x\"\n", id: "a",
			change: Change{Terms: []Term{{"en", " ", glossary.Preferred}}}, wantID: "GlossaryEmptyTerm"},
		{name: "a term both approved and deprecated is refused",
			src: "[[concept]]\nid = \"a\"\nen = \"x\"\n", id: "a",
			change: Change{Terms: []Term{{"en", "X", glossary.Deprecated}}}, wantID: "GlossaryConflictingStatus"},
		{name: "an unknown concept",
			src: "[[concept]]\nid = \"a\"\nen = \"x\"\n", id: "b",
			change: Change{Terms: []Term{{"en", "y", glossary.Preferred}}}, wantID: "GlossaryEditNoConcept"},
		{name: "a broken file is not edited",
			src: "[[concept]]\nid = \"a\"\n", id: "a",
			change: Change{Terms: []Term{{"en", "y", glossary.Preferred}}}, wantID: "GlossaryNoTerms"},
		{name: "a bad language tag",
			src: "[[concept]]\nid = \"a\"\nen = \"x\"\n", add: &Concept{ID: "b", Terms: []Term{{"e n", "y", glossary.Preferred}}},
			wantID: "GlossaryUnknownKey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out []byte
			var diags []string
			if tt.add != nil {
				o, ds := Add("g.toml", []byte(tt.src), *tt.add)
				out = o
				for _, d := range ds {
					diags = append(diags, d.ID)
				}
			} else {
				o, ds := Set("g.toml", []byte(tt.src), tt.id, tt.change)
				out = o
				for _, d := range ds {
					diags = append(diags, d.ID)
				}
			}
			if tt.wantID != "" {
				if out != nil || !slices.Contains(diags, tt.wantID) {
					t.Fatalf("want refusal %s, got %q and %v", tt.wantID, out, diags)
				}
				return
			}
			if string(out) != tt.want {
				t.Errorf("got\n%q\nwant\n%q (%v)", out, tt.want, diags)
			}
		})
	}
}
