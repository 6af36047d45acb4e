package textnorm

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestLowerCyrillic checks lowerCyrillic against package unicode for each
// rune it takes.
func TestLowerCyrillic(t *testing.T) {
	for r := rune(0x400); r <= 0x45F; r++ {
		want := unicode.ToLower(r)
		if want == 'ё' {
			want = 'е'
		}
		if got := lowerCyrillic(r); got != want {
			t.Errorf("lowerCyrillic(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestFoldFastPath folds every rune, alone and between Cyrillic and
// Latin letters, and compares with foldRef, fold as it was before its
// ASCII and Cyrillic runs.
func TestFoldFastPath(t *testing.T) {
	f, ref := NewFolder(), NewFolder()
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, w := range []string{string(r), "Жё" + string(r) + "Ab", "x" + string(r) + "Ѐя"} {
			got, gotAgain := f.fold(nil, []byte(w))
			want, wantAgain := foldRef(ref, nil, []byte(w))
			if string(got) != string(want) || gotAgain != wantAgain {
				t.Fatalf("fold(%q) = %q, %v; want %q, %v", w, got, gotAgain, want, wantAgain)
			}
		}
	}
	// Bytes that are not UTF-8, around the two-byte sequences.
	for _, w := range []string{"\xd0", "\xd0A", "\xd1\xa0", "\xd0\x80\xd1", "я\xff", "\xd1\x9f\x80"} {
		got, _ := f.fold(nil, []byte(w))
		want, _ := foldRef(ref, nil, []byte(w))
		if string(got) != string(want) {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}

// foldRef is fold without its fast paths.
func foldRef(f *Folder, dst, word []byte) ([]byte, bool) {
	if !plainNFC(word) && !normIsNormal(word) {
		f.buf = normAppend(f.buf[:0], word)
		word = f.buf
	}
	start := len(dst)
	slow, removed := false, false
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRune(word[i:])
		i += size
		switch {
		case r == stressMark || r == softHyphen:
			removed = true
			continue
		case isApostrophe(r):
			r = '\''
		case r < 0x500 && !specialFold(r):
			r = unicode.ToLower(r)
			if r == 'ё' {
				r = 'е'
			}
		default:
			slow = true
		}
		dst = utf8.AppendRune(dst, r)
	}
	if !slow {
		return dst, removed
	}
	return f.caseFold(dst, start), true
}

func normIsNormal(b []byte) bool      { return norm.NFC.IsNormal(b) }
func normAppend(dst, b []byte) []byte { return norm.NFC.Append(dst, b...) }
