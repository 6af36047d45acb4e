package sheet_test

// Benchmarks of reading sheets: a generated 100,000-row CSV (internal/gen's
// glossary for a fixed seed, written as CSV) and the CLDR TSV.
//
//	go test -run '^$' -bench . -benchmem ./glossary/sheet/

import (
	"bytes"
	"os"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
)

func benchRead(b *testing.B, format glossary.Format, src []byte, n int) {
	g, diags := parse(b, format, "bench."+format.Name, src)
	if g == nil {
		b.Fatal(errorsOf(diags))
	}
	if len(g.Concepts) != n {
		b.Fatalf("read %d concepts, want %d", len(g.Concepts), n)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		parse(b, format, "bench."+format.Name, src)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
}

func BenchmarkRead(b *testing.B) {
	const n = 100_000
	g, diags := glossary.Parse("gen.toml", gen.GlossaryTOML(n, gen.DefaultSeed))
	if g == nil {
		b.Fatal(errorsOf(diags))
	}
	csv := format(b, "csv")
	var src bytes.Buffer
	if err := csv.Write(&src, g); err != nil {
		b.Fatal(err)
	}
	b.Run("csv-100k", func(b *testing.B) { benchRead(b, csv, src.Bytes(), n) })
}

func BenchmarkReadCLDR(b *testing.B) {
	src, err := os.ReadFile("../../../shared/corpora/termbases/cldr.en-es-ru.tsv")
	if err != nil {
		b.Skip("the CLDR TSV is absent")
	}
	benchRead(b, format(b, "tsv"), src, 1151)
}
