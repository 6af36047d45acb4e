package tsv

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

func TestRead(t *testing.T) {
	src := "msgid\tes\tru\n" +
		"Open file\tAbrir fichero\tОткрыть файл\n" +
		"\n" +
		"\\nUsage: grep\\tPATTERN\t\\nUso: grep\\tPATRÓN\t\r\n" +
		"Caf\\\\é x\tCafé\\q\tКафе\n"
	f, err := Read("c.tsv", strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, c := range f.Columns {
		langs = append(langs, c.Lang)
	}
	if got := strings.Join(langs, " "); got != "en es ru" {
		t.Errorf("languages %q", got)
	}
	if len(f.Units) != 3 || f.Units[1][2] != -1 || f.Units[2][2] != 1 {
		t.Errorf("units %v", f.Units)
	}
	es := f.Columns[1]
	if got := es.Segments[1].Text; got != "Uso: grep\tPATRÓN" {
		t.Errorf("unescaped %q", got)
	}
	if got := es.Segments[2].Text; got != `Café\q` {
		t.Errorf("unknown escape kept: %q", got)
	}
	// Every byte of the text maps back to the character it came from.
	cases := []struct {
		col  *Column
		find string
		line int
		col0 int
	}{
		{f.Columns[0], "Open", 2, 1},
		{f.Columns[1], "fichero", 2, 17},
		{f.Columns[2], "файл", 2, 33},
		{f.Columns[0], "Usage", 4, 3},
		{f.Columns[0], "PATTERN", 4, 16},
		{f.Columns[1], "PATRÓN", 4, 37},
		{f.Columns[0], "é x", 5, 6},
		{f.Columns[1], "Café", 5, 10},
		{f.Columns[2], "Кафе", 5, 17},
	}
	for _, c := range cases {
		off := bytes.Index(c.col.Text, []byte(c.find))
		if off < 0 {
			t.Fatalf("%q not in %q", c.find, c.col.Text)
		}
		line, col := c.col.Map.Position(c.col.Text, off)
		if line != c.line || col != c.col0 {
			t.Errorf("%s %q at %d:%d, want %d:%d", c.col.Lang, c.find, line, col, c.line, c.col0)
		}
	}
	if s := f.Columns[0].Segments[1]; s.Line != 4 || s.Col != 3 {
		t.Errorf("segment after leading \\n at %d:%d, want 4:3", s.Line, s.Col)
	}
}

// Bad input: each gets a clear error at its place, never a panic.
func TestReadErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"empty", "", "e.tsv:1:1: error: no header row: the first line must name each column's language (msgid, es, ru)"},
		{"blank", "\n\n  \n", "e.tsv:1:1: error: no header row"},
		{"one column", "es\n", "e.tsv:1:1: error: a parallel file needs two or more columns"},
		{"bad tag", "es\tFrench!\n", `e.tsv:1:4: error: column 2: "French!" is not a language tag (nor msgid or source)`},
		{"empty header cell", "es\t\tru\n", `e.tsv:1:4: error: column 2: "" is not a language tag`},
		{"duplicate", "es\tru\tes-ES\tes\n", "e.tsv:1:13: error: language es already has column 1"},
		{"msgid twice", "msgid\tsource\n", "e.tsv:1:7: error: language en already has column 1"},
		{"too few", "es\tru\nhola\n", "e.tsv:2:5: error: cells in this row: 1; columns in the header: 2"},
		{"too many", "es\tru\nhola\tпривет\textra\n", "e.tsv:2:12: error: cells in this row: 3; columns in the header: 2"},
		{"bad utf8", "es\tru\nhola\tпр\xffвет\n", "e.tsv:2:8: error: invalid UTF-8"},
		{"bad utf8 header", "e\xc3s\tru\n", "e.tsv:1:2: error: invalid UTF-8"},
		{"crlf too few", "es\tru\r\nhola\r\n", "e.tsv:2:5: error: cells in this row"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("e.tsv", strings.NewReader(c.src), "")
			var list diag.List
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("got %v, want a diag.List", err)
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got  %s\nwant %s", err, c.want)
			}
		})
	}
}

