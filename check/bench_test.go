package check

import (
	"bytes"
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

// BenchmarkCheckPair: a generated es source and ru translation of about
// 100,000 segments each (the same generated sentences in both, paragraph by
// paragraph), aligned and checked, with a 10,000-concept glossary.
func BenchmarkCheckPair(b *testing.B) {
	g, ix := benchIndex(b, 10000)
	src := gen.NewText(g, "es", gen.DefaultSeed).Generate(6 << 20)
	tgt := gen.NewText(g, "ru", gen.DefaultSeed).Generate(6 << 20)
	segs := bytes.Count(src, []byte(". ")) + bytes.Count(src, []byte(".\n"))
	b.SetBytes(int64(len(src) + len(tgt)))
	n := 0
	for b.Loop() {
		n = len(RunPair(Pair{&Document{File: "s.es.txt", Lang: "es", Text: src}, &Document{File: "t.ru.txt", Lang: "ru", Text: tgt}}, ix, Rules(), BilingualRules()))
	}
	b.ReportMetric(float64(segs)*float64(b.N)/b.Elapsed().Seconds(), "source-segments/s")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "findings/s")
}
