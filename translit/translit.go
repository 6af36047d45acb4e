package translit

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Context values of a neighbouring character other than a Russian letter.
const (
	noLetter    rune = 0  // a non-letter, the start or the end of the text
	otherLetter rune = -1 // a letter of another alphabet
)

// A rule gives the lower-case transliteration of the lower-case Russian
// letter r, which follows prev and precedes next. prev and next are
// lower-case Russian letters, noLetter or otherLetter.
type rule func(prev, r, next rune) string

// A standard is a named transliteration standard.
type standard struct {
	name string
	rule rule
}

// standards lists the standards by name, sorted.
var standards = []standard{
	{"bgn-pcgn", bgnPCGN},
	{"es-practical", spanishPractical},
	{"gost-7.79-b", gost779B},
	{"icao-9303", icao9303},
}

// Names returns the names of the standards [ByName] knows, sorted.
func Names() []string {
	names := make([]string, len(standards))
	for i, s := range standards {
		names[i] = s.name
	}
	return names
}

// ByName returns a new Transformer for the standard with the given name,
// one of [Names]; case does not matter.
func ByName(name string) (transform.Transformer, error) {
	for _, s := range standards {
		if strings.EqualFold(s.name, name) {
			return &transliterator{rule: s.rule}, nil
		}
	}
	return nil, fmt.Errorf("translit: unknown standard %q (known: %s)", name, strings.Join(Names(), ", "))
}

// GOST779B returns a new Transformer for GOST 7.79-2000 system B
// ("gost-7.79-b").
func GOST779B() transform.Transformer { return &transliterator{rule: gost779B} }

// ICAO9303 returns a new Transformer for ICAO Doc 9303 ("icao-9303").
func ICAO9303() transform.Transformer { return &transliterator{rule: icao9303} }

// BGNPCGN returns a new Transformer for the BGN/PCGN 1947 system
// ("bgn-pcgn").
func BGNPCGN() transform.Transformer { return &transliterator{rule: bgnPCGN} }

// SpanishPractical returns a new Transformer for the Spanish practical
// transcription ("es-practical").
func SpanishPractical() transform.Transformer { return &transliterator{rule: spanishPractical} }

// A transliterator applies a rule to running text. It remembers the last
// letter it consumed, so that a buffer boundary does not change the
// context of the next letter.
type transliterator struct {
	rule      rule
	prev      rune // lower-case Russian letter, noLetter or otherLetter
	prevUpper bool // prev was an upper-case letter
}

// Reset implements [transform.Transformer]: the next text starts a word.
func (t *transliterator) Reset() { t.prev, t.prevUpper = noLetter, false }

// Transform implements [transform.Transformer].
func (t *transliterator) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if c := src[nSrc]; c < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			t.prev, t.prevUpper = noLetter, false
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				t.prev, t.prevUpper = otherLetter, c <= 'Z'
			}
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		lower, upper, ok := russian(r)
		if !ok {
			out := src[nSrc : nSrc+size]
			if r == utf8.RuneError && size == 1 {
				out = replacement
			}
			if len(dst)-nDst < len(out) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], out)
			nSrc += size
			t.see(r)
			continue
		}
		next, nextCase, short := peek(src[nSrc+size:], atEOF)
		if short {
			return nDst, nSrc, transform.ErrShortSrc
		}
		out := t.rule(t.prev, lower, next)
		if len(dst)-nDst < len(out) {
			return nDst, nSrc, transform.ErrShortDst
		}
		mode := lowerCase
		if upper {
			// A capital starts a word written in capitals or with a
			// capital: look at the next letter, or else at the one before.
			mode = titleCase
			if nextCase > 0 || nextCase == 0 && t.prevUpper {
				mode = upperCase
			}
		}
		nDst += putCased(dst[nDst:], out, mode)
		nSrc += size
		t.prev, t.prevUpper = lower, upper
	}
	return nDst, nSrc, nil
}

var replacement = []byte(string(utf8.RuneError))

// see records a character other than a Russian letter as the context of
// the next one. Combining marks (a stress mark) leave the context alone.
func (t *transliterator) see(r rune) {
	switch {
	case unicode.IsLetter(r):
		t.prev, t.prevUpper = otherLetter, unicode.IsUpper(r)
	case unicode.In(r, unicode.Mn, unicode.Me):
	default:
		t.prev, t.prevUpper = noLetter, false
	}
}

// russian reports whether r is one of the 33 letters of the Russian
// alphabet, and returns its lower case and whether it is a capital.
func russian(r rune) (lower rune, upper, ok bool) {
	switch {
	case r >= 'а' && r <= 'я':
		return r, false, true
	case r >= 'А' && r <= 'Я':
		return r + ('а' - 'А'), true, true
	case r == 'ё':
		return r, false, true
	case r == 'Ё':
		return 'ё', true, true
	}
	return 0, false, false
}

// peek returns the context value of the first character of rest, and its
// case: 1 for a capital, -1 for a small letter, 0 otherwise. It reports
// short if rest does not hold a whole character and more text may follow.
func peek(rest []byte, atEOF bool) (next rune, nextCase int, short bool) {
	if len(rest) == 0 {
		return noLetter, 0, !atEOF
	}
	if c := rest[0]; c < utf8.RuneSelf {
		switch {
		case c >= 'a' && c <= 'z':
			return otherLetter, -1, false
		case c >= 'A' && c <= 'Z':
			return otherLetter, 1, false
		}
		return noLetter, 0, false
	}
	if !atEOF && !utf8.FullRune(rest) {
		return noLetter, 0, true
	}
	r, _ := utf8.DecodeRune(rest)
	if lower, upper, ok := russian(r); ok {
		if upper {
			return lower, 1, false
		}
		return lower, -1, false
	}
	switch {
	case !unicode.IsLetter(r):
		return noLetter, 0, false
	case unicode.IsUpper(r):
		return otherLetter, 1, false
	case unicode.IsLower(r):
		return otherLetter, -1, false
	}
	return otherLetter, 0, false
}

type caseMode uint8

const (
	lowerCase caseMode = iota
	titleCase          // first letter a capital: Shch
	upperCase          // all capitals: SHCH
)

// putCased copies out to dst in the given case and returns the number of
// bytes written, always len(out): the letters of the tables keep their
// length in upper case.
func putCased(dst []byte, out string, mode caseMode) int {
	n := copy(dst, out)
	if mode == lowerCase || n == 0 {
		return n
	}
	for i := 0; i < n; i++ {
		switch c := dst[i]; {
		case c >= 'a' && c <= 'z':
			dst[i] = c - ('a' - 'A')
		case c == 0xC3 && i+1 < n && dst[i+1] == 0xAB: // ë → Ë
			dst[i+1] = 0x8B
		default:
			continue
		}
		if mode == titleCase {
			break
		}
	}
	return n
}
