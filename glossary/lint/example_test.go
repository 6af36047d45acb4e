package lint_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/lint"
	"github.com/glosa-dev/glosa/locales"
)

func ExampleRun() {
	g, _ := glossary.Parse("g.toml", []byte(`[[concept]]
id = "file"
en = "file"
es = "archivo"

[[concept]]
id = "record"
en = "record"
deprecated = { en = "File" }
`))
	for _, d := range lint.Run(g) {
		fmt.Println(d.Format(locales.English()))
	}
	// Output:
	// g.toml:6:1: warning: concept "record" has no approved term in es
	// g.toml:9:21: warning: deprecated term "File" (en) of concept "record" is preferred in concept "file" (g.toml:3:6): a text using it is both right and wrong
}
