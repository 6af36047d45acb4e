package android

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

func readFile(t testing.TB, name string, opts format.Options) *format.Document {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(name, bytes.NewReader(b), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Docs) != 1 || f.Units != nil {
		t.Fatalf("%d documents, units %v; want one keyed document", len(f.Docs), f.Units)
	}
	return f.Docs[0]
}

// spanTexts shows a unit's spans as "P:%d" (placeholder) and "T:<b>" (tag).
func spanTexts(d *format.Document, u format.Unit) string {
	var out []string
	for _, s := range u.Spans {
		k := "P"
		if s.Kind == format.Tag {
			k = "T"
		}
		out = append(out, k+":"+string(d.Text[s.Start:s.End]))
	}
	return strings.Join(out, " ")
}

func TestRead(t *testing.T) {
	d := readFile(t, "testdata/res/values-es/strings.xml", format.Options{Lang: "ru"})
	if d.Lang != "es" {
		t.Errorf("Lang = %q, want es (from values-es, before opts.Lang)", d.Lang)
	}
	want := []struct {
		key, plural, context, text string
		pos                        string // line:col of the value's first character in the file
		spans                      string
		notes                      string
	}{
		{"title", "", "", "Bandeja de entrada", "4:26", "", "The title of the main screen"},
		{"quote", "", "", "No se puede \"abrir\" el archivo\nde l'usuario", "6:26", "", ""},
		{"ents", "", "", "Tom & Jerry ñu", "7:25", "", ""},
		{"spaces", "", "", "Uno dos tres", "8:29", "", ""},
		{"kept", "", "", "  dos  espacios ", "10:26", "", ""},
		{"uni", "", "", "¿Qué?", "11:24", "", ""},
		{"html", "", "", "Lee <b>más</b> en %1$s", "12:34", "T:<b> T:</b> P:%1$s", ""},
		{"bold", "", "", "Guarda <b>todo</b> ya", "13:25", "T:<b> T:</b>", ""},
		{"count", "", "", `Quedan <xliff:g id="n" example="3">%d</xliff:g> días`, "14:26", `T:<xliff:g id="n" example="3"> P:%d T:</xliff:g>`, ""},
		{"empty", "", "", "", "15:26", "", ""},
		{"ref", "", "", "@string/title", "16:24", "P:@string/title", ""},
		{"tablet", "", "product=tablet", "Tableta", "17:44", "", ""},
		{"files", "one", "", "%d archivo", "19:30", "P:%d", ""},
		{"files", "many", "", "%d de archivos", "21:31", "P:%d", "many is for fractions"},
		{"files", "other", "", "%d archivos", "22:32", "P:%d", ""},
		{"colors[0]", "", "", "Rojo", "25:15", "", ""},
		{"colors[1]", "", "", "Verde", "26:15", "", ""},
		{"brand", "", "", "Glosa Pro", "30:26", "", "glosa-ignore"},
	}
	if len(d.Units) != len(want) {
		t.Fatalf("%d units, want %d", len(d.Units), len(want))
	}
	for i, w := range want {
		u := d.Units[i]
		t.Run(w.key+w.plural, func(t *testing.T) {
			if u.Kind != format.Message || u.Body != u.Start || u.Para != i {
				t.Errorf("kind %v, body %d, start %d, para %d", u.Kind, u.Body, u.Start, u.Para)
			}
			if u.Key != w.key || u.Plural != w.plural || u.Context != w.context {
				t.Errorf("key %q plural %q context %q, want %q %q %q", u.Key, u.Plural, u.Context, w.key, w.plural, w.context)
			}
			if got := string(d.Text[u.Start:u.End]); got != w.text {
				t.Errorf("text %q, want %q", got, w.text)
			}
			l, c := d.Map.Position(d.Text, u.Start)
			if got := fmt.Sprintf("%d:%d", l, c); got != w.pos {
				t.Errorf("starts at %s, want %s", got, w.pos)
			}
			if got := spanTexts(d, u); got != w.spans {
				t.Errorf("spans %q, want %q", got, w.spans)
			}
			if got := strings.Join(u.Notes, "|"); got != w.notes {
				t.Errorf("notes %q, want %q", got, w.notes)
			}
		})
	}
	if got := strings.Count(string(d.Text), "\n\n"); got < len(want)-1 {
		t.Errorf("%d value separators, want %d at least", got, len(want)-1)
	}
	if len(d.Suppress) != 1 || d.Suppress[0].Line != 30 {
		t.Errorf("suppressions %+v, want line 30", d.Suppress)
	}
}

