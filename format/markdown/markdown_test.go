package markdown

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
)

func read(t *testing.T, name string, src []byte) *format.Document {
	t.Helper()
	f, err := Read(name, bytes.NewReader(src), format.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return f.Docs[0]
}

// TestPositions reads testdata/tricky.md: every expected line:col was
// computed from the file alone (the needle's place in it).
func TestPositions(t *testing.T) {
	src, err := os.ReadFile("testdata/tricky.md")
	if err != nil {
		t.Fatal(err)
	}
	d := read(t, "tricky.md", src)
	for _, c := range []struct {
		text      string // in d.Text
		line, col int
	}{
		{`Thaw "freeze"`, 2, 9}, {`"freeze`, 2, 14}, {"freeze", 2, 16}, {"The thaw", 3, 14},
		{"Khrushchev", 7, 3}, {"Thaw\n", 7, 17}, {"Setext", 9, 1},
		{"A paragraph", 12, 1}, {"deshielo", 12, 20}, {"Thaw and", 12, 36}, {"`code", 12, 72},
		{"Second", 13, 1}, {"& an entity", 13, 32}, {" an entity", 13, 37}, {"\u00a0here", 13, 47}, {"here.\nHard", 13, 53}, {"Hard", 14, 1},
		{"- item one", 16, 1}, {"item one", 16, 3}, {"- item two", 17, 1}, {"two", 17, 9}, {"- nested", 18, 3}, {"nested", 18, 5},
		{"1. ordered", 20, 1}, {"ordered", 20, 4},
		{"quoted", 22, 3}, {"continues", 23, 3},
		{"Term", 25, 3}, {"Meaning", 25, 10}, {"thaw\n", 27, 3}, {"deshielo\n", 27, 10},
		{"Tab\t", 35, 1}, {"inside", 35, 5}, {"* star", 35, 32}, {" star", 35, 33}, {"Ignored", 40, 1},
	} {
		i := bytes.Index(d.Text, []byte(c.text))
		if i < 0 {
			t.Errorf("%q not in the text:\n%s", c.text, d.Text)
			continue
		}
		if l, col := d.Map.Position(d.Text, i); l != c.line || col != c.col {
			t.Errorf("%q at %d:%d, want %d:%d", c.text, l, col, c.line, c.col)
		}
	}
	var kinds []string
	for _, u := range d.Units {
		kinds = append(kinds, u.Kind.String())
	}
	want := "heading prose heading heading prose list-item list-item list-item list-item prose prose prose prose prose code code prose prose"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("kinds\n%s, want\n%s", got, want)
	}
	for i, u := range d.Units {
		if u.Para != i {
			t.Errorf("unit %d: Para %d", i, u.Para)
		}
		if u.Kind == format.Code && u.Start != u.End {
			t.Errorf("code unit %d holds %q", i, d.Text[u.Start:u.End])
		}
	}
	// No URL, no emphasis marker, no HTML block, no code block, no front
	// matter but its title and description.
	for _, s := range []string{"https://", "**", "*two*", "html block", "tabbed code", "fenced code", "tags", "---"} {
		if bytes.Contains(d.Text, []byte(s)) {
			t.Errorf("the text holds %q", s)
		}
	}
	// The fenced code block is a Code unit at its fence.
	if u := d.Units[15]; u.Kind != format.Code {
		t.Errorf("unit 15 is %s", u.Kind)
	} else if l, c := d.Map.Position(d.Text, u.Start); l != 31 || c != 1 {
		t.Errorf("fenced code at %d:%d, want 31:1", l, c)
	}
	// A list item's Body is after its marker.
	for _, u := range d.Units {
		if u.Kind == format.ListItem && (u.Body <= u.Start || bytes.HasPrefix(d.Text[u.Body:], []byte("-"))) {
			t.Errorf("list item %q: body at %d", d.Text[u.Start:u.End], u.Body-u.Start)
		}
	}
	// The code span is a Tag span inside its sentence.
	p := d.Units[4]
	if len(p.Spans) != 1 || string(d.Text[p.Spans[0].Start:p.Spans[0].End]) != "`code span`" || p.Spans[0].Kind != format.Tag {
		t.Errorf("spans of %q: %+v", d.Text[p.Start:p.End], p.Spans)
	}
	if len(d.Suppress) != 1 || d.Suppress[0].Line != 40 {
		t.Errorf("suppressions %+v, want line 40", d.Suppress)
	}
	if d.Lang != "en" {
		t.Errorf("lang %q", d.Lang)
	}
}

