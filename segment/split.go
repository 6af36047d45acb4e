package segment

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitter is the state of one run over a block: the rules, the block's
// text, the segments found so far and what is known of positions.
type splitter struct {
	r    *rules
	text []byte
	str  string // string(text): segments' Text are slices of it
	base int    // offset of text in the whole input
	out  []Segment

	pos, line, col int // line and col of text[pos]

	para int

	blockStart            int // the block's start
	segStart              int // the current segment
	wordSeen              bool
	wordChecked           int    // segStart..wordChecked has no letter or digit, unless wordSeen
	key                   []byte // abbreviation lookups
	partStarts, partEnds  [maxChain]int
	lastPartRunes, nParts int
}

// maxChain bounds the parts of an abbreviation that are looked at ("U.S.S.R." has 4).
const maxChain = 6

// sentences splits the block text[bs:be] (a paragraph's run of plain
// lines, or one list item whose marker ends at ms) into sentences.
func (p *splitter) sentences(bs, be, ms int) {
	t := p.text
	p.blockStart = bs
	p.startSeg(bs)
	// The next . ! ? and 0xE2 (the lead byte of … ‼ ⁇ ⁈ ⁉ and U+2029),
	// each found with IndexByte, which is much faster than a loop over
	// the bytes.
	next := func(c byte, from int) int {
		if k := bytes.IndexByte(t[from:be], c); k >= 0 {
			return from + k
		}
		return be
	}
	dot, excl, quest, e2 := next('.', ms), next('!', ms), next('?', ms), next(0xE2, ms)
	for {
		i := min(dot, excl, quest, e2)
		if i >= be {
			break
		}
		to := i + 1
		if t[i] == 0xE2 {
			r, size := utf8.DecodeRune(t[i:be])
			to = i + size
			switch {
			case r == '\u2029': // paragraph separator: a hard break
				p.emit(p.segStart, i)
				p.startSeg(to)
			case isTermRune(r):
				to = p.cluster(i, be)
			}
		} else {
			to = p.cluster(i, be)
		}
		if dot < to {
			dot = next('.', to)
		}
		if excl < to {
			excl = next('!', to)
		}
		if quest < to {
			quest = next('?', to)
		}
		if e2 < to {
			e2 = next(0xE2, to)
		}
	}
	p.emit(p.segStart, be)
}

// cluster decides on the sentence punctuation at text[i] and returns the
// end of the run it starts.
func (p *splitter) cluster(i, be int) int {
	end, brk := p.candidate(i, be)
	if brk {
		p.emit(p.segStart, end)
		p.startSeg(end)
	}
	return end
}

func (p *splitter) startSeg(i int) {
	p.segStart, p.wordSeen, p.wordChecked = i, false, i
}

// What follows a terminator and white space (after opening quotes,
// brackets and dashes).
const (
	nextNone  = iota // the end of the block
	nextUpper        // a capital, or a letter of a script without case
	nextLower
	nextDigit
	nextPunct // other punctuation: no break
	nextOther // symbols ($, €, №) and anything else: a break
)

// candidate looks at the run of sentence punctuation and closing quotes
// and brackets that starts at text[i], and decides whether a sentence ends
// after it. It returns the end of the run.
func (p *splitter) candidate(i, be int) (end int, brk bool) {
	t := p.text
	j := i
	periods, sterm, ellipsis := 0, false, false
run:
	for j < be {
		c := t[j]
		switch {
		case c == '.':
			if periods == 0 && !sterm && !ellipsis {
				if n := spacedEllipsis(t[j:be]); n > 0 {
					ellipsis = true
					j += n
					continue
				}
			}
			periods++
			j++
		case c == '!' || c == '?':
			sterm = true
			j++
		case c == '"' || c == '\'' || c == ')' || c == ']' || c == '}':
			j++
		case c < utf8.RuneSelf:
			break run
		default:
			r, size := utf8.DecodeRune(t[j:be])
			switch {
			case r == '…':
				ellipsis = true
			case isTermRune(r):
				sterm = true
			case isCloser(r):
			default:
				break run
			}
			j += size
		}
	}
	if periods >= 3 {
		ellipsis = true
	}
	if j == be {
		return j, false // the block ends here anyway
	}
	if r, _ := utf8.DecodeRune(t[j:be]); !isSpace(r) {
		return j, false // 3.14, U.S, "¡Hola!, dijo", «…?»)
	}
	// What comes next, after white space and openers.
	n := j
	quote, inverted := false, false
openers:
	for n < be {
		r, size := utf8.DecodeRune(t[n:be])
		switch {
		case isSpace(r), r == '(', r == '[', r == '{', r == '*', r == '_', isDash(r):
		case r == '¿' || r == '¡':
			inverted = true
		case isQuote(r):
			quote = true
		default:
			break openers
		}
		n += size
	}
	next := nextNone
	if n < be {
		next = classOf(t[n:be])
	}
	if !p.hasWord(i) {
		return j, false // nothing but punctuation so far
	}
	switch {
	case sterm:
		switch next {
		case nextLower: // «Кто виноват?» — спросил он. ¿Quién era? ¿de dónde venía?
		case nextUpper, nextDigit, nextOther:
			brk = true
		}
	case ellipsis:
		if i > 0 && (t[i-1] == '(' || t[i-1] == '[') && (t[j-1] == ')' || t[j-1] == ']') {
			return j, false // "(…)", "[...]": an omission
		}
		brk = next == nextUpper || next == nextOther
	case periods >= 2: // "miedo..": a full stop
		brk = wordBreak(next, quote, inverted)
	default:
		brk = p.period(i, n, be, next, quote, inverted)
	}
	return j, brk
}

