package main

import (
	"bufio"
	"bytes"
	"os"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

func (a *app) check(args []string) int {
	fs := a.flags("check")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	configFile := fs.String("config", "", "")
	lang := fs.String("lang", "", "")
	format := fs.String("format", "text", "")
	failOn := fs.String("fail-on", "error", "")
	writeBaseline := fs.String("write-baseline", "", "")
	baseline := fs.String("baseline", "", "")
	files, code := a.parse(fs, args, "UsageCheck")
	if code >= 0 {
		return code
	}
	if !a.operands("", files, *format, []string{"text", "json", "sarif", "github"}, *lang) {
		return exitError
	}
	cfg, ok := a.loadConfig(*configFile)
	if !ok {
		return exitError
	}
	if cfg == nil && len(files) == 0 {
		a.errorf("ErrNoFiles", map[string]any{"Command": "check"})
		return exitError
	}
	opts := check.DefaultOptions()
	if cfg != nil {
		if len(glossaries) == 0 {
			glossaries = cfg.Glossaries
		}
		if !flagGiven(fs, "fail-on") && cfg.FailOn != "" {
			*failOn = cfg.FailOn
		}
		var err error
		if opts, err = check.Configure(cfg.Rules); err != nil {
			a.errorf("ErrInput", map[string]any{"Err": cfg.File + ": " + err.Error()})
			return exitError
		}
		opts.Ignore = check.Ignore{Terms: cfg.IgnoreTerms, Segments: cfg.IgnoreSegments}
	}
	threshold, ok := check.ParseSeverity(*failOn)
	if !ok && *failOn != "never" {
		a.errorf("ErrFailOn", map[string]any{"Value": *failOn})
		return exitError
	}
	var jobs []checkJob
	if len(files) > 0 {
		if jobs, ok = a.checkJobs(files, *lang); !ok {
			return exitError
		}
	} else if jobs, ok = a.configJobs(cfg); !ok {
		return exitError
	}
	g := a.loadGlossary(glossaries, false)
	if g == nil {
		return exitError
	}
	ix := termmatch.NewIndex(g)
	c := &checker{a: a, ix: ix, known: g.Languages, opts: opts}
	findings, sum, failedInput := c.run(jobs)
	if *writeBaseline != "" {
		if err := report.WriteBaseline(*writeBaseline, findings); err != nil {
			a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
			return exitError
		}
	}
	if *baseline != "" {
		f, err := os.Open(*baseline)
		if err != nil {
			a.fileError(*baseline, unwrapPathError(err))
			return exitError
		}
		known, err := report.ReadBaseline(f, *baseline)
		f.Close()
		if err != nil {
			a.errorf("ErrBaseline", map[string]any{"Err": err.Error()})
			return exitError
		}
		findings = known.Filter(findings)
	}
	failed := false
	for _, f := range findings {
		sum.Add(f)
		if *failOn != "never" && f.Severity >= threshold {
			failed = true
		}
	}
	out := bufio.NewWriter(a.stdout)
	var err error
	topts := report.TextOptions{}
	switch *format {
	case "json":
		err = report.JSON(out, findings, sum, a.p)
	case "sarif":
		err = report.SARIF(out, findings, check.AllRules(), buildVersion(), a.p)
	case "github":
		err = report.GitHub(out, findings, a.p)
	default:
		if a.terminal() {
			topts.Color = a.getenv("NO_COLOR") == ""
			topts.Line = newLineSource(c.stdin).line
		}
		err = report.TextWith(out, findings, sum, a.p, topts)
	}
	if err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	out.Flush()
	if failedInput {
		return exitError
	}
	if failed {
		return exitFindings
	}
	return exitOK
}

// terminal reports whether standard output is a terminal.
func (a *app) terminal() bool {
	f, ok := a.stdout.(*os.File)
	if !ok || a.getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// lineOf returns line n (1-based) of text.
func lineOf(text []byte, n int) (string, bool) {
	for i := 1; i < n; i++ {
		k := bytes.IndexByte(text, '\n')
		if k < 0 {
			return "", false
		}
		text = text[k+1:]
	}
	if k := bytes.IndexByte(text, '\n'); k >= 0 {
		text = text[:k]
	}
	return string(text), true
}
