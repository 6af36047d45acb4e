// Command newwords writes text in which almost every word is new: random
// lowercase or capitalised words of 3 to 12 letters, in sentences and
// lines of about 70 bytes, from a fixed seed. It is the worst case of
// scanning, where no word cache helps, next to the real text measured with
// internal/cmd/tokfloor.
//
//	go run ./internal/cmd/newwords -lang ru -bytes 32000000 > new.ru.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"unicode"
	"unicode/utf8"
)

var alphabets = map[string]string{
	"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
	"es": "abcdefghijklmnñopqrstuvwxyzáéíóú",
	"en": "abcdefghijklmnopqrstuvwxyz",
}

func main() {
	lang := flag.String("lang", "ru", "alphabet: ru, es or en")
	size := flag.Int("bytes", 32_000_000, "bytes to write (at least)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	alpha, ok := alphabets[*lang]
	if !ok {
		fmt.Fprintln(os.Stderr, "newwords: unknown -lang", *lang)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	write(w, []rune(alpha), *size, rand.New(rand.NewPCG(*seed, 0)))
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "newwords:", err)
		os.Exit(1)
	}
}

// write writes at least size bytes of random words from alpha to w.
func write(w *bufio.Writer, alpha []rune, size int, rnd *rand.Rand) {
	n, line := 0, 0
	capital := true
	for n < size {
		word := make([]byte, 0, 24)
		for i, l := 0, 3+rnd.IntN(10); i < l; i++ {
			r := alpha[rnd.IntN(len(alpha))]
			if i == 0 && capital {
				r = unicode.ToUpper(r)
			}
			word = utf8.AppendRune(word, r)
		}
		capital = false
		switch p := rnd.IntN(20); {
		case p == 0:
			word = append(word, '.')
			capital = true
		case p == 1:
			word = append(word, ',')
		}
		if line > 0 {
			if line+1+len(word) > 70 {
				w.WriteByte('\n')
				line = 0
			} else {
				w.WriteByte(' ')
				line++
			}
			n++
		}
		w.Write(word)
		line += len(word)
		n += len(word)
	}
	w.WriteByte('\n')
}
