package translit_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/translit"
)

// FuzzTransliterate: for every standard, any input gives valid UTF-8
// without Russian letters, never a panic, and the same result whether it
// is transformed in one go, fed byte by byte, or driven through a 4-byte
// dst; input without Russian letters comes back unchanged. Skeleton and
// Similar take it too.
func FuzzTransliterate(f *testing.F) {
	for _, s := range []string{
		"", "Хрущёв", "ХРУЩЁВ и Горбачёв", "Ёлка, ель; ЦЕНТР — Цюрих", "Майя Плисецкая", "Объединение",
		"Хрущё\u0301в", "a\xffЖ\xe2\x82", "Щ", "Ъ", "Khrushchev's Thaw", "Георгий Евгений Грозный",
	} {
		f.Add(s)
	}
	transformers := translit.Names()
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			// Context reaches one character each way: a long input tests
			// nothing a short one does not, and slows minimisation down.
			t.Skip()
		}
		for _, name := range transformers {
			tr := newTransformer(t, name)
			out := viaString(t, tr, s)
			if !utf8.ValidString(out) {
				t.Fatalf("%s: %q gives invalid UTF-8 %q", name, s, out)
			}
			if strings.ContainsFunc(out, isRussian) {
				t.Fatalf("%s: %q gives %q, with Russian letters", name, s, out)
			}
			if utf8.ValidString(s) && !strings.ContainsFunc(s, isRussian) && out != s {
				t.Fatalf("%s: %q, without Russian letters, gives %q", name, s, out)
			}
			if got := viaReader(t, tr, s); got != out {
				t.Fatalf("%s: %q gives %q in one go, %q byte by byte", name, s, out, got)
			}
			if got := drive(t, tr, s, 1, 4); got != out {
				t.Fatalf("%s: %q gives %q in one go, %q with 1-byte src steps and a 4-byte dst", name, s, out, got)
			}
			if sim := translit.Similar(s, out); sim < 0 || sim > 1 {
				t.Fatalf("Similar(%q, %q) = %v", s, out, sim)
			}
		}
		sk := translit.Skeleton(s)
		if !utf8.ValidString(sk) {
			t.Fatalf("Skeleton(%q) = %q, invalid UTF-8", s, sk)
		}
		want := 1.0
		if sk == "" {
			want = 0
		}
		if got := translit.Similar(s, s); got != want {
			t.Fatalf("Similar(%q, itself) = %v, want %v", s, got, want)
		}
	})
}
