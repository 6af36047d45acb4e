package check_test

import (
	"fmt"
	"strings"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

// A Spanish source and its Russian translation, checked together: the
// translation drops the XX Congress and changes a year.
func ExampleRunSet() {
	g, _ := glossary.Load("../testdata/glossary.toml")
	ix := termmatch.NewIndex(g)
	// Files come from their readers (pipeline.Read); here, built by hand.
	src, _ := textfmt.Read("s.es.txt", strings.NewReader("Jruschov habló ante el XX Congreso en 1956."), format.Options{Lang: "es"})
	tgt, _ := textfmt.Read("t.ru.txt", strings.NewReader("Хрущёв выступил на съезде в 1965 году."), format.Options{Lang: "ru"})
	for _, f := range check.RunSet(pipeline.New(ix, src, tgt), check.DefaultOptions()) {
		fmt.Printf("%s:%d:%d %s %s %q\n", f.File, f.Line, f.Col, f.Rule, f.Concept, f.Expected)
	}
	// Output:
	// t.ru.txt:1:1 number-mismatch  []
	// t.ru.txt:1:1 term-missing twentieth-congress ["XX съезд"]
	// t.ru.txt:1:29 number-mismatch  []
}
