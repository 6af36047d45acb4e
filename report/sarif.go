package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

var sarifLevel = map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Info: "note"}

// The SARIF 2.1.0 objects glosa writes, with the properties it fills in.
// They are glosa's own, so that the binary links no schema validator (and
// no HTTP client with it); report_test validates the output against the
// schema with go-sarif. Nothing is written as a placeholder: a property
// glosa does not know (a region without a position, a rule list when
// there are no rules) is left out, not -1 or []; only results is always
// there, [] when nothing was found, since code scanning requires it.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		Invocations        []sarifInvocation           `json:"invocations"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                      `json:"columnKind"`
		Results            []sarifResult               `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules,omitempty"`
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
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level   string    `json:"level"`
		Message sarifText `json:"message"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
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
		PhysicalLocation sarifPhysical  `json:"physicalLocation"`
		LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           *sarifRegion     `json:"region,omitempty"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

// srcRoot is the base id of the artifact URIs: the repository's root.
const srcRoot = "%SRCROOT%"

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: one
// run of the tool "glosa" with every rule (id, description, default level)
// and one result per finding, located by file and region (columns count
// Unicode code points). A file under cfg.Root (the working directory when
// "") is a URI relative to it, with the base id %SRCROOT% that
// originalUriBaseIds sets to cfg.Root; another is an absolute file URI.
// The invocation succeeded unless sum.Failed lists inputs that could not
// be read, which are its notifications.
func SARIF(w io.Writer, findings []check.Finding, cfg FindingsConfig, sum Summary) error {
	p := cfg.Printer
	root, err := filepath.Abs(cmp.Or(cfg.Root, "."))
	if err != nil {
		return fmt.Errorf("SARIF: %w", err)
	}
	inv := sarifInvocation{ExecutionSuccessful: len(sum.Failed) == 0}
	for _, msg := range sum.Failed {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifText{msg}})
	}
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{}, Invocations: []sarifInvocation{inv},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{srcRoot: {URI: fileURI(root) + "/"}},
		Tool:               sarifTool{Driver: sarifDriver{Name: "glosa", InformationURI: "https://github.com/glosa-dev/glosa", Version: cfg.Version}}}
	for _, r := range cfg.Rules {
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
		res := sarifResult{RuleID: f.Rule, Level: sarifLevel[f.Severity], Message: sarifText{msg}}
		if f.File != "" {
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: artifactOf(f.File, root), Region: regionOf(f)}}
			if f.Key != "" {
				loc.LogicalLocations = []sarifLogical{{Name: f.Key, Kind: "resource"}}
			}
			res.Locations = []sarifLocation{loc}
		}
		if f.Key != "" {
			res.Properties = &sarifProperties{Key: f.Key, Context: f.Context}
		}
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

// regionOf is a finding's region, nil without a position. SARIF's end
// column is exclusive.
func regionOf(f check.Finding) *sarifRegion {
	if f.Line < 1 {
		return nil
	}
	r := &sarifRegion{StartLine: f.Line}
	if f.Col >= 1 {
		r.StartColumn = f.Col
		if f.EndLine >= f.Line && f.EndCol >= 1 {
			r.EndLine, r.EndColumn = f.EndLine, f.EndCol+1
		}
	}
	return r
}

// artifactOf locates file: relative to root when it is under it, else by
// an absolute file URI.
func artifactOf(file, root string) sarifArtifactLoc {
	abs, err := filepath.Abs(file)
	if err != nil {
		return sarifArtifactLoc{URI: escapePath(filepath.ToSlash(file))}
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return sarifArtifactLoc{URI: fileURI(abs)}
	}
	uri := escapePath(filepath.ToSlash(rel))
	if first, _, _ := strings.Cut(uri, "/"); strings.Contains(first, ":") {
		uri = "./" + uri // not a scheme
	}
	return sarifArtifactLoc{URI: uri, URIBaseID: srcRoot}
}

// fileURI is the file URI of an absolute path (file:///C:/x on Windows).
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + strings.TrimSuffix(escapePath(p), "/")
}

// escapePath percent-encodes each segment of a slash-separated path.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
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
