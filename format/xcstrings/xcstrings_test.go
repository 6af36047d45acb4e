package xcstrings_test

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
	"github.com/glosa-dev/glosa/format/xcstrings"
)

const fixture = `{
  "sourceLanguage" : "en",
  "strings" : {
    "%lld files" : {
      "comment" : "Count",
      "localizations" : {
        "ru" : { "variations" : { "plural" : {
          "one" : { "stringUnit" : { "state" : "translated", "value" : "%lld файл" } },
          "few" : { "stringUnit" : { "state" : "needs_review", "value" : "%lld файла" } }
        } } }
      }
    },
    "skip" : { "shouldTranslate" : false },
    "ok" : { "localizations" : {
      "en" : { "stringUnit" : { "state" : "translated", "value" : "OK\n%@" } },
      "es" : { "stringUnit" : { "state" : "new", "value" : "Vale" } }
    } }
  },
  "version" : "1.0"
}`

func TestRead(t *testing.T) {
	f, err := xcstrings.Read("Localizable.xcstrings", strings.NewReader(fixture), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, d := range f.Docs {
		langs = append(langs, d.Lang)
	}
	if strings.Join(langs, " ") != "en es ru" {
		t.Fatalf("languages %q", langs)
	}
	type cell struct {
		key, ctx, plural, text string
		state                  format.State
		line, col              int
	}
	get := func(k, i int) *cell {
		if i < 0 {
			return nil
		}
		d := f.Docs[k]
		u := d.Units[i]
		l, c := d.Map.Position(d.Text, u.Start)
		return &cell{u.Key, u.Context, u.Plural, string(d.Text[u.Start:u.End]), u.State, l, c}
	}
	var got []string
	for _, row := range f.Units {
		var s []string
		for k, i := range row {
			if c := get(k, i); c != nil {
				s = append(s, strings.Join([]string{c.key, c.plural, c.text, itoa(int(c.state)), itoa(c.line) + ":" + itoa(c.col)}, "/"))
			} else {
				s = append(s, "-")
			}
		}
		got = append(got, strings.Join(s, " | "))
	}
	want := []string{
		"- | - | %lld files/one/%lld файл/3/8:73",
		"- | - | %lld files/few/%lld файла/2/9:75",
		"%lld files//%lld files/0/4:6 | - | -",
		"ok//OK\n%@/3/15:68 | ok//Vale/1/16:61 | -",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// %@ after the \n escape: line 15, column 63; a printf span.
	d := f.Docs[0]
	u := d.Units[f.Units[3][0]]
	if len(u.Spans) != 1 {
		t.Fatalf("spans %v", u.Spans)
	}
	if l, c := d.Map.Position(d.Text, u.Spans[0].Start); l != 15 || c != 72 {
		t.Errorf("%%@ at %d:%d, want 15:72", l, c)
	}
	if n := f.Docs[2].Units[0].Notes; len(n) != 1 || n[0] != "Count" {
		t.Errorf("notes %q", n)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestBroken(t *testing.T) {
	for _, tc := range []struct {
		src, id   string
		line, col int
	}{
		{`{"sourceLanguage": "en"}`, "XCStringsNoStrings", 1, 1},
		{"{\n \"strings\": {\"a\": {]}}", "JSONUnexpected", 2, 20},
	} {
		_, err := xcstrings.Read("x.xcstrings", strings.NewReader(tc.src), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].ID != tc.id || l[0].Line != tc.line || l[0].Col != tc.col {
			t.Errorf("%q: %v, want %s at %d:%d", tc.src, err, tc.id, tc.line, tc.col)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(fixture)
	f.Fuzz(func(t *testing.T, s string) {
		file, err := xcstrings.Read("f.xcstrings", strings.NewReader(s), format.Options{})
		if err != nil {
			var l diag.List
			if !errors.As(err, &l) {
				t.Fatal(err)
			}
			return
		}
		for _, row := range file.Units {
			if len(row) != len(file.Docs) {
				t.Fatalf("row %v for %d docs", row, len(file.Docs))
			}
			for k, i := range row {
				if i >= len(file.Docs[k].Units) {
					t.Fatalf("row %v", row)
				}
			}
		}
	})
}

// TestCorpus: Whisky's catalog: 22 languages, the reference unit counts,
// states, and the missing and identical keys of es and ru.
func TestCorpus(t *testing.T) {
	dir := "/work/shared/corpora/l10n/formats/apple-xcstrings/whisky"
	b, err := os.ReadFile(filepath.Join(dir, "facts.json"))
	if err != nil {
		t.Skip("no corpus")
	}
	var facts map[string]json.RawMessage
	if err := json.Unmarshal(b, &facts); err != nil {
		t.Fatal(err)
	}
	var fx map[string]json.RawMessage
	if err := json.Unmarshal(facts["Whisky/Localizable.xcstrings"], &fx); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "Whisky/Localizable.xcstrings")
	r, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	f, err := xcstrings.Read(name, r, format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var counts map[string]struct{ Units int }
	json.Unmarshal(fx["counts"], &counts)
	if len(f.Docs) != 22 || f.Docs[0].Lang != "en" {
		t.Errorf("%d docs, source %q", len(f.Docs), f.Docs[0].Lang)
	}
	col := map[string]int{}
	for k, d := range f.Docs {
		col[d.Lang] = k
		if c, ok := counts[d.Lang]; ok && len(d.Units) != c.Units {
			t.Errorf("%s: %d units, want %d", d.Lang, len(d.Units), c.Units)
		}
	}
	ru := f.Docs[col["ru"]]
	n := 0
	for _, u := range ru.Units {
		if u.State == format.NeedsTranslation {
			n++
		}
	}
	if n != 2 {
		t.Errorf("ru: %d new units, want 2", n)
	}
	for _, lang := range []string{"es", "ru"} {
		var want struct {
			Missing   []string `json:"missing_keys"`
			Identical []string `json:"identical_values"`
		}
		json.Unmarshal(fx[lang], &want)
		var missing, identical []string
		en, tr := f.Docs[0], f.Docs[col[lang]]
		for _, row := range f.Units {
			if row[0] < 0 {
				continue
			}
			eu := en.Units[row[0]]
			k := row[col[lang]]
			if k < 0 {
				missing = append(missing, eu.Key)
				continue
			}
			tu := tr.Units[k]
			a, b := string(en.Text[eu.Start:eu.End]), string(tr.Text[tu.Start:tu.End])
			if a == b && strings.IndexFunc(a, unicode.IsLetter) >= 0 {
				identical = append(identical, eu.Key)
			}
		}
		slices.Sort(identical)
		slices.Sort(want.Identical)
		if !slices.Equal(missing, want.Missing) || !slices.Equal(identical, want.Identical) {
			t.Errorf("%s: missing %q identical %q\nwant %q %q", lang, missing, identical, want.Missing, want.Identical)
		}
	}
}
