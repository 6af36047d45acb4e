package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/config"
	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

// A checkJob is one set of files checked together: a document, or a
// source and its translations, or a parallel TSV file.
type checkJob struct {
	files []string // the source first
	langs []string // the language of each file, or "" (name, then detection)
}

// checkJobs turns the command line's files into jobs: catalogs (parallel
// TSV files) each on its own, or a document with up to two translations.
func (a *app) checkJobs(files []string, lang string) ([]checkJob, bool) {
	ncat := 0
	for _, f := range files {
		if pipeline.IsCatalog(f, "") {
			ncat++
		}
	}
	switch {
	case ncat == len(files):
		jobs := make([]checkJob, len(files))
		for i, f := range files {
			jobs[i] = checkJob{files: []string{f}, langs: []string{lang}}
		}
		return jobs, true
	case ncat > 0 || len(files) > 3:
		a.errorf("ErrCheckFiles", nil)
		return nil, false
	}
	langs := make([]string, len(files))
	langs[0] = lang // --lang is the source's; translations say theirs
	return []checkJob{{files: files, langs: langs}}, true
}

// loadConfig reads the configuration named by --config, or else
// .glosa.toml in the working directory or the nearest parent; it returns
// nil when there is none, and false after reporting its errors.
func (a *app) loadConfig(name string) (*config.Config, bool) {
	if name == "" {
		var ok bool
		if name, ok = config.Find("."); !ok {
			return nil, true
		}
	}
	var ids []string
	for _, r := range check.AllRules() {
		ids = append(ids, r.ID)
	}
	cfg, err := config.Load(name, ids)
	if err != nil {
		a.configErrors(err)
		return nil, false
	}
	return cfg, true
}

// configErrors prints a configuration's problems, each at its place.
func (a *app) configErrors(err error) {
	if !a.diagnostics(err) {
		a.errorf("ErrInput", map[string]any{"Err": err.Error()})
	}
}

// configJobs lists the sets the configuration's [[check]] tables name, in
// path order; a translation that does not exist yet is noted on stderr.
func (a *app) configJobs(cfg *config.Config) ([]checkJob, bool) {
	found, err := cfg.Expand()
	if err != nil {
		a.configErrors(err)
		return nil, false
	}
	var jobs []checkJob
	for _, j := range found {
		src := shortPath(j.Source)
		job := checkJob{files: []string{src}, langs: []string{j.Lang}}
		for _, t := range j.Translations {
			job.files = append(job.files, shortPath(t.Path))
			job.langs = append(job.langs, t.Lang)
		}
		for _, t := range j.Missing {
			a.notef("CheckNoTranslation", map[string]any{"File": src, "Lang": t.Lang, "Path": shortPath(t.Path)})
		}
		jobs = append(jobs, job)
	}
	return jobs, true
}

// shortPath writes p relative to the working directory (../docs/a.txt
// from docs is a.txt), as the user would.
func shortPath(p string) string {
	abs, err1 := filepath.Abs(p)
	wd, err2 := os.Getwd()
	if err1 != nil || err2 != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, abs); err == nil {
		return rel
	}
	return p
}

// flagGiven reports whether the command line set the flag.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// checker runs jobs on all cores; the results come out in the jobs' order.
type checker struct {
	a     *app
	ix    *termmatch.Index
	known []string // the glossary's languages
	opts  check.Options
	stdin []byte // standard input, if a job read it
}

