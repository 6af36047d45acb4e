package termmatch_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/termmatch"
)

// TestSharedWordCache: Matchers of one Index share the keys of the words
// they have seen (see wordCache); a Matcher that starts from another's
// words, or that runs beside others, finds what a Matcher of a new Index
// finds.
func TestSharedWordCache(t *testing.T) {
	g := gen.NewGlossary(2000, gen.DefaultSeed)
	gl, errs := glossary.Parse("gen.toml", g.TOML())
	if gl == nil {
		t.Fatal(errs)
	}
	for li, lang := range gen.Languages() {
		text := gen.NewText(g, lang, uint64(li+7))
		docs := [][]byte{text.Generate(40 << 10), text.Generate(40 << 10), text.Generate(40 << 10)}
		want := make([][]termmatch.Match, len(docs))
		for i, d := range docs {
			want[i] = termmatch.NewIndex(gl).Matcher(lang).MatchAll(d)
			if len(want[i]) == 0 {
				t.Fatalf("%s: no match in generated document %d", lang, i)
			}
		}
		ix := termmatch.NewIndex(gl)
		for round := range 2 {
			for i, d := range docs {
				if got := ix.Matcher(lang).MatchAll(d); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%s round %d document %d: a Matcher after others finds %d matches, a new Index's %d", lang, round, i, len(got), len(want[i]))
				}
			}
		}
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Go(func() {
				for i := range docs {
					d := (i + w) % len(docs)
					if got := ix.Matcher(lang).MatchAll(docs[d]); !reflect.DeepEqual(got, want[d]) {
						t.Errorf("%s: concurrent Matcher on document %d finds %d matches, want %d", lang, d, len(got), len(want[d]))
					}
				}
			})
		}
		wg.Wait()
	}
}
