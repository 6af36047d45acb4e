package markdown

import (
	"bytes"
	"os"
	"testing"

	"github.com/glosa-dev/glosa/format"
)

func FuzzRead(f *testing.F) {
	for _, s := range []string{"# a\n\n- b\n", "---\ntitle: x\n---\ntext", "<Card>\n    - x\n</Card>\n", "| a |\n|---|\n| b |\n", "`a\nb` c &amp; \\*", "> - a\n>   b\n"} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	if b, err := os.ReadFile("testdata/tricky.md"); err == nil {
		f.Add(b, false)
	}
	f.Fuzz(func(t *testing.T, b []byte, mdx bool) {
		name := "x.md"
		if mdx {
			name = "x.mdx"
		}
		file, err := Read(name, bytes.NewReader(b), format.Options{})
		if err != nil {
			return
		}
		d := file.Docs[0]
		lines := bytes.Count(b, []byte("\n")) + 1
		prev := 0
		for i, u := range d.Units {
			if u.Start < prev || u.Start > u.Body || u.Body > u.End || u.End > len(d.Text) || u.Para != i {
				t.Fatalf("unit %d %+v after %d (text %d)", i, u, prev, len(d.Text))
			}
			prev = u.End
			for _, s := range u.Spans {
				if s.Start < u.Start || s.End > u.End || s.Start > s.End {
					t.Fatalf("unit %d: span %+v", i, s)
				}
			}
			if l, c := d.Map.Position(d.Text, u.Start); l < 1 || l > lines || c < 1 {
				t.Fatalf("unit %d at %d:%d", i, l, c)
			}
		}
	})
}
