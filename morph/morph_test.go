package morph_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/internal/tabletest"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/textnorm"
)

// TestKeys runs the tables in testdata/<lang>.txt. Each row is a list of
// words separated by spaces that must all have the same key, or "!="
// followed by two words whose keys must differ, or "~" followed by a base
// form and its other forms, whose keys must each be the base form's Key or
// LemmaKey, as a glossary term meets them. A word written in double
// quotes is decoded as a Go string literal ("Хруще\u0308в"). Lines starting
// with # and blank lines are ignored. Words are folded with
// textnorm.Folder.FoldString before keying, as the matcher does.
func TestKeys(t *testing.T) {
	for _, file := range tabletest.Glob(t, filepath.Join("testdata", "*.txt")) {
		lang := strings.TrimSuffix(filepath.Base(file), ".txt")
		s := morph.ForLanguage(language.Make(lang))
		f := textnorm.NewFolder()
		key := func(w string) string { return s.Key(f.FoldString(w)) }
		for _, r := range readRows(t, file) {
			t.Run(r.name, func(t *testing.T) {
				if r.lemma {
					if len(r.words) < 2 {
						t.Fatalf("~ needs a base form and other forms, got %q", r.words)
					}
					base := f.FoldString(r.words[0])
					k := s.Key(base)
					lk, _ := s.LemmaKey(base)
					for _, w := range r.words[1:] {
						if got := key(w); got != k && got != lk {
							t.Errorf("Key(%q) = %q, want %q's Key %q or LemmaKey %q", w, got, r.words[0], k, lk)
						}
					}
					return
				}
				if r.differ {
					if len(r.words) != 2 {
						t.Fatalf("!= needs two words, got %q", r.words)
					}
					if a, b := key(r.words[0]), key(r.words[1]); a == b {
						t.Errorf("Key(%q) == Key(%q) == %q, want different keys", r.words[0], r.words[1], a)
					}
					return
				}
				if len(r.words) < 2 {
					t.Fatalf("a row needs at least two words, got %q", r.words)
				}
				want := key(r.words[0])
				for _, w := range r.words[1:] {
					if got := key(w); got != want {
						t.Errorf("Key(%q) = %q, want %q (the key of %q)", w, got, want, r.words[0])
					}
				}
			})
		}
	}
}

type row struct {
	name   string // file:line
	differ bool
	lemma  bool // the first word is a base form (~)
	words  []string
}

func readRows(t *testing.T, file string) []row {
	t.Helper()
	var rows []row
	for _, tr := range tabletest.Read(t, file, " ") {
		r := row{name: tr.Name, words: tr.Cells}
		switch r.words[0] {
		case "!=":
			r.differ = true
			r.words = r.words[1:]
		case "~":
			r.lemma = true
			r.words = r.words[1:]
		}
		rows = append(rows, r)
	}
	return rows
}
