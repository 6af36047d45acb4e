package po

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

func readFile(t testing.TB, path string, opts format.Options) *format.File {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(path, bytes.NewReader(b), opts)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}

// unitAt finds the unit of d whose text is text.
func unitAt(t *testing.T, d *format.Document, text string) format.Unit {
	t.Helper()
	for _, u := range d.Units {
		if string(d.Text[u.Start:u.End]) == text {
			return u
		}
	}
	t.Fatalf("no unit %q in %s", text, d.Lang)
	return format.Unit{}
}

func TestReadFixture(t *testing.T) {
	f := readFile(t, "testdata/app.es.po", format.Options{})
	src, tgt := f.Docs[0], f.Docs[1]
	if src.Lang != "en" || tgt.Lang != "es" {
		t.Errorf("languages %q %q", src.Lang, tgt.Lang)
	}
	// 8 entries, the plural one on two rows; the header and the obsolete
	// entry are no units.
	if len(src.Units) != 9 || len(tgt.Units) != 8 || len(f.Units) != 9 {
		t.Fatalf("units %d %d, rows %v", len(src.Units), len(tgt.Units), f.Units)
	}
	for r, row := range f.Units {
		s := src.Units[row[0]]
		if row[1] < 0 {
			if s.Key != "Not yet" {
				t.Errorf("row %d untranslated: %q", r, s.Key)
			}
			continue
		}
		u := tgt.Units[row[1]]
		if u.Key != s.Key || u.Context != s.Context || (u.Plural != s.Plural && !(s.Plural == "other" && u.Plural != "one")) {
			t.Errorf("row %d pairs %q/%q/%q with %q/%q/%q", r, s.Key, s.Context, s.Plural, u.Key, u.Context, u.Plural)
		}
	}
	// Positions: the first character of each value, and after escapes.
	cases := []struct {
		doc       *format.Document
		find      string
		line, col int
	}{
		{src, "Cannot open", 16, 8},
		{tgt, "No se puede", 17, 9},
		{tgt, "enero", 21, 9},
		{tgt, "%d archivos", 31, 12},
		{src, "Usage", 34, 2},
		{src, "Say", 35, 2},
		{src, "hello", 35, 8},
		{tgt, "Uso: app [OPCIÓN]", 37, 2},
		{tgt, "ya", 38, 16},
		{tgt, "aquí", 50, 20},
	}
	for _, c := range cases {
		off := bytes.Index(c.doc.Text, []byte(c.find))
		if off < 0 {
			t.Fatalf("%q not in %q", c.find, c.doc.Text)
		}
		line, col := c.doc.Map.Position(c.doc.Text, off)
		if line != c.line || col != c.col {
			t.Errorf("%s %q at %d:%d, want %d:%d", c.doc.Lang, c.find, line, col, c.line, c.col)
		}
	}
	{
		u := unitAt(t, tgt, "ene")
		if l, c := tgt.Map.Position(tgt.Text, u.Start); l != 25 || c != 9 {
			t.Errorf("ene at %d:%d, want 25:9", l, c)
		}
	}
	u := unitAt(t, tgt, "Uso: app [OPCIÓN]...\nDiga «hola» \"ya\".\n")
	if l, c := tgt.Map.Position(tgt.Text, u.Start); l != 37 || c != 2 {
		t.Errorf("continued value starts at %d:%d, want 37:2", l, c)
	}
	// Metadata.
	open := unitAt(t, src, "Cannot open file %s")
	if !slices.Equal(open.Notes, []string{"Shown in the main window."}) || !slices.Equal(open.Flags, []string{"c-format"}) || open.State != format.Translated {
		t.Errorf("notes %q flags %q state %v", open.Notes, open.Flags, open.State)
	}
	if len(open.Spans) != 1 || string(src.Text[open.Spans[0].Start:open.Spans[0].End]) != "%s" {
		t.Errorf("spans %v", open.Spans)
	}
	hello := unitAt(t, tgt, "Hola, %(name)s")
	if hello.State != format.NeedsReview || !slices.Contains(hello.Flags, "fuzzy") || len(hello.Spans) != 1 || hello.Notes[0] != "Check the wording." {
		t.Errorf("fuzzy unit %+v", hello)
	}
	if u := unitAt(t, src, "Not yet"); u.State != format.NeedsTranslation {
		t.Errorf("untranslated state %v", u.State)
	}
	if tab := unitAt(t, tgt, "Tabulador\taquí"); len(tab.Spans) != 0 {
		t.Errorf("spans without a format flag: %v", tab.Spans)
	}
	want := []format.Suppression{{Line: 48, EndLine: 50, Rules: []string{"term-missing"}}}
	for _, d := range f.Docs {
		if fmt.Sprint(d.Suppress) != fmt.Sprint(want) {
			t.Errorf("%s suppress %v, want %v", d.Lang, d.Suppress, want)
		}
	}
}

