package align

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// TestDump writes every bead the aligner gives, with exact scores (hex
// floats), on the shared evaluation sets under each configuration and on
// generated pairs, to the file ALIGN_DUMP names: for showing by hand that a
// change to the search gives the same alignments (cmp the files of two
// versions). It skips otherwise.
func TestDump(t *testing.T) {
	out := os.Getenv("ALIGN_DUMP")
	if out == "" {
		t.Skip()
	}
	var b strings.Builder
	dump := func(name string, res [][]Bead) {
		for k, beads := range res {
			fmt.Fprintf(&b, "%s %d:", name, k)
			for _, bd := range beads {
				fmt.Fprintf(&b, " %v:%v:%s", bd.Source, bd.Target, strconv.FormatFloat(bd.Score, 'x', -1, 64))
			}
			b.WriteByte('\n')
		}
	}
	g, errs := glossary.Load(filepath.Join("..", "testdata", "glossary.toml"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ix := termmatch.NewIndex(g)
	configs := []struct {
		name string
		cfg  Config
	}{{"gale-church", Config{LengthOnly: true}}, {"pass1", Config{NoWordModel: true}}, {"glosa", Config{}}, {"glossary", Config{Glossary: ix}}}
	needCorpus(t)
	for _, set := range [][3]string{{"bible", "en", "es"}, {"udhr", "en", "es"}, {"udhr", "en", "ru"}, {"udhr", "es", "ru"}, {"un", "en", "es"}, {"un", "en", "ru"}, {"un", "es", "ru"}} {
		files, _ := filepath.Glob(filepath.Join(alignDir, "gold", set[0], set[1]+"-"+set[2], "*.vecalign"))
		sort.Strings(files)
		var pairs []Pair
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".vecalign")
			pairs = append(pairs, Pair{Source: readLines(t, filepath.Join(alignDir, "data", set[0], name+"."+set[1])), Target: readLines(t, filepath.Join(alignDir, "data", set[0], name+"."+set[2]))})
		}
		for _, c := range configs {
			c.cfg.SourceLang, c.cfg.TargetLang = set[1], set[2]
			dump(strings.Join(set[:], "-")+"/"+c.name, Align(c.cfg, pairs))
		}
	}
	for _, c := range configs[:3] {
		c.cfg.SourceLang, c.cfg.TargetLang = "en", "es"
		dump("synth-large/"+c.name, Align(c.cfg, []Pair{synthPair(20000, 3)}))
		dump("synth-batch/"+c.name, Align(c.cfg, synthBatch(300, 40, 5)))
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
