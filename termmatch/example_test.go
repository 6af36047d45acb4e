package termmatch_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

func Example() {
	g, diags := glossary.Parse("glossary.toml", []byte(`
[[concept]]
id = "thaw"
es = "deshielo"
en = "Thaw"
ru = ["оттепель", "хрущёвская оттепель"]

[[concept]]
id = "khrushchev"
ru = "Хрущёв"
`))
	if diags.Err() != nil {
		fmt.Println(diags)
		return
	}
	m := termmatch.NewIndex(g).Matcher("ru")
	for _, mt := range m.Match([]byte("При Хрущёве началась\nхрущёвская оттепель; об оттепели писали.")) {
		fmt.Printf("%d:%d %s %s %q (%s)\n", mt.Line, mt.Col, mt.Concept.ID, mt.Term.Status, mt.Text, mt.Term.Text)
	}
	// Output:
	// 1:5 khrushchev preferred "Хрущёве" (Хрущёв)
	// 2:1 thaw admitted "хрущёвская оттепель" (хрущёвская оттепель)
	// 2:25 thaw preferred "оттепели" (оттепель)
}

func ExampleIndex_Lookup() {
	g, _ := glossary.Parse("g.toml", []byte("[[concept]]\nid = \"thaw\"\nes = \"deshielo\"\nen = \"Thaw\"\nru = \"оттепель\"\n"))
	for _, h := range termmatch.NewIndex(g).Lookup("оттепелью") {
		fmt.Println(h.Concept.ID, h.Lang, h.Term.Text)
	}
	// Output:
	// thaw ru оттепель
}
