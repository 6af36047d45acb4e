package check

import (
	"unicode"
	"unicode/utf8"
)

// MixedScript reports a word that mixes Latin and Cyrillic letters: a
// Latin c, o, a, e, p or x typed inside a Russian word («Cервер») or the
// reverse. It looks right and is wrong: search, spelling and terminology
// all miss it. The suggestion writes the look-alike letters in the word's
// main script.
var MixedScript = &Rule{
	ID:       "mixed-script",
	DocID:    "RuleDocMixedScript",
	Severity: Error,
	Run:      mixedScript,
}

// lookalikes maps Latin letters to the Cyrillic letters they look like.
var lookalikes = map[rune]rune{
	'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у',
	'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х', 'Y': 'У',
}

// toLatin is lookalikes the other way.
var toLatin = func() map[rune]rune {
	m := map[rune]rune{}
	for l, c := range lookalikes {
		m[c] = l
	}
	return m
}()

func mixedScript(p *Pass) {
	text := p.Doc.Text
	// One pass over the text, a word at a time (letters, and marks inside
	// a word), counting each word's Latin and Cyrillic letters.
	start, lat, cyr := -1, 0, 0
	for i := 0; i <= len(text); {
		r, size := utf8.RuneError, 1
		if i < len(text) {
			if b := text[i]; b < utf8.RuneSelf {
				r = rune(b)
			} else {
				r, size = utf8.DecodeRune(text[i:])
			}
		}
		switch {
		case i < len(text) && r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			lat++
		case i < len(text) && (r >= 0x400 && r <= 0x4ff || r >= utf8.RuneSelf && unicode.Is(unicode.Cyrillic, r)):
			cyr++ // the basic block first: it is most of Russian text
		case i < len(text) && r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			if unicode.Is(unicode.Latin, r) {
				lat++
			}
		default:
			if start >= 0 && lat > 0 && cyr > 0 {
				mixedWord(p, text, start, i, lat, cyr)
			}
			start, lat, cyr = -1, 0, 0
			i += size
			continue
		}
		if start < 0 {
			start = i
		}
		i += size
	}
}

// mixedWord reports text[start:end], a word of lat Latin and cyr Cyrillic
// letters, unless it is a real mix.
func mixedWord(p *Pass, text []byte, start, end, lat, cyr int) {
	w := text[start:end]
	if start > 0 && text[start-1] == '\\' || lat > cyr && cyrillicEnding(w) {
		return // \aпревышено: an escape; iPhoneа: a Russian ending on a Latin name
	}
	// Write the minority's look-alikes in the majority's script.
	fix := make([]rune, 0, len(w))
	for _, r := range string(w) {
		switch {
		case cyr >= lat && lookalikes[r] != 0:
			r = lookalikes[r]
		case lat > cyr && toLatin[r] != 0:
			r = toLatin[r]
		case cyr >= lat && r < utf8.RuneSelf && unicode.IsLetter(r), lat > cyr && unicode.Is(unicode.Cyrillic, r):
			return // a letter with no look-alike: a real mix (a name, code)
		}
		fix = append(fix, r)
	}
	p.Report(start, end, Finding{MessageID: "RuleMixedScript", Expected: []string{string(fix)},
		Data: map[string]any{"Text": string(w)}})
}

// cyrillicEnding reports whether the Cyrillic letters of w all come at its
// end.
func cyrillicEnding(w []byte) bool {
	seen := false
	for _, r := range string(w) {
		c := unicode.Is(unicode.Cyrillic, r)
		if seen && !c && unicode.IsLetter(r) {
			return false
		}
		seen = seen || c
	}
	return true
}
