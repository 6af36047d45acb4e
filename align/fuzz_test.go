package align

import (
	"strings"
	"testing"
)

// FuzzAlign: any two texts (one segment per line) give an alignment that
// covers every segment of both sides exactly once, in order, with beads of
// the allowed shapes and scores in [0, 1].
func FuzzAlign(f *testing.F) {
	f.Add("In the beginning.\nGod said 1.\nLight.", "En el principio.\nDijo Dios 1.\n\nLuz.", "es")
	f.Add("", "Одна строка.", "ru")
	f.Add("a\nb\nc\nd\ne", "", "en")
	f.Fuzz(func(t *testing.T, src, tgt, lang string) {
		if lang != "es" && lang != "ru" && lang != "en" {
			lang = "es"
		}
		var p Pair
		if src != "" {
			p.Source = strings.Split(src, "\n")
		}
		if tgt != "" {
			p.Target = strings.Split(tgt, "\n")
		}
		out := Align(Config{SourceLang: "en", TargetLang: lang}, []Pair{p})
		if len(out) != 1 {
			t.Fatalf("%d results for one pair", len(out))
		}
		i, j := 0, 0
		for _, b := range out[0] {
			if len(b.Source) > 3 || len(b.Target) > 3 || len(b.Source)+len(b.Target) == 0 {
				t.Fatalf("bead of shape %d-%d", len(b.Source), len(b.Target))
			}
			for _, s := range b.Source {
				if s != i {
					t.Fatalf("source segment %d where %d was due", s, i)
				}
				i++
			}
			for _, s := range b.Target {
				if s != j {
					t.Fatalf("target segment %d where %d was due", s, j)
				}
				j++
			}
			if !(b.Score >= 0 && b.Score <= 1) {
				t.Fatalf("score %v", b.Score)
			}
		}
		if i != len(p.Source) || j != len(p.Target) {
			t.Fatalf("covered %d/%d source and %d/%d target segments", i, len(p.Source), j, len(p.Target))
		}
	})
}
