package translit

import (
	"unicode"
	"unicode/utf8"
)

// Skeleton returns the phonetic key of a word written in Latin or Cyrillic
// letters, so that spellings of one name in several languages and
// standards meet: Хрущёв, Khrushchev, Jruschov and Chruschtschow all give
// "HRHV". The section Skeletons of the package documentation gives the
// mapping.
func Skeleton(word string) string {
	var buf [64]byte
	return string(AppendSkeleton(buf[:0], word))
}

// AppendSkeleton appends the [Skeleton] of word to dst and returns the
// extended buffer. It allocates nothing when dst has room and the Latin
// form of the word fits in 64 bytes (about 60 letters).
func AppendSkeleton(dst []byte, word string) []byte {
	var buf [64]byte
	return skeletonize(dst, latinize(buf[:0], word))
}

// Similar scores how alike the skeletons of a and b are, from 0 (nothing
// in common, or a word without letters or digits) to 1 (the same
// skeleton): one minus their edit distance divided by the length of the
// longer. It allocates nothing for words of up to about 60 letters.
func Similar(a, b string) float64 {
	var bufA, bufB [64]byte
	return similarity(AppendSkeleton(bufA[:0], a), AppendSkeleton(bufB[:0], b))
}

func similarity(a, b []byte) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if string(a) == string(b) {
		return 1
	}
	d := editDistance(a, b)
	return 1 - float64(d)/float64(max(len(a), len(b)))
}

// editDistance returns the Levenshtein distance between a and b, in bytes.
func editDistance(a, b []byte) int {
	var buf [65]int
	row := buf[:0]
	if len(b)+1 > len(buf) {
		row = make([]int, 0, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		row = append(row, j)
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0] // distance of a[:i-1], b[:j-1]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(row[j]+1, row[j-1]+1, diag+cost)
			diag, row[j] = row[j], d
		}
	}
	return row[len(b)]
}

// hush is the marker latinize writes for a letter of the H class (х ж ч ш
// щ, č š ž…), which skeletonize maps to H.
const hush = 'H'

