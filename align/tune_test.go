package align

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestTune prints F1 on every subset for the word weights in ALIGN_TUNE
// ("0.5,1,2"); it is for tuning by hand and skips otherwise.
func TestTune(t *testing.T) {
	spec := os.Getenv("ALIGN_TUNE")
	if spec == "" {
		t.Skip()
	}
	needCorpus(t)
	for _, ws := range strings.Split(spec, ",") {
		w, _ := strconv.ParseFloat(ws, 64)
		orphanMin = int(w)
		line := ws + ":"
		for _, g := range [][3]string{{"bible", "en", "es"}, {"udhr", "en", "es"}, {"udhr", "en", "ru"}, {"udhr", "es", "ru"}, {"un", "en", "es"}, {"un", "en", "ru"}, {"un", "es", "ru"}} {
			s, _, _, _ := evalSubset(t, g[0], g[1], g[2], Config{})
			line += " " + g[0] + "/" + g[1] + "-" + g[2] + "=" + strconv.FormatFloat(s, 'f', 4, 64)
		}
		t.Log(line)
	}
}

// TestReport prints score.py's figures for every subset under plain
// Gale-Church, the first pass alone and the full aligner (ALIGN_REPORT=1).
func TestReport(t *testing.T) {
	if os.Getenv("ALIGN_REPORT") == "" {
		t.Skip()
	}
	needCorpus(t)
	configs := []struct {
		name string
		cfg  Config
	}{{"gale-church", Config{LengthOnly: true}}, {"pass1", Config{NoWordModel: true}}, {"glosa", Config{}}}
	for _, g := range [][3]string{{"bible", "en", "es"}, {"udhr", "en", "es"}, {"udhr", "en", "ru"}, {"udhr", "es", "ru"}, {"un", "en", "es"}, {"un", "en", "ru"}, {"un", "es", "ru"}} {
		for _, c := range configs {
			_, _, n, d, line := evalSubsetLine(t, g[0], g[1], g[2], c.cfg)
			t.Logf("| %s | %s-%s | %s | %s | %d | %.0f ms |", g[0], g[1], g[2], c.name, strings.TrimSpace(line), n, float64(d.Microseconds())/1000)
		}
	}
}
