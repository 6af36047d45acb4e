package railsyaml_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	_ "github.com/glosa-dev/glosa/format/all"
	"github.com/glosa-dev/glosa/format/railsyaml"
)

func read(t testing.TB, name, src string) *format.Document {
	t.Helper()
	f, err := railsyaml.Read(name, strings.NewReader(src), format.Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f.Docs[0]
}

// checkPlaced asserts that every character of every unit that is not
// white space is, at the place the Map gives it, the same character of the
// file, or the backslash or quote of the escape that spells it.
func checkPlaced(t *testing.T, name string, src []byte, d *format.Document) {
	t.Helper()
	lines := strings.Split(string(src), "\n")
	for _, u := range d.Units {
		for off := u.Start; off < u.End; {
			r, n := utf8.DecodeRune(d.Text[off:])
			if !unicode.IsSpace(r) {
				line, col := d.Map.Position(d.Text, off)
				got := []rune(lines[line-1] + "\n")
				if col-1 >= len(got) || got[col-1] != r && got[col-1] != '\\' && got[col-1] != '\'' {
					t.Fatalf("%s: %s: %q at %d:%d is not in the file there (%q)", name, u.Key, r, line, col, lines[line-1])
				}
			}
			off += n
		}
	}
}

type counts struct {
	Units, Strings, Plural, Array int
}

// count folds a document's units as facts.json counts them: an array is
// one unit, a plural message is one unit, a string is one.
func count(d *format.Document) (c counts, missing func(other *format.Document) []string) {
	kind := map[string]string{}
	var order []string
	for _, u := range d.Units {
		k, typ := u.Key, "string"
		if i := strings.IndexByte(k, '['); i >= 0 {
			k, typ = k[:i], "array"
		} else if u.Plural != "" {
			typ = "plural"
		}
		if _, ok := kind[k]; !ok {
			order = append(order, k)
		}
		if kind[k] != "plural" {
			kind[k] = typ
		}
	}
	for _, k := range order {
		c.Units++
		switch kind[k] {
		case "string":
			c.Strings++
		case "plural":
			c.Plural++
		default:
			c.Array++
		}
	}
	return c, func(o *format.Document) []string {
		has := map[string]bool{}
		for _, u := range o.Units {
			has[strings.SplitN(u.Key, "[", 2)[0]] = true
		}
		var out []string
		for _, k := range order {
			if !has[k] {
				out = append(out, k)
			}
		}
		return out
	}
}

// The real Rails files: their counts are facts.json's (ruamel.yaml below
// the root key), their missing keys too, every character placed.
func TestCorpus(t *testing.T) {
	dir := "../../../shared/corpora/l10n/formats/yaml"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no corpora")
	}
	for _, proj := range []string{"rails-i18n", "activeadmin"} {
		var facts struct {
			YAML struct {
				Paths  map[string]string
				Counts map[string]struct {
					Units, Strings, Plural_units, Array_units int
					Non_string_scalars                        int // numbers, booleans, nulls: settings, not units to check
				}
				Es, Ru struct{ Missing_keys []string }
			}
		}
		b, err := os.ReadFile(filepath.Join(dir, proj, "facts.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &facts); err != nil {
			t.Fatal(err)
		}
		docs := map[string]*format.Document{}
		for lang, rel := range facts.YAML.Paths {
			path := filepath.Join(dir, proj, rel)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if fm := format.Detect(path, src[:min(len(src), 4096)]); fm.Name != "rails-yaml" {
				t.Errorf("%s: detected as %s", rel, fm.Name)
			}
			d := read(t, path, string(src))
			docs[lang] = d
			got, _ := count(d)
			w := facts.YAML.Counts[lang]
			if want := (counts{w.Units - w.Non_string_scalars, w.Strings, w.Plural_units, w.Array_units}); got != want || d.Lang != lang {
				t.Errorf("%s %s: %+v (%s), want %+v", proj, lang, got, d.Lang, want)
			}
			checkPlaced(t, rel, src, d)
		}
		_, missing := count(docs["en"])
		if got := strings.Join(missing(docs["es"]), " "); got != strings.Join(facts.YAML.Es.Missing_keys, " ") {
			t.Errorf("%s es missing %s", proj, got)
		}
		if got := strings.Join(missing(docs["ru"]), " "); got != strings.Join(facts.YAML.Ru.Missing_keys, " ") {
			t.Errorf("%s ru missing %s", proj, got)
		}
	}
}

const fixture = `# Russian
ru:
  errors:
    messages:
      blank: "не может быть пустым"
      too_long:
        one: 'слишком длинный (не более %{count} символа)'
        few: слишком длинный
        many: "длинный\n%{count}"
        other: x
  date:
    order:
    - :day
    - :month
    abbr_month_names:
    -
    - янв.
  number:
    precision: 3
    on: true
  body: |
    Уважаемый %{name},
      спасибо
`

func TestRead(t *testing.T) {
	d := read(t, "config/locales/x.yml", fixture)
	type want struct {
		key, plural, text string
		kind              format.Kind
	}
	wants := []want{
		{"errors.messages.blank", "", "не может быть пустым", format.Message},
		{"errors.messages.too_long", "one", "слишком длинный (не более %{count} символа)", format.Message},
		{"errors.messages.too_long", "few", "слишком длинный", format.Message},
		{"errors.messages.too_long", "many", "длинный\n%{count}", format.Message},
		{"errors.messages.too_long", "other", "x", format.Message},
		{"date.order[0]", "", ":day", format.Code},
		{"date.order[1]", "", ":month", format.Code},
		{"date.abbr_month_names[1]", "", "янв.", format.Message},
		{"body", "", "Уважаемый %{name},\n  спасибо\n", format.Message},
	}
	if d.Lang != "ru" || len(d.Units) != len(wants) {
		t.Fatalf("lang %s, units %+v", d.Lang, d.Units)
	}
	for i, w := range wants {
		u := d.Units[i]
		if u.Key != w.key || u.Plural != w.plural || string(d.Text[u.Start:u.End]) != w.text || u.Kind != w.kind {
			t.Errorf("unit %d: %s %s %q %v, want %+v", i, u.Key, u.Plural, d.Text[u.Start:u.End], u.Kind, w)
		}
	}
	if s := d.Units[1].Spans; len(s) != 1 || string(d.Text[s[0].Start:s[0].End]) != "%{count}" {
		t.Errorf("spans %v", s)
	}
	pos := func(u int, sub string) [2]int {
		un := d.Units[u]
		i := bytes.Index(d.Text[un.Start:un.End], []byte(sub))
		l, c := d.Map.Position(d.Text, un.Start+i)
		return [2]int{l, c}
	}
	for _, c := range []struct {
		u    int
		sub  string
		want [2]int
	}{
		{0, "не", [2]int{5, 15}}, {1, "%{count}", [2]int{7, 41}}, {2, "длинный", [2]int{8, 22}},
		{3, "%{count}", [2]int{9, 25}}, {7, "янв", [2]int{17, 7}}, {8, "спасибо", [2]int{23, 7}},
	} {
		if got := pos(c.u, c.sub); got != c.want {
			t.Errorf("%q at %v, want %v", c.sub, got, c.want)
		}
	}
	checkPlaced(t, "fixture", []byte(fixture), d)
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		src, id   string
		line, col int
	}{
		{"en:\n  a: b\nes:\n  a: c\n", "RailsRoot", 3, 1},
		{"english:\n  a: b\n", "RailsRoot", 1, 1},
		{"en: b\n", "RailsRoot", 1, 1},
		{"- a\n", "RailsRoot", 1, 1},
		{"", "RailsRoot", 1, 1},
		{"en:\n  a: b\n c: d\n", "RailsSyntax", 2, 1},
		{"en:\n  a: \"b\n", "RailsSyntax", 2, 1},
	} {
		_, err := railsyaml.Read("x.yml", strings.NewReader(c.src), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 || l[0].ID != c.id || l[0].Line != c.line || l[0].Col != c.col {
			t.Errorf("%q: %v, want %s at %d:%d", c.src, err, c.id, c.line, c.col)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(fixture)
	f.Add("en:\n  a: &x\n    b: c\n  d: *x\n  <<: *x\n")
	f.Fuzz(func(t *testing.T, src string) {
		file, err := railsyaml.Read("x.yml", strings.NewReader(src), format.Options{})
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error not a diag.List: %v", err)
			}
			return
		}
		d := file.Docs[0]
		end := 0
		for _, u := range d.Units {
			if u.Start < end || u.End < u.Start || u.End > len(d.Text) {
				t.Fatalf("unit %+v out of order", u)
			}
			end = u.End
		}
	})
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("es:\n")
	for i := 0; buf.Len() < 4<<20; i++ {
		buf.WriteString("  section_" + strconv.Itoa(i) + ":\n    title: \"Título de %{name}\\n\"\n    count:\n      one: un archivo\n      other: '%{count} archivos'\n")
	}
	src := buf.Bytes()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := railsyaml.Read("es.yml", bytes.NewReader(src), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
