package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif" // the module whose schema is read
	"github.com/xeipuuv/gojsonschema"
)

// sarifSchema returns the SARIF 2.1.0 JSON schema as the go-sarif module
// ships it (the const schema of its sarif package). The validator lives
// in tests only: it links net/http, and glosa never touches the network.
func sarifSchema(t *testing.T) string {
	t.Helper()
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("go-sarif's module: %v", err)
	}
	name := filepath.Join(strings.TrimSpace(string(dir)), "pkg/report/v210/sarif/schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if obj := f.Scope.Lookup("schema"); obj != nil {
		if lit, ok := obj.Decl.(*ast.ValueSpec).Values[0].(*ast.BasicLit); ok {
			if s, err := strconv.Unquote(lit.Value); err == nil {
				return s
			}
		}
	}
	t.Fatalf("%s: no schema constant", name)
	return ""
}

// validSARIF checks a SARIF log, as written, against the schema.
func validSARIF(t *testing.T, log []byte) {
	t.Helper()
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(sarifSchema(t)), gojsonschema.NewBytesLoader(log))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("SARIF does not validate: %s", e)
	}
}
