package termmatch

import (
	"math/bits"
	"unicode/utf8"
)

// A prefilter tells, from the first letters of a word as written, that no
// key of the trie can be the word's, so that the word is neither looked up
// in the cache nor folded nor stemmed: on text with many distinct words
// (the first pages of any text, names, numbers) stemming is most of the
// cost of a scan.
//
// It rests on one property of the keys of package morph, checked by
// TestPrefilterKeys over the corpus, the conformance tables and generated
// words: a word's key begins as the word does. Snowball takes off endings
// and never touches the first two letters (the Russian and Spanish R
// regions start after them, English words of two letters are kept whole),
// and the corrections of package morph change the end of a stem only. Up
// to accents on Latin vowels, y and i, and z and c (Spanish and English
// rewrite those), a key's first two letters are the word's, or a key
// shorter than that is the start of the word.
//
// The filter looks only at words whose first three runes are plain
// letters or digits (ASCII, Latin-1, the Russian alphabet): their folded
// form begins with the same runes lowercased, so the filter needs no
// folding. Any other word takes the full path.
type prefilter struct {
	bits [1 << prefilterLog2 / 64]uint64
}

// prefilterLog2 sizes the bit set: 8 KiB.
const prefilterLog2 = 16

// prefilterDense is the share of set bits above which the filter is not
// worth a look: a large glossary starts words with almost every pair of
// letters.
const prefilterDense = 0.25

// tooDense reports whether more than prefilterDense of a filter's bits are
// set: it would let almost every word through.
func tooDense(set []uint64) bool {
	n := 0
	for _, w := range set {
		n += bits.OnesCount64(w)
	}
	return float64(n) > prefilterDense*float64(64*len(set))
}

// newPrefilter returns the filter for the keys of tr, or nil when it would
// let almost every word through (or a key is empty).
func newPrefilter(tr *trie) *prefilter {
	p := &prefilter{}
	for key := range tr.keys() {
		if len(key) > 0 && key[0] == '=' {
			key = key[1:] // an exact key: the folded word itself
		}
		a, b, n := firstTwo(key)
		switch n {
		case 0:
			return nil
		case 1:
			p.set(a, 0)
		default:
			p.set(a, b)
		}
	}
	if tooDense(p.bits[:]) {
		return nil
	}
	return p
}

// firstTwo returns the normalised first two runes of a key, and how many
// there are (at most 2).
func firstTwo(key string) (a, b rune, n int) {
	for _, r := range key {
		if n == 0 {
			a = prefilterNorm(r)
		} else {
			b = prefilterNorm(r)
		}
		n++
		if n == 2 {
			break
		}
	}
	return a, b, n
}

func (p *prefilter) hash(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> (32 - prefilterLog2)
}

func (p *prefilter) set(a, b rune) {
	h := p.hash(a, b)
	p.bits[h>>6] |= 1 << (h & 63)
}

func (p *prefilter) has(a, b rune) bool {
	h := p.hash(a, b)
	return p.bits[h>>6]&(1<<(h&63)) != 0
}

// excludes reports whether no key of the trie can be the key of word, a
// word or hyphenated span of the text as written. It is false whenever it
// cannot tell.
func (p *prefilter) excludes(word []byte) bool {
	a, s1 := plainRune(word)
	if s1 == 0 {
		return false
	}
	if p.has(a, 0) {
		return false // a key of one letter, or a word of one
	}
	if s1 == len(word) {
		return true
	}
	b, s2 := plainRune(word[s1:])
	if s2 == 0 {
		return false
	}
	if s1+s2 < len(word) {
		// A third rune that is not plain may compose with the second
		// (и and U+0306 make й) or be removed by folding.
		if _, s3 := plainRune(word[s1+s2:]); s3 == 0 {
			return false
		}
	}
	return !p.has(a, b)
}

// plainRune decodes the first rune of word when it is a plain letter or
// digit, one that folding only lowercases: ASCII, Latin-1 (but ß, µ, ª
// and º) and the Cyrillic U+0400-U+045F. It returns the rune lowercased
// and normalised (prefilterNorm), and its size, 0 for any other rune.
func plainRune(word []byte) (rune, int) {
	if len(word) == 0 {
		return 0, 0
	}
	c := word[0]
	if c < utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			return prefilterNorm(rune(c)), 1
		case 'A' <= c && c <= 'Z':
			return prefilterNorm(rune(c + 'a' - 'A')), 1
		}
		return 0, 0
	}
	if len(word) < 2 || word[1]&0xC0 != 0x80 {
		return 0, 0
	}
	r := rune(c&0x1F)<<6 | rune(word[1]&0x3F)
	switch c {
	case 0xC3: // U+00C0-U+00FF
		switch {
		case r == 0xD7 || r == 0xF7 || r == 0xDF:
			return 0, 0 // ×, ÷, ß
		case r < 0xDF:
			r += 0x20
		}
		return prefilterNorm(r), 2
	case 0xD0, 0xD1: // U+0400-U+047F
		switch {
		case r < 0x410:
			r += 0x50
		case r < 0x430:
			r += 0x20
		case r >= 0x460:
			return 0, 0
		}
		return prefilterNorm(r), 2
	}
	return 0, 0
}

