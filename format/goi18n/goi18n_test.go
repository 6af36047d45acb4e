package goi18n_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	_ "github.com/glosa-dev/glosa/format/all"
	"github.com/glosa-dev/glosa/format/goi18n"
)

func read(t testing.TB, name, src string) *format.File {
	t.Helper()
	f, err := goi18n.Read(name, strings.NewReader(src), format.Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
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

// independent counts a file's messages as go-i18n defines them, from the
// decoders' generic maps: a string, or a table with a reserved key holding
// a string (one message, one unit per plural form when it has more than
// "other"), or a table of those; a v1 list counts its items.
func independent(t *testing.T, name string, src []byte) int {
	var data any
	var err error
	if strings.HasSuffix(name, ".toml") {
		var m map[string]any
		_, err = toml.Decode(string(src), &m)
		data = m
	} else {
		err = yaml.Unmarshal(src, &data)
	}
	if err != nil {
		t.Fatal(err)
	}
	var count func(v any) int
	count = func(v any) int {
		switch v := v.(type) {
		case string:
			return 1
		case []any:
			return len(v)
		case map[string]any:
			forms := 0
			for _, c := range []string{"zero", "one", "two", "few", "many", "other"} {
				if _, ok := v[c].(string); ok {
					forms++
				}
			}
			if forms > 0 {
				return forms
			}
			n := 0
			for _, c := range v {
				n += count(c)
			}
			return n
		}
		return 0
	}
	if m, ok := data.(map[string]any); ok {
		n := 0
		for _, v := range m {
			n += count(v)
		}
		return n
	}
	return count(data)
}

// The real go-i18n and Hugo files read, each unit placed, with the counts
// of Python's tomllib and PyYAML (a dict per file, messages counted as
// go-i18n defines them) and of the Go decoders' generic maps.
func TestCorpus(t *testing.T) {
	dir := "../../../shared/corpora/l10n/go-i18n"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no corpora")
	}
	want := map[string]int{
		"automuteus/active.en.toml": 211, "automuteus/active.es.toml": 211, "automuteus/active.ru.toml": 211,
		"google-docsy/i18n_en.toml": 37, "google-docsy/i18n_es.toml": 37, "google-docsy/i18n_ru.toml": 31,
		"google-docsy/theme_i18n_en.yaml": 43, "google-docsy/theme_i18n_es.yaml": 43, "google-docsy/theme_i18n_ru.yaml": 43,
		"hugo-PaperMod/i18n_en.yaml": 2, "hugo-PaperMod/i18n_es.yaml": 2, "hugo-PaperMod/i18n_ru.yaml": 2,
		"hugo-theme-relearn/i18n_en.toml": 36, "hugo-theme-relearn/i18n_es.toml": 36, "hugo-theme-relearn/i18n_ru.toml": 36,
	}
	for rel, n := range want {
		path := filepath.Join(dir, rel)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if fm := format.Detect(path, src[:min(len(src), 4096)]); fm.Name != "go-i18n" {
			t.Errorf("%s: detected as %s", rel, fm.Name)
		}
		f := read(t, path, string(src))
		d := f.Docs[0]
		if len(d.Units) != n || independent(t, path, src) != n {
			t.Errorf("%s: %d units, independent count %d, want %d", rel, len(d.Units), independent(t, path, src), n)
		}
		base := strings.TrimSuffix(rel, filepath.Ext(rel))
		wantLang := base[strings.LastIndexAny(base, "._")+1:]
		if d.Lang != wantLang || !f.Docs[0].Units[0].Kind.Whole() {
			t.Errorf("%s: lang %q, want %q", rel, d.Lang, wantLang)
		}
		checkPlaced(t, rel, src, d)
	}
	// What the rules will need: docsy's Russian TOML lacks six keys;
	// PaperMod's Spanish values are swapped.
	keys := func(rel string) map[string]string {
		src, _ := os.ReadFile(filepath.Join(dir, rel))
		d := read(t, rel, string(src)).Docs[0]
		m := map[string]string{}
		for _, u := range d.Units {
			m[u.Key] = string(d.Text[u.Start:u.End])
		}
		return m
	}
	en, ru := keys("google-docsy/i18n_en.toml"), keys("google-docsy/i18n_ru.toml")
	var missing []string
	for k := range en {
		if _, ok := ru[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) != 6 || en["toc_on_this_page"] == "" {
		t.Errorf("docsy ru lacks %v", missing)
	}
	if es := keys("hugo-PaperMod/i18n_es.yaml"); es["prev_page"] != "Página siguiente" || es["next_page"] != "Página anterior" {
		t.Errorf("PaperMod es: %v", es)
	}
}

const fixture = `"commands.new" = "Pega\n\"esto\" — \u0416x"
literal = 'C:\dir\n'
multi = """
Línea uno \
   sigue
dos"""
# Buttons
[ui_pager_prev]
description = "Link to the previous page"
other = "Предыдущая"

[files]
one = "{{.Count}} archivo"
other = "{{.Count}} archivos"
[nested.deep]
hello = { other = "Hola" }
`

// Keys, plural forms, notes, spans and the place of each character of a
// TOML file: after \n, \", \u0416, a line continuation.
func TestTOML(t *testing.T) {
	f := read(t, "i18n/es.toml", fixture)
	d := f.Docs[0]
	if d.Lang != "es" || f.Units != nil {
		t.Fatalf("lang %q", d.Lang)
	}
	type want struct{ key, plural, text string }
	wants := []want{
		{"commands.new", "", "Pega\n\"esto\" — Жx"},
		{"literal", "", `C:\dir\n`},
		{"multi", "", "Línea uno sigue\ndos"},
		{"ui_pager_prev", "", "Предыдущая"},
		{"files", "one", "{{.Count}} archivo"},
		{"files", "other", "{{.Count}} archivos"},
		{"nested.deep.hello", "", "Hola"},
	}
	if len(d.Units) != len(wants) {
		t.Fatalf("%d units: %+v", len(d.Units), d.Units)
	}
	for i, w := range wants {
		u := d.Units[i]
		if u.Key != w.key || u.Plural != w.plural || string(d.Text[u.Start:u.End]) != w.text {
			t.Errorf("unit %d: %q %q %q, want %+v", i, u.Key, u.Plural, d.Text[u.Start:u.End], w)
		}
	}
	if n := d.Units[3].Notes; len(n) != 1 || n[0] != "Link to the previous page" {
		t.Errorf("notes %q", n)
	}
	if s := d.Units[4].Spans; len(s) != 1 || string(d.Text[s[0].Start:s[0].End]) != "{{.Count}}" {
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
		{0, "Pega", [2]int{1, 19}},
		{0, "esto", [2]int{1, 27}},
		{0, "\"", [2]int{1, 25}},
		{0, "— Жx", [2]int{1, 34}},
		{0, "Ж", [2]int{1, 36}},
		{0, "x", [2]int{1, 42}},
		{1, `dir`, [2]int{2, 15}},
		{2, "Línea", [2]int{4, 1}},
		{2, "sigue", [2]int{5, 4}},
		{2, "dos", [2]int{6, 1}},
		{3, "Предыдущая", [2]int{10, 10}},
		{6, "Hola", [2]int{16, 20}},
	} {
		if got := pos(c.u, c.sub); got != c.want {
			t.Errorf("%q at %v, want %v", c.sub, got, c.want)
		}
	}
	checkPlaced(t, "fixture", []byte(fixture), d)
}

const yamlFixture = `# Alert labels
caution: Precaución
plain: una línea
  que sigue
single: 'it''s here'
double: "Pega\n\"esto\" \u0416x"
literal: |
  uno
    dos
folded: >-
  tres
  cuatro

  cinco
files:
  one: "{{.Count}} archivo"
  other: "{{.Count}} archivos"
nested:
  deep: Hondo
`

// The YAML styles: plain over two lines, single-quoted with ”, double
// with escapes, literal and folded blocks.
func TestYAML(t *testing.T) {
	f := read(t, "theme_i18n_es.yaml", yamlFixture)
	d := f.Docs[0]
	texts := []string{"Precaución", "una línea que sigue", "it's here", "Pega\n\"esto\" Жx", "uno\n  dos\n", "tres cuatro\ncinco", "{{.Count}} archivo", "{{.Count}} archivos", "Hondo"}
	if d.Lang != "es" || len(d.Units) != len(texts) {
		t.Fatalf("lang %q, %d units", d.Lang, len(d.Units))
	}
	for i, w := range texts {
		if u := d.Units[i]; string(d.Text[u.Start:u.End]) != w {
			t.Errorf("unit %d %s: %q, want %q", i, u.Key, d.Text[u.Start:u.End], w)
		}
	}
	if d.Units[0].Notes[0] != "Alert labels" || d.Units[6].Plural != "one" || d.Units[8].Key != "nested.deep" {
		t.Errorf("%+v", d.Units)
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
		{1, "una", [2]int{3, 8}}, {1, "que", [2]int{4, 3}},
		{2, "'s here", [2]int{5, 12}}, {2, "s here", [2]int{5, 14}},
		{3, "esto", [2]int{6, 18}}, {3, "x", [2]int{6, 31}},
		{4, "uno", [2]int{8, 3}}, {4, "dos", [2]int{9, 5}},
		{5, "cuatro", [2]int{12, 3}}, {5, "cinco", [2]int{14, 3}},
	} {
		if got := pos(c.u, c.sub); got != c.want {
			t.Errorf("%q at %v, want %v", c.sub, got, c.want)
		}
	}
	checkPlaced(t, "yaml", []byte(yamlFixture), d)
	// v1 lists.
	d = read(t, "i18n/ru.yaml", "- id: prev_page\n  translation: \"Сюда\"\n- id: n\n  translation:\n    one: \"{{.Count}} шт\"\n    few: x\n    other: y\n").Docs[0]
	if d.Lang != "ru" || len(d.Units) != 4 || d.Units[0].Key != "prev_page" || d.Units[2].Plural != "few" {
		t.Errorf("%+v", d.Units)
	}
	if l, c := d.Map.Position(d.Text, d.Units[0].Start); l != 2 || c != 17 {
		t.Errorf("v1 at %d:%d", l, c)
	}
}

// Broken files: the error, where.
func TestErrors(t *testing.T) {
	for _, c := range []struct {
		name, src, id string
		line, col     int
	}{
		{"a.toml", "x = \"unterminated\n", "GoI18nSyntax", 1, 18},
		{"a.toml", "[a]\nother = 3\n", "GoI18nBadValue", 2, 9},
		{"a.toml", "x = [\"a\"]\n", "GoI18nBadValue", 1, 5},
		{"a.toml", "\n[a]\none = \"x\"\ndescription = \"d\"\n", "GoI18nNoOther", 2, 2},
		{"a.toml", "[a]\nother = \"x\"\nothre = \"y\"\n", "GoI18nUnknownKey", 3, 1},
		{"a.toml", "[[a]]\nother = \"x\"\n", "GoI18nBadValue", 1, 3},
		{"a.yaml", "a: b\n c: d: e\n", "GoI18nSyntax", 2, 1},
		{"a.yaml", "a:\n  other: 3\n  one: x\n", "GoI18nBadValue", 2, 10},
		{"a.yaml", "a:\n  one: x\n  description: y\n", "GoI18nNoOther", 1, 1},
		{"a.yaml", "- translation: x\n", "GoI18nNoID", 1, 3},
		{"a.yaml", "- id: x\n", "GoI18nNoTranslation", 1, 3},
		{"a.yaml", "x: [a, b]\n", "GoI18nBadValue", 1, 4},
		{"a.yaml", "x: a\x00\n", "InputBinary", 1, 5},
	} {
		_, err := goi18n.Read(c.name, strings.NewReader(c.src), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 || l[0].ID != c.id || l[0].Line != c.line || l[0].Col != c.col {
			t.Errorf("%q: %v, want %s at %d:%d", c.src, err, c.id, c.line, c.col)
		}
	}
}

// Detect tells go-i18n YAML from Rails YAML whatever the order they were
// registered in: their Sniffs never both accept a file.
func TestDetect(t *testing.T) {
	rails, _ := format.Lookup("rails-yaml")
	for _, c := range []struct{ name, head, want string }{
		{"es.yml", "---\nes:\n  hello: Hola\n", "rails-yaml"},
		{"config/locales/ru.yml", "# c\nru:\n  a: b\n", "rails-yaml"},
		{"i18n/es.yaml", "caution: Precaución\nnote: Nota\n", "go-i18n"},
		{"i18n/es.yaml", "- id: prev\n  translation: x\n", "go-i18n"},
		{"i18n/es.yaml", "es: Español\nen: Inglés\n", "go-i18n"},
		{"i18n/es.toml", "[a]\nother = \"x\"\n", "go-i18n"},
		{"active.es.toml", "\"a.b\" = \"x\"\n", "go-i18n"},
	} {
		g, _ := format.Lookup("go-i18n")
		if g.Sniff([]byte(c.head)) == rails.Sniff([]byte(c.head)) && !strings.HasSuffix(c.name, ".toml") {
			t.Errorf("%q: both sniffs say the same", c.head)
		}
		if got := format.Detect(c.name, []byte(c.head)).Name; got != c.want {
			t.Errorf("%s %q: %s, want %s", c.name, c.head, got, c.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("a.toml", fixture)
	f.Add("a.yaml", yamlFixture)
	f.Add("a.yaml", "- id: x\n  translation:\n    other: y\n")
	f.Fuzz(func(t *testing.T, name, src string) {
		if !strings.HasSuffix(name, ".toml") {
			name = "a.yaml"
		}
		file, err := goi18n.Read(name, strings.NewReader(src), format.Options{})
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

func BenchmarkReadTOML(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; buf.Len() < 4<<20; i++ {
		buf.WriteString("[message_" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "_" + itoa(i) + "]\ndescription = \"A button\"\nother = \"Pulse \\\"aquí\\\" para {{.Count}} archivos\\n\"\n\n")
	}
	src := buf.Bytes()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := goi18n.Read("active.es.toml", bytes.NewReader(src), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(i)) }

func fmtInt(i int) string {
	if i == 0 {
		return "0"
	}
	var s []byte
	for ; i > 0; i /= 10 {
		s = append([]byte{byte('0' + i%10)}, s...)
	}
	return string(s)
}
