package edit

// go test -run '^$' -bench . ./glossary/edit/

import (
	"fmt"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
)

// BenchmarkSet changes the middle concept of generated glossaries: the
// cost is two parses and one scan per change, linear in the file.
func BenchmarkSet(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			src := gen.GlossaryTOML(n, gen.DefaultSeed+uint64(n))
			g, diags := glossary.Parse("bench.toml", src)
			if g == nil {
				b.Fatal(diags)
			}
			id := g.Concepts[n/2].ID
			ch := Change{Terms: []Term{{Lang: "en", Text: "benchmark term"}, {Lang: "ru", Text: "устаревший термин", Status: glossary.Deprecated}}}
			if out, diags := Set("bench.toml", src, id, ch); out == nil {
				b.Fatal(diags)
			}
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Set("bench.toml", src, id, ch)
			}
		})
	}
}
