package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

// sarifRun0 writes findings as SARIF, checks the log against the schema
// and for placeholders, and returns its run decoded.
func sarifRun0(t *testing.T, fs []check.Finding, cfg FindingsConfig, sum Summary) map[string]any {
	t.Helper()
	if cfg.Printer == nil {
		cfg.Printer = locales.New("en")
	}
	var b bytes.Buffer
	if err := SARIF(&b, fs, cfg, sum); err != nil {
		t.Fatal(err)
	}
	validSARIF(t, b.Bytes())
	var log map[string]any
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	noPlaceholders(t, "", log)
	return log["runs"].([]any)[0].(map[string]any)
}

// noPlaceholders fails on a negative number or zero where SARIF counts
// from 1, or an empty array other than results.
func noPlaceholders(t *testing.T, path string, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			noPlaceholders(t, path+"."+k, x)
		}
	case []any:
		if len(v) == 0 && !strings.HasSuffix(path, ".results") {
			t.Errorf("%s: an empty array", path)
		}
		for _, x := range v {
			noPlaceholders(t, path+"[]", x)
		}
	case float64:
		if v < 1 {
			t.Errorf("%s: %v", path, v)
		}
	}
}

// get follows a path of keys and indexes through decoded JSON.
func get(v any, path ...any) any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[p]
		case int:
			a, _ := v.([]any)
			if p >= len(a) {
				return nil
			}
			v = a[p]
		}
	}
	return v
}

// URIs are relative to the root, with %SRCROOT% set to it; a file outside
// it is an absolute file URI; paths are percent-encoded.
func TestSARIFURIs(t *testing.T) {
	root := t.TempDir()
	fs, sum := sample()
	fs[0].File = filepath.Join(root, "docs", "es", "año 1.md")
	fs[1].File = filepath.Join(filepath.Dir(root), "elsewhere.txt")
	run := sarifRun0(t, fs, FindingsConfig{Root: root}, sum)
	base := get(run, "originalUriBaseIds", "%SRCROOT%", "uri").(string)
	if want := "file://" + filepath.ToSlash(root) + "/"; base != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", base, want)
	}
	art := get(run, "results", 0, "locations", 0, "physicalLocation", "artifactLocation").(map[string]any)
	if art["uri"] != "docs/es/a%C3%B1o%201.md" || art["uriBaseId"] != "%SRCROOT%" {
		t.Errorf("under the root: %v", art)
	}
	art = get(run, "results", 1, "locations", 0, "physicalLocation", "artifactLocation").(map[string]any)
	if art["uri"] != "file://"+filepath.ToSlash(filepath.Dir(root))+"/elsewhere.txt" || art["uriBaseId"] != nil {
		t.Errorf("outside the root: %v", art)
	}
}

// A finding without a position has no region, one without an end no end;
// a run without rules has no rule list; results is there, empty, when
// nothing was found.
func TestSARIFNoPlaceholders(t *testing.T) {
	fs := []check.Finding{
		{Rule: "key-missing", Severity: check.Error, MessageID: "RulePunctDoubled", Data: map[string]any{"Mark": ".."}, File: "es.json"},
		{Rule: "punctuation", Severity: check.Info, MessageID: "RulePunctDoubled", Data: map[string]any{"Mark": ".."}, File: "es.json", Line: 3},
	}
	run := sarifRun0(t, fs, FindingsConfig{}, Summary{})
	if r := get(run, "results", 0, "locations", 0, "physicalLocation"); r == nil || get(r, "region") != nil {
		t.Errorf("no position: %v", r)
	}
	if r := get(run, "results", 1, "locations", 0, "physicalLocation", "region"); r == nil || len(r.(map[string]any)) != 1 {
		t.Errorf("a line only: %v", r)
	}
	if get(run, "results", 1, "level") != "note" {
		t.Errorf("info is a note: %v", get(run, "results", 1))
	}
	if rules := get(run, "tool", "driver", "rules"); rules != nil {
		t.Errorf("rules: %v", rules)
	}
	run = sarifRun0(t, nil, FindingsConfig{}, Summary{})
	if r, ok := get(run, "results").([]any); !ok || len(r) != 0 {
		t.Errorf("no findings: results %v", get(run, "results"))
	}
	if get(run, "invocations", 0, "executionSuccessful") != true || get(run, "invocations", 0, "toolExecutionNotifications") != nil {
		t.Errorf("invocation: %v", get(run, "invocations"))
	}
}

// An input that could not be read makes the invocation unsuccessful, with
// what was wrong as its notifications.
func TestSARIFFailed(t *testing.T) {
	fs, sum := sample()
	sum.Failed = []string{"b.po:3:1: error: bad string", "c.po: no such file"}
	run := sarifRun0(t, fs, FindingsConfig{}, sum)
	if get(run, "invocations", 0, "executionSuccessful") != false {
		t.Errorf("invocation: %v", get(run, "invocations"))
	}
	for i, msg := range sum.Failed {
		if n := get(run, "invocations", 0, "toolExecutionNotifications", i); get(n, "level") != "error" || get(n, "message", "text") != msg {
			t.Errorf("notification %d: %v", i, n)
		}
	}
	if n := len(get(run, "results").([]any)); n != 2 {
		t.Errorf("%d results, want the 2 of the files that were read", n)
	}
}