func TestInline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"**deshielo**", "deshielo"},
		{"_deshielo_ y __más__", "deshielo y más"},
		{"[Thaw](https://x.org/a \"t\") era", "Thaw era"},
		{"see <https://x.org/> now", "see <https://x.org/> now"},
		{"see www.example.com now", "see www.example.com now"},
		{"a <b>bold</b> word", "a <b>bold</b> word"},
		{"![icon](i.png) Text", " Text"},
		{"~~old~~ new", "old new"},
		{"a \\_b\\_ c", "a _b_ c"},
		{"&#1046;&#x416; &copy;", "ЖЖ ©"},
		{"[ref][1] x\n\n[1]: https://x.org", "ref x"},
	} {
		d := read(t, "x.md", []byte(c.in))
		if len(d.Units) == 0 {
			t.Errorf("%q: no unit", c.in)
			continue
		}
		u := d.Units[0]
		if got := string(d.Text[u.Start:u.End]); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMDX(t *testing.T) {
	src := "---\ntitle: Start\nhero:\n  title: Docs\n  tagline: not this\n---\nimport { A } from 'a'\nexport const x = {\n  y: 1,\n}\n\n<Card title=\"x\">\n    Explore the [themes](/t/) here.\n</Card>\n\n<Steps>\n    1. Install it:\n\n        ```sh\n        npm i\n        ```\n\n    2. Run it.\n</Steps>\n\n{/* a comment */}\n"
	d := read(t, "x.mdx", []byte(src))
	var got []string
	for _, u := range d.Units {
		got = append(got, u.Kind.String()+":"+u.Key+":"+string(d.Text[u.Start:u.End]))
	}
	want := []string{"heading:title:Start", "heading:hero.title:Docs", "prose::Explore the themes here.", "list-item::1. Install it:", "code::", "list-item::2. Run it."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("units\n%q, want\n%q", got, want)
	}
	for _, c := range []struct {
		text      string
		line, col int
	}{{"Docs", 4, 10}, {"Explore", 13, 5}, {"themes", 13, 18}, {"1. Install", 17, 5}, {"2. Run", 23, 5}} {
		i := bytes.Index(d.Text, []byte(c.text))
		if l, col := d.Map.Position(d.Text, i); i < 0 || l != c.line || col != c.col {
			t.Errorf("%q at %d:%d, want %d:%d", c.text, l, col, c.line, c.col)
		}
	}
	if u := d.Units[4]; u.Kind == format.Code {
		if l, c := d.Map.Position(d.Text, u.Start); l != 19 || c != 9 {
			t.Errorf("code at %d:%d, want 19:9", l, c)
		}
	}
}

func TestBroken(t *testing.T) {
	for _, c := range []struct {
		in, id    string
		line, col int
	}{
		{"---\ntitle: Thaw\nno end\n", "MarkdownFrontMatterOpen", 1, 1},
		{"---\ntitle: \"Thaw\n---\n", "MarkdownFrontMatterQuote", 2, 8},
		{"---\nx: 1\n  description: 'Thaw\n---\n", "MarkdownFrontMatterQuote", 3, 16},
		{"# a\n\nb\x00c\n", "InputBinary", 3, 2},
		{"# a\xff\n", "InputBadUTF8", 1, 4},
	} {
		_, err := Read("x.md", strings.NewReader(c.in), format.Options{})
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if d := l[0]; d.ID != c.id || d.Line != c.line || d.Col != c.col || d.File != "x.md" {
			t.Errorf("%q: %s %d:%d, want %s %d:%d", c.in, d.ID, d.Line, d.Col, c.id, c.line, c.col)
		}
	}
	// A thematic break that is not front matter is Markdown.
	d := read(t, "x.md", []byte("---\nplain text\n"))
	if len(d.Units) != 1 || string(d.Text) != "plain text" {
		t.Errorf("%q", d.Text)
	}
}

func TestRegistered(t *testing.T) {
	for _, name := range []string{"a.md", "b.MARKDOWN", "c.mdx"} {
		if f := format.Detect(name, nil); f.Name != "markdown" || !f.NeedsLang || f.Catalog || f.Keyed {
			t.Errorf("%s: %+v", name, f)
		}
	}
}
