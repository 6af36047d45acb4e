package report

import (
	"bytes"
	"testing"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

func sample() ([]check.Finding, Summary) {
	fs := []check.Finding{
		{Rule: "term-forbidden", Severity: check.Error, MessageID: "RuleTermForbidden",
			Data: map[string]any{"Text": "The Thaw", "Concept": "thaw"},
			File: "a.es.txt", Lang: "es", Line: 1, Col: 410, EndLine: 1, EndCol: 417,
			Text: "The Thaw", Concept: "thaw", Expected: []string{"deshielo"}},
		{Rule: "punctuation", Severity: check.Warning, MessageID: "RulePunctDoubled",
			Data: map[string]any{"Mark": ".."}, File: "a.es.txt", Lang: "es", Line: 2, Col: 893, EndLine: 2, EndCol: 894, Text: ".."},
	}
	sum := Summary{Files: 1, Segments: 17}
	for _, f := range fs {
		sum.Add(f)
	}
	return fs, sum
}

func TestText(t *testing.T) {
	fs, sum := sample()
	var b bytes.Buffer
	Text(&b, fs, sum, locales.New("en"))
	want := "a.es.txt:1:410: error: term-forbidden: forbidden term \"The Thaw\" for concept \"thaw\"\n" +
		"\tsuggestion: deshielo\n" +
		"a.es.txt:2:893: warning: punctuation: doubled period \"..\"\n" +
		"1 error, 1 warning, 0 infos in 1 file checked\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// The JSON field names are a contract (README, check --format json).
func TestJSON(t *testing.T) {
	fs, sum := sample()
	var b bytes.Buffer
	JSON(&b, fs, sum, locales.New("es"))
	want := `{"version":1,"findings":[{"rule":"term-forbidden","severity":"error","message":"término prohibido \"The Thaw\" para el concepto \"thaw\"","file":"a.es.txt","lang":"es","line":1,"column":410,"end_line":1,"end_column":417,"text":"The Thaw","concept":"thaw","expected":["deshielo"]},` +
		`{"rule":"punctuation","severity":"warning","message":"punto duplicado \"..\"","file":"a.es.txt","lang":"es","line":2,"column":893,"end_line":2,"end_column":894,"text":".."}],` +
		`"summary":{"files":1,"segments":17,"errors":1,"warnings":1,"infos":0}}` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
