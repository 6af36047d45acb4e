package report

import (
	"bytes"
	"encoding/json"
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

// SARIF 2.1.0 as GitHub code scanning reads it: tool, rules with default
// levels, results with rule id, level, message and region (end column
// exclusive, columns in code points).
func TestSARIF(t *testing.T) {
	fs, _ := sample()
	rules := []check.RuleInfo{{ID: "term-forbidden", DocID: "RuleDocTermForbidden", Severity: check.Error}, {ID: "punctuation", DocID: "RuleDocPunctuation", Severity: check.Warning}}
	var b bytes.Buffer
	if err := SARIF(&b, fs, FindingsConfig{Printer: locales.New("en"), Rules: rules, Version: "v1.2.3"}, Summary{}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Name    string `json:"name"`
					Version string `json:"version"`
					Rules   []struct {
						ID               string                 `json:"id"`
						ShortDescription struct{ Text string }  `json:"shortDescription"`
						Default          struct{ Level string } `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string                `json:"ruleId"`
				Level     string                `json:"level"`
				Message   struct{ Text string } `json:"message"`
				Locations []struct {
					Physical struct {
						Artifact struct{ URI string } `json:"artifactLocation"`
						Region   struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	validSARIF(t, b.Bytes())
	run := log.Runs[0]
	if log.Version != "2.1.0" || run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "glosa" || run.Tool.Driver.Version != "v1.2.3" {
		t.Errorf("log: %+v", log)
	}
	if r := run.Tool.Driver.Rules; len(r) != 2 || r[0].ID != "term-forbidden" || r[0].Default.Level != "error" ||
		r[0].ShortDescription.Text != "a forbidden term, in any inflected form" || r[1].Default.Level != "warning" {
		t.Errorf("rules: %+v", r)
	}
	res := run.Results[0]
	reg := res.Locations[0].Physical.Region
	if res.RuleID != "term-forbidden" || res.Level != "error" || res.Locations[0].Physical.Artifact.URI != "a.es.txt" ||
		reg.StartLine != 1 || reg.StartColumn != 410 || reg.EndLine != 1 || reg.EndColumn != 418 ||
		res.Message.Text != `forbidden term "The Thaw" for concept "thaw" (suggestion: deshielo)` {
		t.Errorf("result: %+v", res)
	}
	if len(run.Results) != 2 || run.Results[1].Level != "warning" {
		t.Errorf("results: %+v", run.Results)
	}
}

func TestGitHub(t *testing.T) {
	fs, _ := sample()
	var b bytes.Buffer
	GitHub(&b, fs, locales.New("en"))
	want := "::error file=a.es.txt,line=1,col=410,endLine=1,endColumn=418,title=term-forbidden::forbidden term \"The Thaw\" for concept \"thaw\" (suggestion: deshielo)\n" +
		"::warning file=a.es.txt,line=2,col=893,endLine=2,endColumn=895,title=punctuation::doubled period \"..\"\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// On a terminal: colours and the source line with the span marked.
func TestTextTerminal(t *testing.T) {
	f := check.Finding{Rule: "term-forbidden", Severity: check.Error, MessageID: "RuleTermForbidden",
		Data: map[string]any{"Text": "The Thaw", "Concept": "thaw"}, File: "a.txt", Line: 1, Col: 8, EndLine: 1, EndCol: 15}
	var b bytes.Buffer
	TextWith(&b, []check.Finding{f}, Summary{Files: 1, Errors: 1}, locales.New("en"), TextOptions{
		Color: true,
		Line:  func(string, int) (string, bool) { return "Llamó «The Thaw» a la era.", true },
	})
	want := "a.txt:1:8: \x1b[1;31merror\x1b[0m: term-forbidden: forbidden term \"The Thaw\" for concept \"thaw\"\n" +
		"\tLlamó «The Thaw» a la era.\n" +
		"\t       \x1b[1;32m^~~~~~~~\x1b[0m\n" +
		"1 error, 0 warnings, 0 infos in 1 file checked\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

// Streams written in batches (empty ones too) give what the one-call
// writers give.
func TestStreams(t *testing.T) {
	fs, sum := sample()
	p := locales.New("en")
	for name, c := range map[string]struct {
		stream func(*bytes.Buffer) Stream
		whole  func(*bytes.Buffer) error
	}{
		"json": {func(b *bytes.Buffer) Stream { return NewJSONStream(b, p) }, func(b *bytes.Buffer) error { return JSON(b, fs, sum, p) }},
		"text": {func(b *bytes.Buffer) Stream { return NewTextStream(b, p, TextOptions{}) }, func(b *bytes.Buffer) error { return Text(b, fs, sum, p) }},
	} {
		var got, want bytes.Buffer
		st := c.stream(&got)
		for _, batch := range [][]check.Finding{nil, fs[:1], nil, fs[1:]} {
			if err := st.Write(batch); err != nil {
				t.Fatal(err)
			}
		}
		st.Close(sum)
		c.whole(&want)
		if got.String() != want.String() {
			t.Errorf("%s: batches give\n%s\nwhole gives\n%s", name, got.String(), want.String())
		}
	}
	var empty bytes.Buffer
	st := NewJSONStream(&empty, p)
	st.Close(Summary{})
	if want := `{"version":1,"findings":[],"summary":{"files":0,"segments":0,"errors":0,"warnings":0,"infos":0}}` + "\n"; empty.String() != want {
		t.Errorf("no findings: %s", empty.String())
	}
}

// A baseline excuses each recorded finding once over all batches.
func TestBaselineFilterBatches(t *testing.T) {
	fs, _ := sample()
	b := Baseline{keyOf(fs[0]): 1}
	f := b.NewFilter()
	if got := f.Keep(fs[:1]); len(got) != 0 {
		t.Errorf("first batch: %d kept, want 0", len(got))
	}
	if got := f.Keep(fs); len(got) != 2 {
		t.Errorf("second batch: %d kept, want 2 (the excuse is used up)", len(got))
	}
}

// A finding about a catalog message carries its key and context: in JSON
// "key" and "context" (omitted when empty), in SARIF a logical location
// of kind "resource" named by the key and the result's properties.
func TestKeyContext(t *testing.T) {
	f := check.Finding{Rule: "punctuation", Severity: check.Warning, MessageID: "RulePunctDoubled",
		Data: map[string]any{"Mark": ".."}, File: "es.po", Lang: "es", Line: 7, Col: 9, EndLine: 7, EndCol: 10, Text: "..",
		Key: "January", Context: "month name"}
	var b bytes.Buffer
	JSON(&b, []check.Finding{f}, Summary{Files: 1}, locales.New("en"))
	if want := `"text":"..","key":"January","context":"month name"}`; !bytes.Contains(b.Bytes(), []byte(want)) {
		t.Errorf("JSON %s lacks %s", b.String(), want)
	}
	b.Reset()
	if err := SARIF(&b, []check.Finding{f}, FindingsConfig{Printer: locales.New("en"), Version: "v1"}, Summary{Files: 1}); err != nil {
		t.Fatal(err)
	}
	validSARIF(t, b.Bytes())
	var log struct {
		Runs []struct {
			Results []struct {
				Properties map[string]string `json:"properties"`
				Locations  []struct {
					Logical []struct{ Name, Kind string } `json:"logicalLocations"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results[0]
	if res.Properties["key"] != "January" || res.Properties["context"] != "month name" ||
		len(res.Locations[0].Logical) != 1 || res.Locations[0].Logical[0].Name != "January" || res.Locations[0].Logical[0].Kind != "resource" {
		t.Errorf("SARIF result: %+v", res)
	}
	f.Key, f.Context = "", ""
	b.Reset()
	SARIF(&b, []check.Finding{f}, FindingsConfig{Printer: locales.New("en"), Version: "v1"}, Summary{Files: 1})
	if bytes.Contains(b.Bytes(), []byte("logicalLocations")) || bytes.Contains(b.Bytes(), []byte("properties")) {
		t.Errorf("SARIF without key: %s", b.String())
	}
}
