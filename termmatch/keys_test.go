package termmatch_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

func TestKeyDiagnostics(t *testing.T) {
	src := `[[concept]]
id = "file"
es = ["archivo", "fichero"]

[[concept]]
id = "archives"
es = "archivos"

[[concept]]
id = "record"
es = "Archivo"

[[concept]]
id = "gorbachev"
ru = "Горбачёв"
deprecated = { ru = ["Горбачов"] }

[[concept]]
id = "email"
en = ["email", "e-mail"]
`
	g, diags := glossary.Parse("k.toml", []byte(src))
	if g == nil || diags.Errors() > 0 {
		t.Fatal(diags)
	}
	var got []string
	for _, d := range termmatch.KeyDiagnostics(g) {
		got = append(got, fmt.Sprintf("%d:%d %s %s %v>%v", d.Line, d.Col, d.Severity, d.ID, d.Data["Term"], d.Data["OtherTerm"]))
	}
	// "Archivo" in record is the glossary's own warning (the same term in
	// two concepts), not repeated; email and e-mail share a status.
	want := []string{
		"7:6 warning GlossaryKeyInTwoConcepts archivos>archivo",
		"16:22 info GlossaryKeySharedInConcept Горбачов>Горбачёв",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
