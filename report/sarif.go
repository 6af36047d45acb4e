package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

var sarifLevel = map[check.Severity]string{check.Error: "error", check.Warning: "warning", check.Info: "note"}

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts: one
// run of the tool "glosa" with every rule (id, description, default level)
// and one result per finding, located by file (relative, with forward
// slashes) and region; columns count Unicode code points.
func SARIF(w io.Writer, findings []check.Finding, rules []check.RuleInfo, version string, p *locales.Printer) error {
	run := sarif.NewRunWithInformationURI("glosa", "https://github.com/glosa-dev/glosa")
	run.Tool.Driver.WithVersion(version)
	run.WithColumnKind("unicodeCodePoints")
	for _, r := range rules {
		doc := p.T(r.DocID, nil)
		run.AddRule(r.ID).
			WithName(r.ID).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(doc)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(doc)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(r.ID + ": " + doc)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel[r.Severity]))
	}
	for _, f := range findings {
		msg := p.T(f.MessageID, f.Data)
		if len(f.Expected) > 0 {
			msg += " (" + p.T("CheckSuggestion", map[string]any{"Expected": strings.Join(f.Expected, ", ")}) + ")"
		}
		region := sarif.NewRegion().WithStartLine(f.Line).WithStartColumn(f.Col).
			WithEndLine(f.EndLine).WithEndColumn(f.EndCol + 1) // SARIF's end column is exclusive
		res := sarif.NewRuleResult(f.Rule).
			WithLevel(sarifLevel[f.Severity]).
			WithMessage(sarif.NewTextMessage(msg)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
				WithArtifactLocation(sarif.NewSimpleArtifactLocation(filepath.ToSlash(f.File))).
				WithRegion(region)))
		run.AddResult(res)
	}
	rep := sarif.NewReport()
	rep.AddRun(run)
	if err := rep.Validate(); err != nil {
		return fmt.Errorf("SARIF does not validate: %w", err)
	}
	return rep.PrettyWrite(w)
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