// prefilterNorm merges the letters whose difference a key may not keep:
// Latin letters lose their accents (Spanish Snowball drops acute accents,
// English its y for i), z is c (lápiz, lápic-), ё is е.
func prefilterNorm(r rune) rune {
	if r >= 0xC0 && r <= 0xFF {
		if b := latin1Base[r-0xC0]; b != 0 {
			r = rune(b)
		}
	}
	switch r {
	case 'y':
		return 'i'
	case 'z':
		return 'c'
	case 'ё':
		return 'е'
	}
	return r
}

// latin1Base is the letter without its accent of U+00C0-U+00FF, lowercase,
// or 0.
var latin1Base = [64]byte{
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 0,
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 'y',
}

// A narrowFilter is a prefilter on three letters where a key is long
// enough: a key of four letters or more lets through only the words that
// begin with its first three (up to prefilterNorm), a shorter one those
// that begin with its first two, or its one. It rests on a stronger form
// of the property of prefilter, checked by TestNarrowFilterKeys: a key of
// four letters or more begins with the first three letters of its word,
// since Snowball's R regions start after the third letter or later in
// such words and the corrections of package morph change only a stem's last
// letters (a key shorter than that, дне of дня, may differ in its third).
// On text where almost every word is new it lets through about a quarter
// as many words as prefilter does with the sample glossary, so a quarter
// as many are folded and stemmed.
//
// It is built from a trie's keys on a Matcher's first need of it, not
// stored with the compiled index.
type narrowFilter struct {
	bits [1 << narrowLog2 / 64]uint64
}

// narrowLog2 sizes the bit set: 32 KiB.
const narrowLog2 = 18

// narrowKeyLen is the length, in runes, from which a key's third letter
// counts.
const narrowKeyLen = 4

// narrowFilterOf returns the narrow filter of tr, building it on first
// use, or nil when it would let almost every word through (or a key is
// empty). It is safe for concurrent use.
func (tr *trie) narrowFilterOf() *narrowFilter {
	tr.narrowOnce.Do(func() { tr.narrow = newNarrowFilter(tr) })
	return tr.narrow
}

func newNarrowFilter(tr *trie) *narrowFilter {
	p := &narrowFilter{}
	for key := range tr.keys() {
		a, b, c, ok := narrowEntry(key)
		if !ok {
			return nil
		}
		p.set(a, b, c)
	}
	if tooDense(p.bits[:]) {
		return nil
	}
	return p
}

// narrowEntry returns what the narrow filter holds for a key: its first
// letter (b and c 0) when it has one, its first two (c 0) when it has two
// or three, else its first three, normalised (the third by narrowNorm); ok
// is false for an empty key.
func narrowEntry(key string) (a, b, c rune, ok bool) {
	if len(key) > 0 && key[0] == '=' {
		key = key[1:] // an exact key: the folded word itself
	}
	var first [3]rune
	n := 0
	for _, r := range key {
		if n < len(first) {
			first[n] = prefilterNorm(r)
		}
		n++
		if n == narrowKeyLen {
			break
		}
	}
	switch {
	case n == 0:
		return 0, 0, 0, false
	case n == 1:
		return first[0], 0, 0, true
	case n < narrowKeyLen:
		return first[0], first[1], 0, true
	}
	return first[0], first[1], narrowNorm(first[2]), true
}

// narrowNorm merges the third letters a key of four letters or more may
// change: a Russian fleeting vowel leaves й or ь where the word has a vowel
// (боец, бойц-; заяц, зайц-; паёк, пайк-), so the Russian vowels, й, ь and ъ
// are one letter there.
func narrowNorm(r rune) rune {
	switch r {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'й', 'ь', 'ъ':
		return 'е'
	}
	return r
}

func (p *narrowFilter) hash(a, b, c rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77 ^ uint32(c)*0xC2B2AE3D) >> (32 - narrowLog2)
}

func (p *narrowFilter) set(a, b, c rune) {
	h := p.hash(a, b, c)
	p.bits[h>>6] |= 1 << (h & 63)
}

func (p *narrowFilter) has(a, b, c rune) bool {
	h := p.hash(a, b, c)
	return p.bits[h>>6]&(1<<(h&63)) != 0
}

// excludes reports whether no key of the trie can be the key of word, a
// word or hyphenated span of the text as written. It is false whenever it
// cannot tell.
func (p *narrowFilter) excludes(word []byte) bool {
	a, s1 := plainRune(word)
	if s1 == 0 {
		return false
	}
	if p.has(a, 0, 0) {
		return false // a key of one letter, or a word of one
	}
	if s1 == len(word) {
		return true
	}
	b, s2 := plainRune(word[s1:])
	if s2 == 0 {
		return false
	}
	if p.has(a, b, 0) {
		return false // a key of two or three letters
	}
	rest := word[s1+s2:]
	if len(rest) == 0 {
		return true
	}
	c, s3 := plainRune(rest)
	if s3 == 0 {
		return false
	}
	if s3 < len(rest) {
		// A fourth rune that is not plain may compose with the third or be
		// removed by folding.
		if _, s4 := plainRune(rest[s3:]); s4 == 0 {
			return false
		}
	}
	return !p.has(a, b, narrowNorm(c))
}
