package glossary_test

// Benchmarks of glossary.Parse on generated glossaries of 1k, 10k and 100k
// concepts (see internal/gen). The generator is deterministic for a seed,
// so every run parses the same files.
//
//	go test -run '^$' -bench . -benchmem ./glossary/

import (
	"fmt"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
)

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			src := gen.GlossaryTOML(n, gen.DefaultSeed+uint64(n))
			g, errs := glossary.Parse("bench.toml", src)
			if g == nil {
				b.Fatal(errs)
			}
			if len(errs) > 0 {
				b.Logf("%d warnings, first: %v", len(errs), errs[0])
			}
			if len(g.Concepts) != n {
				b.Fatalf("parsed %d concepts, want %d", len(g.Concepts), n)
			}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				glossary.Parse("bench.toml", src)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
		})
	}
}