// glib's "January": one msgid, two contexts, two units.
func TestContext(t *testing.T) {
	f := readFile(t, "testdata/app.ru.po", format.Options{})
	var got []string
	for _, row := range f.Units {
		s, u := f.Docs[0].Units[row[0]], f.Docs[1].Units[row[1]]
		got = append(got, s.Context+"|"+s.Key+"|"+u.Plural+"="+string(f.Docs[1].Text[u.Start:u.End]))
	}
	want := []string{"full month name|January|=Январь", "genitive month name|January|=Января",
		"|%d file|one=%d файл", "|%d file|few=%d файла", "|%d file|many=%d файлов"}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
	// The plural rows pair msgstr[0] with msgid, the others with msgid_plural.
	if s := f.Docs[0].Units[f.Units[3][0]]; s.Plural != "other" || string(f.Docs[0].Text[s.Start:s.End]) != "%d files" {
		t.Errorf("few paired with %+v", s)
	}
}

// A file declared in windows-1251 reads as the UTF-8 one, positions alike.
func TestLegacyCharset(t *testing.T) {
	a := readFile(t, "testdata/app.ru.po", format.Options{})
	b := readFile(t, "testdata/legacy.ru.po", format.Options{})
	if !bytes.Equal(a.Docs[1].Text, b.Docs[1].Text) {
		t.Fatalf("texts differ:\n%s\n%s", a.Docs[1].Text, b.Docs[1].Text)
	}
	off := bytes.Index(b.Docs[1].Text, []byte("файлов"))
	if l, c := b.Docs[1].Map.Position(b.Docs[1].Text, off); l != 21 || c != 15 {
		t.Errorf("файлов at %d:%d, want 21:15", l, c)
	}
}

func TestPluralCategories(t *testing.T) {
	cases := []struct{ lang, forms, want string }{
		{"ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", "one few many"},
		{"ru", "nplurals=2; plural=(n != 1);", "one many"},
		{"es", "nplurals=2; plural=(n != 1);", "one other"},
		{"es", "nplurals=2; plural=n != 1;", "one other"},
		{"ja", "nplurals=1; plural=0;", "other"},
		{"ru", "", "one few many"},
		{"es", "", "one other"},
		{"", "", "one other"},
	}
	for _, c := range cases {
		src := "msgid \"\"\nmsgstr \"Language: " + c.lang + "\\n\"\n"
		if c.forms != "" {
			src += "\"Plural-Forms: " + c.forms + "\\n\"\n"
		}
		src += "\nmsgid \"a\"\nmsgid_plural \"b\"\n"
		for i := range strings.Fields(c.want) {
			src += fmt.Sprintf("msgstr[%d] \"x%d\"\n", i, i)
		}
		f, err := Read("x.po", strings.NewReader(src), format.Options{})
		if err != nil {
			t.Fatalf("%s %s: %v", c.lang, c.forms, err)
		}
		var got []string
		for _, u := range f.Docs[1].Units {
			got = append(got, u.Plural)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.forms, got, c.want)
		}
	}
}

