package check

import (
	"bytes"
	"os"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/termmatch"
)

func benchIndex(b *testing.B, n int) (*gen.Glossary, *termmatch.Index) {
	g := gen.NewGlossary(n, gen.DefaultSeed)
	gl, diags := glossary.Parse("bench.toml", g.TOML())
	if diags.Err() != nil {
		b.Fatal(diags)
	}
	return g, termmatch.NewIndex(gl)
}

// BenchmarkCheck: the monolingual rules over 8 MiB of generated Russian
// with a 10,000-concept glossary.
func BenchmarkCheck(b *testing.B) {
	g, ix := benchIndex(b, 10000)
	text := gen.NewText(g, "ru", gen.DefaultSeed).Generate(8 << 20)
	b.SetBytes(int64(len(text)))
	n := 0
	for b.Loop() {
		n = len(Run(&Document{File: "b.ru.txt", Lang: "ru", Text: text}, ix, Rules()))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "findings/s")
}

// BenchmarkCheckPair: the sample (the Spanish seed and our Russian
// translation, 17 sentences each) repeated as 2,000 paragraphs, so about
// 34,000 segment pairs, aligned and checked with the sample glossary.
func BenchmarkCheckPair(b *testing.B) {
	ix := sampleIndexF(b)
	es, err1 := os.ReadFile("../testdata/destalinizacion.es.txt")
	ru, err2 := os.ReadFile("../testdata/destalinizacion.ru.txt")
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	rep := func(t []byte) []byte {
		t = bytes.ReplaceAll(bytes.TrimSpace(t), []byte("\n"), []byte(" "))
		return bytes.Repeat(append(t, "\n\n"...), 2000)
	}
	src, tgt := rep(es), rep(ru)
	segs := 17 * 2000
	b.SetBytes(int64(len(src) + len(tgt)))
	n := 0
	for b.Loop() {
		n = len(RunPair(Pair{Source: &Document{File: "s.es.txt", Lang: "es", Text: src}, Target: &Document{File: "t.ru.txt", Lang: "ru", Text: tgt}}, ix, Rules(), BilingualRules()))
	}
	b.ReportMetric(float64(segs)*float64(b.N)/b.Elapsed().Seconds(), "segment-pairs/s")
	b.ReportMetric(float64(n), "findings")
}
