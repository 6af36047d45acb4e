package textnorm_test

// Benchmarks of Tokenize and Fold on real Russian and Spanish text from the
// shared corpus (skipped when it is absent) and on generated text where
// almost every word is new (gen.NewWords).
//
//	go test -run '^$' -bench 'Tokenize|FoldWords' -benchmem -cpu 1 ./textnorm/

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/textnorm"
)

// benchTexts returns the texts to benchmark on, by name: real text in ru
// and es when the shared corpus is here, and generated text.
func benchTexts(b *testing.B) map[string][]byte {
	out := map[string][]byte{}
	for _, lang := range []string{"ru", "es"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "align", "data", "*", "*."+lang))
		slices.Sort(files)
		var text []byte
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			text = append(text, t...)
		}
		if len(text) > 0 {
			out["real/"+lang] = text
		}
		out["new/"+lang] = gen.NewWords(lang, 1<<20, gen.DefaultSeed)
	}
	return out
}

func BenchmarkTokenize(b *testing.B) {
	texts := benchTexts(b)
	for _, name := range []string{"real/ru", "real/es", "new/ru", "new/es"} {
		text, ok := texts[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			toks := textnorm.Tokenize(nil, text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				toks = textnorm.Tokenize(toks[:0], text)
			}
		})
	}
}

// BenchmarkFoldWords folds every word of the texts.
func BenchmarkFoldWords(b *testing.B) {
	texts := benchTexts(b)
	for _, name := range []string{"real/ru", "real/es", "new/ru", "new/es"} {
		text, ok := texts[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			toks := textnorm.Tokenize(nil, text)
			f := textnorm.NewFolder()
			var buf []byte
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range toks {
					buf = f.Fold(buf[:0], text[t.Start:t.End])
				}
			}
		})
	}
}
