package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/textnorm"
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
	for _, tk := range textnorm.Tokenize(nil, text) {
		w := text[tk.Start:tk.End]
		if tk.Start > 0 && text[tk.Start-1] == '\\' {
			continue // \aпревышено: an escape sequence, then a word
		}
		lat, cyr := 0, 0
		for _, r := range string(w) {
			switch {
			case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || unicode.Is(unicode.Latin, r):
				lat++
			case unicode.Is(unicode.Cyrillic, r):
				cyr++
			}
		}
		if lat == 0 || cyr == 0 || lat > cyr && cyrillicEnding(w) {
			continue // iPhoneа: a Russian ending on a Latin name
		}
		// Write the minority's look-alikes in the majority's script.
		fix, ok := []rune{}, true
		for _, r := range string(w) {
			switch {
			case cyr >= lat && lookalikes[r] != 0:
				r = lookalikes[r]
			case lat > cyr && toLatin[r] != 0:
				r = toLatin[r]
			case cyr >= lat && r < utf8.RuneSelf && unicode.IsLetter(r), lat > cyr && unicode.Is(unicode.Cyrillic, r):
				ok = false // a letter with no look-alike: a real mix (a name, code)
			}
			fix = append(fix, r)
		}
		if !ok {
			continue
		}
		p.Report(tk.Start, tk.End, Finding{MessageID: "RuleMixedScript", Expected: []string{string(fix)},
			Data: map[string]any{"Text": string(w)}})
	}
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
