package glossary

import (
	"os"
	"strings"
	"testing"
)

const good = `[glossary]
name = "Soviet history"
languages = ["es", "en", "ru"]
source = "es"

[[concept]]
id = "thaw"
domain = "history"
note = "Khrushchev's Thaw, 1953-1964"
es = ["deshielo", "deshielo de Jruschov"]
en = ["Thaw", "Khrushchev Thaw"]
ru = ["оттепель", "хрущёвская оттепель"]
deprecated = { ru = ["потепление"] }
forbidden  = { es = ["The Thaw"] }
forms      = { ru = ["оттепели"] }
case  = "auto"
match = "stem"

[[concept]]
id = "cpsu"
es = "PCUS"
en = "CPSU"
ru = "КПСС"
"pt-BR" = "PCUS"
`

func TestParseGood(t *testing.T) {
	g, diags := Parse("g.toml", []byte(good))
	if len(diags) != 0 || g == nil {
		t.Fatalf("diagnostics: %v", diags)
	}
	if g.Name != "Soviet history" || g.Source != "es" || strings.Join(g.Languages, ",") != "es,en,ru,pt-BR" {
		t.Errorf("metadata: %q %q %v", g.Name, g.Source, g.Languages)
	}
	thaw, ok := g.Concept("thaw")
	if !ok {
		t.Fatal("no concept thaw")
	}
	type row struct {
		lang, text, status string
		form               bool
		line, col          int
	}
	var got []row
	for _, tm := range thaw.Terms {
		got = append(got, row{tm.Lang, tm.Text, tm.Status.String(), tm.Form, tm.Line, tm.Col})
	}
	want := []row{
		{"es", "deshielo", "preferred", false, 10, 7},
		{"es", "deshielo de Jruschov", "admitted", false, 10, 19},
		{"en", "Thaw", "preferred", false, 11, 7},
		{"en", "Khrushchev Thaw", "admitted", false, 11, 15},
		{"ru", "оттепель", "preferred", false, 12, 7},
		{"ru", "хрущёвская оттепель", "admitted", false, 12, 19},
		{"ru", "потепление", "deprecated", false, 13, 22},
		{"es", "The Thaw", "forbidden", false, 14, 22},
		{"ru", "оттепели", "preferred", true, 15, 22},
	}
	if len(got) != len(want) {
		t.Fatalf("terms:\n got %v\nwant %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("term %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if thaw.Domain != "history" || thaw.Note != "Khrushchev's Thaw, 1953-1964" || thaw.Line != 6 || thaw.Col != 1 {
		t.Errorf("concept fields: %+v", thaw)
	}
	cpsu, _ := g.Concept("cpsu")
	for _, tm := range cpsu.Terms {
		if !tm.Sensitive {
			t.Errorf("%s %q: auto case should be sensitive for capitals", tm.Lang, tm.Text)
		}
	}
	for _, tm := range thaw.Terms {
		// A capital after the first letter makes a term case-sensitive.
		want := strings.ContainsAny(tm.Text, "JKT") && tm.Text != "Thaw"
		if tm.Sensitive != want {
			t.Errorf("%s %q: Sensitive = %v, want %v", tm.Lang, tm.Text, tm.Sensitive, want)
		}
	}
	if f := thaw.Terms[8]; f.Canonical != "оттепель" {
		t.Errorf("form canonical = %q", f.Canonical)
	}
}

func TestAutoCase(t *testing.T) {
	for term, want := range map[string]bool{
		"PCUS": true, "КПСС": true, "the West": true, "Nikita Khrushchev": true, "ГУЛАГ": true,
		"Thaw": false, "оттепель": false, "Jruschov": false, "X": false, "XX съезд": true,
	} {
		if got := autoSensitive(term); got != want {
			t.Errorf("autoSensitive(%q) = %v, want %v", term, got, want)
		}
	}
}

// Broken glossaries: each gives exactly these diagnostics, in this order.
func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"syntax", "[[concept]\nid = \"x\"\n",
			[]string{`g.toml:1:10: error: TOML syntax: expected end of table array name delimiter ']', but got '\n' instead`}},
		{"unterminated string", "[[concept]]\nid = \"x\nen = \"y\"\n",
			[]string{`g.toml:2:8: error: TOML syntax: strings cannot contain newlines`}},
		{"unknown top key", "[glosary]\nname = \"x\"\n",
			[]string{`g.toml:1:1: error: unknown key "glosary" (did you mean "glossary"?)`}},
		{"unknown top key, far from any", "[terms]\nname = \"x\"\n",
			[]string{`g.toml:1:1: error: unknown key "terms"`}},
		{"unknown meta key", "[glossary]\nnmae = \"x\"\n",
			[]string{`g.toml:2:1: error: unknown key "glossary.nmae" (did you mean "name"?)`}},
		{"concept key with a typo", "[[concept]]\nid = \"thaw\"\nen = \"Thaw\"\ndeprecatd = { en = \"x\" }\n",
			[]string{`g.toml:4:1: error: unknown key "deprecatd" in concept "thaw" (did you mean "deprecated"?)`}},
		{"unknown concept key", "[[concept]]\nid = \"thaw\"\nen = \"Thaw\"\nstauts = \"approved\"\n",
			[]string{`g.toml:4:1: error: unknown key "stauts" in concept "thaw" (not a field and not a BCP 47 language tag)`}},
		{"missing id", "[[concept]]\nen = \"Thaw\"\n",
			[]string{`g.toml:1:1: error: concept has no id`}},
		{"empty id", "[[concept]]\nid = \" \"\nen = \"Thaw\"\n",
			[]string{`g.toml:2:6: error: concept id is empty`}},
		{"id not a string", "[[concept]]\nid = 7\nen = \"Thaw\"\n",
			[]string{`g.toml:2:1: error: id must be a string`}},
		{"duplicate id", "[[concept]]\nid = \"a\"\nen = \"x\"\n[[concept]]\nid = \"a\"\nen = \"y\"\n",
			[]string{`g.toml:5:6: error: duplicate concept id "a" (first defined at g.toml:1:1)`}},
		{"empty term", "[[concept]]\nid = \"a\"\nen = [\"x\", \"\"]\n",
			[]string{`g.toml:3:12: error: empty term in en of concept "a"`}},
		{"empty array", "[[concept]]\nid = \"a\"\nen = []\nes = \"x\"\n",
			[]string{`g.toml:3:1: error: empty term in en of concept "a"`}},
		{"term without words", "[[concept]]\nid = \"a\"\nen = \"--\"\nes = \"x\"\n",
			[]string{`g.toml:3:6: error: term "--" in concept "a" has no words`}},
		{"bad term type", "[[concept]]\nid = \"a\"\nen = 5\nes = \"x\"\n",
			[]string{`g.toml:3:1: error: en in concept "a" must be a string or an array of strings`}},
		{"bad language in table", "[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecated = { english = \"y\" }\n",
			[]string{`g.toml:4:16: error: "english" is not a valid BCP 47 language tag`}},
		{"bad languages", "[glossary]\nlanguages = [\"es\", \"españa\"]\n",
			[]string{`g.toml:2:20: error: "españa" is not a valid BCP 47 language tag`}},
		{"bad source", "[glossary]\nsource = \"zz-zz-zz-zz\"\n",
			[]string{`g.toml:2:10: error: "zz-zz-zz-zz" is not a valid BCP 47 language tag`}},
		{"deprecated not a table", "[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecated = \"y\"\n",
			[]string{`g.toml:4:1: error: deprecated in concept "a" must be a table of languages, like deprecated = { ru = ["…"] }`}},
		{"approved and forbidden", "[[concept]]\nid = \"a\"\nen = \"Thaw\"\nforbidden = { en = \"thaw\" }\n",
			[]string{`g.toml:4:20: error: term "thaw" (en) is both preferred and forbidden in concept "a"`}},
		{"approved and deprecated", "[[concept]]\nid = \"a\"\nru = [\"оттепель\", \"потепление\"]\ndeprecated = { ru = \"Потепление\" }\n",
			[]string{`g.toml:4:21: error: term "Потепление" (ru) is both admitted and deprecated in concept "a"`}},
		{"listed twice", "[[concept]]\nid = \"a\"\nen = [\"Thaw\", \"thaw\"]\n",
			[]string{`g.toml:3:15: error: term "thaw" (en) is listed twice in concept "a"`}},
		{"same term two concepts", "[[concept]]\nid = \"a\"\nen = \"file\"\n[[concept]]\nid = \"b\"\nen = \"File\"\n",
			[]string{`g.toml:6:6: warning: term "File" (en) of concept "b" is also in concept "a" (g.toml:3:6)`}},
		{"forms without term", "[[concept]]\nid = \"a\"\nen = \"x\"\nforms = { ru = \"люди\" }\n",
			[]string{`g.toml:4:11: error: forms for ru in concept "a", which has no preferred ru term`}},
		{"bad case", "[[concept]]\nid = \"a\"\nen = \"x\"\ncase = \"upper\"\n",
			[]string{`g.toml:4:8: error: case must be "auto", "sensitive" or "insensitive", not "upper"`}},
		{"bad match", "[[concept]]\nid = \"a\"\nen = \"x\"\nmatch = \"fuzzy\"\n",
			[]string{`g.toml:4:9: error: match must be "stem" or "exact", not "fuzzy"`}},
		{"no terms", "[[concept]]\nid = \"a\"\ndeprecated = { en = \"x\" }\n",
			[]string{`g.toml:1:1: error: concept "a" has no approved term in any language`}},
		{"concept as table", "[concept]\nid = \"a\"\n",
			[]string{`g.toml:1:1: error: concept must be an array of tables, written [[concept]]`}},
		{"glossary as value", "glossary = 3\n",
			[]string{`g.toml:1:1: error: glossary must be a table`}},
		{"name not string", "[glossary]\nname = [\"a\"]\n",
			[]string{`g.toml:2:1: error: glossary.name must be a string`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, diags := Parse("g.toml", []byte(c.src))
			var got []string
			for _, d := range diags {
				got = append(got, d.Error())
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
			if (diags.Errors() > 0) != (g == nil) {
				t.Errorf("glossary returned with errors, or withheld without: %v", g)
			}
		})
	}
}

func TestLoadSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	a := dir + "/a.toml"
	b := dir + "/b.toml"
	writeFile(t, a, "[[concept]]\nid = \"x\"\nen = \"file\"\n")
	writeFile(t, b, "[[concept]]\nid = \"x\"\nen = \"folder\"\n")
	_, diags := Load(a, b, dir+"/missing.toml")
	if len(diags) != 2 {
		t.Fatalf("diagnostics: %v", diags)
	}
	if got := diags[0].Error(); got != b+`:2:6: error: duplicate concept id "x" (first defined at `+a+`:1:1)` {
		t.Errorf("got %s", got)
	}
	if got := diags[1].Error(); got != dir+"/missing.toml:1:1: error: cannot read glossary: no such file or directory" {
		t.Errorf("got %s", got)
	}
}

func writeFile(t *testing.T, name, s string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// FuzzParse: any input gives a glossary or diagnostics, never a panic; every
// diagnostic has a position inside the input.
func FuzzParse(f *testing.F) {
	f.Add(good)
	f.Add("[[concept]]\nid = \"a\"\nen = [\"x\", \"\"]\n")
	f.Add("[glossary]\nlanguages = [\"es\", 5]\n[[concept]]\nid=\"\"\nforms={ru=[\"a\"]}\n")
	f.Add("[[concept]]\nid = '''a'''\nen = \"\"\"x\ny\"\"\"\ndeprecated = {en={}}\n")
	f.Fuzz(func(t *testing.T, src string) {
		g, diags := Parse("f.toml", []byte(src))
		if g == nil && diags.Errors() == 0 {
			t.Fatal("no glossary and no error")
		}
		lines := strings.Count(src, "\n") + 1
		for _, d := range diags {
			if d.Line < 1 || d.Col < 1 || d.Line > lines+1 {
				t.Fatalf("diagnostic outside the input: %v", d)
			}
			_ = d.Error()
		}
	})
}
