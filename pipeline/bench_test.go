package pipeline

import (
	"bytes"
	"os"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// BenchmarkBeads: aligning the sample (the Spanish seed and our Russian
// translation, 17 sentences each) repeated as 300 paragraphs, about 5,100
// segment pairs, with the sample glossary: what check does for a pair of
// texts before its rules, the documents' segments and matches computed
// once before timing.
func BenchmarkBeads(b *testing.B) {
	g, diags := glossary.Load("../testdata/glossary.toml")
	if g == nil {
		b.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	es, err1 := os.ReadFile("../testdata/destalinizacion.es.txt")
	ru, err2 := os.ReadFile("../testdata/destalinizacion.ru.txt")
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	rep := func(t []byte) []byte {
		t = bytes.ReplaceAll(bytes.TrimSpace(t), []byte("\n"), []byte(" "))
		return bytes.Repeat(append(t, "\n\n"...), 300)
	}
	s := New(ix, &format.File{Docs: []*format.Document{{File: "s.es.txt", Lang: "es", Text: rep(es)}}},
		&format.File{Docs: []*format.Document{{File: "t.ru.txt", Lang: "ru", Text: rep(ru)}}})
	for _, d := range s.Docs() {
		d.Segments()
		d.Matches()
	}
	n := 0
	for b.Loop() {
		s.beads[0] = nil
		n = len(s.Beads(0))
	}
	b.ReportMetric(float64(len(s.Source.Segments()))*float64(b.N)/b.Elapsed().Seconds(), "segment-pairs/s")
	b.ReportMetric(float64(n), "beads")
}
