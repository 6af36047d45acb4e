package check

import (
	"fmt"
	"testing"
)

func TestNumbers(t *testing.T) {
	cases := []struct{ text, lang, want string }{
		{"el 25 de febrero de 1956", "es", "[25 1956]"},
		{"1.000,5 y 1 000,5 y 1\u00a0000,5", "es", "[1000.5 1000.5 1000.5]"},
		{"1,000.5 and 3.14 and 1,5", "en", "[1000.5 3.14 15]"},
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
