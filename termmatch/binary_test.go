package termmatch_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/termmatch"
)

// matchesOf is every match of text, nested ones too, as positions and the
// concept and term by position in the glossary.
func matchesOf(ix *termmatch.Index, lang string, text []byte) []string {
	g := ix.Glossary()
	where := map[*glossary.Term]string{}
	for ci, c := range g.Concepts {
		for ti := range c.Terms {
			where[&c.Terms[ti]] = fmt.Sprintf("%d/%d", ci, ti)
		}
	}
	var out []string
	for _, m := range ix.Matcher(lang).MatchAll(text) {
		out = append(out, fmt.Sprintf("%d-%d %d:%d-%d:%d %s %q %v", m.Start, m.End, m.Line, m.Col,
			m.EndLine, m.EndCol, where[m.Term], m.Text, m.Nested))
	}
	return out
}

// A glossary and its index read back from their binary form find the same
// matches, at the same terms, as the ones compiled from the TOML.
func TestIndexBinaryRoundTrip(t *testing.T) {
	gg := gen.NewGlossary(2000, gen.DefaultSeed)
	g, errs := glossary.Parse("gen.toml", gg.TOML())
	if g == nil {
		t.Fatal(errs)
	}
	ix := termmatch.NewIndex(g)
	gb, err := g.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	ib, err := ix.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var g2 glossary.Glossary
	if err := g2.UnmarshalBinary(gb); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.Concepts, g2.Concepts) || !reflect.DeepEqual(g.Languages, g2.Languages) ||
		g.Name != g2.Name || g.Source != g2.Source || !reflect.DeepEqual(g.Files, g2.Files) {
		t.Fatal("glossary differs after its binary round trip")
	}
	for _, c := range g.Concepts {
		if c2, ok := g2.Concept(c.ID); !ok || c2.ID != c.ID {
			t.Fatalf("concept %q not found after the round trip", c.ID)
		}
	}
	ix2, err := termmatch.UnmarshalIndex(&g2, ib)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ix.Languages(), ix2.Languages()) {
		t.Fatalf("languages %v, want %v", ix2.Languages(), ix.Languages())
	}
	for li, lang := range gen.Languages() {
		text := gen.NewText(gg, lang, uint64(li+1)).Generate(200 << 10)
		want, got := matchesOf(ix, lang, text), matchesOf(ix2, lang, text)
		if len(want) == 0 {
			t.Fatalf("%s: no matches in the generated text", lang)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d matches after the round trip, want %d", lang, len(got), len(want))
		}
		q := g.Concepts[li].Terms[0].Text
		if a, b := fmt.Sprint(len(ix.Lookup(q))), fmt.Sprint(len(ix2.Lookup(q))); a != b {
			t.Errorf("Lookup(%q): %s results, want %s", q, b, a)
		}
	}
	// Every truncation is an error, never a panic or a wrong index.
	for n := 0; n < len(ib); n += 1 + len(ib)/300 {
		if _, err := termmatch.UnmarshalIndex(&g2, ib[:n]); err == nil {
			t.Fatalf("index cut at %d of %d bytes: no error", n, len(ib))
		}
	}
	for n := 0; n < len(gb); n += 1 + len(gb)/300 {
		var g3 glossary.Glossary
		if err := g3.UnmarshalBinary(gb[:n]); err == nil {
			t.Fatalf("glossary cut at %d of %d bytes: no error", n, len(gb))
		}
	}
}

func FuzzUnmarshalIndex(f *testing.F) {
	g, _ := glossary.Parse("gen.toml", gen.GlossaryTOML(50, gen.DefaultSeed))
	ib, _ := termmatch.NewIndex(g).MarshalBinary()
	gb, _ := g.MarshalBinary()
	f.Add(ib, gb)
	f.Fuzz(func(t *testing.T, ib, gb []byte) {
		var g2 glossary.Glossary
		if g2.UnmarshalBinary(gb) != nil {
			g2 = *g
		}
		ix, err := termmatch.UnmarshalIndex(&g2, ib)
		if err == nil {
			ix.Matcher("es").MatchAll([]byte("el archivo de los archivos"))
		}
	})
}
