package xliff

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

func read(t *testing.T, name string) *format.File {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(name, bytes.NewReader(b), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// at returns the line:col of the first occurrence of s in the file.
func at(t *testing.T, name, s string) (int, int) {
	t.Helper()
	b, _ := os.ReadFile(name)
	i := bytes.Index(b, []byte(s))
	if i < 0 {
		t.Fatalf("%q not in %s", s, name)
	}
	return format.Position(b, i)
}

type want struct {
	text, key, plural string
	state             format.State
	at                string // the file's bytes where the unit starts
}

func check(t *testing.T, name string, d *format.Document, ws []want) {
	t.Helper()
	if len(d.Units) != len(ws) {
		t.Fatalf("%d units, want %d", len(d.Units), len(ws))
	}
	for i, w := range ws {
		u := d.Units[i]
		if got := string(d.Text[u.Start:u.End]); got != w.text || u.Key != w.key || u.Plural != w.plural || u.State != w.state {
			t.Errorf("unit %d: %q key %q plural %q state %v, want %+v", i, got, u.Key, u.Plural, u.State, w)
		}
		if w.at == "" {
			continue
		}
		l, c := d.Map.Position(d.Text, u.Start)
		if wl, wc := at(t, name, w.at); l != wl || c != wc {
			t.Errorf("unit %d at %d:%d, want %d:%d", i, l, c, wl, wc)
		}
	}
}

func TestXLIFF1(t *testing.T) {
	name := "testdata/app.ru.xlf"
	f := read(t, name)
	src, trg := f.Docs[0], f.Docs[1]
	if src.Lang != "en" || trg.Lang != "ru" {
		t.Errorf("languages %q %q", src.Lang, trg.Lang)
	}
	check(t, name, src, []want{
		{"Save & close", "save", "", 0, "Save &amp;"},
		{`Open <g id="1">%name%</g> now<x id="2"/>`, "2", "", 0, "Open <g"},
		{"%count% file", "3", "one", 0, "%count% file|"},
		{"%count% files", "3", "other", 0, "%count% files<"},
		{"{0} none|]0,Inf[ some", "4", "", 0, "{0}"},
	})
	check(t, name, trg, []want{
		{"Сохранить и\u00a0закрыть", "save", "", format.Translated, "Сохранить"},
		{`Открыть <g id="1">%name%</g> сейчас<x id="2"/>`, "2", "", format.NeedsReview, "Открыть"},
		{"%count% файл", "3", "one", 0, "%count% файл|"},
		{"%count% файла", "3", "few", 0, "%count% файла|"},
		{"%count% файлов", "3", "many", 0, "%count% файлов"},
	})
	// After an escape, positions are still the file's.
	u := src.Units[0]
	off := u.Start + strings.Index(string(src.Text[u.Start:u.End]), "close")
	if l, c := src.Map.Position(src.Text, off); l != 6 || c != 28 {
		t.Errorf("close at %d:%d, want 6:28", l, c)
	}
	u = trg.Units[0]
	off = u.Start + strings.Index(string(trg.Text[u.Start:u.End]), "закрыть")
	wl, wc := at(t, name, "закрыть")
	if l, c := trg.Map.Position(trg.Text, off); l != wl || c != wc {
		t.Errorf("закрыть at %d:%d, want %d:%d", l, c, wl, wc)
	}
	if n := src.Units[0].Notes; len(n) != 1 || n[0] != "Button label" {
		t.Errorf("notes %q", n)
	}
	// Spans: tags as the file writes them, %name% and %count%.
	var spans []string
	for _, s := range trg.Units[1].Spans {
		spans = append(spans, string(trg.Text[s.Start:s.End]))
	}
	if got := strings.Join(spans, " "); got != `<g id="1"> %name% </g> <x id="2"/>` {
		t.Errorf("spans %s", got)
	}
	if s := trg.Units[1].Spans; s[0].Kind != format.Tag || s[1].Kind != format.Placeholder {
		t.Errorf("span kinds %v", s)
	}
	// Rows: ru's few and many pair with en's other; unit 4 has no target.
	wantRows := "[[0 0] [1 1] [2 2] [3 3] [3 4] [4 -1]]"
	if got := fmt.Sprint(f.Units); got != wantRows {
		t.Errorf("rows %s, want %s", got, wantRows)
	}
}

func TestXLIFF2(t *testing.T) {
	name := "testdata/app.xlf"
	f := read(t, name)
	src, trg := f.Docs[0], f.Docs[1]
	if src.Lang != "en" || trg.Lang != "es" {
		t.Errorf("languages %q %q", src.Lang, trg.Lang)
	}
	check(t, name, src, []want{
		{`Hello, <pc id="1">world</pc>!`, "greeting#1", "", 0, "Hello"},
		{"Bell\a <ph id=\"2\"/><b>", "greeting#s2", "", 0, "Bell"},
	})
	check(t, name, trg, []want{
		{`¡Hola, <pc id="1">mundo</pc>!`, "greeting#1", "", format.Final, "¡Hola"},
		{"", "greeting#s2", "", format.NeedsTranslation, ""},
	})
	if u := trg.Units[1]; u.Start != u.End {
		t.Errorf("empty target %v", u)
	}
	if n := src.Units[1].Notes; len(n) != 1 || n[0] != "Home page" {
		t.Errorf("notes %q", n)
	}
	// After <cp/>, and after &lt;b&gt;'s entities.
	u := src.Units[1]
	for _, s := range []string{" <ph", "b&gt;"} {
		sub := strings.TrimSuffix(strings.TrimPrefix(s, " "), "&gt;")
		off := u.Start + strings.Index(string(src.Text[u.Start:u.End]), sub)
		if s == "b&gt;" {
			off = u.Start + strings.LastIndex(string(src.Text[u.Start:u.End]), "b")
		}
		wl, wc := at(t, name, strings.TrimPrefix(s, " "))
		if l, c := src.Map.Position(src.Text, off); l != wl || c != wc {
			t.Errorf("%q at %d:%d, want %d:%d", s, l, c, wl, wc)
		}
	}
	var kinds []format.SpanKind
	for _, s := range u.Spans {
		kinds = append(kinds, s.Kind)
	}
	if len(kinds) != 2 || kinds[0] != format.Tag || kinds[1] != format.Tag {
		t.Errorf("spans %v", u.Spans)
	}
}

func TestBroken(t *testing.T) {
	const v12 = `<xliff version="1.2"><file source-language="en" target-language="es"><body>`
	for _, c := range []struct {
		name, in, id string
		line, col    int
	}{
		{"x.xlf", "<xliff version=\"1.2\">\n  <file>\n</xliff>", "XLIFFBadXML", 3, 9},
		{"x.xlf", "<?xml version=\"1.0\"?>\n<resources/>", "XLIFFNotXLIFF", 2, 1},
		{"x.xlf", "\n<xliff version=\"3.0\"/>", "XLIFFBadVersion", 2, 1},
		{"x.xlf", v12 + "\n<trans-unit><source>a</source></trans-unit></body></file></xliff>", "XLIFFNoID", 2, 1},
		{"x.xlf", v12 + "<trans-unit id=\"1\"><source>a</source></trans-unit>\n <trans-unit id=\"1\"><source>b</source></trans-unit></body></file></xliff>", "XLIFFDuplicateID", 2, 2},
		{"x.xlf", v12 + "\n<trans-unit id=\"1\"><target>a</target></trans-unit></body></file></xliff>", "XLIFFNoSource", 2, 1},
		{"x.xlf", v12 + "</body></file>\n<file source-language=\"en\" target-language=\"ru\"></file></xliff>", "XLIFFMixedLanguages", 2, 1},
		{"x.xlf", v12 + "<trans-unit id=\"1\"><source>a &nbsp; b</source>", "XLIFFBadXML", 1, 111},
		{"x.xlf", "<xliff version=\"1.2\"><file>\xff</file></xliff>", "InputBadUTF8", 1, 28},
		{"x.xlf", "", "XLIFFNotXLIFF", 1, 1},
	} {
		_, err := Read(c.name, strings.NewReader(c.in), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 {
			t.Errorf("%q: error %v", c.in, err)
			continue
		}
		if d := l[0]; d.ID != c.id || d.Line != c.line || d.Col != c.col || d.File != c.name {
			t.Errorf("%q: %s %s:%d:%d, want %s %d:%d", c.in, d.ID, d.File, d.Line, d.Col, c.id, c.line, c.col)
		}
	}
}

func TestDetect(t *testing.T) {
	for _, name := range []string{"testdata/app.xlf", "testdata/app.ru.xlf"} {
		b, _ := os.ReadFile(name)
		if f := format.Detect(name, b); f.Name != "xliff" {
			t.Errorf("%s: %s", name, f.Name)
		}
		if f := format.Detect("x.xml", b); f.Name != "xliff" {
			t.Errorf("%s as .xml: %s", name, f.Name)
		}
	}
	if Sniff([]byte("<tmx>")) {
		t.Error("tmx sniffed as xliff")
	}
}

// TestLangFromName: without target-language, the name says it.
func TestLangFromName(t *testing.T) {
	f, err := Read("messages.ru.xlf", strings.NewReader(`<xliff version="1.2"><file><body><trans-unit id="a"><source>x</source><target>y</target></trans-unit></body></file></xliff>`), format.Options{SourceLang: "es"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Docs[0].Lang != "es" || f.Docs[1].Lang != "ru" {
		t.Errorf("languages %q %q", f.Docs[0].Lang, f.Docs[1].Lang)
	}
}

// TestCorpora: every real XLIFF file reads, with as many messages as
// <trans-unit>/<unit> elements (and as facts.json says for bolt-seo).
func TestCorpora(t *testing.T) {
	root := "/work/shared/corpora/l10n"
	files, _ := filepath.Glob(root + "/xliff/symfony/*/*.xlf")
	f2, _ := filepath.Glob(root + "/formats/xliff2/*/*/*.xlf")
	files = append(files, f2...)
	if len(files) == 0 {
		t.Skip("no corpora")
	}
	unitRE := regexp.MustCompile(`<(trans-unit|unit)[\s>]`)
	counts := map[string]int{}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Read(p, bytes.NewReader(b), format.Options{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		keys := map[string]bool{}
		for _, u := range f.Docs[1].Units {
			keys[u.Key] = true
		}
		rows := map[string]bool{}
		for _, r := range f.Units {
			rows[f.Docs[0].Units[r[0]].Key] = true
		}
		want := len(unitRE.FindAll(b, -1))
		if len(keys) != want || len(rows) != want {
			t.Errorf("%s: %d target messages, %d rows' messages, want %d", p, len(keys), len(rows), want)
		}
		counts[filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p)] = len(keys)
		for i, u := range f.Docs[1].Units {
			if l, _ := f.Docs[1].Map.Position(f.Docs[1].Text, u.Start); l < 1 || (i > 0 && u.Start < f.Docs[1].Units[i-1].End) {
				t.Errorf("%s: unit %d at line %d", p, i, l)
			}
		}
	}
	// The facts: bolt-seo 18 units in en and ru; Symfony's validator 116,
	// security-core 19, form 33 trans-units per language.
	for name, n := range map[string]int{"translations/messages.en.xlf": 18, "translations/messages.ru.xlf": 18,
		"validator/validators.ru.xlf": 116, "security-core/security.es.xlf": 19, "form/validators.es.xlf": 33} {
		if counts[name] != n {
			t.Errorf("%s: %d messages, want %d", name, counts[name], n)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"testdata/app.xlf", "testdata/app.ru.xlf"} {
		b, _ := os.ReadFile(name)
		f.Add(b)
	}
	f.Add([]byte(`<xliff version="1.2"><file><body><trans-unit id="1"><source>a|b||c</source><target><![CDATA[x]]>&#x416;|</target></trans-unit></body></file></xliff>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read("f.xlf", bytes.NewReader(b), format.Options{})
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error %v is not a diag.List", err)
			}
			return
		}
		for k, d := range file.Docs {
			end := 0
			for _, u := range d.Units {
				if u.Start < end || u.End < u.Start || u.End > len(d.Text) {
					t.Fatalf("unit %+v out of order (end %d, text %d)", u, end, len(d.Text))
				}
				for _, s := range u.Spans {
					if s.Start < u.Start || s.End > u.End || s.End < s.Start {
						t.Fatalf("span %+v outside unit %+v", s, u)
					}
				}
				end = u.End
				if l, c := d.Map.Position(d.Text, u.Start); l < 1 || c < 1 {
					t.Fatalf("position %d:%d", l, c)
				}
			}
			for _, r := range file.Units {
				if r[k] >= len(d.Units) {
					t.Fatalf("row %v", r)
				}
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="ru"><body>` + "\n")
	for i := 0; buf.Len() < 4<<20; i++ {
		buf.WriteString(`<trans-unit id="` + strconv.Itoa(i) + `"><source>Open &amp; save <g id="1">%name%</g> file|Open %count% files</source>` +
			`<target state="translated">Открыть &amp; сохранить <g id="1">%name%</g> файл|%count% файла|%count% файлов</target><note>n</note></trans-unit>` + "\n")
	}
	buf.WriteString("</body></file></xliff>\n")
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := Read("b.xlf", bytes.NewReader(buf.Bytes()), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
