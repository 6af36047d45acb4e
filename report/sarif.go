package report

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

var sarifLevel = map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Info: "note"}

// The SARIF 2.1.0 objects glosa writes, with the properties it fills in.
// They are glosa's own, so that the binary links no schema validator (and
// no HTTP client with it); report_test validates the output against the
// schema with go-sarif.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string        `json:"id"`
		Name                 string        `json:"name"`
		ShortDescription     sarifText     `json:"shortDescription"`
		FullDescription      sarifText     `json:"fullDescription"`
		Help                 sarifText     `json:"help"`
		DefaultConfiguration sarifDefaults `json:"defaultConfiguration"`
	}
	sarifDefaults struct {
		Level string `json:"level"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
		// Properties hold the catalog message's key and context.
		Properties *sarifProperties `json:"properties,omitempty"`
	}
	sarifProperties struct {
		Key     string `json:"key,omitempty"`
		Context string `json:"context,omitempty"`
	}
	// sarifLogical names a finding's catalog message by its key, as a
	// logical location of kind "resource" (SARIF 2.1.0 §3.33: "a string
	// resource"); the msgctxt is in the result's properties.
	sarifLogical struct {
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region sarifRegion `json:"region"`
		} `json:"physicalLocation"`
		LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
)

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: one
// run of the tool "glosa" with every rule (id, description, default level)
// and one result per finding, located by file (relative, with forward
// slashes) and region; columns count Unicode code points.
func SARIF(w io.Writer, findings []check.Finding, rules []check.RuleInfo, version string, p *locales.Printer) error {
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{},
		Tool: sarifTool{Driver: sarifDriver{Name: "glosa", InformationURI: "https://github.com/glosa-dev/glosa", Version: version, Rules: []sarifRule{}}}}
	for _, r := range rules {
		doc := p.T(r.DocID, nil)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: r.ID, Name: r.ID,
			ShortDescription: sarifText{doc}, FullDescription: sarifText{doc}, Help: sarifText{r.ID + ": " + doc},
			DefaultConfiguration: sarifDefaults{sarifLevel[r.Severity]}})
	}
	for _, f := range findings {
		msg := p.T(f.MessageID, f.Data)
		if len(f.Expected) > 0 {
			msg += " (" + p.T("CheckSuggestion", map[string]any{"Expected": strings.Join(f.Expected, ", ")}) + ")"
		}
		var loc sarifLocation
		loc.PhysicalLocation.ArtifactLocation.URI = filepath.ToSlash(f.File)
		loc.PhysicalLocation.Region = sarifRegion{StartLine: f.Line, StartColumn: f.Col,
			EndLine: f.EndLine, EndColumn: f.EndCol + 1} // SARIF's end column is exclusive
		res := sarifResult{RuleID: f.Rule, Level: sarifLevel[f.Severity], Message: sarifText{msg}}
		if f.Key != "" {
			loc.LogicalLocations = []sarifLogical{{Name: f.Key, Kind: "resource"}}
			res.Properties = &sarifProperties{Key: f.Key, Context: f.Context}
		}
		res.Locations = []sarifLocation{loc}
		run.Results = append(run.Results, res)
	}
	log := sarifLog{Schema: "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	b, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return fmt.Errorf("SARIF: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// GitHub writes GitHub Actions workflow commands, one per finding:
// ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=rule::message.
func GitHub(w io.Writer, findings []check.Finding, p *locales.Printer) error {
	cmd := map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Info: "notice"}
	for _, f := range findings {
		msg := p.T(f.MessageID, f.Data)
		if len(f.Expected) > 0 {
			msg += " (" + p.T("CheckSuggestion", map[string]any{"Expected": strings.Join(f.Expected, ", ")}) + ")"
		}
		if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			cmd[f.Severity], escapeProperty(f.File), f.Line, f.Col, f.EndLine, f.EndCol+1, escapeProperty(f.Rule), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData and escapeProperty follow the workflow-command encoding.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
