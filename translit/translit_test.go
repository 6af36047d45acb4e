package translit_test

import (
	"bytes"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/glosa-dev/glosa/internal/tabletest"
	"github.com/glosa-dev/glosa/translit"
)

// readTable reads a table of the tabletest format with cells separated by
// sep, failing t unless every row has at least ncells cells, and at most
// ncells unless ncells is negative.
func readTable(t testing.TB, file, sep string, ncells int) []tabletest.Row {
	t.Helper()
	rows := tabletest.Read(t, file, sep)
	for _, r := range rows {
		if ncells >= 0 && len(r.Cells) != ncells || len(r.Cells) < -ncells {
			t.Fatalf("%s: %d cells, want %d", r.Name, len(r.Cells), ncells)
		}
	}
	return rows
}

// newTransformer returns the standard called name, failing t if there is
// none.
func newTransformer(t testing.TB, name string) transform.Transformer {
	t.Helper()
	tr, err := translit.ByName(name)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// viaString transliterates s with transform.String.
func viaString(t testing.TB, tr transform.Transformer, s string) string {
	t.Helper()
	out, n, err := transform.String(tr, s)
	if err != nil || n != len(s) {
		t.Fatalf("transform.String(%q) consumed %d of %d bytes: %v", s, n, len(s), err)
	}
	return out
}

// viaReader transliterates s through a transform.Reader fed one byte at a
// time and read one byte at a time.
func viaReader(t testing.TB, tr transform.Transformer, s string) string {
	t.Helper()
	r := transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), tr)
	out, err := io.ReadAll(iotest.OneByteReader(r))
	if err != nil {
		t.Fatalf("reading %q byte by byte: %v", s, err)
	}
	return string(out)
}

