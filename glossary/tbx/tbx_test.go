package tbx_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/tbx"
)

// read reads one TBX file's contents as glossary.Load would.
func read(name string, src []byte) (*glossary.Glossary, diag.List) {
	b := glossary.NewBuilder()
	tbx.Read(b, name, src)
	return b.Finish()
}

// shared returns the path of a file under ../shared/corpora (next to the
// module root), skipping the test when it is absent.
func shared(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("module root not found")
		}
		dir = up
	}
	p := filepath.Join(dir, "..", "shared", "corpora", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent", p)
	}
	return p
}

func TestCLDR(t *testing.T) {
	p := shared(t, "termbases/cldr.en-es-ru.tbx")
	g, diags := glossary.Load(p)
	if g == nil {
		t.Fatal(diags)
	}
	if f := glossary.FormatOf(p, nil); f.Name != "tbx" {
		t.Errorf("format of %s is %q, want tbx", p, f.Name)
	}
	if len(g.Concepts) != 1151 {
		t.Errorf("%d concepts, want 1151", len(g.Concepts))
	}
	for _, c := range g.Concepts {
		for _, l := range []string{"es", "en", "ru"} {
			if _, ok := c.Preferred(l); !ok {
				t.Errorf("concept %s (line %d) has no preferred term in %s", c.ID, c.Line, l)
			}
		}
		if c.Domain == "" {
			t.Errorf("concept %s has no domain", c.ID)
		}
	}
	day, ok := g.Concept("datefield-day")
	if !ok {
		t.Fatal("no concept datefield-day")
	}
	if ru, _ := day.Preferred("ru"); ru.Text != "день" || day.Domain != "datefield" || day.Line != 5 || day.Col != 1 {
		t.Errorf("datefield-day: ru %q, domain %q at %d:%d; want день, datefield at 5:1", ru.Text, day.Domain, day.Line, day.Col)
	}
	if g.Source != "en" {
		t.Errorf("source %q, want en (the root's xml:lang)", g.Source)
	}
	for _, d := range diags {
		if d.Severity == diag.Info {
			t.Errorf("info on a plain TBX-Basic file: %v", d)
		}
	}
}

// TestCSV2TBX imports a TBX file written by translate-toolkit's csv2tbx
// from the CLDR spreadsheet (en → es): martif without namespace, ids made
// of the English term, xml:lang on each langSet.
func TestCSV2TBX(t *testing.T) {
	tsv := shared(t, "termbases/cldr.en-es-ru.tsv")
	csv2tbx, err := exec.LookPath("csv2tbx")
	if err != nil {
		t.Skip("csv2tbx (translate-toolkit) is not installed")
	}
	src, err := os.ReadFile(tsv)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(src))
	r.Comma = '\t'
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	// csv2tbx makes the English term the entry's id: keep the first row
	// of each English term, as a bilingual glossary would have it.
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"location", "source", "target"})
	want := map[string]string{}
	var order []string
	for _, row := range rows[1:] {
		en, es := row[col["en"]], row[col["es"]]
		if _, dup := want[en]; dup || strings.TrimSpace(en) == "" {
			continue
		}
		want[en] = es
		order = append(order, en)
		w.Write([]string{row[col["id"]], en, es})
	}
	w.Flush()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "cldr.csv"), filepath.Join(dir, "cldr.tbx")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(csv2tbx, in, out).CombinedOutput(); err != nil {
		t.Fatalf("csv2tbx: %v\n%s", err, msg)
	}
	// csv2tbx, not told the target language, writes xml:lang="xx", which
	// is no language: every target langSet is an error, and nothing else.
	g, diags := glossary.Load(out)
	// (Warnings: "Calories" and "calories" are two rows, one term.)
	for _, d := range diags {
		if d.Severity == diag.Error && (d.ID != "GlossaryBadLanguage" || d.Data["Tag"] != "xx") ||
			d.Severity == diag.Warning && d.ID != "GlossaryTermInTwoConcepts" {
			t.Errorf("unexpected diagnostic %v", d)
		}
	}
	if g != nil || diags.Errors() != len(order) {
		t.Fatalf("glossary %v, %d errors; want one on each of the %d xml:lang=\"xx\"", g != nil, diags.Errors(), len(order))
	}
	// With the language named, as a user would fix it, the file reads.
	src, err = os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	src = bytes.ReplaceAll(src, []byte(`xml:lang="xx"`), []byte(`xml:lang="es"`))
	if err := os.WriteFile(out, src, 0o644); err != nil {
		t.Fatal(err)
	}
	g, diags = glossary.Load(out)
	if g == nil {
		t.Fatal(diags)
	}
	if len(g.Concepts) != len(order) {
		t.Fatalf("%d concepts, want %d", len(g.Concepts), len(order))
	}
	for i, c := range g.Concepts {
		en, _ := c.Preferred("en")
		if en.Text != order[i] || c.ID != order[i] {
			t.Errorf("concept %d: id %q, en %q; want %q", i, c.ID, en.Text, order[i])
			continue
		}
		if es, _ := c.Preferred("es"); es.Text != want[en.Text] {
			t.Errorf("concept %q: es %q, want %q", c.ID, es.Text, want[en.Text])
		}
	}
}