// latinize appends word to dst as lower-case ASCII letters and digits:
// Cyrillic by a lossy scheme, Latin without diacritics, letters of the H
// class as [hush]. Letters of other scripts are appended in lower case;
// everything else (marks, apostrophes, ʼ, punctuation, spaces) is dropped.
func latinize(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+('a'-'A'))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		switch {
		case r >= 0x400 && r < 0x460:
			dst = append(dst, cyrillicLatin[cyrillicIndex(r)]...)
		case r >= 0xC0 && r < 0x180:
			dst = append(dst, latinFold[r-0xC0]...)
		case r == 'ґ' || r == 'Ґ':
			dst = append(dst, 'g')
		case r == 'ș' || r == 'Ș' || r == 'ş' || r == 'Ş':
			dst = append(dst, hush)
		case r == 'ț' || r == 'Ț':
			dst = append(dst, "ts"...)
		case unicode.IsLetter(r) && !unicode.Is(unicode.Lm, r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// cyrillicIndex returns the index in cyrillicLatin of a rune of
// U+0400–U+045F: 0 to 31 for а…я and А…Я, 32 to 47 for ѐ…џ and Ѐ…Џ.
func cyrillicIndex(r rune) int {
	switch o := int(r - 0x400); {
	case o < 0x10:
		return 32 + o
	case o < 0x30:
		return o - 0x10
	case o < 0x50:
		return o - 0x30
	default:
		return 32 + o - 0x50
	}
}

// cyrillicLatin gives the lossy Latin of U+0400–U+045F, by [cyrillicIndex].
var cyrillicLatin = [48]string{
	"a", "b", "v", "g", "d", "e", "H", "z", "i", "y", "k", "l", "m", "n", "o", "p", // а…п
	"r", "s", "t", "u", "f", "H", "ts", "H", "H", "H", "", "y", "", "e", "u", "a", // р…я
	"e", "o", "d", "g", "e", "z", "i", "i", "y", "l", "n", "H", "k", "i", "u", "H", // ѐ…џ
}

// latinFold gives U+00C0–U+017F without diacritics, lower case; č, š, ž
// and the like are [hush].
var latinFold = [192]string{
	// À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
	"a", "a", "a", "a", "a", "a", "ae", "s", "e", "e", "e", "e", "i", "i", "i", "i",
	// Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	// à á â ã ä å æ ç è é ê ë ì í î ï
	"a", "a", "a", "a", "a", "a", "ae", "s", "e", "e", "e", "e", "i", "i", "i", "i",
	// ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	// Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
	"a", "a", "a", "a", "a", "a", "H", "H", "H", "H", "H", "H", "H", "H", "d", "d",
	// Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	// Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	// İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
	"i", "i", "i", "i", "H", "H", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	// ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	// Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "H", "H", "H", "H", "H", "H",
	// Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
	"H", "H", "ts", "ts", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	// Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "H", "H", "H", "H", "H", "H", "s",
}

func isLatinVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// at reports whether w has s at i.
func at(w []byte, i int, s string) bool {
	return len(w)-i >= len(s) && string(w[i:i+len(s)]) == s
}

// skeletonize appends the classes of the latinized word w to dst: see the
// section Skeletons of the package documentation.
func skeletonize(dst, w []byte) []byte {
	var last byte // class last appended, 0 after a vowel
	first := true
	for i := 0; i < len(w); {
		c := w[i]
		if c >= utf8.RuneSelf { // a letter of another script, kept whole
			_, size := utf8.DecodeRune(w[i:])
			dst = append(dst, w[i:i+size]...)
			i += size
			last, first = 0, false
			continue
		}
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		class, n := c, 1
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if first {
				dst = append(dst, 'A')
			}
			i++
			last, first = 0, false
			continue
		case 'j':
			// й: at the end after a vowel (Tolstoj), or between a
			// consonant and a vowel (Fjodor, Solowjow).
			if i > 0 && (i == len(w)-1 && isLatinVowel(w[i-1]) ||
				i+1 < len(w) && isLatinVowel(next) && !isLatinVowel(w[i-1]) && w[i-1] < utf8.RuneSelf) {
				i++
				last = 0
				continue
			}
			class = 'H'
		case 'h', hush:
			class = 'H'
		case 'k':
			class = 'K'
			if next == 'h' {
				class, n = 'H', 2
			}
		case 'c':
			switch next {
			case 'h':
				class, n = 'H', 2
			case 'z':
				class, n = 'S', 2
			case 'k':
				class, n = 'K', 2
			case 'e', 'i', 'y':
				class = 'S'
			default:
				class = 'K'
			}
		case 's':
			switch {
			case at(w, i, "shch"), at(w, i, "szcz"):
				class, n = 'H', 4
			case at(w, i, "sch"):
				class, n = 'H', 3
			case next == 'h', next == 'z':
				class, n = 'H', 2
			default:
				class = 'S'
			}
		case 'z':
			class = 'S'
			if next == 'h' {
				class, n = 'H', 2
			}
		case 't':
			switch {
			case at(w, i, "tsch"):
				class, n = 'H', 4
			case at(w, i, "tch"):
				class, n = 'H', 3
			case next == 's', next == 'z':
				class, n = 'S', 2
			case next == 'h':
				class, n = 'T', 2
			default:
				class = 'T'
			}
		case 'g':
			class = 'G'
			if next == 'h' || next == 'u' && i+2 < len(w) && (w[i+2] == 'e' || w[i+2] == 'i' || w[i+2] == 'y') {
				n = 2
			}
		case 'q':
			class = 'K'
			if next == 'u' {
				n = 2
			}
		case 'x':
			if i == 0 {
				class = 'H'
				break
			}
			if last != 'K' {
				dst = append(dst, 'K')
			}
			class = 'S'
		case 'p':
			class = 'P'
			if next == 'h' {
				class, n = 'V', 2
			}
		case 'f', 'v', 'w':
			class = 'V'
		case 'b', 'd', 'l', 'm', 'n', 'r':
			class = c - ('a' - 'A')
		}
		if class != last {
			dst = append(dst, class)
		}
		i += n
		last, first = class, false
	}
	return dst
}
