package align

import (
	"os"
	"testing"
	"time"
)

func TestPhases(t *testing.T) {
	if os.Getenv("ALIGN_PHASES") == "" {
		t.Skip()
	}
	p := synthPair(100000, 1)
	for _, c := range []Config{{LengthOnly: true}, {NoWordModel: true}, {}} {
		c.SourceLang, c.TargetLang = "en", "es"
		start := time.Now()
		Align(c, []Pair{p})
		t.Logf("%+v: %v", c, time.Since(start))
	}
}