// TestDialects reads the same concept in each dialect people have.
func TestDialects(t *testing.T) {
	tests := []struct{ name, src string }{
		{"martif tig", `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><titleStmt><title>T</title></titleStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
<text><body><termEntry id="snow"><descrip type="subjectField">weather</descrip><descrip type="definition">frozen rain</descrip>
<langSet xml:lang="en"><tig><term>snow</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>snowing</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="ru"><tig><term>снег</term></tig><tig><term>снежок</term></tig><tig><term>снегопадение</term><termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
</termEntry></body></text></martif>`},
		{"martif ntig normativeAuthorization", `<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></martifHeader>
<text><body><termEntry id="snow"><descripGrp><descrip type="subjectField">weather</descrip><admin type="source">me</admin></descripGrp><note>frozen rain</note>
<langSet xml:lang="en"><ntig><termGrp><term>snow</term><termNote type="normativeAuthorization">preferredTerm-admn-sts</termNote></termGrp></ntig>
<ntig><termGrp><term>snowing</term><termNote type="normativeAuthorization">supersededTerm-admn-sts</termNote></termGrp></ntig></langSet>
<langSet xml:lang="ru"><ntig><termGrp><term>снег</term></termGrp></ntig><ntig><termGrp><term>снежок</term></termGrp></ntig><ntig><termGrp><term>снегопадение</term></termGrp><descrip type="Usage note">forbidden</descrip></ntig></langSet>
</termEntry></body></text></martif>`},
		{"TBX v3 DCA", `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><titleStmt><title>T</title></titleStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="snow"><descrip type="subjectField">weather</descrip><descrip type="definition">frozen rain</descrip>
<langSec xml:lang="en"><termSec><term>snow</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>snowing</term><termNoteGrp><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termNoteGrp></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>снег</term></termSec><termSec><term>снежок</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec><termSec><term>снегопадение</term><termNote type="administrativeStatus">obsolete</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>`},
		{"TBX-Min v3 DCT", `<tbx style="dct" type="TBX-Min" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:min="http://www.tbxinfo.net/ns/min"><tbxHeader><fileDesc><titleStmt><title>T</title></titleStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="snow"><min:subjectField>weather</min:subjectField><note>frozen rain</note>
<langSec xml:lang="en"><termSec><term>snow</term><min:administrativeStatus>preferred</min:administrativeStatus></termSec>
<termSec><term>snowing</term><min:administrativeStatus>deprecated</min:administrativeStatus></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>снег</term></termSec><termSec><term>снежок</term></termSec><termSec><term>снегопадение</term><min:administrativeStatus>forbidden</min:administrativeStatus></termSec></langSec>
</conceptEntry></body></text></tbx>`},
	}
	want := "snow [weather] frozen rain: en snow preferred, en snowing deprecated, ru снег preferred, ru снежок admitted, ru снегопадение forbidden"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, diags := read("t.tbx", []byte(tt.src))
			if g == nil {
				t.Fatal(diags)
			}
			if len(g.Concepts) != 1 {
				t.Fatalf("%d concepts", len(g.Concepts))
			}
			if got := describe(g.Concepts[0]); got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
			if g.Name != "T" || g.Source != "en" {
				t.Errorf("name %q, source %q", g.Name, g.Source)
			}
		})
	}
}

func describe(c *glossary.Concept) string {
	var terms []string
	for _, t := range c.Terms {
		s := t.Lang + " " + t.Text + " " + t.Status.String()
		if t.Form {
			s += " form of " + t.Canonical
		}
		terms = append(terms, s)
	}
	return fmt.Sprintf("%s [%s] %s: %s", c.ID, c.Domain, c.Note, strings.Join(terms, ", "))
}

