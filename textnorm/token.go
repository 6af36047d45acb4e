package textnorm

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Gap says what lies between a token and the one before it.
type Gap uint8

const (
	// GapSpace: only white space, line breaks included, or nothing at all
	// before the first token.
	GapSpace Gap = iota
	// GapHyphen: a single hyphen and nothing else ("de-Stalinization"),
	// or a hyphen at the end of a line ("интернет-\nмагазин").
	GapHyphen
	// GapPara: white space containing a blank line (a paragraph break).
	GapPara
	// GapPunct: punctuation or any other non-word character.
	GapPunct
)

// Token is one word of a text, as byte offsets into it.
type Token struct {
	Start, End int // byte offsets: text[Start:End] is the word
	Gap        Gap // what separates it from the previous token
}

// Tokenize appends the words of text to dst and returns it.
func Tokenize(dst []Token, text []byte) []Token {
	var g gapState
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII without package unicode: a letter or digit starts a
			// word; white space other than these six is not ASCII.
			if !isASCIIWord(c) {
				switch c {
				case ' ', '\t', '\r', '\f', '\v':
					g.space = true
				case '\n':
					g.newlines++
					g.space = true
				case '-':
					g.hyphen()
				default:
					g.punct = true
				}
				i++
				continue
			}
		} else if !wordRuneAt(text, i) {
			r, size := decode(text, i)
			switch r {
			case 0x2028, 0x2029, 0x85:
				g.newlines += 2
				g.space = true
			case 0x2010, 0x2011: // hyphen, non-breaking hyphen
				g.hyphen()
			default:
				if unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x2060 {
					g.space = true // no-break and other spaces, zero-width space, BOM, word joiner
				} else {
					g.punct = true
				}
			}
			i += size
			continue
		}
		end := scanWord(text, i)
		dst = append(dst, Token{Start: i, End: end, Gap: g.gap(len(dst) == 0)})
		g = gapState{}
		i = end
	}
	return dst
}

// wordRuneAt reports whether the non-ASCII rune at text[i] is a word rune,
// a two-byte one (Latin letters with accents, Greek, Cyrillic…) without
// decoding it.
func wordRuneAt(text []byte, i int) bool {
	if r, ok := twoByteAt(text, i); ok {
		return inWordTable(r)
	}
	r, _ := utf8.DecodeRune(text[i:])
	return isWordRune(r)
}

// gapState accumulates what has been seen since the last word.
type gapState struct {
	newlines, hyphens int
	space, punct      bool
	spaceBefore       bool // white space before the first hyphen
}

// hyphen records a hyphen.
func (g *gapState) hyphen() {
	if g.hyphens == 0 && g.space {
		g.spaceBefore = true
	}
	g.hyphens++
}

func (g gapState) gap(first bool) Gap {
	switch {
	case first:
		return GapSpace
	case g.newlines >= 2:
		return GapPara
	case g.punct:
		return GapPunct
	case g.hyphens == 1 && !g.space:
		return GapHyphen
	case g.hyphens == 1 && !g.spaceBefore && g.newlines == 1:
		return GapHyphen // a word hyphenated at the end of a line
	case g.hyphens > 0:
		return GapPunct
	}
	return GapSpace
}

func isASCIIWord(c byte) bool { return asciiWord[c] }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < wordTableSize {
		return inWordTable(r)
	}
	return isWordRuneSlow(r)
}

// twoByteAt returns the rune of the valid two-byte UTF-8 sequence at
// text[i] (U+0080-U+07FF: Latin letters with accents, Greek, Cyrillic…),
// or ok false when there is none.
func twoByteAt(text []byte, i int) (r rune, ok bool) {
	if c := text[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), true
	}
	return 0, false
}

// inWordTable reports wordTable's bit of r, below wordTableSize.
func inWordTable(r rune) bool { return wordTable[r>>6]&(1<<(r&63)) != 0 }

// wordTableSize is how many runes wordTable covers: every script up to the
// CJK ideographs.
const wordTableSize = 0x3000

// computeWordTable returns isWordRuneSlow for the runes below
// wordTableSize, a bit each: what wordTable (wordtable.go, written by
// TestWordTableGenerated -update) holds, as a constant, so that start-up does not
// compute it.
func computeWordTable() (t [wordTableSize / 64]uint64) {
	for r := rune(0); r < wordTableSize; r++ {
		if isWordRuneSlow(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}

func isWordRuneSlow(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == 0xAD
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == 0x2019 || r == 0x02BC || r == 0x2018
}

// decode returns the rune at text[i] and its size, as utf8.DecodeRune
// does, quickly for ASCII and two-byte sequences (Latin letters with
// accents, Greek, Cyrillic).
func decode(text []byte, i int) (rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRune(text[i:])
}

// scanWord returns the end of the word starting at text[i].
func scanWord(text []byte, i int) int {
	start := i
	for i < len(text) {
		c := text[i]
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				if i+8 <= len(text) {
					i += asciiWordRun(binary.LittleEndian.Uint64(text[i:])) // at least 1
				} else {
					i++
				}
				continue
			}
			if c != '\'' && c != '.' && c != ',' {
				return i
			}
		} else if r2, ok := twoByteAt(text, i); ok {
			r, size = r2, 2
			if inWordTable(r) {
				i += 2
				continue
			}
			if !isApostrophe(r) {
				return i
			}
		} else {
			if r, size = utf8.DecodeRune(text[i:]); isWordRune(r) {
				i += size
				continue
			}
			if !isApostrophe(r) {
				return i
			}
		}
		// Joiners: apostrophe between letters, '.' or ',' between digits.
		// The rune before i is the word's last, a valid one.
		if i+size >= len(text) {
			return i
		}
		next, _ := utf8.DecodeRune(text[i+size:])
		prev, _ := utf8.DecodeLastRune(text[start:i])
		if isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next) ||
			(r == '.' || r == ',') && isDigit(prev) && isDigit(next) {
			i += size
			continue
		}
		return i
	}
	return i
}

// asciiWordRun returns how many of the 8 bytes of v, in memory order
// (little-endian), are ASCII letters or digits before the first that is
// not: all eight bytes are tested at once, without a branch per byte.
func asciiWordRun(v uint64) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	low := v &^ high // each byte below 0x80: adding below does not carry
	folded := low | 0x20*ones
	letter := (folded + 0x1F*ones) &^ (folded + 0x05*ones) // 'a' <= b|0x20 <= 'z'
	digit := (low + 0x50*ones) &^ (low + 0x46*ones)        // '0' <= b <= '9'
	word := (letter | digit) & high &^ v                   // and b itself ASCII
	return bits.TrailingZeros64(^word&high) >> 3
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