// TestPositionsAfterEscapes checks characters that follow an escape, an
// entity, collapsed white space or a quote.
func TestPositionsAfterEscapes(t *testing.T) {
	d := readFile(t, "testdata/res/values-es/strings.xml", format.Options{})
	for _, c := range []struct{ key, sub, pos string }{
		{"quote", "abrir", "6:40"},      // after \"
		{"quote", "\"abrir", "6:38"},    // the escape itself
		{"quote", "de l'", "6:60"},      // after \n
		{"quote", "usuario", "6:66"},    // after \'
		{"ents", "Jerry", "7:35"},       // after &amp;
		{"ents", "u", "7:47"},           // after &#xF1;
		{"spaces", "dos", "9:9"},        // after a line break collapsed
		{"spaces", "tres", "9:15"},      // after three spaces collapsed
		{"kept", "espacios", "10:33"},   // inside quotes
		{"uni", "Qu", "11:30"},          // after \u00bf
		{"uni", "?", "11:38"},           // after \u00e9
		{"html", "más", "12:41"},        // inside CDATA
		{"count", "días", "14:74"},      // after </xliff:g>
		{"colors[1]", "Verde", "26:15"}, // a second item
	} {
		var u *format.Unit
		for i := range d.Units {
			if d.Units[i].Key == c.key {
				u = &d.Units[i]
			}
		}
		i := strings.Index(string(d.Text[u.Start:u.End]), c.sub)
		if i < 0 {
			t.Fatalf("%s: no %q", c.key, c.sub)
		}
		l, col := d.Map.Position(d.Text, u.Start+i)
		if got := fmt.Sprintf("%d:%d", l, col); got != c.pos {
			t.Errorf("%s %q at %s, want %s", c.key, c.sub, got, c.pos)
		}
	}
}

func TestSkipped(t *testing.T) {
	b, err := os.ReadFile("testdata/res/values-es/strings.xml")
	if err != nil {
		t.Fatal(err)
	}
	if p := parse("strings.xml", b); p.skipped != 1 {
		t.Errorf("skipped %d, want 1 (translatable=\"false\")", p.skipped)
	}
}

