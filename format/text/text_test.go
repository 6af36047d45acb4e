package text_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
)

func read(t *testing.T, in string, opts format.Options) *format.Document {
	t.Helper()
	f, err := textfmt.Read("x.txt", strings.NewReader(in), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Docs) != 1 || !f.LintSource || !f.Docs[0].Guess || string(f.Docs[0].Text) != in {
		t.Fatalf("file %+v", f)
	}
	return f.Docs[0]
}

// Units: their kinds, bodies and paragraphs.
func TestUnits(t *testing.T) {
	in := "# Title\nOne. Two\ngoes on.\n\n- item\n2) next\u2029after\n\n<!-- glosa-ignore -->\ncode"
	d := read(t, in, format.Options{Lang: "en"})
	var got []string
	for _, u := range d.Units {
		got = append(got, u.Kind.String()+":"+in[u.Body:u.End]+":"+string(rune('0'+u.Para)))
	}
	want := "heading:# Title:0|prose:One. Two\ngoes on.:1|list-item:item:2|list-item:next:3|prose:after:4|prose:<!-- glosa-ignore -->\ncode:5"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("units\n got %q\nwant %q", g, want)
	}
	if len(d.Suppress) != 1 || d.Suppress[0].Line != 9 {
		t.Errorf("suppressions %+v", d.Suppress)
	}
}

// Presegmented: a Line per line, empty ones too, "\r" dropped, a final
// line break starting no line; each is a segment as it is.
func TestPresegmented(t *testing.T) {
	d := read(t, "a. b.\r\n\n  c  \n", format.Options{Lang: "en", Presegmented: true})
	segs, unit := format.SegmentUnits(d)
	var got []string
	for i, s := range segs {
		got = append(got, s.Text)
		if unit[i] != i || s.Line != i+1 || s.Col != 1 {
			t.Errorf("segment %d: %+v unit %d", i, s, unit[i])
		}
	}
	if g := strings.Join(got, "|"); g != "a. b.||  c  " {
		t.Errorf("got %q", g)
	}
	if d := read(t, "", format.Options{Presegmented: true}); len(d.Units) != 0 {
		t.Errorf("empty file: %d units", len(d.Units))
	}
}

// Plain text has no syntax: any UTF-8 text reads, with units where there
// is text.
func TestOddInputs(t *testing.T) {
	for name, in := range map[string]string{
		"huge line": strings.Repeat("word ", 1<<18),
		"CRLF":      "One.\r\n\r\nTwo.\r\n",
		"lone CR":   "One.\rTwo.",
	} {
		d := read(t, in, format.Options{Lang: "es"})
		if len(d.Units) == 0 || len(format.Segments(d)) == 0 {
			t.Errorf("%s: no units or segments", name)
		}
	}
	// A BOM is dropped and never counted as a column.
	f, err := textfmt.Read("x.txt", strings.NewReader("\ufeffOne. Two."), format.Options{Lang: "en"})
	if err != nil || string(f.Docs[0].Text) != "One. Two." {
		t.Fatalf("BOM: %v %v", f, err)
	}
	if s := format.Segments(f.Docs[0]); len(s) != 2 || s[0].Line != 1 || s[0].Col != 1 || s[1].Col != 6 {
		t.Errorf("BOM: segments %+v", s)
	}
}

// What is not UTF-8 text is refused at its place (exit 2 in the command).
func TestBadInputs(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"invalid UTF-8", "Hola.\nCanci\xf3n.", "x.txt:2:6: error: invalid UTF-8 (give the file's encoding with --encoding)"},
		{"NUL", "a\x00b. C.", "x.txt:1:2: error: not a text file (a NUL byte)"},
	} {
		_, err := textfmt.Read("x.txt", strings.NewReader(c.in), format.Options{Lang: "es"})
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	// With the encoding given, the same bytes read.
	f, err := textfmt.Read("x.txt", strings.NewReader("Hola.\nCanci\xf3n."), format.Options{Lang: "es", Encoding: "ISO-8859-1"})
	if err != nil || string(f.Docs[0].Text) != "Hola.\nCanción." {
		t.Errorf("latin-1: %v %v", f, err)
	}
}

// FuzzRead: units lie within the text, in order, without overlapping;
// Segments hold every non-space byte of the text once (checkSegments).
func FuzzRead(f *testing.F) {
	f.Add("# T\n- a\n1. b\u2029c\n\nd", false)
	f.Add("a\r\n\nb", true)
	f.Fuzz(func(t *testing.T, in string, preseg bool) {
		file, err := textfmt.Read("x", strings.NewReader(in), format.Options{Lang: "es", Presegmented: preseg})
		if err != nil {
			t.Fatal(err)
		}
		d := file.Docs[0]
		prev := 0
		for _, u := range d.Units {
			if u.Start < prev || u.Body < u.Start || u.End < u.Body || u.End > len(in) {
				t.Fatalf("unit %+v after %d", u, prev)
			}
			prev = u.End
		}
		if !preseg {
			checkSegments(t, in, format.Segments(d))
		} else if n := len(format.Segments(d)); n != len(d.Units) || n != bytes.Count([]byte(strings.TrimSuffix(in, "\n")), []byte("\n"))+1 && in != "" {
			t.Fatalf("%d segments for %d units", n, len(d.Units))
		}
	})
}