func TestExpr(t *testing.T) {
	cases := []struct {
		src  string
		n    int64
		want int64
	}{
		{"n != 1", 1, 0}, {"n != 1", 2, 1}, {"n==0 ? 0 : n==1 ? 1 : 2", 0, 0}, {"n==0 ? 0 : n==1 ? 1 : 2", 5, 2},
		{"!(n%10) || n > 4 && n <= 6", 10, 1}, {"!(n%10) || n > 4 && n <= 6", 5, 1}, {"!(n%10) || n > 4 && n <= 6", 7, 0},
		{"-n + 2 * 3 - 10 / 5", 1, 3}, {"n>=2 && n<=4", 3, 1}, {"n<2", 1, 1},
	}
	for _, c := range cases {
		e, err := parseExpr(c.src)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err.id)
		}
		if got, _ := e.eval(c.n); got != c.want {
			t.Errorf("%q(n=%d) = %d, want %d", c.src, c.n, got, c.want)
		}
	}
	bad := []struct {
		src, id string
		pos     int
	}{
		{"n !=", "POPluralExprEnd", 4}, {"(n == 1", "POPluralExprEnd", 7}, {"n == x", "POPluralExprUnexpected", 5},
		{"n ? 1", "POPluralExprEnd", 5}, {"n 1", "POPluralExprUnexpected", 2}, {strings.Repeat("(", 100) + "n", "POPluralExprDeep", 64},
	}
	for _, c := range bad {
		_, err := parseExpr(c.src)
		if err == nil || err.id != c.id || err.pos != c.pos {
			t.Errorf("%q: %+v, want %s at %d", c.src, err, c.id, c.pos)
		}
	}
	e, _ := parseExpr("1 / (n - 3)")
	if _, err := e.eval(3); err == nil || err.id != "POPluralExprDivZero" {
		t.Errorf("division by zero: %+v", err)
	}
}

