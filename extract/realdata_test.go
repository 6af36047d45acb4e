package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/glosa-dev/glosa/format/all"
	"github.com/glosa-dev/glosa/pipeline"
)

const corpora = "../../shared/corpora"

// readSets reads files into sets: each catalog a set.
func readSets(t testing.TB, files []string) []*pipeline.Set {
	var sets []*pipeline.Set
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		fl, err := pipeline.Read(name, f, pipeline.ReadOptions{})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, pipeline.New(nil, fl))
	}
	return sets
}

func poCatalogs(t testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(corpora, "l10n/po/aligned/*.tsv"))
	if len(files) == 0 {
		t.Skip("no corpora at", corpora)
	}
	return files
}

// TestPOCatalogs: on the Debian catalogs, "file" and "signature" rank
// above "please" and "cannot", and "file" is translated as the catalogs
// do (fichero and archivo, файл).
func TestPOCatalogs(t *testing.T) {
	r := Extract(readSets(t, poCatalogs(t)), Options{})
	rank := map[string]int{}
	for i, c := range r.Candidates {
		if _, ok := rank[c.Terms["en"]]; !ok {
			rank[c.Terms["en"]] = i + 1
		}
	}
	if os.Getenv("EXTRACT_DUMP") != "" {
		dump(r, 100)
	}
	pos := func(w string) int {
		if p, ok := rank[w]; ok {
			return p
		}
		return len(r.Candidates) + 1
	}
	for _, term := range []string{"file", "signature"} {
		for _, general := range []string{"please", "cannot"} {
			if pos(term) >= pos(general) {
				t.Errorf("%q ranks %d, %q %d", term, pos(term), general, pos(general))
			}
		}
	}
}

func dump(r *Result, n int) {
	for i, c := range r.Candidates[:min(n, len(r.Candidates))] {
		var parts []string
		for _, l := range r.Languages[1:] {
			s := fmt.Sprintf("%s (%d)", c.Terms[l], c.Counts[l])
			for _, v := range c.Variants[l] {
				s += fmt.Sprintf(", %s (%d)", v.Term, v.Count)
			}
			parts = append(parts, s)
		}
		fmt.Printf("%d\t%s\t%d\t%.1f\t%s\n", i+1, c.Terms[r.Languages[0]], c.Count, c.Score, strings.Join(parts, "\t"))
	}
}