func TestPathLang(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"res/values/strings.xml", ""},
		{"res/values-es/strings.xml", "es"},
		{"res/values-ru/strings.xml", "ru"},
		{"res/values-es-rES/strings.xml", "es-ES"},
		{"res/values-b+es+419/strings.xml", "es-419"},
		{"res/values-b+sr+Latn/strings.xml", "sr-Latn"},
		{"res/values-mcc310-ru/strings.xml", "ru"},
		{"res/values-es-night/strings.xml", "es"},
		{"res/values-night/strings.xml", ""},
		{"res/values-v21/strings.xml", ""},
		{"res/values-land/strings.xml", ""},
		{"res/values-car/strings.xml", ""},
		{"res/values-sw600dp/strings.xml", ""},
		{"res/layout-es/main.xml", ""},
		{"strings.xml", ""},
		{`res\values-ru\strings.xml`, "ru"},
	} {
		if got := PathLang(c.path); got != c.want {
			t.Errorf("PathLang(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

func TestLang(t *testing.T) {
	src := `<resources xmlns:tools="http://schemas.android.com/tools" tools:locale="en"><string name="a">A</string></resources>`
	for _, c := range []struct{ name, src, opt, want string }{
		{"res/values/strings.xml", src, "", "en"},          // tools:locale
		{"res/values-es/strings.xml", src, "", "en"},       // the file says it
		{"res/values/strings.xml", `<resources/>`, "", ""}, // the pipeline decides
		{"res/values/strings.xml", `<resources/>`, "en", "en"},
	} {
		f, err := Read(c.name, strings.NewReader(c.src), format.Options{Lang: c.opt})
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Docs[0].Lang; got != c.want {
			t.Errorf("%s %q: Lang %q, want %q", c.name, c.src, got, c.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string // "ID line:col"
	}{
		{"not xml", "hello", []string{"AndroidNotResources 1:1"}},
		{"empty", "", []string{"AndroidNotResources 1:1"}},
		{"other root", "<?xml version=\"1.0\"?>\n<manifest/>", []string{"AndroidNotResources 2:1"}},
		{"unclosed", "<resources>\n<string name=\"a\">x", []string{"AndroidSyntax 2:19"}},
		{"mismatched", "<resources>\n  <string name=\"a\">x</b></resources>", []string{"AndroidSyntax 2:21"}},
		{"bad entity", "<resources>\n<string name=\"a\">a &nbsp; b</string></resources>", []string{"AndroidSyntax 2:20"}},
		{"no name", "<resources>\n  <string>x</string>\n  <plurals><item quantity=\"one\">x</item></plurals></resources>",
			[]string{"AndroidNoName 2:3", "AndroidNoName 3:3"}},
		{"bad quantity", "<resources><plurals name=\"p\">\n  <item quantity=\"several\">x</item>\n  <item>y</item>\n</plurals></resources>",
			[]string{"AndroidBadQuantity 2:3", "AndroidBadQuantity 3:3"}},
		{"bad unicode", "<resources>\n<string name=\"a\">ab\\u12G4 \\u00</string></resources>",
			[]string{"AndroidBadUnicode 2:20", "AndroidBadUnicode 2:27"}},
		{"nul", "<resources>\x00</resources>", []string{"InputBinary 1:12"}},
		{"bad utf-8", "<resources>\n<string name=\"a\">\xff</string></resources>", []string{"InputBadUTF8 2:18"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("strings.xml", strings.NewReader(c.src), format.Options{})
			var l diag.List
			if !errors.As(err, &l) {
				t.Fatalf("error %v, want a diag.List", err)
			}
			var got []string
			for _, d := range l {
				if d.File != "strings.xml" || d.Severity != diag.Error {
					t.Errorf("diagnostic %+v", d)
				}
				got = append(got, fmt.Sprintf("%s %d:%d", d.ID, d.Line, d.Col))
			}
			if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestUTF16(t *testing.T) {
	src := "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<resources><string name=\"a\">Привет</string></resources>"
	var b []byte
	b = append(b, 0xFF, 0xFE)
	for _, r := range src {
		b = append(b, byte(r), byte(r>>8))
	}
	f, err := Read("res/values-ru/strings.xml", bytes.NewReader(b), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := f.Docs[0]
	u := d.Units[0]
	if got := string(d.Text[u.Start:u.End]); got != "Привет" {
		t.Errorf("text %q", got)
	}
	if l, c := d.Map.Position(d.Text, u.Start); l != 2 || c != 29 {
		t.Errorf("at %d:%d, want 2:29", l, c)
	}
}

func TestRegistered(t *testing.T) {
	head := []byte("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- c -->\n<resources>")
	f := format.Detect("res/values-es/strings.xml", head)
	if f == nil || f.Name != "android" || !f.Keyed || f.Catalog {
		t.Fatalf("Detect = %+v", f)
	}
	if Sniff([]byte("<?xml version=\"1.0\"?><xliff version=\"1.2\">")) {
		t.Error("Sniff takes XLIFF for Android resources")
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"testdata/res/values-es/strings.xml"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<resources><string name="a">"\u00e9 \' <b>x</b>"</string><plurals name="p"><item quantity="one">&lt;%d</item></plurals></resources>`))
	f.Add([]byte(`<resources><string name="a"><![CDATA[\u12]]> <xliff:g>x<b>y</b></xliff:g></string></resources>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read(filepath.Join("res", "values-ru", "strings.xml"), bytes.NewReader(b), format.Options{})
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
					t.Fatalf("span [%d,%d) in unit [%d,%d) after %d", s.Start, s.End, u.Start, u.End, at)
				}
				at = s.End
			}
			end = u.End
			if l, c := d.Map.Position(d.Text, u.Start); l < 1 || c < 1 {
				t.Fatalf("position %d:%d", l, c)
			}
		}
	})
}
