package morph_test

import (
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
