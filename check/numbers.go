package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/lang"
)

// NumberMismatch reports numbers that differ between a source segment and
// its translation, reading each language's formats: 1.000,5 (es, ru, also
// with a space or no-break space between groups) and 1,000.5 (en) are the
// same number. Roman numerals (XX) are not compared, since a translation
// may write them as words (Twentieth), but one stands for its value: XX in
// the source accepts 20 in the translation (20th, 20-м) and the reverse.
var NumberMismatch = &Rule{
	ID:       "number-mismatch",
	DocID:    "RuleDocNumberMismatch",
	Severity: Error,
	Scope:    OnPair,
	Run:      numberMismatch,
}

// number is a number found in a text: its canonical value and its bytes.
type number struct {
	value      string
	start, end int
}

// numbers finds the numbers of text in the language of tag.
func numbers(text, tag string) []number {
	decimal := byte(lang.Of(tag).Decimal)
	var out []number
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		if i > 0 && isWordByte(text, i-1) || i > 1 && text[i-1] == '-' && hasLetterBefore(text, i-1) {
			// Digits glued to a word (H2O, x86) or hyphened to it (UTF-8): a name.
			for i < len(text) && (isDigit(text[i]) || text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z') {
				i++
			}
			continue
		}
		start := i
		var intPart, frac strings.Builder
		inFrac := false
		for i < len(text) {
			c := text[i]
			switch {
			case isDigit(c):
				if inFrac {
					frac.WriteByte(c)
				} else {
					intPart.WriteByte(c)
				}
				i++
				continue
			case (c == '.' || c == ',') && i+1 < len(text) && isDigit(text[i+1]):
				// The other mark separates groups of three digits; before
				// anything else it is a decimal point too (1.3, HTTP/0.9
				// in a Spanish text; 1,5 in an English one).
				isDecimal := c == decimal || digitRun(text[i+1:]) != 3
				if isDecimal && !inFrac {
					inFrac = true
				} else if isDecimal || inFrac {
					break
				}
				i++
				continue
			case c == ' ' && i+3 < len(text) && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) && (i+4 >= len(text) || !isDigit(text[i+4])) && !inFrac:
				i++ // 1 000 000: a space between groups of three
				continue
			}
			if r, size := utf8.DecodeRuneInString(text[i:]); (r == '\u00a0' || r == '\u202f' || r == '\u2009') && i+size < len(text) && isDigit(text[i+size]) && !inFrac {
				i += size
				continue
			}
			break
		}
		v := strings.TrimLeft(intPart.String(), "0")
		if v == "" {
			v = "0"
		}
		if f := strings.TrimRight(frac.String(), "0"); f != "" {
			v += "." + f
		}
		out = append(out, number{v, start, i})
	}
	return out
}

// hasLetterBefore reports whether the word ending before byte i has a
// letter (UTF-8, x86-64: digits after it are part of a name).
func hasLetterBefore(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case unicode.IsLetter(r):
			return true
		case !unicode.IsDigit(r):
			return false
		}
		i -= size
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitRun returns the number of digits at the start of s.
func digitRun(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// isWordByte reports whether the character ending at byte i is a letter:
// digits glued to letters (H2O, x86) are not numbers.
func isWordByte(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i+1])
	return unicode.IsLetter(r)
}

