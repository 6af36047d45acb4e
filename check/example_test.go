package check_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// A Spanish source and its Russian translation, checked together: the
// translation drops the XX Congress and changes a year.
func ExampleRunSet() {
	g, _ := glossary.Load("../testdata/glossary.toml")
	ix := termmatch.NewIndex(g)
	src := &check.Document{File: "s.es.txt", Lang: "es", Text: []byte("Jruschov habló ante el XX Congreso en 1956.")}
	tgt := &check.Document{File: "t.ru.txt", Lang: "ru", Text: []byte("Хрущёв выступил на съезде в 1965 году.")}
	for _, f := range check.RunSet(check.Set{Source: src, Targets: []*check.Document{tgt}}, ix, check.DefaultOptions()) {
		fmt.Printf("%s:%d:%d %s %s %q\n", f.File, f.Line, f.Col, f.Rule, f.Concept, f.Expected)
	}
	// Output:
	// t.ru.txt:1:1 number-mismatch  []
	// t.ru.txt:1:1 term-missing twentieth-congress ["XX съезд"]
	// t.ru.txt:1:29 number-mismatch  []
}