// wordBreak tells whether a period after an ordinary word ends a sentence.
func wordBreak(next int, quote, inverted bool) bool {
	switch next {
	case nextUpper, nextDigit, nextOther:
		return true
	case nextLower: // "…consecuencias". 'en el que…": a quote opens a new sentence
		return quote || inverted
	}
	return false
}

// period decides on a single period at text[i], followed by white space
// and the character at text[n] of class next.
func (p *splitter) period(i, n, be, next int, quote, inverted bool) bool {
	c, chainStart, inside := p.abbrev(i, be)
	if inside {
		return false // EE. UU.: the period after EE
	}
	switch c {
	case classInner:
		return false
	case classFinal:
		return next == nextUpper || next == nextOther || inverted
	case classAmbiguous:
		return p.starterAt(n, be, next) || inverted
	case classUnit:
		if p.numberBefore(chainStart) {
			return p.starterAt(n, be, next) || inverted
		}
		return false
	case classNumber:
		if next == nextDigit || next == nextUpper && romanAt(p.text[n:be]) {
			return false
		}
	}
	if p.ordinal(i) {
		return false // "1. la paz", "II. La guerra" at the start of a segment
	}
	if p.nParts > 0 && p.lastPartRunes == 1 && next == nextUpper {
		r, size := utf8.DecodeRune(p.text[p.partStarts[0]:])
		if unicode.IsUpper(r) { // an initial: N. S. Jruschov
			if p.r.letterWords[string(p.text[p.partStarts[0]:p.partStarts[0]+size])] {
				// English "I": an initial only before another (I. M. Pei)
				return !p.initialAt(n, be) || inverted
			}
			return p.starterAt(n, be, next) || inverted
		}
	}
	return wordBreak(next, quote, inverted)
}

// abbrev looks at the word before the period at text[i], and the words
// linked to it by periods and perhaps a space ("EE. UU.", "U.S."): the class of the longest
// abbreviation that ends with this period and where it starts, or inside
// if the period is inside a longer abbreviation that goes on after it. It
// leaves the parts it found (up to maxChain, last first) in p.partStarts
// and p.partEnds, and the letters in the last in p.lastPartRunes.
func (p *splitter) abbrev(i, be int) (c class, chainStart int, inside bool) {
	t, lo := p.text, p.blockStart
	p.nParts, p.lastPartRunes = 0, 0
	dot := i
	for p.nParts < maxChain {
		s, nr := dot, 0
		for s > lo && nr <= maxPartRunes {
			r, size := rune(t[s-1]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeLastRune(t[lo:s])
			}
			if !isLetter(r) {
				break
			}
			s -= size
			nr++
		}
		if nr == 0 || nr > maxPartRunes {
			break
		}
		if p.nParts == 0 {
			p.lastPartRunes = nr
		}
		p.partStarts[p.nParts], p.partEnds[p.nParts] = s, dot+1
		p.nParts++
		switch {
		case s-1 >= lo && t[s-1] == '.':
			dot = s - 1
		case s-2 >= lo && t[s-1] == ' ' && t[s-2] == '.':
			dot = s - 2
		case s-3 >= lo && t[s-1] == 0xA0 && t[s-2] == 0xC2 && t[s-3] == '.': // a no-break space
			dot = s - 3
		default:
			dot = -1
		}
		if dot < 0 {
			break
		}
	}
	if p.nParts == 0 {
		return classNone, i, false
	}
	maxP := min(p.nParts, p.r.maxParts)
	for l := maxP; l >= 1; l-- {
		if l < p.r.maxParts && p.r.prefix[string(p.keyOf(l))] && p.continues(i+1, be) {
			return classNone, i, true
		}
	}
	for l := maxP; l >= 1; l-- {
		if c, ok := p.r.abbr[string(p.keyOf(l))]; ok {
			start := p.partStarts[l-1]
			// Units after units: the number is before "млн." in "5 млн. руб."
			for k := l; c == classUnit && k < p.nParts; k++ {
				p.key = append(p.key[:0], t[p.partStarts[k]:p.partEnds[k]]...)
				if p.r.abbr[string(p.key)] != classUnit {
					break
				}
				start = p.partStarts[k]
			}
			return c, start, false
		}
	}
	return classNone, p.partStarts[0], false
}

