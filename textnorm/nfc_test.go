package textnorm

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestPlainNFC: plainNFC never says a word is in NFC when norm.NFC does
// not, over every pair (and single) of the runes it accepts and of
// combining marks, and it accepts the plain words it is there for.
func TestPlainNFC(t *testing.T) {
	var rs []rune
	for r := rune(1); r < 0x500; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x1E9E, 0x2019, 0xFFFD)
	for _, a := range rs {
		for _, b := range append([]rune{0}, rs...) {
			w := string(a)
			if b != 0 {
				w += string(b)
			}
			if plainNFC([]byte(w)) && !norm.NFC.IsNormal([]byte(w)) {
				t.Fatalf("plainNFC(%+q) but it is not in NFC", w)
			}
		}
	}
	for _, w := range []string{"Archivo", "canción", "Ёлка", "файл", "straße"} {
		if !plainNFC([]byte(w)) {
			t.Errorf("plainNFC(%q) = false", w)
		}
	}
	for _, w := range []string{"и\u0306", "e\u0301", "Ѷ", "\xd0", "a\xc3"} {
		if plainNFC([]byte(w)) {
			t.Errorf("plainNFC(%+q) = true", w)
		}
	}
}
