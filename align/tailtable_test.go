package align

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/glosa-dev/glosa/internal/gentable"
)

var update = flag.Bool("update", false, "rewrite tailtable.go from exactTail")

// TestTailTableGenerated: the constant tailTable is exactTail, entry by
// entry, to the bit (go test -run TestTailTableGenerated -update rewrites
// tailtable.go).
func TestTailTableGenerated(t *testing.T) {
	want := computeTailTable()
	if *update {
		items := make([]string, len(want))
		for i, v := range want {
			items[i] = strconv.FormatFloat(v, 'g', -1, 64)
		}
		if err := gentable.Write("tailtable.go", "align", "TestTailTableGenerated -update",
			"// tailTable holds exactTail(k/tailSteps) for k = 0…30*tailSteps.\n", "var tailTable = [...]float64", items); err != nil {
			t.Fatal(err)
		}
		return
	}
	if len(tailTable) != len(want) {
		t.Fatalf("tailTable has %d entries, want %d (run go test -run TestTailTableGenerated -update)", len(tailTable), len(want))
	}
	for k, v := range want {
		if math.Float64bits(tailTable[k]) != math.Float64bits(v) {
			t.Fatalf("tailTable[%d] = %v, want %v (run go test -run TestTailTableGenerated -update)", k, tailTable[k], fmt.Sprint(v))
		}
	}
}
