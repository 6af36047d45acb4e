package check

import (
	"bytes"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/pipeline"
	"os"
	"testing"

	"github.com/glosa-dev/glosa/format/tsv"
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

// unitsTSV generates n translation units es→ru as a TSV file, with the
// concepts of a glossary of size concepts.
func unitsTSV(n int, g *gen.Glossary) []byte {
	p := gen.NewParallel(g, "es", "ru", gen.DefaultSeed)
	if os.Getenv("CHECK_UNITS_CLEAN") != "" {
		p.FaultRate = 0
	}
	var buf bytes.Buffer
	buf.WriteString("es\tru\n")
	for range n {
		s, t := p.Unit()
		buf.WriteString(s + "\t" + t + "\n")
	}
	return buf.Bytes()
}

// BenchmarkCheckUnits: 100,000 translation units (es→ru, already paired,
// as a catalog or a TSV file gives them) with a 10,000-concept glossary:
// reading the TSV, then every rule.
func BenchmarkCheckUnits(b *testing.B) {
	g, ix := benchIndex(b, 10000)
	const n = 100_000
	src := unitsTSV(n, g)
	b.SetBytes(int64(len(src)))
	findings := 0
	for b.Loop() {
		f, err := tsv.ReadFile("b.tsv", bytes.NewReader(src), format.Options{})
		if err != nil {
			b.Fatal(err)
		}
		fs := RunSet(pipeline.New(ix, f), DefaultOptions())
		findings = len(fs)
		if b.N == 1 || testing.Verbose() {
			byRule := map[string]int{}
			for _, f := range fs {
				byRule[f.Rule]++
			}
			b.Logf("%d units, %d bytes; findings by rule %v", n, len(src), byRule)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "units/s")
	b.ReportMetric(float64(findings)*float64(b.N)/b.Elapsed().Seconds(), "findings/s")
	b.ReportMetric(float64(findings), "findings")
}

// TestWriteUnits writes the benchmark's data for timing the command:
// CHECK_UNITS_OUT=dir go test -run TestWriteUnits ./check/ writes
// dir/units.tsv (100,000 units es→ru) and dir/glossary.toml (10,000
// concepts) and dir/text.ru.txt (100 MB of generated Russian); with
// CHECK_UNITS_CLEAN=1, units without planted faults.
func TestWriteUnits(t *testing.T) {
	dir := os.Getenv("CHECK_UNITS_OUT")
	if dir == "" {
		t.Skip("set CHECK_UNITS_OUT to write the benchmark's data")
	}
	g := gen.NewGlossary(10000, gen.DefaultSeed)
	if err := os.WriteFile(dir+"/units.tsv", unitsTSV(100_000, g), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/glossary.toml", g.TOML(), 0o644); err != nil {
		t.Fatal(err)
	}
	// And 100 MB of Russian text with the glossary's terms, for the
	// monolingual rules.
	text := gen.NewText(g, "ru", gen.DefaultSeed).Generate(100 << 20)
	if err := os.WriteFile(dir+"/text.ru.txt", text, 0o644); err != nil {
		t.Fatal(err)
	}
}
