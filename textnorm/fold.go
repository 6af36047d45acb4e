package textnorm

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

const (
	stressMark = '\u0301'
	softHyphen = '\u00AD'
)

// A Folder normalises words for matching. The zero value is not usable;
// call [NewFolder]. A Folder is not safe for concurrent use.
type Folder struct {
	caser cases.Caser
	buf   []byte
	toks  []Token
	pbuf  []byte // FoldPhrase's output
	sbuf  []byte // FoldPhrase's input, as bytes
}

// NewFolder returns a Folder.
func NewFolder() *Folder {
	return &Folder{caser: cases.Fold()}
}

// Fold appends the matching form of word to dst: NFC, without stress marks
// and soft hyphens, apostrophes as U+0027, case-folded, ё as е.
func (f *Folder) Fold(dst, word []byte) []byte {
	ascii := true
	for _, c := range word {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for _, c := range word {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	start := len(dst)
	dst, again := f.fold(dst, word)
	// Rarely, the result folds differently once more: removing a mark lets
	// the letters around it compose (е, U+0301, U+0308 gives е, U+0308,
	// which is ё), or full case folding yields an apostrophe or a mark
	// (ŉ gives ʼn). Fold again until nothing changes, so that Fold is
	// idempotent.
	for n := 0; again && n < 4; n++ {
		prev := string(dst[start:])
		dst, again = f.fold(dst[:start], []byte(prev))
		if string(dst[start:]) == prev {
			break
		}
	}
	return dst
}

// plainNFC reports, without the tables of package norm, that word is in
// NFC because it has only runes below U+0100 and the Cyrillic letters
// U+0400-U+045F: none of them decomposes or composes with its neighbour
// (TestPlainNFC checks every pair against norm.NFC.IsNormal). It is false
// for any other word, which the tables then decide.
func plainNFC(word []byte) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < utf8.RuneSelf {
			continue
		}
		if i+1 >= len(word) || word[i+1]&0xC0 != 0x80 {
			return false
		}
		switch {
		case c == 0xC2 || c == 0xC3: // U+0080-U+00FF
		case c == 0xD0, c == 0xD1 && word[i+1] < 0x80+0x20: // U+0400-U+045F
		default:
			return false
		}
		i++
	}
	return true
}

// fold appends the folded form of a non-ASCII word to dst. It reports
// whether it removed a rune or used full case folding, after which folding
// the result again may change it.
func (f *Folder) fold(dst, word []byte) ([]byte, bool) {
	if !plainNFC(word) && !norm.NFC.IsNormal(word) {
		f.buf = norm.NFC.Append(f.buf[:0], word...)
		word = f.buf
	}
	start := len(dst)
	slow, removed := false, false
	for i := 0; i < len(word); {
		// ASCII and the Cyrillic letters U+0400-U+045F, the runs of a
		// Russian word, lower-cased without unicode's tables.
		if c := word[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		} else if i+1 < len(word) && (c == 0xD0 || c == 0xD1 && word[i+1] < 0x80+0x20) && word[i+1]&0xC0 == 0x80 {
			dst = utf8.AppendRune(dst, lowerCyrillic(rune(c&0x1F)<<6|rune(word[i+1]&0x3F)))
			i += 2
			continue
		}
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

// caseFold folds dst[start:] again with the full case folder, for a word
// with runes beyond fold's own table, ё as е.
func (f *Folder) caseFold(dst []byte, start int) []byte {
	folded := f.caser.Bytes(dst[start:])
	dst = dst[:start]
	for _, r := range string(folded) {
		if r == 'ё' {
			r = 'е'
		}
		dst = utf8.AppendRune(dst, foldCherokee(r))
	}
	return dst
}

// lowerCyrillic is unicode.ToLower for U+0400-U+045F, with ё as е
// (TestLowerCyrillic checks each).
func lowerCyrillic(r rune) rune {
	switch {
	case r < 0x410: // Ѐ-Џ
		r += 0x50
	case r < 0x430: // А-Я
		r += 0x20
	}
	if r == 'ё' {
		r = 'е'
	}
	return r
}

// foldCherokee maps Cherokee small letters to capitals. Unicode case folding
// does so (CaseFolding.txt), but x/text/cases swaps the two cases, which
// would make folding a folded word change it again.
func foldCherokee(r rune) rune {
	switch {
	case r >= 0xAB70 && r <= 0xABBF:
		return r - 0xAB70 + 0x13A0
	case r >= 0x13F8 && r <= 0x13FD:
		return r - 8
	}
	return r
}

// FoldPhrase returns the comparison form of a phrase: its words folded and
// joined by single spaces, punctuation and other separators dropped
// ("Khrushchev's  Thaw!" and "khrushchev's thaw" meet).
func (f *Folder) FoldPhrase(text string) string {
	b := append(f.sbuf[:0], text...)
	f.sbuf = b
	f.toks = Tokenize(f.toks[:0], b)
	out := f.pbuf[:0]
	for i, t := range f.toks {
		if i > 0 {
			out = append(out, ' ')
		}
		out = f.Fold(out, b[t.Start:t.End])
	}
	f.pbuf = out
	return string(out)
}

// FoldString is Fold for strings.
func (f *Folder) FoldString(word string) string {
	return string(f.Fold(nil, []byte(word)))
}

// specialFold reports runes below U+0500 whose full case folding is not
// their simple lower case.
func specialFold(r rune) bool {
	switch r {
	case 0xB5, 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x345, 0x390, 0x3B0, 0x3C2, 0x3D0, 0x3D1, 0x3D5, 0x3D6, 0x3F0, 0x3F1, 0x3F5, 0x587:
		return true
	}
	return r >= 0x300 && r < 0x370 // combining marks: leave to NFC and cases
}

// Text returns a Transformer that unifies running text: typographic
// apostrophes become U+0027, quotation marks U+0022, dashes and minus signs
// U+002D, no-break and other spaces U+0020; soft hyphens and stress marks are
// removed; the result is NFC. It does not change case.
func Text() transform.Transformer {
	return transform.Chain(norm.NFC, runes.Remove(runes.Predicate(func(r rune) bool {
		return r == softHyphen || r == stressMark
	})), runes.Map(unifyRune), norm.NFC)
}

func unifyRune(r rune) rune {
	switch r {
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032:
		return '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033:
		return '"'
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
		return '-'
	case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003:
		return ' '
	}
	return r
}

// String applies [Text] to s.
func String(s string) string {
	out, _, err := transform.String(Text(), s)
	if err != nil {
		return s
	}
	return out
}
