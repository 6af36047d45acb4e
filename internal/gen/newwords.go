package gen

import (
	"math/rand/v2"
	"unicode"
	"unicode/utf8"
)

// newWordAlphabets are the letters of [NewWords], by language.
var newWordAlphabets = map[string][]rune{
	"ru": []rune("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
	"es": []rune("abcdefghijklmnñopqrstuvwxyzáéíóú"),
	"en": []rune("abcdefghijklmnopqrstuvwxyz"),
}

// NewWords returns at least size bytes of text in which almost every word
// is new: words of 3 to 12 random letters of lang's alphabet (one of
// [Languages]), capitalised after a full stop, with a comma or a full stop
// after one word in ten, in lines of at most 70 bytes. It is the worst case
// for a scanner's word cache. The same size and seed give the same text.
func NewWords(lang string, size int, seed uint64) []byte {
	alpha := newWordAlphabets[languages[langIndex(lang)]]
	rng := rand.New(rand.NewPCG(seed, 0x6e6577))
	out := make([]byte, 0, size+80)
	line := 0
	capital := true
	var word []byte
	for len(out) < size {
		word = word[:0]
		for i, l := 0, 3+rng.IntN(10); i < l; i++ {
			r := alpha[rng.IntN(len(alpha))]
			if i == 0 && capital {
				r = unicode.ToUpper(r)
			}
			word = utf8.AppendRune(word, r)
		}
		capital = false
		switch rng.IntN(20) {
		case 0:
			word = append(word, '.')
			capital = true
		case 1:
			word = append(word, ',')
		}
		if line > 0 {
			if line+1+len(word) > 70 {
				out = append(out, '\n')
				line = 0
			} else {
				out = append(out, ' ')
				line++
			}
		}
		out = append(out, word...)
		line += len(word)
	}
	return append(out, '\n')
}
