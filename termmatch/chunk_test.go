package termmatch

import (
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
)

// Streaming in small chunks finds exactly what one big chunk finds: the
// overlap between chunks loses no match, splits none and reports none twice,
// and positions agree.
func TestChunkBoundaries(t *testing.T) {
	g, diags := glossary.Parse("g.toml", []byte(`
[[concept]]
id = "thaw"
ru = ["оттепель", "хрущёвская оттепель"]
[[concept]]
id = "cult"
ru = "культ личности"
[[concept]]
id = "congress"
ru = "XX съезд КПСС"
`))
	if diags.Err() != nil {
		t.Fatal(diags)
	}
	ix := NewIndex(g)
	var b strings.Builder
	words := []string{"Хрущёвская", "оттепель", "и", "культ", "личности;", "XX", "съезд", "КПСС", "оттепели.", "слово"}
	for i := 0; b.Len() < 200_000; i++ {
		b.WriteString(words[(i*7+i/3)%len(words)])
		switch {
		case i%13 == 0:
			b.WriteString("\n")
		case i%97 == 0:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
	}
	text := []byte(b.String())
	whole := ix.Matcher("ru").Match(text)
	if len(whole) < 1000 {
		t.Fatalf("only %d matches in the test text", len(whole))
	}
	defer func(old int) { chunkSize = old }(chunkSize)
	for _, size := range []int{64, 1000, 4096, 65536} {
		chunkSize = size
		got := ix.Matcher("ru").Match(text)
		if len(got) != len(whole) {
			t.Fatalf("chunk %d: %d matches, want %d", size, len(got), len(whole))
		}
		for k := range got {
			g, w := got[k], whole[k]
			if g.Start != w.Start || g.End != w.End || g.Concept != w.Concept || g.Line != w.Line || g.Col != w.Col || g.EndLine != w.EndLine || g.EndCol != w.EndCol {
				t.Fatalf("chunk %d, match %d: got %+v, want %+v", size, k, g, w)
			}
		}
	}
}
