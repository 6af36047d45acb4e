package textnorm

import (
	"flag"
	"fmt"
	"testing"

	"github.com/glosa-dev/glosa/internal/gentable"
)

var update = flag.Bool("update", false, "rewrite wordtable.go from isWordRuneSlow")

// TestWordTableGenerated: the constant wordTable is isWordRuneSlow, rune by rune
// (a new Go's Unicode tables make it fail: go test -run TestWordTable
// -update rewrites wordtable.go).
func TestWordTableGenerated(t *testing.T) {
	want := computeWordTable()
	if *update {
		items := make([]string, len(want))
		for i, w := range want {
			items[i] = fmt.Sprintf("%#016x", w)
		}
		if err := gentable.Write("wordtable.go", "textnorm", "TestWordTableGenerated -update",
			"// wordTable holds isWordRuneSlow for the runes below wordTableSize, a bit\n// each (bit r&63 of word r>>6).\n",
			"var wordTable = [wordTableSize / 64]uint64", items); err != nil {
			t.Fatal(err)
		}
		return
	}
	for r := rune(0); r < wordTableSize; r++ {
		if got := inWordTable(r); got != isWordRuneSlow(r) {
			t.Fatalf("wordTable says %U is a word rune: %v; isWordRuneSlow: %v (run go test -run TestWordTableGenerated -update)", r, got, !got)
		}
	}
	if wordTable != want {
		t.Fatal("wordTable differs from computeWordTable (run go test -run TestWordTableGenerated -update)")
	}
}
