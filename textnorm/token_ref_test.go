package textnorm

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is Tokenize as it was before its fast paths, to test them against.
// tokenizeRef appends the words of text to dst and returns it.
func tokenizeRef(dst []Token, text []byte) []Token {
	var g gapState
	i := 0
	for i < len(text) {
		if text[i] == ' ' {
			g.space = true
			i++
			continue
		}
		r, size := decodeRef(text, i)
		if isWordRuneRef(r) {
			end := scanWordRef(text, i)
			dst = append(dst, Token{Start: i, End: end, Gap: g.gap(len(dst) == 0)})
			g = gapState{}
			i = end
			continue
		}
		switch r {
		case '\n', 0x2028, 0x2029, 0x85:
			g.newlines++
			if r != '\n' {
				g.newlines++
			}
			g.space = true
		case ' ', '\t', '\r', '\f', '\v':
			g.space = true
		case '-', 0x2010, 0x2011: // hyphen-minus, hyphen, non-breaking hyphen
			if g.hyphens == 0 && g.space {
				g.spaceBefore = true
			}
			g.hyphens++
		default:
			if unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x2060 {
				g.space = true // no-break and other spaces, zero-width space, BOM, word joiner
			} else {
				g.punct = true
			}
		}
		i += size
	}
	return dst
}

func isWordRuneRef(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == 0xAD
}

// decode returns the rune at text[i] and its size, quickly for ASCII and
// for the two-byte Cyrillic block U+0400-U+047F.
func decodeRef(text []byte, i int) (rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if (c == 0xD0 || c == 0xD1) && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRune(text[i:])
}

// scanWord returns the end of the word starting at text[i].
func scanWordRef(text []byte, i int) int {
	prev := rune(0) // last word rune
	for i < len(text) {
		r, size := decodeRef(text, i)
		if r >= 0x400 && r < 0x480 && size == 2 || r < utf8.RuneSelf && isASCIIWord(byte(r)) {
			prev = r
			i += size
			continue
		}
		if isWordRuneRef(r) {
			prev = r
			i += size
			continue
		}
		// Joiners: apostrophe between letters, '.' or ',' between digits.
		if i+size < len(text) {
			next, _ := utf8.DecodeRune(text[i+size:])
			if isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next) {
				i += size
				continue
			}
			if (r == '.' || r == ',') && isDigit(prev) && isDigit(next) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// TestWordTable checks every rune of the table against the predicate it
// was built from, and the fast decoder against utf8.DecodeRune on every
// two-byte sequence.
func TestWordTable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if isWordRune(r) != isWordRuneRef(r) {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, isWordRune(r), isWordRuneRef(r))
		}
	}
	for c := 0x80; c < 0x100; c++ {
		for d := 0; d < 0x100; d++ {
			b := []byte{byte(c), byte(d), 'x'}
			r, size := decode(b, 0)
			wr, wsize := utf8.DecodeRune(b)
			if r != wr || size != wsize {
				t.Fatalf("decode(% x) = %U, %d; want %U, %d", b, r, size, wr, wsize)
			}
		}
	}
}

// FuzzTokenizeFast: Tokenize gives the tokens of tokenizeRef.
func FuzzTokenizeFast(f *testing.F) {
	for _, s := range []string{"Хрущёвская\nоттепель, КПСС.", "e-\nmail — «the West» 1,5 l’état", "\u2028a\u0085b\u00a0c\u200bd\xff\xd0", "de\u0301shielo\u00ad-x ‐ y",
		"a×b÷c l'été ½ª º µ", "\xc0\x80 \xc2a \xdf", "12.5,3 x'y 1.a d’Artagnan o'\u0301k", "Ωμέγα 'a' ꙮ\U0001F600"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		got, want := Tokenize(nil, text), tokenizeRef(nil, text)
		if !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q) = %+v, want %+v", text, got, want)
		}
	})
}

// TestASCIIWordRun checks asciiWordRun against a byte loop, for every byte
// at every place among ASCII letters.
func TestASCIIWordRun(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("aZ09mzAz")
			b[pos] = byte(c)
			want := 0
			for want < 8 && isASCIIWord(b[want]) {
				want++
			}
			v := uint64(0)
			for k := 7; k >= 0; k-- {
				v = v<<8 | uint64(b[k])
			}
			if got := asciiWordRun(v); got != want {
				t.Fatalf("asciiWordRun(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
