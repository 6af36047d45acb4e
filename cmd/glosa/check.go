package main

import (
	"bufio"
	"io"
	"os"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/config"
	glosafmt "github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/atomicfile"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

func (a *app) check(args []string) int {
	fs := a.flags("check")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	a.cacheFlag(fs)
	configFile := fs.String("config", "", "")
	lang := fs.String("source-lang", "", "")
	fs.StringVar(lang, "lang", "", "") // the same: --source-lang is the name, --lang the other commands'
	format := fs.String("format", "text", "")
	failOn := fs.String("fail-on", "error", "")
	writeBaseline := fs.String("write-baseline", "", "")
	baseline := fs.String("baseline", "", "")
	encoding := fs.String("encoding", "", "")
	changedSince := fs.String("changed-since", "", "")
	files, code := a.parse(fs, args, "UsageCheck")
	if code >= 0 {
		return code
	}
	if _, err := glosafmt.Charset(*encoding); *encoding != "" && err != nil {
		a.errorf("ErrEncoding", map[string]any{"Encoding": *encoding})
		return exitError
	}
	if !a.operands("", files, *format, report.FindingsFormats(), *lang) || !a.stdinOnce(files) {
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
		// The configuration fills in what the command line leaves out.
		if len(glossaries) == 0 {
			glossaries = cfg.Glossaries
		}
		if !flagGiven(fs, "fail-on") && cfg.FailOn != "" {
			*failOn = cfg.FailOn
		}
		if opts, ok = a.configOptions(cfg); !ok {
			return exitError
		}
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
	var g *glossary.Glossary
	var ix *termmatch.Index
	if len(glossaries) == 0 && !fileExists(defaultGlossary) {
		// Without a glossary every rule that needs none runs (keys,
		// placeholders, plurals, numbers, punctuation, untranslated
		// messages); the term rules find nothing.
		a.notef("CheckNoGlossary", nil)
		g = &glossary.Glossary{}
		ix = termmatch.NewIndex(g)
	} else if g, ix = a.loadIndex(glossaries); g == nil {
		return exitError
	}
	known, ok := a.readBaseline(*baseline)
	if !ok {
		return exitError
	}
	var baselineOut *atomicfile.File
	if *writeBaseline != "" {
		inputs := jobInputs(jobs, glossaryFiles(glossaries)...)
		if cfg != nil {
			inputs = append(inputs, cfg.File)
		}
		if baselineOut, ok = a.baselineOutput(*writeBaseline, inputs); !ok {
			return exitError
		}
		defer baselineOut.Abort()
	}
	c := &checker{a: a, ix: ix, known: g.Languages, opts: opts, encoding: *encoding}
	out := bufio.NewWriter(a.stdout)
	stream := a.checkStream(*format, out, c)
	// Findings are printed set by set as they come, in order; they are kept
	// only for --write-baseline (and by the SARIF writer, one document).
	var all []check.Finding
	filter := known.NewFilter()
	changed, ok := a.changedSince(*changedSince, jobs)
	if !ok {
		return exitError
	}
	var sum report.Summary
	failed := false
	var err error
	read, failedInput := c.run(jobs, func(findings []check.Finding) {
		if *writeBaseline != "" {
			all = append(all, findings...)
		}
		findings = changed.Keep(filter.Keep(findings))
		for _, f := range findings {
			sum.Add(f)
			if *failOn != "never" && f.Severity >= threshold {
				failed = true
			}
		}
		if err == nil {
			err = stream.Write(findings)
		}
	})
	sum.Files, sum.Segments, sum.Failed = read.Files, read.Segments, read.Failed
	if *writeBaseline != "" {
		if err := baselineOut.Commit(func(w io.Writer) error { return report.WriteBaseline(w, all) }); err != nil {
			a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
			return exitError
		}
	}
	if err == nil {
		err = stream.Close(sum)
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

// configOptions are the rules at the configuration's levels, with its
// ignore lists.
func (a *app) configOptions(cfg *config.Config) (check.Options, bool) {
	opts, err := check.Configure(cfg.Rules)
	if err != nil { // config.Load checked the ids and levels already
		a.errorf("ErrInput", map[string]any{"Err": cfg.File + ": " + err.Error()})
		return opts, false
	}
	opts.Ignore = check.Ignore{Terms: cfg.IgnoreTerms, Segments: cfg.IgnoreSegments}
	return opts, true
}

// readBaseline reads --baseline's file, if one is named (nil otherwise).
func (a *app) readBaseline(name string) (report.Baseline, bool) {
	if name == "" {
		return nil, true
	}
	f, err := os.Open(name)
	if err != nil {
		a.fileError(name, unwrapPathError(err))
		return nil, false
	}
	defer f.Close()
	known, err := report.ReadBaseline(f, name)
	if err != nil {
		if !a.diagnostics(err) {
			a.errorf("ErrBaseline", map[string]any{"Err": err.Error()})
		}
		return nil, false
	}
	return known, true
}

// checkStream returns the writer of check's findings in a format.
func (a *app) checkStream(format string, out io.Writer, c *checker) report.Stream {
	cfg := report.FindingsConfig{Printer: a.p, Rules: check.AllRules(), Version: buildVersion(), Root: repoRoot()}
	if a.terminal() {
		cfg.Text.Color = a.getenv("NO_COLOR") == ""
		cfg.Text.Line = newLineSource(func() []byte { return c.stdin }).line
	}
	s, _ := report.NewFindings(format, out, cfg) // the name was checked
	return s
}

// terminal reports whether standard output is a terminal.
func (a *app) terminal() bool { return a.isTerminal(a.stdout) }

// isTerminal reports whether w is a terminal (and TERM is not dumb).
func (a *app) isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || a.getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// fileExists reports whether name can be stat'ed.
func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}
