package textnorm_test

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/internal/tabletest"
	"github.com/glosa-dev/glosa/textnorm"
)

// readTable reads a table of the tabletest format with tab-separated
// cells, failing t unless every row has ncells cells.
func readTable(t testing.TB, file string, ncells int) []tabletest.Row {
	t.Helper()
	rows := tabletest.Read(t, file, "\t")
	for _, r := range rows {
		if len(r.Cells) != ncells {
			t.Fatalf("%s: %d cells, want %d", r.Name, len(r.Cells), ncells)
		}
	}
	return rows
}

// TestFold runs testdata/fold.txt: INPUT, then what Folder.Fold makes of it.
func TestFold(t *testing.T) {
	f := textnorm.NewFolder()
	for _, r := range readTable(t, filepath.Join("testdata", "fold.txt"), 2) {
		t.Run(r.Name, func(t *testing.T) {
			in, want := r.Cells[0], r.Cells[1]
			got := string(f.Fold([]byte("prefix"), []byte(in)))
			if !strings.HasPrefix(got, "prefix") {
				t.Fatalf("Fold(%q) did not append to dst: %q", in, got)
			}
			got = got[len("prefix"):]
			if got != want {
				t.Errorf("Fold(%q) = %q, want %q", in, got, want)
			}
			if s := f.FoldString(in); s != got {
				t.Errorf("FoldString(%q) = %q, Fold gives %q", in, s, got)
			}
			if again := f.FoldString(got); again != got {
				t.Errorf("Fold is not idempotent: Fold(%q) = %q", got, again)
			}
		})
	}
}

// gapMark is the notation of testdata/tokens.txt for each gap kind.
var gapMark = map[textnorm.Gap]string{
	textnorm.GapSpace:  "",
	textnorm.GapHyphen: "-",
	textnorm.GapPara:   "¶",
	textnorm.GapPunct:  ".",
}

// formatTokens writes tokens in the notation of testdata/tokens.txt.
func formatTokens(text string, toks []textnorm.Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteString(" ")
			b.WriteString(gapMark[tk.Gap])
		}
		b.WriteString(text[tk.Start:tk.End])
	}
	return b.String()
}

// TestTokenize runs testdata/tokens.txt.
func TestTokenize(t *testing.T) {
	for _, r := range readTable(t, filepath.Join("testdata", "tokens.txt"), 2) {
		t.Run(r.Name, func(t *testing.T) {
			in, want := r.Cells[0], r.Cells[1]
			toks := textnorm.Tokenize(nil, []byte(in))
			checkTokens(t, []byte(in), toks)
			if got := formatTokens(in, toks); got != want {
				t.Errorf("Tokenize(%q)\n got  %q\n want %q", in, got, want)
			}
		})
	}
}

func TestTokenizeAppends(t *testing.T) {
	prev := []textnorm.Token{{Start: 1, End: 2}}
	toks := textnorm.Tokenize(prev, []byte("a b"))
	if len(toks) != 3 || toks[0] != prev[0] || toks[1].Start != 0 || toks[2].Start != 2 {
		t.Errorf("Tokenize did not append: %+v", toks)
	}
}

// checkTokens verifies what holds for every tokenisation: tokens in order,
// not overlapping, within the text, non-empty, starting and ending on rune
// boundaries, the first with GapSpace. Rune boundaries are where
// utf8.DecodeRune steps, so that each invalid byte is a rune of its own.
func checkTokens(t testing.TB, text []byte, toks []textnorm.Token) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, size := utf8.DecodeRune(text[i:])
		i += size
	}
	boundary[len(text)] = true
	prevEnd := 0
	for i, tk := range toks {
		switch {
		case tk.Start < prevEnd:
			t.Fatalf("token %d %+v starts before the end of the previous one (%d) in %q", i, tk, prevEnd, text)
		case tk.End <= tk.Start:
			t.Fatalf("token %d %+v is empty in %q", i, tk, text)
		case tk.End > len(text):
			t.Fatalf("token %d %+v ends beyond the text (%d bytes) in %q", i, tk, len(text), text)
		case !boundary[tk.Start]:
			t.Fatalf("token %d %+v does not start on a rune boundary in %q", i, tk, text)
		case !boundary[tk.End]:
			t.Fatalf("token %d %+v does not end on a rune boundary in %q", i, tk, text)
		case tk.Gap > textnorm.GapPunct:
			t.Fatalf("token %d %+v has an unknown gap in %q", i, tk, text)
		case i == 0 && tk.Gap != textnorm.GapSpace:
			t.Fatalf("first token %+v has gap %d in %q", tk, tk.Gap, text)
		}
		prevEnd = tk.End
	}
}

func seeds(f *testing.F, file string) {
	for _, r := range readTable(f, filepath.Join("testdata", file), 2) {
		f.Add(r.Cells[0])
	}
}

func FuzzTokenize(f *testing.F) {
	seeds(f, "tokens.txt")
	f.Fuzz(func(t *testing.T, s string) {
		text := []byte(s)
		toks := textnorm.Tokenize(nil, text)
		checkTokens(t, text, toks)
		// A token's own text is one token: words start and end with word
		// runes, and joiners are decided by the runes around them only.
		for _, tk := range toks {
			word := text[tk.Start:tk.End]
			again := textnorm.Tokenize(nil, word)
			if len(again) != 1 || again[0].Start != 0 || again[0].End != len(word) {
				t.Errorf("Tokenize(%q) = %+v, want the one token it was cut from %q", word, again, text)
			}
		}
	})
}

func FuzzFold(f *testing.F) {
	seeds(f, "fold.txt")
	seeds(f, "tokens.txt")
	fo := textnorm.NewFolder()
	f.Fuzz(func(t *testing.T, s string) {
		once := fo.FoldString(s)
		if twice := fo.FoldString(once); twice != once {
			t.Errorf("Fold(%q) = %q, but Fold(%q) = %q", s, once, once, twice)
		}
	})
}

func TestFoldPhrase(t *testing.T) {
	f := textnorm.NewFolder()
	for in, want := range map[string]string{
		"Khrushchev’s  Thaw!":  "khrushchev's thaw",
		"ХРУЩЁВСКАЯ\nоттепель": "хрущевская оттепель",
		"--":                   "",
		"la Guerra Fría":       "la guerra fría",
	} {
		if got := f.FoldPhrase(in); got != want {
			t.Errorf("FoldPhrase(%q) = %q, want %q", in, got, want)
		}
	}
}
