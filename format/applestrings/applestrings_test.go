package applestrings

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

type want struct {
	key, context, plural, text string
	pos                        string // line:col of the value's first character
	spans, notes, flags        string
	after, afterPos            string // a later part of the text and its position
}

func check(t *testing.T, d *format.Document, wants []want) {
	t.Helper()
	if len(d.Units) != len(wants) {
		t.Fatalf("%d units, want %d", len(d.Units), len(wants))
	}
	for i, w := range wants {
		u := d.Units[i]
		text := string(d.Text[u.Start:u.End])
		if u.Kind != format.Message || u.Para != i || u.Body != u.Start {
			t.Errorf("%s: kind %v para %d body %d start %d", w.key, u.Kind, u.Para, u.Body, u.Start)
		}
		if u.Key != w.key || u.Context != w.context || u.Plural != w.plural || text != w.text {
			t.Errorf("unit %d: %q %q %q %q, want %q %q %q %q", i, u.Key, u.Context, u.Plural, text, w.key, w.context, w.plural, w.text)
		}
		l, c := d.Map.Position(d.Text, u.Start)
		if got := fmt.Sprintf("%d:%d", l, c); got != w.pos {
			t.Errorf("%s: at %s, want %s", w.key, got, w.pos)
		}
		var spans []string
		for _, s := range u.Spans {
			spans = append(spans, string(d.Text[s.Start:s.End]))
		}
		if got := strings.Join(spans, " "); got != w.spans {
			t.Errorf("%s: spans %q, want %q", w.key, got, w.spans)
		}
		if got := strings.Join(u.Notes, "|"); got != w.notes {
			t.Errorf("%s: notes %q, want %q", w.key, got, w.notes)
		}
		if got := strings.Join(u.Flags, " "); got != w.flags {
			t.Errorf("%s: flags %q, want %q", w.key, got, w.flags)
		}
		if w.after != "" {
			j := strings.Index(text, w.after)
			l, c := d.Map.Position(d.Text, u.Start+j)
			if got := fmt.Sprintf("%d:%d", l, c); j < 0 || got != w.afterPos {
				t.Errorf("%s: %q at %s, want %s", w.key, w.after, got, w.afterPos)
			}
		}
	}
}

func readFile(t *testing.T, name string, r format.Reader) *format.Document {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := r(name, bytes.NewReader(b), format.Options{Lang: "ru"})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Docs) != 1 || f.Units != nil {
		t.Fatalf("%d docs, units %v", len(f.Docs), f.Units)
	}
	if f.Docs[0].Lang != "es" {
		t.Errorf("Lang %q, want es (from es.lproj, before opts.Lang)", f.Docs[0].Lang)
	}
	return f.Docs[0]
}

func TestRead(t *testing.T) {
	d := readFile(t, "testdata/es.lproj/Localizable.strings", Read)
	check(t, d, []want{
		{key: "main.title", text: "Bandeja de entrada", pos: "2:17", notes: "Title of the main screen"},
		{key: "quote", text: "Pulsa \"Abrir\"\nahora", pos: "3:12", after: "ahora", afterPos: "3:29"},
		{key: "files", text: "%lld archivos de %@", pos: "5:10", spans: "%lld %@", notes: "Shown with a count"},
		{key: "uni", text: "¿Qué?", pos: "6:10", after: "?", afterPos: "6:24"},
		{key: "empty", text: "", pos: "7:12"},
		{key: "same", text: "same", pos: "8:2"},
	})
}

func TestReadDict(t *testing.T) {
	d := readFile(t, "testdata/es.lproj/Localizable.stringsdict", ReadDict)
	check(t, d, []want{
		{key: "files.left", text: "Quedan %#@files@", pos: "8:11", spans: "%#@files@"},
		{key: "files.left", context: "files", plural: "one", text: "%ld archivo & más", pos: "16:12", spans: "%ld", flags: "value-type=ld", after: "más", afterPos: "16:30"},
		{key: "files.left", context: "files", plural: "other", text: "%ld archivos", pos: "18:12", spans: "%ld", flags: "value-type=ld"},
		{key: "plain", text: "Hola", pos: "22:10"},
	})
}