// Broken files: every problem with its exact ID and position.
func TestReadErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"stray string", "\"x\"\n", "1:1 POStrayString"},
		{"no string", "msgid x\nmsgstr \"\"\n", "1:7 POExpectedString"},
		{"unterminated", "msgid \"abc\nmsgstr \"x\"\n", "1:7 POUnterminated"},
		{"trailing", "msgid \"a\" b\nmsgstr \"x\"\n", "1:11 POTrailingText"},
		{"bad escape", "msgid \"a\\qb\"\nmsgstr \"x\"\n", "1:9 POBadEscape"},
		{"bad escape after utf8", "msgid \"ñ\\q\"\nmsgstr \"x\"\n", "1:9 POBadEscape"},
		{"no msgstr", "msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n", "1:1 POMissingMsgstr"},
		{"msgstr first", "msgstr \"a\"\n", "1:1 POUnexpectedKeyword"},
		{"unknown keyword", "msgid \"a\"\nmsgfoo \"b\"\n", "2:1 POUnexpectedKeyword 1:1 POMissingMsgstr"},
		{"junk", "msgid \"a\"\nmsgstr \"b\"\n  @@\n", "3:3 POBadLine"},
		{"msgstr after plural", "msgid \"a\"\nmsgid_plural \"b\"\nmsgstr \"c\"\n", "3:1 POMsgstrNeedsIndex 1:1 POMissingMsgstr"},
		{"plural order", "msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[1] \"c\"\n", "3:1 POPluralIndexOrder 1:1 POMissingMsgstr"},
		{"duplicate", "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n", "4:1 PODuplicate"},
		{"ctxt alone", "msgctxt \"a\"\n", "1:1 POMissingMsgid"},
		{"bad utf8 escape", "msgid \"\\377\"\nmsgstr \"b\"\n", "1:1 POEscapeUTF8"},
		{"bad utf8 hex escape in msgstr", "msgid \"a\"\nmsgstr \"b\\xE9\"\n", "2:1 POEscapeUTF8"},
		{"half a rune escaped", "msgid \"a\\é\"\nmsgstr \"b\"\n", "1:9 POBadEscape 1:1 POEscapeUTF8"},
		{"too many forms", "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=n != 1;\\n\"\n\nmsgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"c\"\nmsgstr[1] \"d\"\nmsgstr[2] \"e\"\n", "8:1 POPluralIndexRange"},
		{"bad formula", "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=n !! 1;\\n\"\n", "3:37 POPluralExprUnexpected"},
		{"formula on two lines", "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=(n != 1 && \"\n\"x);\\n\"\n", "4:2 POPluralExprUnexpected"},
		{"formula range", "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=n;\\n\"\n", "2:42 POPluralExprRange"},
		{"bad nplurals", "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=x; plural=n;\\n\"\n", "2:32 POPluralFormsNplurals"},
		{"no plural=", "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2;\\n\"\n", "2:22 POPluralFormsSyntax"},
		{"invalid utf8", "msgid \"a\"\nmsgstr \"\xff\"\n", "2:9 InputBadUTF8"},
		{"binary", "msgid \"a\x00\"\n", "1:9 InputBinary"},
		{"unknown charset", "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=klingon\\n\"\n", "0:0 InputUnknownCharset"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("e.po", strings.NewReader(c.src), format.Options{})
			var list diag.List
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("got %v, want a diag.List", err)
			}
			var got []string
			for _, d := range list {
				if d.File != "e.po" || d.Severity != diag.Error {
					t.Errorf("diagnostic %+v", d)
				}
				got = append(got, fmt.Sprintf("%d:%d %s", d.Line, d.Col, d.ID))
			}
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("got  %s\nwant %s", g, c.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	src := "msgid \"a\"\nmsgstr \"b\"\n"
	cases := []struct {
		name, header string
		opts         format.Options
		src, tgt     string
	}{
		{"x.po", "Language: es_ES", format.Options{}, "en", "es-ES"},
		{"po/ru/x.po", "", format.Options{}, "en", "ru"},
		{"x.es.po", "", format.Options{Lang: "ru"}, "en", "es"},
		{"x_ru.po", "", format.Options{}, "en", "ru"},
		{"x.po", "", format.Options{Lang: "ru", SourceLang: "es"}, "es", "ru"},
		{"x.pot", "Language: ", format.Options{}, "en", ""},
	}
	for _, c := range cases {
		s := src
		if c.header != "" {
			s = "msgid \"\"\nmsgstr \"" + c.header + "\\n\"\n\n" + src
		}
		f, err := Read(c.name, strings.NewReader(s), c.opts)
		if err != nil {
			t.Fatal(err)
		}
		if f.Docs[0].Lang != c.src || f.Docs[1].Lang != c.tgt {
			t.Errorf("%s %q: %q %q, want %q %q", c.name, c.header, f.Docs[0].Lang, f.Docs[1].Lang, c.src, c.tgt)
		}
	}
}

// Every message ID of this package is in the three locales.
func TestMessageIDs(t *testing.T) {
	ids := map[string]bool{}
	lit := regexp.MustCompile(`"(PO[A-Z][A-Za-z]+)"`)
	for _, name := range []string{"po.go", "plural.go"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllSubmatch(b, -1) {
			ids[string(m[1])] = true
		}
	}
	if len(ids) < 15 {
		t.Fatalf("found only %d IDs", len(ids))
	}
	for _, loc := range []string{"en", "es", "ru"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "locales", loc+".toml"))
		if err != nil {
			t.Fatal(err)
		}
		for id := range ids {
			if !regexp.MustCompile(`(?m)^` + id + ` = "`).Match(b) {
				t.Errorf("%s missing in %s.toml", id, loc)
			}
		}
	}
}
