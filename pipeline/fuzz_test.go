package pipeline

import (
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// FuzzRead: any file, under a text or a TSV name, is read or refused with
// an error, never a panic; what is read makes a set whose segments lie in
// their documents, whose pairs point at real segments, and whose matches
// lie in the text.
func FuzzRead(f *testing.F) {
	g, diags := glossary.Load("../testdata/homonyms.toml")
	if diags.Err() != nil {
		f.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	f.Add("a.es.txt", "El archivo.\n\n# Título\n- uno\n")
	f.Add("c.tsv", "msgid\tes\tru\nfile\\n\tarchivo\tфайл\n\tx\t\n")
	f.Add("c.tsv", "es\n")
	f.Add("x", "\xff\x00")
	f.Fuzz(func(t *testing.T, name, text string) {
		if !strings.HasSuffix(name, ".tsv") {
			name = "f.txt"
		}
		file, err := Read(name, strings.NewReader(text), ReadOptions{})
		if err != nil {
			return
		}
		var extra []*format.File
		if file.Units == nil {
			extra = append(extra, file) // the document against itself
		}
		s := New(ix, file, extra...)
		for _, d := range s.Docs() {
			for _, sg := range d.Segments() {
				if sg.Start < 0 || sg.End > len(d.Text) || sg.Start > sg.End {
					t.Fatalf("segment %d:%d outside %d bytes", sg.Start, sg.End, len(d.Text))
				}
			}
			for _, m := range d.Matches() {
				if m.End > len(d.Text) || d.Placed(m).Line < 1 {
					t.Fatalf("match %+v outside the text", m)
				}
			}
		}
		for k := range s.Targets {
			for _, b := range s.Beads(k) {
				for _, i := range b.Source {
					if i >= len(s.Source.Segments()) {
						t.Fatalf("bead source %d of %d", i, len(s.Source.Segments()))
					}
				}
				for _, j := range b.Target {
					if j >= len(s.Targets[k].Segments()) {
						t.Fatalf("bead target %d of %d", j, len(s.Targets[k].Segments()))
					}
				}
			}
			s.Resolved(k, s.Targets[k].Outer())
		}
	})
}
