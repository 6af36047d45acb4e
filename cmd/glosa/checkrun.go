package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/config"
	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/format/tsv"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

// A checkJob is one set of files checked together: a document, or a
// source and its translations, or a parallel TSV file.
type checkJob struct {
	files []string // the source first
	langs []string // the language of each file, or "" (name, then detection)
	tsv   bool
}

// isTSV reports whether a file is read as parallel TSV: by its name.
func isTSV(name string) bool { return strings.EqualFold(filepath.Ext(name), ".tsv") }

// checkJobs turns the command line's files into jobs: parallel TSV files
// each on its own, or a document with up to two translations.
func (a *app) checkJobs(files []string, lang string) ([]checkJob, bool) {
	ntsv := 0
	for _, f := range files {
		if isTSV(f) {
			ntsv++
		}
	}
	switch {
	case ntsv == len(files):
		jobs := make([]checkJob, len(files))
		for i, f := range files {
			jobs[i] = checkJob{files: []string{f}, langs: []string{lang}, tsv: true}
		}
		return jobs, true
	case ntsv > 0 || len(files) > 3:
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
	var list config.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			a.errorf("ErrInput", map[string]any{"Err": e.Format(a.p)})
		}
		return
	}
	a.errorf("ErrInput", map[string]any{"Err": err.Error()})
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
		job := checkJob{files: []string{src}, langs: []string{j.Lang}, tsv: isTSV(src)}
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
			go func() { results[i] <- check.RunSet(set, c.ix, c.opts) }()
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

// load reads a job's files into a set, reporting errors on stderr.
func (c *checker) load(j checkJob, sum *report.Summary) (check.Set, bool) {
	if j.tsv {
		return c.loadTSV(j.files[0], j.langs[0], sum)
	}
	docs := make([]*check.Document, len(j.files))
	for k, file := range j.files {
		err := c.a.withDocument(file, j.langs[k], c.known, func(r io.Reader, lang string) error {
			text, err := io.ReadAll(r)
			if err != nil {
				return err
			}
			if file == "-" {
				c.stdin = text
			}
			d := &check.Document{File: file, Lang: lang, Text: text, Suppress: check.TextSuppressions(text)}
			if len(j.files) > 1 {
				d.Segments = format.Segments(textfmt.Document(file, text, format.Options{Lang: lang})) // for aligning, once
				sum.Segments += len(d.Segments)
			} else {
				// Alone, only counted: a segment at a time.
				for sc := textfmt.NewScanner(lang, bytes.NewReader(text)); sc.Scan(); {
					sum.Segments++
				}
			}
			docs[k] = d
			sum.Files++
			return nil
		})
		if err != nil {
			c.a.fileError(file, err)
			return check.Set{}, false
		}
	}
	return check.Set{Source: docs[0], Targets: docs[1:], LintSource: true}, true
}

// loadTSV reads a parallel TSV file: its first column is the source, each
// other a translation, paired unit by unit (no alignment).
func (c *checker) loadTSV(file, lang string, sum *report.Summary) (check.Set, bool) {
	var f *tsv.File
	var err error
	if file == "-" {
		var b []byte
		if b, err = io.ReadAll(c.a.stdin); err == nil {
			c.stdin = b
			f, err = tsv.Read(file, bytes.NewReader(b), lang)
		}
	} else {
		var fh *os.File
		if fh, err = os.Open(file); err == nil {
			f, err = tsv.Read(file, fh, lang)
			fh.Close()
		}
	}
	if err != nil {
		var list format.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				c.a.errorf("ErrInput", map[string]any{"Err": e.Format(c.a.p)})
			}
		} else {
			c.a.fileError(file, unwrapPathError(err))
		}
		return check.Set{}, false
	}
	docs := make([]*check.Document, len(f.Columns))
	for k, col := range f.Columns {
		docs[k] = &check.Document{File: file, Lang: col.Lang, Text: col.Text, Segments: col.Segments, Map: col.Map}
		sum.Segments += len(col.Segments)
	}
	sum.Files++
	return check.UnitSet(docs, f.Units), true
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
