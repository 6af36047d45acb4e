package text_test

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/internal/tabletest"
	"github.com/glosa-dev/glosa/segment"
)

// TestConformance runs the tables in testdata/<lang>.txt, one subtest per
// row: INPUT, a tab, and the expected segments separated by " | " (see the
// comment at the top of each table).
func TestConformance(t *testing.T) {
	for _, file := range tabletest.Glob(t, filepath.Join("..", "..", "segment", "testdata", "*.txt")) {
		lang := strings.TrimSuffix(filepath.Base(file), ".txt")
		rows := tabletest.Read(t, file, "\t")
		if len(rows) < 80 {
			t.Errorf("%s: %d rows, want at least 80", file, len(rows))
		}
		for _, r := range rows {
			t.Run(r.Name, func(t *testing.T) {
				if len(r.Cells) != 2 {
					t.Fatalf("%d cells, want INPUT and EXPECTED", len(r.Cells))
				}
				in := r.Cells[0]
				segs := split(lang, []byte(in))
				checkSegments(t, in, segs)
				var got []string
				for _, s := range segs {
					got = append(got, s.Text)
				}
				if g, w := strings.Join(got, " | "), r.Cells[1]; g != w {
					t.Errorf("Split(%s, %q)\n got %q\nwant %q", lang, in, g, w)
				}
			})
		}
	}
}

// TestSeed segments the sample documents: the Spanish seed, with its
// doubled periods and its quote followed by a lowercase word, and our
// English and Russian translations, which have the same 17 sentences.
func TestSeed(t *testing.T) {
	for _, lang := range []string{"es", "en", "ru"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "destalinizacion."+lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		segs := split(lang, data)
		checkSegments(t, string(data), segs)
		if len(segs) != 17 {
			for _, s := range segs {
				t.Logf("%d:%d %q", s.Line, s.Col, s.Text)
			}
			t.Errorf("%s: %d segments, want 17", lang, len(segs))
		}
	}
}

// The Scanner gives what Split gives, whatever the size of the reads.
func TestScannerMatchesSplit(t *testing.T) {
	var texts []string
	for _, file := range tabletest.Glob(t, filepath.Join("..", "..", "segment", "testdata", "*.txt")) {
		for _, r := range tabletest.Read(t, file, "\t") {
			texts = append(texts, r.Cells[0])
		}
	}
	for _, lang := range []string{"es", "en", "ru"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "destalinizacion."+lang+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	all := strings.Join(texts, "\n\n")
	texts = append(texts, all, strings.ReplaceAll(all, "\n\n", "\n \n\n"), "\n\n"+all+"\n")
	for _, text := range texts {
		want := split("es", []byte(text))
		for name, r := range map[string]io.Reader{
			"one byte": iotest.OneByteReader(strings.NewReader(text)),
			"half":     iotest.HalfReader(strings.NewReader(text)),
			"whole":    strings.NewReader(text),
		} {
			got := scanAll(t, textfmt.NewScanner("es", r))
			if !slices.Equal(got, want) {
				t.Fatalf("%s reads of %q:\n got %+v\nwant %+v", name, text, got, want)
			}
		}
	}
}

func TestScannerError(t *testing.T) {
	r := io.MultiReader(strings.NewReader("Uno. Dos.\n\nTres"), iotest.ErrReader(io.ErrUnexpectedEOF))
	sc := textfmt.NewScanner("es", r)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Segment().Text)
	}
	if sc.Err() != io.ErrUnexpectedEOF {
		t.Errorf("Err() = %v, want %v", sc.Err(), io.ErrUnexpectedEOF)
	}
	if strings.Join(got, "|") != "Uno.|Dos." {
		t.Errorf("segments before the error: %q", got)
	}
}

func TestPositionsAndParagraphs(t *testing.T) {
	text := "# Título\nUno. Dos\ncontinúa. ¿Tres?\n\n- ítem. Otro.\n- ítem dos\n\nЁж. Fin\u2029Otro"
	want := []segment.Segment{
		{Text: "# Título", Start: 0, End: 9, Line: 1, Col: 1, Para: 0},
		{Text: "Uno.", Start: 10, End: 14, Line: 2, Col: 1, Para: 1},
		{Text: "Dos\ncontinúa.", Start: 15, End: 29, Line: 2, Col: 6, Para: 1},
		{Text: "¿Tres?", Start: 30, End: 37, Line: 3, Col: 11, Para: 1},
		{Text: "- ítem.", Start: 39, End: 47, Line: 5, Col: 1, Para: 2},
		{Text: "Otro.", Start: 48, End: 53, Line: 5, Col: 9, Para: 2},
		{Text: "- ítem dos", Start: 54, End: 65, Line: 6, Col: 1, Para: 3},
		{Text: "Ёж.", Start: 67, End: 72, Line: 8, Col: 1, Para: 4},
		{Text: "Fin", Start: 73, End: 76, Line: 8, Col: 5, Para: 4},
		{Text: "Otro", Start: 79, End: 83, Line: 8, Col: 9, Para: 5},
	}
	got := split("es", []byte(text))
	checkSegments(t, text, got)
	if !slices.Equal(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

// Tags are matched on their base language; other languages get the
// shared rules only.
func TestLanguages(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"es-MX", "Llegó el Sr. Pérez. Ya.", "Llegó el Sr. Pérez.|Ya."},
		{"ru-RU", "Т. е. так. Да.", "Т. е. так.|Да."},
		{"en-GB", "Mr. Brown left. Yes.", "Mr. Brown left.|Yes."},
		{"fr", "M. Dupont. Oui.", "M. Dupont.|Oui."},
		{"fr", "Fini. Encore", "Fini.|Encore"},
		{"not a tag", "Mr. Brown left.", "Mr.|Brown left."},
	} {
		var got []string
		for _, s := range split(c.lang, []byte(c.text)) {
			got = append(got, s.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Split(%q, %q) = %q, want %q", c.lang, c.text, g, c.want)
		}
	}
	if segment.New("es-MX").Lang() != "es-MX" || segment.New("es") != segment.New("es") {
		t.Error("New does not keep the tag or does not reuse Segmenters")
	}
}

func scanAll(t *testing.T, sc *textfmt.Scanner) []segment.Segment {
	t.Helper()
	var segs []segment.Segment
	for sc.Scan() {
		segs = append(segs, sc.Segment())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return segs
}

// Segmenters are shared: Split from many goroutines at once gives the same
// result as from one (run with -race).
func TestConcurrent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "destalinizacion.ru.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := split("ru", data)
	done := make(chan []segment.Segment)
	for range 8 {
		go func() { done <- split("ru-RU", data) }()
	}
	for range 8 {
		if got := <-done; !slices.Equal(got, want) {
			t.Fatal("concurrent Split differs")
		}
	}
}

// split gives the segments of a plain text in lang: what a caller gets
// from the reader and format.Segments.
func split(lang string, b []byte) []segment.Segment {
	return format.Segments(textfmt.Document("", b, format.Options{Lang: lang}))
}
