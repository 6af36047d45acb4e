package check

import (
	"fmt"
	"testing"
)

func TestNumbers(t *testing.T) {
	cases := []struct{ text, lang, want string }{
		{"el 25 de febrero de 1956", "es", "[25 1956]"},
		{"1.000,5 y 1 000,5 y 1\u00a0000,5", "es", "[1000.5 1000.5 1000.5]"},
		{"1,000.5 and 3.14 and 1,5", "en", "[1000.5 3.14 1.5]"},
		{"TLS 1.3, HTTP/0.9 y 1.000.000", "es", "[1.3 0.9 1000000]"},
		{"version 2.4.10", "en", "[2.4 10]"},
		{"sin soporte de UTF-8 ni x86-64", "es", "[]"},
		{"в 1953 г. и 2,5 млн", "ru", "[1953 2.5]"},
		{"H2O, x86 и XX съезд", "ru", "[]"},
		{"007 y 1.", "es", "[7 1]"},
		{"«1953» и (1956)", "ru", "[1953 1956]"},
	}
	for _, c := range cases {
		var vs []string
		for _, n := range numbers(c.text, c.lang) {
			vs = append(vs, n.value)
		}
		if got := fmt.Sprint(vs); got != c.want && !(c.want == "[]" && len(vs) == 0) {
			t.Errorf("numbers(%q, %s) = %s, want %s", c.text, c.lang, got, c.want)
		}
	}
}

// A Roman numeral stands for its value: XX Congreso is the 20th Congress
// and the 20-м съезде; a changed value is still reported.
func TestPairRomanNumerals(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s.es.txt", Lang: "es", Text: []byte("Jruschov habló ante el XX Congreso del PCUS en 1956.")}
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Khrushchev spoke to the 20th Congress of the CPSU in 1956.", ""},
		{"ru", "Хрущёв выступил на XX съезде КПСС в 1956 году.", ""},
		{"en", "Khrushchev spoke to the 22nd Congress of the CPSU in 1956.", `1:25 number-mismatch  "22" \n`},
		{"en", "Khrushchev spoke to the Twentieth Congress of the CPSU in MCMLVI.", ""},
	} {
		tgt := &Document{File: "t", Lang: c.lang, Text: []byte(c.text)}
		if got := render(RunPair(Pair{Source: src, Target: tgt}, ix, nil, []*Rule{NumberMismatch})); got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
	for w, v := range map[string]int{"XX": 20, "XIV": 14, "MCMLVI": 1956, "IIII": 0, "VX": 0, "IC": 0} {
		if got, ok := romanValue(w); got != v || ok != (v > 0) {
			t.Errorf("romanValue(%s) = %d, %v", w, got, ok)
		}
	}
}

// Small numbers may be spelled out in the translation.
func TestPairSpelledNumbers(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s.en.txt", Lang: "en", Text: []byte("The nick must have at least 2 characters and 8 digits, zero-based.")}
	for _, c := range []struct{ lang, text, want string }{
		{"ru", "Псевдоним должен содержать хотя бы два символа и восемь цифр.", ""},
		{"es", "El apodo debe tener al menos dos caracteres y ocho cifras.", ""},
		{"ru", "Псевдоним должен содержать хотя бы три символа и восемь цифр.", `1:1 number-mismatch  "Псевдоним должен содержать хотя бы три символа и восемь цифр." \n`},
		{"ru", "Псевдоним: от 2 символов и 8 цифр, с 0.", ""},
	} {
		tgt := &Document{File: "t", Lang: c.lang, Text: []byte(c.text)}
		if got := render(RunPair(Pair{Source: src, Target: tgt}, ix, nil, []*Rule{NumberMismatch})); got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}