func numberMismatch(p *Pass) {
	sl, tl := p.Pair.Source.Lang, p.Pair.Target.Lang
	// The counts of a bead, cleared bead by bead.
	want, srcRoman, tgtRoman := map[string]int{}, map[string]int{}, map[string]int{}
	var src []number
	for _, b := range p.Beads {
		if len(b.Source) == 0 || len(b.Target) == 0 {
			continue
		}
		clear(want)
		clear(srcRoman)
		clear(tgtRoman)
		src = src[:0]
		for _, i := range b.Source {
			for _, n := range numbers(p.SrcSegs[i].Text, sl) {
				if inSpan(p.Pair.Source, p.SrcSegs[i].Start+n.start) {
					continue // %1$s, {0}: a placeholder's number is not the text's
				}
				want[n.value]++
				src = append(src, n)
			}
		}
		for _, i := range b.Source {
			romans(p.SrcSegs[i].Text, srcRoman)
		}
		for _, j := range b.Target {
			romans(p.TgtSegs[j].Text, tgtRoman)
		}
		first := p.TgtSegs[b.Target[0]]
		var srcSpelled map[string]int // computed when a small number is extra
		for _, j := range b.Target {
			seg := p.TgtSegs[j]
			for _, n := range numbers(seg.Text, tl) {
				if inSpan(p.Pair.Target, seg.Start+n.start) {
					continue
				}
				if want[n.value] > 0 {
					want[n.value]--
					continue
				}
				if srcRoman[n.value] > 0 {
					srcRoman[n.value]--
					continue
				}
				if len(n.value) <= 2 {
					if srcSpelled == nil {
						srcSpelled = spelledNumbers(joinSegs(p.SrcSegs, b.Source), sl)
					}
					if srcSpelled[n.value] > 0 { // "zero-based" for «с 0»
						srcSpelled[n.value]--
						continue
					}
				}
				f := Finding{MessageID: "RuleNumberExtra", Data: map[string]any{"Number": seg.Text[n.start:n.end]}}
				p.ReportSource(seg.Start+n.start, seg.Start+n.end, p.SrcSegs[b.Source[0]], f)
			}
		}
		var spelled map[string]int // computed when a small number is missing
		for _, n := range src {
			if spelled == nil && want[n.value] > 0 && len(n.value) <= 2 {
				spelled = spelledNumbers(joinSegs(p.TgtSegs, b.Target), tl)
			}
			if want[n.value] > 0 && spelled[n.value] > 0 {
				want[n.value]--
				spelled[n.value]--
				continue
			}
			if want[n.value] > 0 && tgtRoman[n.value] > 0 {
				want[n.value]--
				tgtRoman[n.value]--
				continue
			}
			if want[n.value] > 0 {
				want[n.value]--
				f := Finding{MessageID: "RuleNumberMissing", Data: map[string]any{"Number": n.value}}
				f.Text = first.Text
				p.ReportSource(first.Start, first.End, p.SrcSegs[b.Source[0]], f)
			}
		}
	}
}

// romans counts the Roman numerals of text (words of two or more of the
// letters IVXLCDM, in capitals, well formed, up to 3999) by value.
func romans(text string, count map[string]int) {
	if !strings.ContainsAny(text, "IVXLCDM") {
		return
	}
	// The words (runs of letters), as strings.FieldsFunc would split them,
	// without making the slice.
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		w := text[i:j]
		i = j
		if len(w) < 2 || strings.Trim(w, "IVXLCDM") != "" {
			continue
		}
		if v, ok := romanValue(w); ok {
			count[strconv.Itoa(v)]++
		}
	}
}

// romanValue reads a Roman numeral in its standard form (XIV, not XIIII).
func romanValue(w string) (int, bool) {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	n := 0
	for i := range len(w) {
		v := val[w[i]]
		if i+1 < len(w) && val[w[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n > 3999 || toRoman(n) != w {
		return 0, false
	}
	return n, true
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// numberWords are the stems of the numbers 0 to 10 written as words, by
// base language: a translation may spell out a small number ("at least 2
// characters", «хотя бы два символа»). Each stem is a prefix of every form
// (восьми, двух, una).
var numberWords = map[string][]string{
	"en": {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"},
	"es": {"cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"},
	"ru": {"нул|нол", "од|перв", "дв|втор", "тр", "четыр|четвер", "пят", "шест", "сем|седьм", "восем|восьм", "девят", "десят"},
}

// spelledNumbers counts the numbers 0 to 10 written as words in text.
func spelledNumbers(text, tag string) map[string]int {
	stems := numberWords[lang.Base(tag)]
	out := map[string]int{}
	if stems == nil {
		return out
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for v, alts := range stems {
			for _, st := range strings.Split(alts, "|") {
				if strings.HasPrefix(w, st) && isNumberForm(w, st, tag) {
					out[strconv.Itoa(v)]++
				}
			}
		}
	}
	return out
}

// isNumberForm keeps a word that starts with a number's stem from being
// another word (tres, not trestle; три, not трибуна): the rest must be
// short, an ending.
func isNumberForm(w, stem, tag string) bool {
	rest := utf8.RuneCountInString(w) - utf8.RuneCountInString(stem)
	switch lang.Base(tag) {
	case "ru":
		return rest <= 4
	case "es":
		return rest <= 1 // un, una, uno; dos
	}
	return rest == 0
}

// inSpan reports whether byte off of d lies in a placeholder or tag span
// of its unit, which a reader found: what is there is no text to check.
func inSpan(d *Document, off int) bool {
	u := unitAt(d.Units, off)
	if u == nil {
		return false
	}
	for _, sp := range u.Spans {
		if off >= sp.Start && off < sp.End {
			return true
		}
	}
	return false
}
