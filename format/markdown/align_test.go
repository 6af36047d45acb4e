package markdown_test

import (
	"os"
	"slices"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/markdown"
	"github.com/glosa-dev/glosa/pipeline"
)

func open(t *testing.T, lang string) *format.File {
	t.Helper()
	fh, err := os.Open("testdata/set/" + lang + "/tar.md")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := markdown.Read(fh.Name(), fh, format.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestAlignStructure: a page and its translations align heading to
// heading and list to list; the Spanish one lacks a list item, and the
// headings after it still pair.
func TestAlignStructure(t *testing.T) {
	s := pipeline.New(nil, open(t, "en"), open(t, "es"), open(t, "ru"))
	src := s.Source.Segments()
	index := func(segs []string, text string) int { return slices.Index(segs, text) }
	texts := func(d *pipeline.Doc) []string {
		var out []string
		for _, g := range d.Segments() {
			out = append(out, g.Text)
		}
		return out
	}
	srcTexts := texts(s.Source)
	if len(src) != 10 {
		t.Fatalf("%d source segments: %q", len(src), srcTexts)
	}
	for k, want := range [][][2]string{
		{{"Tar", "Tar"}, {"Create", "Crear"}, {"Extract", "Extraer"}, {"Options", "Opciones"},
			{"- List the contents of an existing archive.", "- Listar el contenido de un archivo existente."}},
		{{"Tar", "Tar"}, {"Create", "Создание"}, {"Extract", "Извлечение"}, {"Options", "Параметры"},
			{"- Create a compressed archive with gzip.", "- Создать сжатый архив с помощью gzip."}},
	} {
		tgtTexts := texts(s.Targets[k])
		for _, p := range want {
			i, j := index(srcTexts, p[0]), index(tgtTexts, p[1])
			if i < 0 || j < 0 {
				t.Fatalf("%q or %q not a segment: %q, %q", p[0], p[1], srcTexts, tgtTexts)
			}
			paired := false
			for _, b := range s.Beads(k) {
				if slices.Contains(b.Source, i) && slices.Contains(b.Target, j) {
					paired = true
				}
			}
			if !paired {
				t.Errorf("target %d: %q and %q not paired: %+v", k, p[0], p[1], s.Beads(k))
			}
		}
	}
	// The dropped item pairs with nothing.
	i := index(srcTexts, "- Create a compressed archive with gzip.")
	for _, b := range s.Beads(0) {
		if slices.Contains(b.Source, i) && len(b.Target) > 0 && len(b.Source) == 1 {
			t.Errorf("the dropped item is paired: %+v", b)
		}
	}
}