// keyOf puts the last l parts found by abbrev, without spaces, in p.key.
func (p *splitter) keyOf(l int) []byte {
	p.key = p.key[:0]
	for k := l - 1; k >= 0; k-- {
		p.key = append(p.key, p.text[p.partStarts[k]:p.partEnds[k]]...)
	}
	return p.key
}

// continues tells whether the text from j goes on to complete the
// abbreviation whose beginning is in p.key: parts of letters and a period,
// each after nothing, one space or one no-break space.
func (p *splitter) continues(j, be int) bool {
	t := p.text
	for range p.r.maxParts {
		if j < be && t[j] == ' ' {
			j++
		} else if j+1 < be && t[j] == 0xC2 && t[j+1] == 0xA0 {
			j += 2
		}
		s, nr := j, 0
		for j < be && nr <= maxPartRunes {
			r, size := utf8.DecodeRune(t[j:be])
			if !isLetter(r) {
				break
			}
			j += size
			nr++
		}
		if nr == 0 || nr > maxPartRunes || j >= be || t[j] != '.' {
			return false
		}
		j++
		p.key = append(p.key, t[s:j]...)
		if _, ok := p.r.abbr[string(p.key)]; ok {
			return true
		}
		if !p.r.prefix[string(p.key)] {
			return false
		}
	}
	return false
}

// starterAt tells whether a capitalised word that often starts a sentence
// ("El", "The", "В") begins at text[n], and is not itself an initial.
func (p *splitter) starterAt(n, be, next int) bool {
	if next != nextUpper {
		return false
	}
	t := p.text
	e := n
	for e < be {
		r, size := utf8.DecodeRune(t[e:be])
		if !isLetter(r) {
			break
		}
		e += size
	}
	if e < be && t[e] == '.' {
		return false
	}
	return p.r.starters[string(t[n:e])]
}

// initialAt tells whether an initial (a capital letter and a period)
// begins at text[n].
func (p *splitter) initialAt(n, be int) bool {
	r, size := utf8.DecodeRune(p.text[n:be])
	return unicode.IsUpper(r) && n+size < be && p.text[n+size] == '.'
}

// numberBefore tells whether a number (digits or a Roman numeral) comes
// just before text[s], perhaps with a space between: "1956 г.", "XX в.".
func (p *splitter) numberBefore(s int) bool {
	t, lo := p.text, p.blockStart
	for k := 0; k < 2 && s > lo; k++ {
		r, size := utf8.DecodeLastRune(t[lo:s])
		if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\u2009' {
			break
		}
		s -= size
	}
	if s == lo {
		return false
	}
	if r, _ := utf8.DecodeLastRune(t[lo:s]); unicode.IsDigit(r) {
		return true
	}
	w, nr := s, 0
	for w > lo && nr <= 8 {
		r, size := utf8.DecodeLastRune(t[lo:w])
		if !isRoman(r) {
			break
		}
		w -= size
		nr++
	}
	if nr == 0 || nr > 8 {
		return false
	}
	r, _ := utf8.DecodeLastRune(t[lo:w])
	return w == lo || !isLetter(r)
}

// ordinal tells whether the period at text[i] follows a list number: one
// to three digits or one lowercase letter at the start of the segment or
// after a colon or a semicolon ("Dos cosas: 1. la paz; 2. el pan"), or a
// Roman numeral at the start of the segment ("II. La guerra"). It uses
// the parts abbrev found.
func (p *splitter) ordinal(i int) bool {
	t := p.text
	d := i
	for d > p.segStart && t[d-1] >= '0' && t[d-1] <= '9' {
		d--
	}
	number := true // a number or a letter, not a Roman numeral
	switch n := i - d; {
	case n > 3:
		return false
	case n == 0 && p.nParts > 0 && p.lastPartRunes == 1:
		if r, _ := utf8.DecodeRune(t[p.partStarts[0]:]); unicode.IsLower(r) {
			d = p.partStarts[0]
			break
		}
		fallthrough
	case n == 0:
		for d > p.segStart && t[d-1] < utf8.RuneSelf && isRoman(rune(t[d-1])) {
			d--
		}
		if d == i || i-d > 6 {
			return false
		}
		number = false
	}
	for k := d; k > p.segStart; {
		r, size := utf8.DecodeLastRune(t[p.segStart:k])
		if !isSpace(r) && !isQuote(r) && r != '(' && r != '[' && r != '¿' && r != '¡' {
			return number && (r == ':' || r == ';')
		}
		k -= size
	}
	return true
}

