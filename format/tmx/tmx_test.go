package tmx

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

func TestRead(t *testing.T) {
	name := "testdata/m.tmx"
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(name, bytes.NewReader(b), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, d := range f.Docs {
		langs = append(langs, d.Lang)
	}
	if got := strings.Join(langs, " "); got != "en ru es-ES" {
		t.Errorf("languages %s", got)
	}
	if got := fmt.Sprint(f.Units); got != "[[0 0 0] [1 -1 -1]]" {
		t.Errorf("rows %s", got)
	}
	for k, w := range []struct{ text, at string }{
		{`Open <%s> <ph x="1">&lt;br/&gt;</ph>now`, "Open"},
		{`Открыть <%s> <ph x="1">&lt;br/&gt;</ph>сейчас`, "Открыть"},
		{`Abrir <hi type="b">ya</hi>`, "Abrir"},
	} {
		d := f.Docs[k]
		u := d.Units[0]
		if got := string(d.Text[u.Start:u.End]); got != w.text || u.Key != "open" {
			t.Errorf("%s: %q key %q", d.Lang, got, u.Key)
		}
		// the unit's start, and the character after the first escape
		for _, s := range []string{w.at, "%s", "now", "ya"} {
			i := bytes.Index(d.Text[u.Start:u.End], []byte(s))
			j := bytes.Index(b[bytes.Index(b, []byte(w.at)):], []byte(s))
			if i < 0 || j < 0 {
				continue
			}
			wl, wc := format.Position(b, bytes.Index(b, []byte(w.at))+j)
			if l, c := d.Map.Position(d.Text, u.Start+i); l != wl || c != wc {
				t.Errorf("%s: %q at %d:%d, want %d:%d", d.Lang, s, l, c, wl, wc)
			}
		}
	}
	var spans []string
	d := f.Docs[0]
	for _, s := range d.Units[0].Spans {
		spans = append(spans, string(d.Text[s.Start:s.End]))
	}
	if got := strings.Join(spans, " "); got != `%s <ph x="1">&lt;br/&gt;</ph>` {
		t.Errorf("spans %q", got)
	}
	if n := d.Units[0].Notes; len(n) != 2 || n[0] != "x-domain: UI" || n[1] != "menu" {
		t.Errorf("notes %q", n)
	}
	if u := f.Docs[0].Units[1]; string(d.Text[u.Start:u.End]) != "Only English" || u.Key != "2" {
		t.Errorf("old lang attribute: %+v", u)
	}
}

func TestSourceLang(t *testing.T) {
	in := `<tmx version="1.4"><header srclang="*all*"/><body><tu><tuv xml:lang="ru"><seg>а</seg></tuv><tuv xml:lang="es"><seg>b</seg></tuv></tu></body></tmx>`
	for _, c := range []struct{ src, want string }{{"", "ru es"}, {"es", "es ru"}} {
		f, err := Read("x.tmx", strings.NewReader(in), format.Options{SourceLang: c.src})
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Docs[0].Lang + " " + f.Docs[1].Lang; got != c.want {
			t.Errorf("source %q: %s, want %s", c.src, got, c.want)
		}
	}
}

func TestBroken(t *testing.T) {
	for _, c := range []struct {
		in, id    string
		line, col int
	}{
		{"<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu></body></tmx>", "TMXBadXML", 2, 36},
		{"\n<xliff/>", "TMXNotTMX", 2, 1},
		{"<tmx><body><tu>\n  <tuv><seg>a</seg></tuv></tu></body></tmx>", "TMXNoLang", 2, 3},
		{"<tmx><body><tu>\n <tuv xml:lang=\"es\"></tuv></tu></body></tmx>", "TMXNoSeg", 2, 2},
		{"<tmx><body><tu><tuv xml:lang=\"es\"><seg>a", "TMXBadXML", 1, 41},
		{"<tmx>\x00</tmx>", "InputBinary", 1, 6},
	} {
		_, err := Read("x.tmx", strings.NewReader(c.in), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) == 0 {
			t.Errorf("%q: error %v", c.in, err)
			continue
		}
		if d := l[0]; d.ID != c.id || d.Line != c.line || d.Col != c.col || d.File != "x.tmx" {
			t.Errorf("%q: %s %s:%d:%d, want %s %d:%d", c.in, d.ID, d.File, d.Line, d.Col, c.id, c.line, c.col)
		}
	}
}

// TestCorpora: the shadow TMX files read, one row per <tu> (487 in the
// trilingual file, as the corpora's README says), every tu in every language.
func TestCorpora(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/corpora/l10n/tmx/*.tmx")
	if len(files) == 0 {
		t.Skip("no corpora")
	}
	tuRE := regexp.MustCompile(`<tu[\s>]`)
	tuvRE := regexp.MustCompile(`<tuv[\s>]`)
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f, err := Read(p, bytes.NewReader(b), format.Options{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		n := 0
		for _, d := range f.Docs {
			n += len(d.Units)
		}
		if want := len(tuRE.FindAll(b, -1)); len(f.Units) != want || n != len(tuvRE.FindAll(b, -1)) {
			t.Errorf("%s: %d rows, %d units, want %d", p, len(f.Units), n, want)
		}
		if strings.HasSuffix(p, "en-es-ru.tmx") && (len(f.Units) != 487 || len(f.Docs) != 3 || f.Docs[0].Lang != "en") {
			t.Errorf("%s: %d rows, %d languages", p, len(f.Units), len(f.Docs))
		}
	}
}

func FuzzRead(f *testing.F) {
	b, _ := os.ReadFile("testdata/m.tmx")
	f.Add(b)
	f.Add([]byte(`<tmx><body><tu><tuv xml:lang="es"><seg><![CDATA[a]]>&#1046;<bpt i="1">x</bpt></seg></tuv></tu></body></tmx>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read("f.tmx", bytes.NewReader(b), format.Options{})
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
					t.Fatalf("unit %+v out of order", u)
				}
				for _, s := range u.Spans {
					if s.Start < u.Start || s.End > u.End {
						t.Fatalf("span %+v outside unit %+v", s, u)
					}
				}
				end = u.End
			}
			for _, r := range file.Units {
				if len(r) != len(file.Docs) || r[k] >= len(d.Units) {
					t.Fatalf("row %v", r)
				}
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>` + "\n")
	for i := 0; buf.Len() < 4<<20; i++ {
		buf.WriteString(`<tu tuid="` + strconv.Itoa(i) + `"><prop type="x">p</prop><tuv xml:lang="en"><seg>Open &amp; save %s <bpt i="1">&lt;b&gt;</bpt>file<ept i="1">&lt;/b&gt;</ept></seg></tuv>` +
			`<tuv xml:lang="es"><seg>Abrir y guardar %s archivo</seg></tuv><tuv xml:lang="ru"><seg>Открыть и сохранить %s файл</seg></tuv></tu>` + "\n")
	}
	buf.WriteString("</body></tmx>\n")
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := Read("b.tmx", bytes.NewReader(buf.Bytes()), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
