package sheet_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	_ "github.com/glosa-dev/glosa/glossary/sheet"
	"github.com/glosa-dev/glosa/internal/glossarytest"
)

func format(t testing.TB, name string) glossary.Format {
	t.Helper()
	for _, f := range glossary.Formats() {
		if f.Name == name {
			return f
		}
	}
	t.Fatalf("format %s is not registered", name)
	return glossary.Format{}
}

// parse reads src in the named format, as glossary.Load does.
func parse(t testing.TB, format glossary.Format, name string, src []byte) (*glossary.Glossary, diag.List) {
	t.Helper()
	b := glossary.NewBuilder()
	format.Read(b, name, src)
	return b.Finish()
}

func errorsOf(l diag.List) diag.List {
	var out diag.List
	for _, d := range l {
		if d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}

// fixture has what a sheet must quote and every field a concept has.
const fixture = `[glossary]
languages = ["es", "en", "ru"]

[[concept]]
id = "quote"
domain = "tests, and more"
note = "a note with \"quotes\", commas, and a line break:\nhere"
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
id = "человек"
ru = "человек"
forms = { ru = ["люди"] }
case = "insensitive"

[[concept]]
id = "id only in en"
en = "only"
deprecated = { de = ["nur"] }
`

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TOML -> CSV -> TOML and TOML -> TSV -> TOML lose nothing: concepts
// compared field by field, and the languages in their order.
func TestRoundTrip(t *testing.T) {
	inputs := map[string][]byte{"fixture.toml": []byte(fixture)}
	for _, name := range []string{"glossary.toml", "software.toml", "homonyms.toml", "ui.toml"} {
		inputs[name] = readFile(t, filepath.Join("..", "..", "testdata", name))
	}
	toml := glossary.Formats()[0]
	for _, fname := range []string{"csv", "tsv"} {
		f := format(t, fname)
		for name, src := range inputs {
			t.Run(fname+"/"+name, func(t *testing.T) {
				if fname == "tsv" && name == "fixture.toml" {
					// the note's line break: TSV refuses it (TestWriteErrors)
					src = bytes.Replace(src, []byte(`break:\nhere`), []byte(`break: here`), 1)
				}
				want, diags := glossary.Parse(name, src)
				if want == nil {
					t.Fatal(diags)
				}
				var out bytes.Buffer
				if err := f.Write(&out, want); err != nil {
					t.Fatal(err)
				}
				got, diags := parse(t, f, "out."+fname, out.Bytes())
				if got == nil {
					t.Fatalf("%v\n%s", diags, out.String())
				}
				if !slices.Equal(got.Languages, want.Languages) {
					t.Errorf("languages %v, want %v", got.Languages, want.Languages)
				}
				for _, d := range glossarytest.Diff(want, got) {
					t.Error(d)
				}
				// And back to TOML: the same glossary again.
				var again bytes.Buffer
				if err := toml.Write(&again, got); err != nil {
					t.Fatal(err)
				}
				back, diags := glossary.Parse("back.toml", again.Bytes())
				if back == nil {
					t.Fatal(diags)
				}
				for _, d := range glossarytest.Diff(got, back) {
					t.Error(d)
				}
			})
		}
	}
}

// A sheet can say what TOML cannot: a language whose terms are all
// admitted. Written back, it says it again.
func TestAdmittedOnly(t *testing.T) {
	src := "id,es,es:admitted,en\nx,,\"uno; otro\",one\n"
	f := format(t, "csv")
	g, diags := parse(t, f, "a.csv", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	terms := glossarytest.Terms(g.Concepts[0])
	if terms["es admitted"] != "uno | otro" || terms["es preferred"] != "" {
		t.Fatalf("terms %v", terms)
	}
	var out bytes.Buffer
	if err := f.Write(&out, g); err != nil {
		t.Fatal(err)
	}
	if want := "id,es,en,es:admitted\nx,,one,uno; otro\n"; out.String() != want {
		t.Errorf("written %q, want %q", out.String(), want)
	}
}

func TestHeaderSpellings(t *testing.T) {
	src := "\ufeffConcept ID,Subject Field,EN_us,es-MX,Definition,ru (Deprecated),ru:forbidden,RU,ru_forms,es-MX admitted,Comments,Case,Match\r\n" +
		"a,d,one,uno,def,плохо,нельзя,один,одного,otro,more,insensitive,exact\r\n"
	g, diags := parse(t, format(t, "csv"), "h.csv", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	c := g.Concepts[0]
	if c.ID != "a" || c.Domain != "d" || c.Note != "def\nmore" || c.Case != glossary.CaseInsensitive || c.Match != glossary.MatchExact {
		t.Errorf("concept %+v", c)
	}
	got := glossarytest.Terms(c)
	want := map[string]string{"en-US preferred": "one", "es-MX preferred": "uno", "es-MX admitted": "otro",
		"ru preferred": "один", "ru deprecated": "плохо", "ru forbidden": "нельзя", "ru forms": "одного"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("terms %v\nwant  %v", got, want)
	}
	if strings.Join(g.Languages, ",") != "en-US,es-MX,ru" {
		t.Errorf("languages %v", g.Languages)
	}
	var infos []string
	for _, d := range diags {
		if d.Severity == diag.Info {
			infos = append(infos, fmt.Sprintf("%d:%d %s", d.Line, d.Col, d.ID))
		}
	}
	wantInfos := "1:1 SheetColumnID,1:12 SheetColumnDomain,1:26 SheetColumnTerms,1:32 SheetColumnTerms,1:38 SheetColumnNote," +
		"1:49 SheetColumnDeprecated,1:65 SheetColumnForbidden,1:78 SheetColumnTerms,1:81 SheetColumnForms,1:90 SheetColumnAdmitted," +
		"1:105 SheetColumnNote,1:114 SheetColumnCase,1:119 SheetColumnMatch"
	if strings.Join(infos, ",") != wantInfos {
		t.Errorf("infos\n%s\nwant\n%s", strings.Join(infos, ","), wantInfos)
	}
}

// Cells: several terms split on ";" and "|", quoted cells with line breaks
// and doubled quotes, each term at its place; blank rows skipped; ids made
// from the first term, unique.
func TestCells(t *testing.T) {
	src := "es,en,note\n" +
		"\n" +
		"deshielo; deshielo de Jruschov | el Deshielo,Thaw,\n" +
		",,\n" +
		"\"Deshielo\",\"the \"\"Thaw\"\"\n, again; thaw2\",\"two\r\nlines\"\n" +
		",Только en\n"
	g, diags := parse(t, format(t, "csv"), "c.csv", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	type term struct {
		text      string
		status    string
		line, col int
	}
	var got [][]term
	var ids, notes []string
	for _, c := range g.Concepts {
		var ts []term
		for _, tm := range c.Terms {
			ts = append(ts, term{tm.Text, tm.Status.String(), tm.Line, tm.Col})
		}
		got = append(got, ts)
		ids = append(ids, c.ID)
		notes = append(notes, c.Note)
	}
	want := [][]term{
		{{"deshielo", "preferred", 3, 1}, {"deshielo de Jruschov", "admitted", 3, 11}, {"el Deshielo", "admitted", 3, 34}, {"Thaw", "preferred", 3, 46}},
		{{"Deshielo", "preferred", 5, 2}, {"the \"Thaw\"\n, again", "preferred", 5, 13}, {"thaw2", "admitted", 6, 10}},
		{{"Только en", "preferred", 8, 2}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("terms\n%v\nwant\n%v", got, want)
	}
	if strings.Join(ids, ",") != "deshielo,deshielo-2,только-en" {
		t.Errorf("ids %v", ids)
	}
	if notes[1] != "two\nlines" {
		t.Errorf("note %q", notes[1])
	}
}

// An id given in rows of two domains is read as DOMAIN-ID in each, with a
// warning; twice in one domain it is the builder's duplicate.
func TestQualifiedIDs(t *testing.T) {
	src := "domain\tid\ten\na\tx\tone\nb\tx\ttwo\nc\ty\tthree\n"
	g, diags := parse(t, format(t, "tsv"), "q.tsv", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	var ids []string
	for _, c := range g.Concepts {
		ids = append(ids, c.ID)
	}
	if strings.Join(ids, ",") != "a-x,b-x,y" {
		t.Errorf("ids %v", ids)
	}
	var warns []string
	for _, d := range diags {
		if d.Severity == diag.Warning {
			warns = append(warns, fmt.Sprintf("%d:%d %s %v", d.Line, d.Col, d.ID, d.Data["Qualified"]))
		}
	}
	if strings.Join(warns, "; ") != "2:3 SheetQualifiedID a-x; 3:3 SheetQualifiedID b-x" {
		t.Errorf("warnings %v", warns)
	}
	_, diags = parse(t, format(t, "tsv"), "q.tsv", []byte("domain\tid\ten\na\tx\tone\na\tx\ttwo\n"))
	if e := errorsOf(diags); len(e) != 1 || e[0].ID != "GlossaryDuplicateID" || e[0].Line != 3 || e[0].Col != 3 {
		t.Errorf("duplicate in one domain: %v", diags)
	}
}

// Broken sheets: every problem with its place, as the user sees it.
func TestBroken(t *testing.T) {
	cases := []struct {
		name, format, src string
		want              string // "line:col ID" of each error, "; "-separated
	}{
		{"empty", "csv", "", "1:1 SheetNoHeader"},
		{"blank lines only", "csv", "\n , \n\n", "1:1 SheetNoHeader"},
		{"header without a language", "csv", "id,domain,note\nx,y,z\n", "1:1 SheetNoLanguage"},
		{"data as header", "csv", "deshielo,thaw\n", "1:1 SheetNoLanguage"},
		{"duplicate language", "csv", "es,en,ES\na,b,c\n", "1:7 SheetDuplicateColumn"},
		{"same tag two spellings", "tsv", "en_US\ten-us\na\tb\n", "1:7 SheetDuplicateColumn"},
		{"duplicate id column", "csv", "id,en,code\na,b,c\n", "1:7 SheetDuplicateColumn"},
		{"duplicate status column", "csv", "en,en:deprecated,en (obsolete)\na,b,c\n", "1:18 SheetDuplicateColumn"},
		{"bad language of a status column", "csv", "en,english:deprecated\na,b\n", "1:4 GlossaryBadLanguage"},
		{"bare quote", "csv", "en,es\nthe \"Thaw\",deshielo\n", "2:5 SheetBareQuote"},
		{"unclosed quote", "csv", "en,es\n\"Thaw,deshielo\nx,y\n", "4:1 SheetQuoteFrom"},
		{"text after a closing quote", "csv", "en,es\n\"Thaw\"x,deshielo\n", "2:6 SheetQuote"},
		{"more cells than the header", "csv", "id,en\na,one,extra\nb,two,,\n", "2:7 SheetExtraCell"},
		{"invalid UTF-8", "csv", "en,es\nok,fine\nbad\xff,x\n", "3:4 SheetBadUTF8"},
		{"invalid UTF-8 after a BOM", "tsv", "\ufeffen\t\xc3\n", "1:4 SheetBadUTF8"},
		{"bad case", "csv", "id,en,case\na,one,maybe\n", "2:7 GlossaryBadCase"},
		{"bad match", "tsv", "id\ten\tmatch\na\tone\t stems\n", "2:8 GlossaryBadMatch"},
		{"row without terms", "csv", "id,en,note\na,,a note\n", "2:1 GlossaryNoTerms"},
		{"forms without a term", "csv", "id,en,en:forms\na,,ones\n", "2:1 GlossaryNoTerms; 2:4 GlossaryFormsWithoutTerm"},
		{"approved and forbidden", "csv", "id,en,en:forbidden\na,one,One\n", "2:7 GlossaryConflictingStatus"},
		{"duplicate id", "csv", "id,en\na,one\na,two\n", "3:1 GlossaryDuplicateID"},
		{"term without words", "csv", "id,en\na,--; ok\n", "2:3 GlossaryNoWords"},
		{"errors after a bad row", "csv", "en,es\n\"x\"y,z\nthe \"Thaw\",a\nok,bien\n", "2:3 SheetQuote; 3:5 SheetBareQuote"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, diags := parse(t, format(t, c.format), "b."+c.format, []byte(c.src))
			var got []string
			for _, d := range errorsOf(diags) {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Line, d.Col, d.ID))
			}
			if strings.Join(got, "; ") != c.want {
				t.Errorf("errors %q, want %q\n%v", strings.Join(got, "; "), c.want, diags)
			}
			if g != nil {
				t.Error("a glossary despite errors")
			}
		})
	}
}

func TestUnknownColumnWarns(t *testing.T) {
	g, diags := parse(t, format(t, "csv"), "u.csv", []byte("en,es_translated,,es\nfile,y,,archivo\n"))
	if g == nil {
		t.Fatal(diags)
	}
	var warns []string
	for _, d := range diags {
		if d.Severity == diag.Warning {
			warns = append(warns, fmt.Sprintf("%d:%d %s %v", d.Line, d.Col, d.ID, d.Data["Header"]))
		}
	}
	if strings.Join(warns, "; ") != "1:4 SheetUnknownColumn es_translated" {
		t.Errorf("warnings %v", warns)
	}
	if terms := glossarytest.Terms(g.Concepts[0]); len(terms) != 2 {
		t.Errorf("terms %v", terms)
	}
}

// What a sheet cannot hold is an error at its place, and nothing is
// written.
func TestWriteErrors(t *testing.T) {
	src := "[[concept]]\nid = \"a\"\nen = [\"one; two\", \"three\"]\nnote = \"two\\nlines\"\n\n[[concept]]\nid = \"b\"\nes = \"uno|dos\"\n"
	g, diags := glossary.Parse("w.toml", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	for _, c := range []struct{ format, want string }{
		{"csv", "w.toml:3:7 SheetTermSeparator; w.toml:8:6 SheetTermSeparator"},
		{"tsv", "w.toml:1:1 SheetTSVCell; w.toml:3:7 SheetTermSeparator; w.toml:8:6 SheetTermSeparator"},
	} {
		var out bytes.Buffer
		err := format(t, c.format).Write(&out, g)
		var list diag.List
		if !errors.As(err, &list) {
			t.Fatalf("%s: error %v, want a diag.List", c.format, err)
		}
		var got []string
		for _, d := range list {
			got = append(got, fmt.Sprintf("%s:%d:%d %s", d.File, d.Line, d.Col, d.ID))
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("%s: %q, want %q", c.format, strings.Join(got, "; "), c.want)
		}
		if out.Len() != 0 {
			t.Errorf("%s: wrote %q", c.format, out.String())
		}
	}
}

// Only a header of known columns sniffs as a sheet; TOML never does.
func TestSniff(t *testing.T) {
	tomls, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.toml"))
	if len(tomls) < 3 {
		t.Fatalf("found %d TOML files", len(tomls))
	}
	for _, name := range tomls {
		if f := glossary.FormatOf("noext", readFile(t, name)); f.Name != "toml" {
			t.Errorf("%s sniffs as %s", name, f.Name)
		}
	}
	for src, want := range map[string]string{
		"id,en,es\n": "csv",
		"\ufeff\"id\",\"en\",\"es:deprecated\"\r\n": "csv",
		"domain\tid\ten\tes\tru\n":                  "tsv",
		"en\n":                                      "toml", // one column: give the extension
		"id,en,stauts\n":                            "toml",
		"id,domain,note\n":                          "toml",
		"es = \"x\"\n":                              "toml",
		"en\t= \"x\"\n":                             "toml",
		"[glossary]\n":                              "toml",
		"# es,en\n":                                 "toml",
	} {
		if f := glossary.FormatOf("noext", []byte(src)); f.Name != want {
			t.Errorf("%q sniffs as %s, want %s", src, f.Name, want)
		}
	}
}
