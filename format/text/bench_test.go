package text_test

// Benchmarks on generated running text (see internal/gen) in each
// language, and on the sample documents repeated.
//
//	go test -run '^$' -bench . -benchmem ./format/text/

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/internal/gen"
)

const benchTextBytes = 4 << 20

var benchTexts = sync.OnceValue(func() map[string][]byte {
	g := gen.NewGlossary(1000, gen.DefaultSeed)
	texts := map[string][]byte{}
	for _, lang := range gen.Languages() {
		texts[lang] = gen.NewText(g, lang, gen.DefaultSeed).Generate(benchTextBytes)
	}
	return texts
})

func BenchmarkSplit(b *testing.B) {
	for _, lang := range gen.Languages() {
		text := benchTexts()[lang]
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(split(lang, text))
			}
			b.ReportMetric(float64(n), "segments/op")
		})
	}
}

// The sample documents, whose sentences are longer and richer in
// punctuation than generated text.
func BenchmarkSplitSample(b *testing.B) {
	for _, lang := range gen.Languages() {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "destalinizacion."+lang+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		text := bytes.Repeat(append(data, '\n'), benchTextBytes/len(data))
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				split(lang, text)
			}
		})
	}
}

func BenchmarkScanner(b *testing.B) {
	text := benchTexts()["ru"]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sc := textfmt.NewScanner("ru", bytes.NewReader(text))
		for sc.Scan() {
		}
		if sc.Err() != nil && sc.Err() != io.EOF {
			b.Fatal(sc.Err())
		}
	}
}
