package edit_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/edit"
)

func ExampleSet() {
	src := []byte(`[[concept]]
id = 'thaw'
es = 'deshielo'   # DLE
en = ["Thaw"]
`)
	out, _ := edit.Set("g.toml", src, "thaw", edit.Change{Terms: []edit.Term{
		{Lang: "en", Text: "Thaw"}, {Lang: "en", Text: "Khrushchev Thaw", Status: glossary.Admitted},
		{Lang: "ru", Text: "потепление", Status: glossary.Deprecated},
	}})
	fmt.Print(string(out))
	// Output:
	// [[concept]]
	// id = 'thaw'
	// es = 'deshielo'   # DLE
	// en = ["Thaw", "Khrushchev Thaw"]
	// deprecated = { ru = 'потепление' }
}
