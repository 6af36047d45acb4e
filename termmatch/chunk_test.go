package termmatch

import (
	"bytes"
	"slices"
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

// chunkIndex is the index of TestChunkBoundaries's glossary, with two
// more terms inside its longer ones (for MatchAll).
func chunkIndex(tb testing.TB) *Index {
	g, diags := glossary.Parse("g.toml", []byte(`
[[concept]]
id = "thaw"
ru = ["оттепель", "хрущёвская оттепель"]
[[concept]]
id = "cult"
ru = "культ личности"
[[concept]]
id = "cult-of"
ru = "культ"
[[concept]]
id = "congress"
ru = ["XX съезд КПСС", "съезд"]
`))
	if diags.Err() != nil {
		tb.Fatal(diags)
	}
	return NewIndex(g)
}

// scanned is what Scan finds in text read from a bytes.Reader, all
// overlapping matches included when all is set: what Match and MatchAll,
// which read a text in memory in place, must give.
func scanned(tb testing.TB, ix *Index, text []byte, all bool) []Match {
	var out []Match
	m := ix.Matcher("ru")
	m.all = all
	if err := m.Scan(bytes.NewReader(text), func(mt Match) error {
		out = append(out, mt)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}

// Match and MatchAll on a text of a chunk or more read it in place, in
// the chunks Scan reads from a bytes.Reader: the same matches, in the same
// order, with the same positions, also where chunks are cut oddly (lines
// longer than a chunk, words so long that a chunk has too few of them, a
// text ending exactly where a buffer does).
func TestMatchInPlace(t *testing.T) {
	ix := chunkIndex(t)
	words := []string{"Хрущёвская", "оттепель", "и", "культ", "личности;", "XX", "съезд", "КПСС", "оттепели.", "слово", "культа"}
	texts := map[string]func(i int) string{
		"lines": func(i int) string {
			if i%13 == 0 {
				return "\n"
			}
			return " "
		},
		"one line":   func(int) string { return " " },
		"long words": func(i int) string { return " " + strings.Repeat("ж", 1500+i%700) + " " },
	}
	defer func(old int) { chunkSize = old }(chunkSize)
	for name, sep := range texts {
		var b strings.Builder
		for i := 0; b.Len() < 300_000; i++ {
			b.WriteString(words[(i*7+i/3)%len(words)])
			b.WriteString(sep(i))
		}
		for _, size := range []int{64, 1000, 4096, 65536, 256 << 10} {
			chunkSize = size
			for _, n := range []int{b.Len(), size, size + 4095, size + 4096, size + 4097} {
				if n > b.Len() {
					continue
				}
				text := []byte(b.String()[:n])
				for _, all := range []bool{false, true} {
					want := scanned(t, ix, text, all)
					got := ix.Matcher("ru").Match(text)
					if all {
						got = ix.Matcher("ru").MatchAll(text)
					}
					if len(want) == 0 && n > 10_000 {
						t.Fatalf("%s: no match in %d bytes", name, n)
					}
					if !slices.Equal(got, want) {
						t.Errorf("%s, chunk %d, %d bytes, all %v: %d matches in place, %d read", name, size, n, all, len(got), len(want))
					}
				}
			}
		}
	}
}

// FuzzMatchInPlace: on any text, with chunks small enough that a short
// text is read in several, Match and MatchAll find what Scan finds reading
// the text from a bytes.Reader.
func FuzzMatchInPlace(f *testing.F) {
	ix := chunkIndex(f)
	f.Add("Хрущёвская\nоттепель, культ личности; XX съезд КПСС культа", uint16(0))
	f.Add(strings.Repeat("культ ", 40)+strings.Repeat("ж", 300)+" личности", uint16(100))
	f.Add(strings.Repeat("съезд\n", 100), uint16(7))
	defer func(old int) { chunkSize = old }(chunkSize)
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		chunkSize = 16 + int(size)%512
		for _, all := range []bool{false, true} {
			want := scanned(t, ix, []byte(text), all)
			got := ix.Matcher("ru").Match([]byte(text))
			if all {
				got = ix.Matcher("ru").MatchAll([]byte(text))
			}
			if !slices.Equal(got, want) {
				t.Fatalf("chunk %d, all %v: in place\n%v\nread\n%v", chunkSize, all, got, want)
			}
		}
	})
}

// A window over a text in memory holds, after each fill and drop, the
// bytes Scan's buffer over a bytes.Reader of the text holds, and reaches
// the end of the text when it does: also when the buffer grows, and when
// the text ends exactly where the buffer does.
func TestWindow(t *testing.T) {
	defer func(old int) { chunkSize = old }(chunkSize)
	chunkSize = 1000
	for _, n := range []int{999, 1000, 5095, 5096, 5097, 20_000} {
		text := make([]byte, n)
		for i := range text {
			text[i] = byte('a' + i%26)
		}
		read := &window{r: bytes.NewReader(text), buf: make([]byte, 0, bufSize(n))}
		mem := &window{text: text, size: bufSize(n)}
		for step, want := range []int{1000, 3000, 6000, 14_000, 1000, 1000, 30_000, 1000} {
			for _, w := range []*window{read, mem} {
				if err := w.fill(want); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(mem.buf, read.buf) || mem.base != read.base || mem.eof != read.eof {
				t.Fatalf("%d bytes, step %d: in memory %d bytes from %d, eof %v; read %d bytes from %d, eof %v",
					n, step, len(mem.buf), mem.base, mem.eof, len(read.buf), read.base, read.eof)
			}
			drop := len(read.buf) / 3
			read.drop(drop)
			mem.drop(drop)
		}
		if n > 14_000 && cap(read.buf) <= bufSize(n) {
			t.Fatalf("%d bytes: the buffer never grew", n)
		}
	}
}
