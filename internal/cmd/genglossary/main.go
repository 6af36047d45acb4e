// Command genglossary writes a generated glossary (see gen.NewGlossary)
// from a fixed seed: the glossary the loading benchmarks use, as a file
// for the command line.
//
//	go run ./internal/cmd/genglossary -n 100000 > big.toml
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/glosa-dev/glosa/internal/gen"
)

func main() {
	n := flag.Int("n", 100_000, "concepts")
	seed := flag.Uint64("seed", gen.DefaultSeed, "random seed")
	flag.Parse()
	if _, err := os.Stdout.Write(gen.GlossaryTOML(*n, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "genglossary:", err)
		os.Exit(1)
	}
}
