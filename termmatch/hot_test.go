package termmatch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/textnorm"
)

// hotIndex returns the index of the sample glossary.
func hotIndex(tb testing.TB) *Index {
	tb.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "glossary.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	g, errs := glossary.Parse("glossary.toml", src)
	if g == nil {
		tb.Fatal(errs)
	}
	return NewIndex(g)
}

// checkHot checks that keyOf through a hot table gives, for every word and
// hyphenated span of text, twice (a miss, then mostly hits), the keys
// wordKeys gives without it.
func checkHot(t *testing.T, ix *Index, lang string, text []byte) (words int) {
	t.Helper()
	m, ref := ix.Matcher(lang), ix.Matcher(lang)
	m.hot = make([]hotEntry, 1<<hotLog2)
	toks := textnorm.Tokenize(nil, text)
	for range 2 {
		for i, tk := range toks {
			spans := [][]byte{text[tk.Start:tk.End]}
			if i+1 < len(toks) && toks[i+1].Gap == textnorm.GapHyphen {
				spans = append(spans, text[tk.Start:toks[i+1].End])
			}
			for _, w := range spans {
				if got, want := m.keyOf(w), ref.wordKeys(w); got != want {
					t.Fatalf("%s: keys of %q through the hot table %v, want %v", lang, w, got, want)
				}
				words++
			}
		}
	}
	return words
}

// TestHotTable: the hot table gives every word of real and generated text
// the keys it has without it, words cut by the end of the buffer and words
// of 1 to 17 bytes included.
func TestHotTable(t *testing.T) {
	ix := hotIndex(t)
	words := 0
	for _, lang := range []string{"ru", "es", "en"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "align", "data", "*", "*."+lang))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				words += checkHot(t, ix, lang, b)
			}
		}
		words += checkHot(t, ix, lang, gen.NewWords(lang, 256<<10, gen.DefaultSeed))
		words += checkHot(t, ix, lang, []byte("a ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq союз союза союзы советский-союз e-mail КПСС"))
	}
	if words < 100_000 {
		t.Errorf("only %d words checked", words)
	}
}

// FuzzHotTable: for any text, keyOf through the hot table gives the keys of
// wordKeys.
func FuzzHotTable(f *testing.F) {
	ix := hotIndex(f)
	f.Add("es", "la guerra fría y el deshielo, la-guerra abcdefghijklmnop")
	f.Add("ru", "Советский Союз, СССР и КПСС: союза\xd0")
	f.Fuzz(func(t *testing.T, lang, text string) {
		switch lang {
		case "es", "en", "ru":
		default:
			lang = "ru"
		}
		checkHot(t, ix, lang, []byte(text))
	})
}
