// Command newwords writes text in which almost every word is new (see
// gen.NewWords), from a fixed seed: the worst case of scanning, where no
// word cache helps, next to the real text measured with
// internal/cmd/tokfloor.
//
//	go run ./internal/cmd/newwords -lang ru -bytes 32000000 > new.ru.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/glosa-dev/glosa/internal/gen"
)

func main() {
	lang := flag.String("lang", "ru", "language: es, en or ru")
	size := flag.Int("bytes", 32_000_000, "bytes to write (at least)")
	seed := flag.Uint64("seed", gen.DefaultSeed, "random seed")
	flag.Parse()
	if !slices.Contains(gen.Languages(), *lang) {
		fmt.Fprintln(os.Stderr, "newwords: unknown -lang", *lang)
		os.Exit(2)
	}
	if _, err := os.Stdout.Write(gen.NewWords(*lang, *size, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "newwords:", err)
		os.Exit(1)
	}
}