// run checks the jobs and calls emit with each job's findings, in the
// jobs' order, as soon as the jobs before it are done. It returns the
// summary of what was read (files, segments; emit counts the findings), and
// whether some input could not be read (it has been reported).
func (c *checker) run(jobs []checkJob, emit func([]check.Finding)) (report.Summary, bool) {
	var sum report.Summary
	failed := false
	results := make([]chan []check.Finding, len(jobs))
	for i := range results {
		results[i] = make(chan []check.Finding, 1)
	}
	// Files are read by one goroutine, one job after another, so that
	// errors and notes come out in order; at most two sets per core are
	// read and not yet printed, so memory follows the largest sets, not
	// their number.
	slots := make(chan struct{}, 2*runtime.GOMAXPROCS(0))
	go func() {
		for i, j := range jobs {
			slots <- struct{}{}
			set, ok := c.load(j, &sum)
			if !ok {
				failed = true
				results[i] <- nil
				continue
			}
			go func() { results[i] <- check.RunSet(set, c.opts) }()
		}
	}()
	progress := c.progress(len(jobs))
	for i := range jobs {
		findings := <-results[i]
		<-slots
		emit(findings)
		progress(i + 1)
	}
	// Every load happened before its job's result was received: sum and
	// failed are final.
	return sum, failed
}

// progress returns a function that shows how many sets are done, on
// stderr, when it is a terminal and the run has lasted a second (ten
// times a second at most); the last call clears the line.
func (c *checker) progress(total int) func(done int) {
	if total < 2 || !c.a.isTerminal(c.a.stderr) {
		return func(int) {}
	}
	start, shown := time.Now(), time.Time{}
	return func(done int) {
		switch {
		case done == total && !shown.IsZero():
			fmt.Fprint(c.a.stderr, "\r\x1b[K")
		case done < total && time.Since(start) > time.Second && time.Since(shown) > 100*time.Millisecond:
			fmt.Fprintf(c.a.stderr, "\rglosa: %s", c.a.p.T("CheckProgress", map[string]any{"Done": done, "Total": total}))
			shown = time.Now()
		}
	}
}

// load reads a job's files into a set, reporting errors on stderr: a
// catalog is a set of its own, paired by key; documents are a source and
// its translations, to be aligned.
func (c *checker) load(j checkJob, sum *report.Summary) (*pipeline.Set, bool) {
	var files []*format.File
	for k, file := range j.files {
		f, err := c.read(file, j.langs[k])
		if err != nil {
			c.a.inputError(file, err)
			return nil, false
		}
		sum.Files++
		files = append(files, f)
		if f.Units != nil {
			break // a catalog holds its translations
		}
	}
	set := pipeline.New(c.ix, files[0], files[1:]...)
	for _, d := range append([]*pipeline.Doc{set.Source}, set.Targets...) {
		if len(set.Targets) > 0 {
			sum.Segments += len(d.Segments()) // for pairing, once
			continue
		}
		// Alone, only counted: a segment at a time.
		for sc := textfmt.NewScanner(d.Lang, bytes.NewReader(d.Text)); sc.Scan(); {
			sum.Segments++
		}
	}
	return set, true
}

// read reads one file with the reader of its format ("-" is standard
// input, kept for showing lines).
func (c *checker) read(file, lang string) (*format.File, error) {
	f, stdin, err := c.a.readFile(file, pipeline.ReadOptions{Lang: lang, SourceLang: lang, Known: c.known})
	if file == "-" {
		c.stdin = stdin
	}
	return f, err
}

// inputError reports a file that could not be read, or every problem of a
// file that could, at its place.
func (a *app) inputError(file string, err error) {
	if !a.diagnostics(err) {
		a.fileError(file, unwrapPathError(err))
	}
}

// lineSource returns lines of the files findings point at, for the text
// output on a terminal: it reads one file at a time, again.
type lineSource struct {
	stdin func() []byte
	file  string
	text  []byte
}

func newLineSource(stdin func() []byte) *lineSource { return &lineSource{stdin: stdin} }

func (s *lineSource) line(file string, n int) (string, bool) {
	if file != s.file {
		s.file, s.text = file, nil
		if file == "-" {
			s.text = s.stdin()
		} else if b, err := os.ReadFile(file); err == nil {
			s.text = b
		}
	}
	if s.text == nil {
		return "", false
	}
	return lineOf(s.text, n)
}
