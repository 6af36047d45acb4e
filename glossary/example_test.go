package glossary_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/glossary"
)

func ExampleParse() {
	_, diags := glossary.Parse("glossary.toml", []byte(`[[concept]]
id = "thaw"
stauts = "approved"
en = "Thaw"
forbidden = { en = "thaw" }
`))
	for _, d := range diags {
		fmt.Println(d)
	}
	// Output:
	// glossary.toml:3:1: error: unknown key "stauts" in concept "thaw" (not a field and not a BCP 47 language tag)
	// glossary.toml:5:20: error: term "thaw" (en) is both preferred and forbidden in concept "thaw"
}