// viaWriter transliterates s through a transform.Writer written one byte
// at a time.
func viaWriter(t testing.TB, tr transform.Transformer, s string) string {
	t.Helper()
	var buf bytes.Buffer
	w := transform.NewWriter(&buf, tr)
	for i := 0; i < len(s); i++ {
		if _, err := w.Write([]byte{s[i]}); err != nil {
			t.Fatalf("writing %q byte by byte: %v", s, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatalf("closing the writer of %q: %v", s, err)
	}
	return buf.String()
}

// drive calls Transform directly, giving it srcStep more bytes of s each
// time it asks for more and a dst of dstSize bytes, and checks that it
// keeps the transform.Transformer contract.
func drive(t testing.TB, tr transform.Transformer, s string, srcStep, dstSize int) string {
	t.Helper()
	tr.Reset()
	in := []byte(s)
	dst := make([]byte, dstSize)
	var out []byte
	consumed, avail := 0, min(srcStep, len(in))
	for calls := 0; ; calls++ {
		if calls > 4*len(in)+8 {
			t.Fatalf("Transform of %q (src step %d, dst %d) makes no progress", s, srcStep, dstSize)
		}
		atEOF := avail == len(in)
		nDst, nSrc, err := tr.Transform(dst, in[consumed:avail], atEOF)
		if nDst < 0 || nDst > len(dst) || nSrc < 0 || nSrc > avail-consumed {
			t.Fatalf("Transform of %q returned nDst %d, nSrc %d", s, nDst, nSrc)
		}
		out = append(out, dst[:nDst]...)
		consumed += nSrc
		switch err {
		case nil:
			if consumed != avail {
				t.Fatalf("Transform of %q returned nil with %d bytes of src left", s, avail-consumed)
			}
			if atEOF {
				return string(out)
			}
			avail = min(avail+srcStep, len(in))
		case transform.ErrShortDst:
			if nDst == 0 && nSrc == 0 {
				t.Fatalf("Transform of %q: ErrShortDst with an empty result and a dst of %d bytes", s, len(dst))
			}
		case transform.ErrShortSrc:
			if atEOF {
				t.Fatalf("Transform of %q: ErrShortSrc at EOF", s)
			}
			avail = min(avail+srcStep, len(in))
		default:
			t.Fatalf("Transform of %q: %v", s, err)
		}
	}
}

// check transliterates in every way and fails t unless each gives want.
func check(t *testing.T, tr transform.Transformer, in, want string) {
	t.Helper()
	if got := viaString(t, tr, in); got != want {
		t.Errorf("transform.String(%q) = %q, want %q", in, got, want)
	}
	if got := viaReader(t, tr, in); got != want {
		t.Errorf("byte by byte through a Reader, %q gives %q, want %q", in, got, want)
	}
	if got := viaWriter(t, tr, in); got != want {
		t.Errorf("byte by byte through a Writer, %q gives %q, want %q", in, got, want)
	}
	for _, step := range []int{1, 2, 3, 5} {
		for _, size := range []int{4, 5, 7} {
			if got := drive(t, tr, in, step, size); got != want {
				t.Errorf("with src steps of %d and a dst of %d bytes, %q gives %q, want %q", step, size, in, got, want)
			}
		}
	}
}

// TestStandards runs testdata/<standard>.txt for every standard:
// INPUT<TAB>OUTPUT.
func TestStandards(t *testing.T) {
	for _, name := range translit.Names() {
		t.Run(name, func(t *testing.T) {
			rows := readTable(t, filepath.Join("testdata", name+".txt"), "\t", 2)
			if len(rows) < 25 {
				t.Errorf("%d rows, want at least 25", len(rows))
			}
			tr := newTransformer(t, name)
			for _, r := range rows {
				t.Run(r.Name, func(t *testing.T) { check(t, tr, r.Cells[0], r.Cells[1]) })
			}
		})
	}
}

// TestAlphabet checks that the inputs of each table hold all 33 letters,
// small and capital.
func TestAlphabet(t *testing.T) {
	const alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
	for _, name := range translit.Names() {
		var inputs strings.Builder
		for _, r := range readTable(t, filepath.Join("testdata", name+".txt"), "\t", 2) {
			inputs.WriteString(r.Cells[0])
		}
		for _, r := range alphabet {
			if !strings.ContainsRune(inputs.String(), r) {
				t.Errorf("testdata/%s.txt: no input holds %c", name, r)
			}
		}
	}
}

func TestByName(t *testing.T) {
	names := translit.Names()
	want := []string{"bgn-pcgn", "es-practical", "gost-7.79-b", "icao-9303"}
	if !slices.Equal(names, want) {
		t.Errorf("Names() = %q, want %q", names, want)
	}
	constructors := map[string]func() transform.Transformer{
		"bgn-pcgn":     translit.BGNPCGN,
		"es-practical": translit.SpanishPractical,
		"gost-7.79-b":  translit.GOST779B,
		"icao-9303":    translit.ICAO9303,
	}
	const text = "Ёлки-палки, Хрущёв и Цюрих; ЦЕНТР"
	for _, name := range names {
		got := viaString(t, newTransformer(t, strings.ToUpper(name)), text)
		if want := viaString(t, constructors[name](), text); got != want {
			t.Errorf("ByName(%q) gives %q, its constructor %q", name, got, want)
		}
	}
	if _, err := translit.ByName("iso-9"); err == nil || !strings.Contains(err.Error(), "gost-7.79-b") {
		t.Errorf("ByName of an unknown standard: error %v, want one listing the known names", err)
	}
}

// TestContext checks that the word-start context of a letter survives a
// call boundary, and that Reset starts a new word.
func TestContext(t *testing.T) {
	tr := translit.BGNPCGN()
	dst := make([]byte, 16)
	step := func(src string, atEOF bool) string {
		n, _, err := tr.Transform(dst, []byte(src), atEOF)
		if err != nil {
			t.Fatalf("Transform(%q): %v", src, err)
		}
		return string(dst[:n])
	}
	if got := step("б", true) + step("е", true); got != "be" {
		t.Errorf("б, then е in a second call: %q, want %q", got, "be")
	}
	tr.Reset()
	if got := step("е", true); got != "ye" {
		t.Errorf("е after Reset: %q, want %q", got, "ye")
	}
	// A letter at the end of src waits for the next one unless atEOF.
	tr.Reset()
	if n, m, err := tr.Transform(dst, []byte("Щ"), false); n != 0 || m != 0 || err != transform.ErrShortSrc {
		t.Errorf("Transform(Щ, !atEOF) = %d, %d, %v, want 0, 0, ErrShortSrc", n, m, err)
	}
	// A partial rune at the end of src waits for its other bytes.
	if n, m, err := tr.Transform(dst, []byte("Щ")[:1], false); n != 0 || m != 0 || err != transform.ErrShortSrc {
		t.Errorf("Transform(half of Щ, !atEOF) = %d, %d, %v, want 0, 0, ErrShortSrc", n, m, err)
	}
	if n, m, err := tr.Transform(dst[:3], []byte("Щи"), true); n != 0 || m != 0 || err != transform.ErrShortDst {
		t.Errorf("Transform(Щи) into 3 bytes = %d, %d, %v, want 0, 0, ErrShortDst", n, m, err)
	}
}

// TestPassThrough checks that text without Russian letters is unchanged,
// and that invalid UTF-8 becomes U+FFFD.
func TestPassThrough(t *testing.T) {
	for _, name := range translit.Names() {
		tr := newTransformer(t, name)
		for _, s := range []string{"", "Khrushchev's Thaw", "¿Jruschov? ¡Sí!", "Ελλάδα · ї є ґ і ў ђ", "日本語 🙂 \u0301\u00AD\t\n"} {
			check(t, tr, s, s)
		}
		check(t, tr, "a\xffb\xe2\x82", "a\uFFFDb\uFFFD\uFFFD")
	}
}

// TestUTF8 checks that every letter in every context and case gives valid
// UTF-8 without Cyrillic.
func TestUTF8(t *testing.T) {
	letters := []rune("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
	for _, name := range translit.Names() {
		tr := newTransformer(t, name)
		for _, a := range letters {
			for _, b := range letters {
				in := string([]rune{' ', a, b, ' '})
				out := viaString(t, tr, in)
				if !utf8.ValidString(out) || strings.ContainsFunc(out, isRussian) {
					t.Errorf("%s: %q gives %q", name, in, out)
				}
			}
		}
	}
}

func isRussian(r rune) bool {
	return r >= 'А' && r <= 'я' || r == 'ё' || r == 'Ё'
}

// BenchmarkTransform measures each standard on running Russian text.
func BenchmarkTransform(b *testing.B) {
	text := strings.Repeat("Никита Сергеевич Хрущёв выступил на XX съезде КПСС с докладом «О культе личности и его последствиях». ", 40)
	for _, name := range translit.Names() {
		b.Run(name, func(b *testing.B) {
			tr := newTransformer(b, name)
			dst, src := make([]byte, 4*len(text)), []byte(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tr.Reset()
				if _, _, err := tr.Transform(dst, src, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
