package tbx_test

// Benchmarks of Read on a generated 100,000-concept TBX file (internal/gen's
// glossary for a fixed seed, written by Write) and on the CLDR termbase.
//
//	go test -run '^$' -bench . -benchmem ./glossary/tbx/

import (
	"bytes"
	"os"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/tbx"
	"github.com/glosa-dev/glosa/internal/gen"
)

func BenchmarkRead(b *testing.B) {
	const n = 100_000
	g, diags := glossary.Parse("gen.toml", gen.GlossaryTOML(n, gen.DefaultSeed+n))
	if g == nil {
		b.Fatal(diags)
	}
	var buf bytes.Buffer
	if err := tbx.Write(&buf, g); err != nil {
		b.Fatal(err)
	}
	benchRead(b, "100k", buf.Bytes(), n)
}

func BenchmarkReadCLDR(b *testing.B) {
	src, err := os.ReadFile(shared(b, "termbases/cldr.en-es-ru.tbx"))
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "cldr", src, 1151)
}

func benchRead(b *testing.B, name string, src []byte, n int) {
	b.Run(name, func(b *testing.B) {
		if g, diags := read(name+".tbx", src); g == nil || len(g.Concepts) != n {
			b.Fatalf("read %v concepts, want %d: %v", g != nil, n, diags.Err())
		}
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			read(name+".tbx", src)
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
	})
}

func BenchmarkWrite(b *testing.B) {
	const n = 100_000
	g, diags := glossary.Parse("gen.toml", gen.GlossaryTOML(n, gen.DefaultSeed+n))
	if g == nil {
		b.Fatal(diags)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		tbx.Write(&buf, g)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
}