// TestStatusDefaults: a term without status is admitted, except the first
// unmarked one of a language where none is marked preferred.
func TestStatusDefaults(t *testing.T) {
	src := `<martif><text><body>
<termEntry id="a"><langSet xml:lang="en"><tig><term>one</term></tig><tig><term>two</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig><tig><term>three</term></tig></langSet>
<langSet xml:lang="es"><tig><term>viejo</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig><tig><term>nuevo</term></tig><tig><term>otro</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="en"><tig><term>no id</term></tig></langSet></termEntry>
<termEntry id=""><langSet xml:lang="en"><tig><term>empty id</term></tig></langSet></termEntry>
</body></text></martif>`
	g, diags := read("t.tbx", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	var got []string
	for _, c := range g.Concepts {
		got = append(got, describe(c))
	}
	want := []string{
		"a [] : en one admitted, en two preferred, en three admitted, es viejo deprecated, es nuevo preferred, es otro admitted",
		"#2 [] : en no id preferred",
		"#3 [] : en empty id preferred",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNotesAndUnread: notes of every level are kept, prefixed; unread
// elements draw one info each and never fail the import.
func TestNotesAndUnread(t *testing.T) {
	src := `<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c"><descrip type="definition">def</descrip><note>a &lt;note&gt; &amp; more</note><transacGrp><transac type="transactionType">origination</transac></transacGrp>
<langSet xml:lang="en"><descrip type="definition">en def</descrip><tig><term>term</term><termNote type="partOfSpeech">noun</termNote><note>term note</note></tig>
<tig><term>other</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
</termEntry></body></text></martif>`
	g, diags := read("t.tbx", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	if got, want := g.Concepts[0].Note, "def\na <note> & more\nen: en def\nterm: term note"; got != want {
		t.Errorf("note %q, want %q", got, want)
	}
	var infos []string
	for _, d := range diags {
		infos = append(infos, fmt.Sprintf("%d:%d %s %s %v", d.Line, d.Col, d.Severity, d.ID, d.Data["Element"]))
	}
	want := []string{
		"2:97 info TBXNotRead transacGrp",
		"3:89 info TBXNotRead termNote type=\"partOfSpeech\"",
	}
	if strings.Join(infos, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(infos, "\n"), strings.Join(want, "\n"))
	}
}

// TestEncodings: UTF-16 with a BOM and a declared single-byte encoding
// read as UTF-8 does, with the same positions.
func TestEncodings(t *testing.T) {
	utf8src := "<?xml version=\"1.0\" encoding=\"%s\"?>\n<martif><text><body>\n<termEntry id=\"c\"><langSet xml:lang=\"es\"><tig><term>año</term></tig></langSet></termEntry>\n</body></text></martif>\n"
	utf16 := func(s string, be bool) []byte {
		var out []byte
		if be {
			out = []byte{0xFE, 0xFF}
		} else {
			out = []byte{0xFF, 0xFE}
		}
		for _, r := range s {
			if be {
				out = append(out, byte(r>>8), byte(r))
			} else {
				out = append(out, byte(r), byte(r>>8))
			}
		}
		return out
	}
	latin1 := []byte(strings.ReplaceAll(fmt.Sprintf(utf8src, "ISO-8859-1"), "ñ", "\xf1"))
	for name, src := range map[string][]byte{
		"utf-8":      []byte(fmt.Sprintf(utf8src, "UTF-8")),
		"utf-8 bom":  append([]byte("\xEF\xBB\xBF"), fmt.Sprintf(utf8src, "UTF-8")...),
		"utf-16le":   utf16(fmt.Sprintf(utf8src, "UTF-16"), false),
		"utf-16be":   utf16(fmt.Sprintf(utf8src, "UTF-16"), true),
		"iso-8859-1": latin1,
	} {
		t.Run(name, func(t *testing.T) {
			g, diags := read("t.tbx", src)
			if g == nil {
				t.Fatal(diags)
			}
			term := g.Concepts[0].Terms[0]
			if term.Text != "año" || term.Line != 3 || term.Col != 47 {
				t.Errorf("term %q at %d:%d, want año at 3:47", term.Text, term.Line, term.Col)
			}
		})
	}
	if _, diags := read("t.tbx", []byte(fmt.Sprintf(utf8src, "EBCDIC-XX"))); len(diags) != 1 || diags[0].ID != "TBXSyntax" {
		t.Errorf("unknown encoding: %v", diags)
	}
}

func TestSniff(t *testing.T) {
	for src, want := range map[string]string{
		"<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif type=\"TBX\">": "tbx",
		"<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">":       "tbx",
		"<tmx version=\"1.4\">":                            "toml",
		"[glossary]\nname = \"x\"\n":                       "toml",
		"\xFF\xFE<\x00m\x00a\x00r\x00t\x00i\x00f\x00>\x00": "tbx",
		"\xFE\xFF\x00<\x00t\x00b\x00x\x00>":                "tbx",
	} {
		if got := glossary.FormatOf("glossary.xml", []byte(src)).Name; got != want {
			t.Errorf("FormatOf(%.30q) = %s, want %s", src, got, want)
		}
	}
}
