package jsonmsg_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/jsonmsg"
)

func read(t testing.TB, name, src string) *format.Document {
	t.Helper()
	f, err := jsonmsg.Read(name, strings.NewReader(src), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return f.Docs[0]
}

// TestI18next: keys, plurals, placeholders and positions of a fixture,
// including a character after an escape.
func TestI18next(t *testing.T) {
	b, err := os.ReadFile("testdata/es.json")
	if err != nil {
		t.Fatal(err)
	}
	d := read(t, "locales/testdata/es.json", string(b))
	if d.Lang != "es" {
		t.Errorf("Lang %q", d.Lang)
	}
	type want struct {
		key, plural, text string
		line, col         int
		spans             []string
	}
	ws := []want{
		{"app.title", "", `Título "Glosa"`, 3, 15, nil},
		{"app.greet", "", "Hola, {{name}}\nadiós", 4, 15, []string{"{{name}}"}},
		{"app.files", "one", "{{count}} archivo", 5, 19, []string{"{{count}}"}},
		{"app.files", "other", "{{count}} archivos $t(app.title)", 6, 21, []string{"{{count}}", "$t(app.title)"}},
		{"emoji", "", "a😀b", 8, 13, nil},
	}
	if len(d.Units) != len(ws) {
		t.Fatalf("%d units, want %d", len(d.Units), len(ws))
	}
	for i, w := range ws {
		u := d.Units[i]
		text := string(d.Text[u.Start:u.End])
		if u.Key != w.key || u.Plural != w.plural || text != w.text {
			t.Errorf("unit %d: %q %q %q, want %q %q %q", i, u.Key, u.Plural, text, w.key, w.plural, w.text)
		}
		if l, c := d.Map.Position(d.Text, u.Start); l != w.line || c != w.col {
			t.Errorf("unit %d at %d:%d, want %d:%d", i, l, c, w.line, w.col)
		}
		var spans []string
		for _, s := range u.Spans {
			spans = append(spans, string(d.Text[s.Start:s.End]))
		}
		if strings.Join(spans, " ") != strings.Join(w.spans, " ") {
			t.Errorf("unit %d spans %q, want %q", i, spans, w.spans)
		}
	}
	// After escapes: 'G' after \" (line 3), 'a' of adiós after \n, 'b'
	// after a surrogate pair.
	for _, c := range []struct {
		unit      int
		sub       string
		line, col int
	}{{0, "Glosa", 3, 24}, {1, "adiós", 4, 31}, {4, "b", 8, 26}} {
		u := d.Units[c.unit]
		off := u.Start + strings.Index(string(d.Text[u.Start:u.End]), c.sub)
		if l, col := d.Map.Position(d.Text, off); l != c.line || col != c.col {
			t.Errorf("%q at %d:%d, want %d:%d", c.sub, l, col, c.line, c.col)
		}
	}
}

func TestDialects(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // key/plural=text
	}{
		{"en.json", `{"a": {"b": "{n, plural, =0 {none} one {# item} other {# items}} here"}}`,
			[]string{"a.b/=0=none here", "a.b/one=# item here", "a.b/other=# items here"}},
		{"ru.json", `{"link": "see @:other.key", "cars": "машина | машины | машин | машины"}`,
			[]string{"link/=see @:other.key", "cars/one=машина", "cars/few=машины", "cars/many=машин", "cars/other=машины"}},
		{"en.json", `{"hi": {"description": "greeting", "one": "Hi {{.Name}}", "other": "Hi all"}, "bye": {"other": "Bye"}}`,
			[]string{"hi/one=Hi {{.Name}}", "hi/other=Hi all", "bye/=Bye"}},
		{"x.json", `{"es": {"k": "v", "e": ""}}`, []string{"k/=v", "e/="}},
	} {
		d := read(t, tc.name, tc.src)
		var got []string
		for _, u := range d.Units {
			got = append(got, u.Key+"/"+u.Plural+"="+string(d.Text[u.Start:u.End]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s\n got %q\nwant %q", tc.src, got, tc.want)
		}
	}
}

func TestBroken(t *testing.T) {
	for _, tc := range []struct {
		src, id   string
		line, col int
	}{
		{`{"a": "b",}`, "JSONUnexpected", 1, 11},
		{"{\n  \"a\": \"b\"\n  \"c\": 1}", "JSONUnexpected", 3, 3},
		{`{"a": "b`, "JSONUnterminatedString", 1, 9},
		{`{"a": "\q"}`, "JSONBadEscape", 1, 8},
		{`{"a": "\u12"}`, "JSONBadEscape", 1, 8},
		{"{\"a\": \"x\ty\"}", "JSONControlChar", 1, 9},
		{`{"a": 1} x`, "JSONTrailing", 1, 10},
		{`{"a": `, "JSONUnexpectedEnd", 1, 7},
		{`["a"]`, "JSONMsgNotObject", 1, 1},
		{"{\"a\": \"\xff\"}", "InputBadUTF8", 1, 8},
		{`{"a": tru}`, "JSONUnexpected", 1, 7},
	} {
		_, err := jsonmsg.Read("x.json", strings.NewReader(tc.src), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].ID != tc.id || l[0].Line != tc.line || l[0].Col != tc.col {
			t.Errorf("%q: %v, want %s at %d:%d", tc.src, err, tc.id, tc.line, tc.col)
		}
	}
}

// FuzzRead: any input reads or fails with a diag.List; units are in order
// inside the text, their spans inside them.
func FuzzRead(f *testing.F) {
	for _, s := range []string{`{"a":{"b_one":"x {{n}}","b_other":"y"}}`, `{"a":"{n,plural,one{#}other{x}}"}`, `{"a":"@:b | c"}`, `{"a":{"other":"{{.X}}"}}`, `{"a":"\ud800\"x"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		file, err := jsonmsg.Read("f.json", strings.NewReader(s), format.Options{})
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error %v is not a diag.List", err)
			}
			return
		}
		d := file.Docs[0]
		last := 0
		for _, u := range d.Units {
			if u.Start < last || u.End < u.Start || u.End > len(d.Text) {
				t.Fatalf("unit %+v after %d in %d bytes", u, last, len(d.Text))
			}
			for _, sp := range u.Spans {
				if sp.Start < u.Start || sp.End > u.End || sp.End < sp.Start {
					t.Fatalf("span %+v outside unit %+v", sp, u)
				}
			}
			last = u.End
			d.Map.Position(d.Text, u.Start)
		}
	})
}