// Every bad row is reported, in order; the good rows are read.
func TestReadAllErrors(t *testing.T) {
	src := "es\tru\nhola\nbien\tхорошо\nuno\tdos\ttres\n\xff\tx\n"
	_, err := Read("e.tsv", strings.NewReader(src), "")
	want := "e.tsv:2:5: error: cells in this row: 1; columns in the header: 2\n" +
		"e.tsv:4:8: error: cells in this row: 3; columns in the header: 2\n" +
		"e.tsv:5:1: error: invalid UTF-8"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// The real aligned catalogs of ../shared read without error, every row
// with its three cells.
func TestReadShared(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpora/l10n/po/aligned/*.tsv")
	if len(files) == 0 {
		t.Skip("../shared not present")
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Read(name, bytes.NewReader(b), "en")
		if err != nil {
			t.Fatal(err)
		}
		if rows := bytes.Count(b, []byte("\n")) - 1; len(f.Units) != rows {
			t.Errorf("%s: %d units, %d rows", name, len(f.Units), rows)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("msgid\tes\tru\nOpen\tAbrir\tОткрыть\n")
	f.Add("es\tru\n\\n\\t\\\\x\t\\q\n")
	f.Add("es\tru\nhola\n")
	f.Fuzz(func(t *testing.T, src string) {
		fl, err := Read("f.tsv", strings.NewReader(src), "")
		if err != nil {
			var list diag.List
			if !errors.As(err, &list) || len(list) == 0 || len(list) > diag.Max {
				t.Fatalf("not an error list: %v", err)
			}
			for i, e := range list {
				if e.Line < 1 || e.Col < 1 || i > 0 && e.Line <= list[i-1].Line {
					t.Fatalf("error without a position, or out of order: %v", err)
				}
			}
			return
		}
		// Each row names a segment of every column, or none, in order.
		next := make([]int, len(fl.Columns))
		for r, u := range fl.Units {
			if len(u) != len(fl.Columns) {
				t.Fatalf("row %d: %d cells, %d columns", r, len(u), len(fl.Columns))
			}
			for k, i := range u {
				if i >= 0 && i != next[k] {
					t.Fatalf("row %d column %d: segment %d, want %d", r, k, i, next[k])
				} else if i >= 0 {
					next[k]++
				}
			}
		}
		for _, c := range fl.Columns {
			for _, s := range c.Segments {
				if s.Text != string(c.Text[s.Start:s.End]) || s.Text == "" || !utf8.ValidString(s.Text) {
					t.Fatalf("segment %+v does not match its text", s)
				}
				if s.Line < 2 || s.Col < 1 {
					t.Fatalf("segment at %d:%d", s.Line, s.Col)
				}
			}
		}
	})
}

// Through the registry, a TSV file is a catalog: one document per column
// whose units give back the column's segments, positions included, paired
// by row.
func TestRegistered(t *testing.T) {
	fm := format.Detect("units.TSV", nil)
	if fm.Name != "tsv" || !fm.Catalog {
		t.Fatalf("units.TSV detected as %q (catalog %v)", fm.Name, fm.Catalog)
	}
	src := "msgid\tes\n\\nOpen file\tAbrir\\tfichero\nSave\t\nQuit\tSalir\n"
	want, err := Read("c.tsv", strings.NewReader(src), "en")
	if err != nil {
		t.Fatal(err)
	}
	got, err := fm.Read("c.tsv", strings.NewReader(src), format.Options{SourceLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Docs) != 2 || got.LintSource || len(got.Units) != 3 || got.Units[1][1] != -1 {
		t.Fatalf("file: %d documents, lint source %v, units %v", len(got.Docs), got.LintSource, got.Units)
	}
	for k, d := range got.Docs {
		segs := format.Segments(d)
		if len(segs) != len(want.Columns[k].Segments) {
			t.Fatalf("%s: %d segments, want %d", d.Lang, len(segs), len(want.Columns[k].Segments))
		}
		for i, s := range segs {
			if w := want.Columns[k].Segments[i]; s != w {
				t.Errorf("%s segment %d: %+v, want %+v", d.Lang, i, s, w)
			}
		}
	}
}
