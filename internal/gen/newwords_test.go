package gen_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/internal/gen"
)

func TestNewWords(t *testing.T) {
	for _, lang := range gen.Languages() {
		a, b := gen.NewWords(lang, 1<<16, 7), gen.NewWords(lang, 1<<16, 7)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two texts of one seed differ", lang)
		}
		if bytes.Equal(a, gen.NewWords(lang, 1<<16, 8)) {
			t.Errorf("%s: two seeds give one text", lang)
		}
		if len(a) < 1<<16 || !utf8.Valid(a) {
			t.Errorf("%s: %d bytes, valid UTF-8 %v", lang, len(a), utf8.Valid(a))
		}
		words := strings.FieldsFunc(string(a), func(r rune) bool { return !unicode.IsLetter(r) })
		seen := map[string]bool{}
		for _, w := range words {
			seen[strings.ToLower(w)] = true
		}
		if len(seen) < len(words)*9/10 {
			t.Errorf("%s: %d distinct words of %d", lang, len(seen), len(words))
		}
	}
}
