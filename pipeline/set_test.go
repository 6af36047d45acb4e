package pipeline

import (
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// A catalog's units pair by key, and the source decides which concept a
// shared term stands for.
func TestSetOfCatalog(t *testing.T) {
	g, diags := glossary.Load("../testdata/homonyms.toml")
	if diags.Err() != nil {
		t.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	f, err := Read("c.tsv", strings.NewReader("msgid\tes\nExtract the archive\tExtraer el archivo\nSave\t\nOpen the file\tAbrir el archivo\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := New(ix, f)
	if !s.Paired() || s.LintSource {
		t.Fatalf("paired %v, lint source %v", s.Paired(), s.LintSource)
	}
	beads := s.Beads(0)
	if len(beads) != 2 || beads[0].Source[0] != 0 || beads[0].Target[0] != 0 || beads[1].Source[0] != 2 || beads[1].Target[0] != 1 {
		t.Fatalf("beads %+v, want units 1 and 3 paired, the untranslated unit 2 left out", beads)
	}
	matches := s.Targets[0].Outer()
	var got []string
	for i, ok := range s.Resolved(0, matches) {
		if ok {
			got = append(got, matches[i].Concept.ID+"@"+matches[i].Text)
		}
		if !Ambiguous(matches, i) {
			t.Errorf("%q of %s: not ambiguous", matches[i].Text, matches[i].Concept.ID)
		}
	}
	if strings.Join(got, " ") != "archive@archivo file@archivo" {
		t.Errorf("resolved: %v, want the first archivo an archive, the second a file", got)
	}
	// Each document is matched once: asking again gives the same slice.
	if a, b := s.Source.Matches(), s.Source.Matches(); len(a) == 0 || &a[0] != &b[0] {
		t.Error("the source was matched twice")
	}
}
