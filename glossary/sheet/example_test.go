package sheet_test

import (
	"fmt"
	"os"

	"github.com/glosa-dev/glosa/glossary"
	_ "github.com/glosa-dev/glosa/glossary/sheet"
)

// A spreadsheet termbase reads as any glossary: glossary.Load picks the
// format by the file's extension.
func Example() {
	dir, _ := os.MkdirTemp("", "sheet")
	defer os.RemoveAll(dir)
	name := dir + "/terms.csv"
	os.WriteFile(name, []byte("id,es,es:deprecated,en,ru\n"+
		"file,archivo; fichero,,file,файл\n"+
		"thaw,deshielo,\"el \"\"deshielo\"\"\",Thaw,оттепель\n"), 0o644)
	g, _ := glossary.Load(name)
	for _, c := range g.Concepts {
		for _, t := range c.Terms {
			fmt.Printf("%s %s %s %q\n", c.ID, t.Lang, t.Status, t.Text)
		}
	}
	// Output:
	// file es preferred "archivo"
	// file es admitted "fichero"
	// file en preferred "file"
	// file ru preferred "файл"
	// thaw es preferred "deshielo"
	// thaw es deprecated "el \"deshielo\""
	// thaw en preferred "Thaw"
	// thaw ru preferred "оттепель"
}
