package align

import (
	"os"
	"strconv"
	"strings"
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

// TestWriteSynth writes generated pairs for measuring the command by hand
// (ALIGN_SYNTH=DIR).
func TestWriteSynth(t *testing.T) {
	dir := os.Getenv("ALIGN_SYNTH")
	if dir == "" {
		t.Skip()
	}
	for _, n := range []int{25000, 50000, 100000} {
		p := synthPair(n, 1)
		name := dir + "/synth" + strconv.Itoa(n)
		os.WriteFile(name+".en", []byte(strings.Join(p.Source, "\n")+"\n"), 0o644)
		os.WriteFile(name+".es", []byte(strings.Join(p.Target, "\n")+"\n"), 0o644)
	}
}
