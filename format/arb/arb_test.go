package arb_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/arb"
)

func TestRead(t *testing.T) {
	src := "{\n  \"@@locale\": \"ru\",\n  \"items\": \"{n,plural,=0{Нет}one{{n} товар}few{{n} товара}other{{n} товаров}}\",\n" +
		"  \"@items\": {\"description\": \"Cart\", \"placeholders\": {\"n\": {\"type\": \"int\", \"example\": 3}}},\n" +
		"  \"hi\": \"Hola\\n{name}\"\n}\n"
	f, err := arb.Read("lib/l10n/intl_xx.arb", strings.NewReader(src), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := f.Docs[0]
	if d.Lang != "ru" {
		t.Errorf("Lang %q", d.Lang)
	}
	want := []struct {
		plural, text string
		line, col    int
	}{{"=0", "Нет", 3, 26}, {"one", "{n} товар", 3, 34}, {"few", "{n} товара", 3, 48}, {"other", "{n} товаров", 3, 65}, {"", "Hola\n{name}", 5, 10}}
	if len(d.Units) != len(want) {
		t.Fatalf("%d units", len(d.Units))
	}
	for i, w := range want {
		u := d.Units[i]
		if u.Plural != w.plural || string(d.Text[u.Start:u.End]) != w.text {
			t.Errorf("unit %d: %q %q", i, u.Plural, d.Text[u.Start:u.End])
		}
		if l, c := d.Map.Position(d.Text, u.Start); l != w.line || c != w.col {
			t.Errorf("unit %d at %d:%d, want %d:%d", i, l, c, w.line, w.col)
		}
	}
	if n := d.Units[0].Notes; len(n) != 2 || n[0] != "Cart" || n[1] != "{n}: type int, example 3" {
		t.Errorf("notes %q", n)
	}
	// '{' of {name} after the \n escape: line 5, column 16.
	u := d.Units[4]
	if l, c := d.Map.Position(d.Text, u.Spans[0].Start); l != 5 || c != 16 {
		t.Errorf("{name} at %d:%d, want 5:16", l, c)
	}
	if f, _ := arb.Read("app_es.arb", strings.NewReader(`{"a":"b"}`), format.Options{}); f.Docs[0].Lang != "es" {
		t.Errorf("path language %q", f.Docs[0].Lang)
	}
}

func TestBroken(t *testing.T) {
	for _, tc := range []struct {
		src, id   string
		line, col int
	}{
		{"[]", "ARBNotObject", 1, 1},
		{"{\n\"a\": }", "JSONUnexpected", 2, 6},
		{`{"a": "x" "b": "y"}`, "JSONUnexpected", 1, 11},
	} {
		_, err := arb.Read("x.arb", strings.NewReader(tc.src), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].ID != tc.id || l[0].Line != tc.line || l[0].Col != tc.col {
			t.Errorf("%q: %v, want %s at %d:%d", tc.src, err, tc.id, tc.line, tc.col)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"@@locale":"es","a":"{n,plural,one{#}other{x}}","@a":{"description":"d"}}`)
	f.Fuzz(func(t *testing.T, s string) {
		file, err := arb.Read("f.arb", strings.NewReader(s), format.Options{})
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) {
				t.Fatal(err)
			}
			return
		}
		last := 0
		for _, u := range file.Docs[0].Units {
			if u.Start < last || u.End > len(file.Docs[0].Text) {
				t.Fatalf("unit %+v", u)
			}
			last = u.End
		}
	})
}

// TestCorpus: flutter-gallery's files read; their messages are the
// reference counts; missing and identical keys are the facts'.
func TestCorpus(t *testing.T) {
	dir := "/work/shared/corpora/l10n/formats/arb/flutter-gallery"
	b, err := os.ReadFile(filepath.Join(dir, "facts.json"))
	if err != nil {
		t.Skip("no corpus")
	}
	var facts struct {
		ARB map[string]json.RawMessage `json:"arb"`
	}
	if err := json.Unmarshal(b, &facts); err != nil {
		t.Fatal(err)
	}
	var counts map[string]struct{ Units int }
	json.Unmarshal(facts.ARB["counts"], &counts)
	docs := map[string]*format.Document{}
	for _, lang := range []string{"en", "es", "ru"} {
		name := filepath.Join(dir, "lib/l10n/intl_"+lang+".arb")
		r, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := arb.Read(name, r, format.Options{})
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		d := f.Docs[0]
		keys, _ := messages(d)
		if d.Lang != lang || len(keys) != counts[lang].Units {
			t.Errorf("%s: Lang %q, %d messages, want %d", lang, d.Lang, len(keys), counts[lang].Units)
		}
		t.Logf("%s: %d units, %d messages", lang, len(d.Units), len(keys))
		docs[lang] = d
	}
	enKeys, en := messages(docs["en"])
	for _, lang := range []string{"es", "ru"} {
		var want struct {
			Missing   []string `json:"missing_keys"`
			Identical []string `json:"identical_values"`
		}
		json.Unmarshal(facts.ARB[lang], &want)
		_, tr := messages(docs[lang])
		var missing, identical []string
		for _, k := range enKeys {
			v, ok := tr[k]
			switch {
			case !ok:
				missing = append(missing, k)
			case v == en[k] && letters(v):
				identical = append(identical, k)
			}
		}
		slices.Sort(identical)
		slices.Sort(want.Identical)
		if !slices.Equal(missing, want.Missing) || !slices.Equal(identical, want.Identical) {
			t.Errorf("%s: missing %q identical %q\nwant %q %q", lang, missing, identical, want.Missing, want.Identical)
		}
	}
}

func messages(d *format.Document) (keys []string, text map[string]string) {
	text = map[string]string{}
	seen := map[string]bool{}
	for _, u := range d.Units {
		if !seen[u.Key] {
			seen[u.Key] = true
			keys = append(keys, u.Key)
		}
		if u.Plural == "" || u.Plural == "other" {
			text[u.Key] = string(d.Text[u.Start:u.End])
		}
	}
	return keys, text
}

// letters reports whether s has a letter outside {…} arguments.
func letters(s string) bool {
	depth := 0
	for _, r := range s {
		switch {
		case r == '{':
			depth++
		case r == '}':
			depth--
		case depth == 0 && unicode.IsLetter(r):
			return true
		}
	}
	return false
}