func TestUTF16(t *testing.T) {
	src := "/* c */\n\"k\" = \"Привет\";\n"
	b := []byte{0xFE, 0xFF}
	for _, r := range src {
		b = append(b, byte(r>>8), byte(r))
	}
	f, err := Read("ru.lproj/Localizable.strings", bytes.NewReader(b), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := f.Docs[0]
	check(t, d, []want{{key: "k", text: "Привет", pos: "2:8", notes: "c"}})
	if d.Lang != "ru" {
		t.Errorf("Lang %q", d.Lang)
	}
}

func TestPathLang(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"App/es.lproj/Localizable.strings", "es"},
		{"App/en.lproj/Localizable.strings", "en"},
		{"App/Base.lproj/Main.strings", ""},
		{"App/pt-BR.lproj/Localizable.strings", "pt-BR"},
		{"App/pt_BR.lproj/Localizable.strings", "pt-BR"},
		{"App/zh-Hans.lproj/Localizable.strings", "zh-Hans"},
		{"App/Resources/Localizable.strings", ""},
		{`App\ru.lproj\Localizable.strings`, "ru"},
	} {
		if got := PathLang(c.path); got != c.want {
			t.Errorf("PathLang(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct {
		name, src string
		dict      bool
		want      string
	}{
		{"unterminated", "\"a\" = \"b;\n", false, "AppleStringsUnterminated 1:7"},
		{"comment", "\"a\" = \"b\";\n/* open", false, "AppleStringsUnterminatedComment 2:1"},
		{"no semicolon", "\"a\" = \"b\"\n\"c\" = \"d\";", false, "AppleStringsExpected 2:1"},
		{"no value", "\"a\" = ;", false, "AppleStringsExpectedString 1:7"},
		{"junk", "\"a\" = \"b\";\n= \"c\";", false, "AppleStringsExpectedString 2:1"},
		{"bad escape", "\"a\" = \"x\\U12\";", false, "AppleStringsBadEscape 1:9"},
		{"nul", "\"a\" = \"\x00\";", false, "InputBinary 1:8"},
		{"dict syntax", "<plist><dict>\n<key>a</key><string>x</dict></plist>", true, "AppleStringsdictSyntax 2:22"},
		{"dict root", "<?xml version=\"1.0\"?>\n<array/>", true, "AppleStringsdictNotPlist 2:1"},
		{"dict empty", "", true, "AppleStringsdictNotPlist 1:1"},
		{"dict no key", "<plist><dict>\n  <string>x</string></dict></plist>", true, "AppleStringsdictNoKey 2:3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Read
			if c.dict {
				r = ReadDict
			}
			_, err := r("x.strings", strings.NewReader(c.src), format.Options{})
			var l diag.List
			if !errors.As(err, &l) {
				t.Fatalf("error %v, want a diag.List", err)
			}
			var got []string
			for _, d := range l {
				got = append(got, fmt.Sprintf("%s %d:%d", d.ID, d.Line, d.Col))
			}
			if strings.Join(got, ", ") != c.want {
				t.Errorf("got %v, want %s", got, c.want)
			}
		})
	}
}

func TestRegistered(t *testing.T) {
	for _, c := range []struct{ name, format string }{{"es.lproj/Localizable.strings", "apple-strings"}, {"es.lproj/Localizable.stringsdict", "apple-stringsdict"}} {
		f := format.Detect(c.name, nil)
		if f == nil || f.Name != c.format || !f.Keyed || f.Catalog {
			t.Errorf("Detect(%q) = %+v", c.name, f)
		}
	}
}

func fuzz(f *testing.F, r format.Reader, fixture string) {
	b, err := os.ReadFile(fixture)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := r("es.lproj/x", bytes.NewReader(b), format.Options{})
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error %v is not a diag.List", err)
			}
			return
		}
		d := file.Docs[0]
		end := 0
		for _, u := range d.Units {
			if u.Start < end || u.End < u.Start || u.End > len(d.Text) {
				t.Fatalf("unit [%d,%d) after %d in %d bytes", u.Start, u.End, end, len(d.Text))
			}
			at := u.Start
			for _, s := range u.Spans {
				if s.Start < at || s.End <= s.Start || s.End > u.End {
					t.Fatalf("span [%d,%d) in [%d,%d)", s.Start, s.End, u.Start, u.End)
				}
				at = s.End
			}
			end = u.End
		}
	})
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(`a; "b" = c; /* x */ "\U00e9\n\"\101" = "%1$@ %lld";`))
	fuzz(f, Read, "testdata/es.lproj/Localizable.strings")
}

func FuzzReadDict(f *testing.F) {
	f.Add([]byte(`<plist><dict><key>a</key><dict><key>v</key><dict><key>NSStringFormatSpecTypeKey</key><string>NSStringPluralRuleType</string><key>one</key><string><![CDATA[x]]>&lt;</string></dict></dict></dict></plist>`))
	fuzz(f, ReadDict, "testdata/es.lproj/Localizable.stringsdict")
}
