package termmatch_test

// Benchmarks of scanning with the sample glossary (testdata/glossary.toml at
// the repository root): real Russian and Spanish text from the shared
// corpus (skipped when it is absent), and generated text where almost every
// word is new (gen.NewWords). Each iteration starts a new Matcher, as each
// glosa scan process does. The reference floor for the same texts is
// internal/cmd/tokfloor.
//
//	go test -run '^$' -bench 'ScanSample' -benchmem -cpu 1 ./termmatch/

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/termmatch"
)

// sampleIndex returns the index of the sample glossary.
func sampleIndex(tb testing.TB) *termmatch.Index {
	tb.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "glossary.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	g, errs := glossary.Parse("glossary.toml", src)
	if g == nil {
		tb.Fatal(errs)
	}
	return termmatch.NewIndex(g)
}

// realText returns the texts in lang of the shared alignment corpus,
// concatenated in name order, or skips.
func realText(tb testing.TB, lang string) []byte {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "align", "data", "*", "*."+lang))
	if len(files) == 0 {
		tb.Skip("the shared corpus is not here")
	}
	slices.Sort(files)
	var text []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		text = append(text, b...)
	}
	return text
}

// benchScanText scans text in lang with a new Matcher each iteration
// (cold) or with one Matcher whose word cache has seen the text (warm).
func benchScanText(b *testing.B, ix *termmatch.Index, lang string, text []byte, warm bool) {
	matches := 0
	m := ix.Matcher(lang)
	scan := func() {
		matches = 0
		if !warm {
			m = ix.Matcher(lang)
		}
		err := m.Scan(bytes.NewReader(text), func(termmatch.Match) error {
			matches++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if warm {
		scan()
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		scan()
	}
	b.ReportMetric(float64(matches), "matches")
}

// BenchmarkScanSampleReal scans the corpus's Russian and Spanish texts
// (0.76 and 0.57 MB, 12k and 9k distinct words) with the sample glossary:
// cold, as one glosa scan of the text does, and warm, as the rest of a long
// text does once its frequent words are cached.
func BenchmarkScanSampleReal(b *testing.B) {
	ix := sampleIndex(b)
	for _, lang := range []string{"ru", "es"} {
		b.Run(lang+"/cold", func(b *testing.B) { benchScanText(b, ix, lang, realText(b, lang), false) })
		b.Run(lang+"/warm", func(b *testing.B) { benchScanText(b, ix, lang, realText(b, lang), true) })
	}
}

// BenchmarkScanSampleNewWords scans 4 MB of generated text where almost
// every word is new with the sample glossary.
func BenchmarkScanSampleNewWords(b *testing.B) {
	ix := sampleIndex(b)
	for _, lang := range []string{"ru", "es"} {
		b.Run(lang, func(b *testing.B) { benchScanText(b, ix, lang, gen.NewWords(lang, 4<<20, gen.DefaultSeed), false) })
	}
}
