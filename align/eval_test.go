package align

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

var alignDir = filepath.Join("..", "..", "shared", "corpora", "align")

// readLines reads a presegmented file: one segment per line.
func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// evalSubset aligns every document of a subset and language pair and
// scores it with the corpus's score.py; it returns strict and lax F1.
func evalSubset(t testing.TB, subset, src, tgt string, cfg Config) (strict, lax float64, sents int, elapsed time.Duration) {
	t.Helper()
	strict, lax, sents, elapsed, _ = evalSubsetLine(t, subset, src, tgt, cfg)
	return
}

// evalSubsetLine is evalSubset that also returns score.py's output line.
func evalSubsetLine(t testing.TB, subset, src, tgt string, cfg Config) (strict, lax float64, sents int, elapsed time.Duration, line string) {
	t.Helper()
	gold := filepath.Join(alignDir, "gold", subset, src+"-"+tgt)
	files, _ := filepath.Glob(filepath.Join(gold, "*.vecalign"))
	sort.Strings(files)
	var names []string
	var pairs []Pair
	for _, g := range files {
		name := strings.TrimSuffix(filepath.Base(g), ".vecalign")
		names = append(names, name)
		s := readLines(t, filepath.Join(alignDir, "data", subset, name+"."+src))
		tg := readLines(t, filepath.Join(alignDir, "data", subset, name+"."+tgt))
		sents += len(s) + len(tg)
		pairs = append(pairs, Pair{Source: s, Target: tg})
	}
	cfg.SourceLang, cfg.TargetLang = src, tgt
	start := time.Now()
	out := Align(cfg, pairs)
	elapsed = time.Since(start)
	dir := t.TempDir()
	for k, beads := range out {
		var b strings.Builder
		for _, bd := range beads {
			fmt.Fprintf(&b, "%s:%s\n", list(bd.Source), list(bd.Target))
		}
		if err := os.WriteFile(filepath.Join(dir, names[k]+".vecalign"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("python3", filepath.Join(alignDir, "score.py"), gold, dir)
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, res)
	}
	strict = grabF1(t, string(res), "strict")
	lax = grabF1(t, string(res), "lax")
	line = string(res)
	return
}

func list(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func grabF1(t testing.TB, out, kind string) float64 {
	re := regexp.MustCompile(kind + ` P/R/F1 = [0-9.]+/[0-9.]+/([0-9.]+)`)
	m := re.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %s F1 in score.py output:\n%s", kind, out)
	}
	f, _ := strconv.ParseFloat(m[1], 64)
	return f
}

func needCorpus(t testing.TB) {
	if _, err := os.Stat(filepath.Join(alignDir, "score.py")); err != nil {
		t.Skip("../shared/corpora/align is absent")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is absent (needed by score.py)")
	}
}

// TestAlignQuality keeps the aligner at or above the goals on the
// shared evaluation sets.
func TestAlignQuality(t *testing.T) {
	needCorpus(t)
	goals := []struct {
		subset, src, tgt string
		f1               float64
	}{
		{"bible", "en", "es", 0.985},
		{"udhr", "en", "es", 0.99}, {"udhr", "en", "ru", 0.99},
		{"udhr", "es", "ru", 0.99},
		{"un", "en", "es", 0.99}, {"un", "en", "ru", 0.99}, {"un", "es", "ru", 0.99},
	}
	for _, g := range goals {
		t.Run(g.subset+"/"+g.src+"-"+g.tgt, func(t *testing.T) {
			strict, lax, n, d := evalSubset(t, g.subset, g.src, g.tgt, Config{})
			t.Logf("strict F1 %.4f, lax F1 %.4f, %d sentences in %v", strict, lax, n, d)
			if strict < g.f1 {
				t.Errorf("strict F1 %.4f below the goal %.3f", strict, g.f1)
			}
		})
	}
}
