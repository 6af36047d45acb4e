package morph_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/internal/tabletest"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/textnorm"
)

// BenchmarkKey keys every word of testdata/<lang>.txt, folded beforehand,
// with Key and LemmaKey as an index and a scan do.
func BenchmarkKey(b *testing.B) {
	for _, lang := range []string{"en", "es", "ru"} {
		s := morph.ForLanguage(language.Make(lang))
		f := textnorm.NewFolder()
		var words []string
		for _, r := range tabletest.Read(b, filepath.Join("testdata", lang+".txt"), " ") {
			for _, w := range r.Cells {
				if w != "!=" && w != "~" && !strings.HasPrefix(w, `"`) {
					words = append(words, f.FoldString(w))
				}
			}
		}
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					s.LemmaKeyOf(w, s.Key(w))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}

// BenchmarkStem stems every distinct word of the UN documents of
// ../shared/corpora/align/data/un in one language, folded beforehand, as a
// scan of text with many new words does; it skips when they are absent.
func BenchmarkStem(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "align", "data", "un", "*.en"))
	if len(files) == 0 {
		b.Skip("../shared/corpora/align/data/un is absent")
	}
	for _, lang := range []string{"en", "es", "ru"} {
		s := morph.ForLanguage(language.Make(lang))
		f := textnorm.NewFolder()
		seen := map[string]bool{}
		var words []string
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "align", "data", "un", "*."+lang))
		for _, file := range files {
			text, err := os.ReadFile(file)
			if err != nil {
				b.Fatal(err)
			}
			for _, t := range textnorm.Tokenize(nil, text) {
				if w := f.FoldString(string(text[t.Start:t.End])); !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					s.Stem(w)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
			allocs := testing.AllocsPerRun(1, func() {
				for _, w := range words {
					s.Stem(w)
				}
			})
			b.ReportMetric(allocs/float64(len(words)), "allocs/word")
		})
	}
}