// hasWord tells whether the current segment has a letter or a digit
// before text[i]. It remembers what it has looked at, so that a segment is
// read once however many candidates it has.
func (p *splitter) hasWord(i int) bool {
	if p.wordSeen {
		return true
	}
	t := p.text
	for k := p.wordChecked; k < i; {
		c := t[k]
		if c < utf8.RuneSelf {
			if c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
				p.wordSeen = true
				return true
			}
			k++
			continue
		}
		r, size := utf8.DecodeRune(t[k:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			p.wordSeen = true
			return true
		}
		k += size
	}
	p.wordChecked = i
	return false
}

// emit adds text[a:b], without the white space around it, as a segment.
func (p *splitter) emit(a, b int) {
	t := p.text
	for a < b {
		r, size := rune(t[a]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(t[a:b])
		}
		if !isSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := rune(t[b-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(t[a:b])
		}
		if !isSpace(r) {
			break
		}
		b -= size
	}
	if a == b {
		return
	}
	p.position(a)
	p.out = append(p.out, Segment{
		Text: p.str[a:b], Start: p.base + a, End: p.base + b,
		Line: p.line, Col: p.col, Para: p.para,
	})
}

// runeCount counts the code points of s as a range loop does (an invalid
// byte counts as one), with fast paths for ASCII and two-byte sequences.
func runeCount(s string) int {
	n, i := 0, 0
	for i < len(s) {
		if i+8 <= len(s) {
			w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if w&0x8080808080808080 == 0 {
				n += 8
				i += 8
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// position moves the known position forward to text[off].
func (p *splitter) position(off int) {
	s := p.str[p.pos:off] // RuneCount on a []byte would copy it
	if nl := strings.Count(s, "\n"); nl > 0 {
		p.line += nl
		p.col = 1 + runeCount(s[strings.LastIndexByte(s, '\n')+1:])
	} else {
		p.col += runeCount(s)
	}
	p.pos = off
}

// classOf classifies the first character of s.
func classOf(s []byte) int {
	c := s[0]
	switch {
	case c >= 'A' && c <= 'Z':
		return nextUpper
	case c >= 'a' && c <= 'z':
		return nextLower
	case c >= '0' && c <= '9':
		return nextDigit
	}
	r, _ := utf8.DecodeRune(s)
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return nextUpper
	case unicode.IsLower(r):
		return nextLower
	case unicode.IsDigit(r):
		return nextDigit
	case unicode.IsLetter(r):
		return nextUpper // a script without case
	case unicode.IsPunct(r):
		return nextPunct
	}
	return nextOther
}

// romanAt tells whether s starts with a Roman numeral word: "XX", "IV".
func romanAt(s []byte) bool {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRune(s[n:])
		if !isRoman(r) {
			break
		}
		n += size
	}
	if n == 0 || n > 16 {
		return false
	}
	if n < len(s) {
		r, _ := utf8.DecodeRune(s[n:])
		return !isLetter(r)
	}
	return true
}

// spacedEllipsis returns the length of ". . ." (or more periods) at the
// start of s, or 0.
func spacedEllipsis(s []byte) int {
	n, count := 1, 1
	for n+1 < len(s) && s[n] == ' ' && s[n+1] == '.' {
		n += 2
		count++
	}
	if count >= 3 {
		return n
	}
	return 0
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r) || r == '\uFEFF'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isTermRune reports the terminators other than . ! ?
func isTermRune(r rune) bool {
	return r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

// isCloser reports closing quotes and brackets; “ and ‘ close „…“ and ‚…‘.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '»', '”', '’', '“', '‘', '›':
		return true
	}
	return false
}

// isQuote reports opening quotes.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '«', '“', '„', '‘', '‚', '‹':
		return true
	}
	return false
}

func isDash(r rune) bool {
	return r == '-' || r == '‐' || r == '–' || r == '—' || r == '―'
}

// isRoman reports the letters of Roman numerals, Latin or the Cyrillic Х
// typed for X.
func isRoman(r rune) bool {
	switch r {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M', 'Х':
		return true
	}
	return false
}
