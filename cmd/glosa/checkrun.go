package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/config"
	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

// A checkJob is one set of files checked together: a document, or a
// source and its translations, or a parallel TSV file.
type checkJob struct {
	files  []string // the source first
	langs  []string // the language of each file, or "" (name, then detection)
	keyed  bool     // the files pair by key (pipeline.Join), not by alignment
	source string   // the source language (--source-lang): a catalog's msgids, a keyed set's source file
}

// checkJobs turns the command line's files into jobs. Directories are
// walked for every file of a known format. Catalogs and message files
// are grouped into sets by their names (pipeline.Groups: locales/en.json
// with locales/es.json, x.es.po with x.ru.po); a TSV or TMX file is a set
// of its own. Otherwise the files are a document and its translations.
func (a *app) checkJobs(args []string, lang string) ([]checkJob, bool) {
	files, walked, ok := a.expandDirs(args)
	if !ok {
		return nil, false
	}
	// Each file's format, sniffed once.
	fms := make(map[string]*format.Format, len(files))
	for _, f := range files {
		if fm, err := pipeline.FormatOf(f, ""); err == nil {
			fms[f] = fm
		}
	}
	catalog := func(f string) bool { return fms[f] != nil && fms[f].Catalog }
	keyed := func(f string) bool { return fms[f] != nil && fms[f].Keyed }
	nkeyed := 0
	for _, f := range files {
		if catalog(f) || keyed(f) {
			nkeyed++
		}
	}
	if nkeyed < len(files) && !walked {
		if nkeyed > 0 || len(files) > 3 {
			a.errorf("ErrCheckFiles", nil)
			return nil, false
		}
		langs := make([]string, len(files))
		langs[0] = lang // --lang is the source's; translations say theirs
		return []checkJob{{files: files, langs: langs, source: lang}}, true
	}
	var jobs []checkJob
	var grouped []string
	for _, f := range files {
		if catalog(f) && !keyed(f) {
			jobs = append(jobs, checkJob{files: []string{f}, langs: []string{""}, source: lang})
		} else {
			grouped = append(grouped, f)
		}
	}
	for _, g := range pipeline.Groups(grouped, lang, nil, catalog) {
		if walked && len(g.Files) == 1 && g.Langs[0] == "" && !catalog(g.Files[0]) {
			continue // in a tree, a file that names no language and has no translation is not localized content (package.json, README.md)
		}
		j := checkJob{files: g.Files, langs: g.Langs, keyed: keyed(g.Files[0]), source: lang}
		if j.langs[0] == "" && !catalog(g.Files[0]) {
			j.langs[0] = cmp.Or(lang, "en")
		}
		jobs = append(jobs, j)
	}
	return jobs, true
}

// expandDirs replaces each directory among args by the files under it
// that a registered format reads by extension (plain text aside), in
// path order, skipping hidden directories.
func (a *app) expandDirs(args []string) (files []string, walked, ok bool) {
	for _, arg := range args {
		st, err := os.Stat(arg)
		if arg == "-" || err != nil || !st.IsDir() {
			files = append(files, arg)
			continue
		}
		walked = true
		err = filepath.WalkDir(arg, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() {
				if p != arg && strings.HasPrefix(e.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if fm := format.ForExtension(p); fm != nil && fm.Name != format.Fallback {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			a.fileError(arg, unwrapPathError(err))
			return nil, false, false
		}
	}
	return files, walked, true
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
		job := checkJob{files: []string{src}, langs: []string{j.Lang}, source: j.Lang}
		fm, err := pipeline.FormatOf(src, "")
		job.keyed = err == nil && fm.Keyed
		if err == nil && fm.Catalog && !job.keyed {
			job.langs[0] = "" // a TSV or TMX file names its own languages
		}
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
	// encoding is --encoding: the inputs' character encoding, over what
	// they declare.
	encoding string
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
			sets, ok := c.load(j, &sum)
			if !ok {
				failed = true
				results[i] <- nil
				continue
			}
			go func() {
				var all []check.Finding
				for _, set := range sets {
					all = append(all, check.RunSet(set, c.opts)...)
				}
				results[i] <- all
			}()
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
func (c *checker) load(j checkJob, sum *report.Summary) ([]*pipeline.Set, bool) {
	var files []*format.File
	for k, file := range j.files {
		f, err := c.read(file, j.langs[k], j.source)
		if err != nil {
			sum.Failed = append(sum.Failed, c.a.inputError(file, err)...)
			return nil, false
		}
		sum.Files++
		// A message file that names no language: the source's, or detected.
		source := j.langs[0]
		if k > 0 {
			source = ""
		}
		pipeline.FillLanguages(f, source, pipeline.ReadOptions{Known: c.known, Detected: c.a.noteDetected(file)})
		files = append(files, f)
		if f.Units != nil && !j.keyed {
			break // a catalog holds its translations
		}
	}
	var sets []*pipeline.Set
	switch {
	case j.keyed && len(files) > 1 && !pipeline.SameTemplate(files...):
		// Catalogs of one domain made from different templates (x.es.po
		// and x.ru.po with other msgids): each its own set, or every
		// msgid one lacks would be reported as a missing key.
		c.a.notef("NoteOtherTemplates", map[string]any{"Files": strings.Join(j.files, ", ")})
		for _, f := range files {
			sets = append(sets, pipeline.New(c.ix, f))
		}
	case j.keyed:
		sets = []*pipeline.Set{pipeline.New(c.ix, pipeline.Join(files...))}
	default:
		sets = []*pipeline.Set{pipeline.New(c.ix, files[0], files[1:]...)}
	}
	for _, set := range sets {
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
	}
	return sets, true
}

// read reads one file with the reader of its format ("-" is standard
// input, kept for showing lines).
func (c *checker) read(file, lang, source string) (*format.File, error) {
	f, stdin, err := c.a.readFile(file, pipeline.ReadOptions{Lang: lang, SourceLang: source, Known: c.known, Encoding: c.encoding})
	if file == "-" {
		c.stdin = stdin
	}
	return f, err
}

// inputError reports a file that could not be read, or every problem of a
// file that could, at its place; it returns what it printed, a message a
// problem.
func (a *app) inputError(file string, err error) []string {
	var list diag.List
	if !errors.As(err, &list) {
		return []string{a.fileError(file, unwrapPathError(err))}
	}
	a.printDiagnostics(list)
	msgs := make([]string, len(list))
	for i, d := range list {
		msgs[i] = d.Format(a.p)
	}
	return msgs
}

// lineSource returns lines of the files findings point at, for the text
// output on a terminal. It keeps the last few files it read, with where
// each line starts: a translation's findings quote their source file too,
// so the two alternate.
type lineSource struct {
	stdin func() []byte
	files []sourceFile // most recently used last
}

// sourceFile is a file's text (nil when unreadable) and the byte offset of
// each of its lines.
type sourceFile struct {
	name   string
	text   []byte
	starts []int
}

// keptSourceFiles is how many files a lineSource keeps.
const keptSourceFiles = 4

func newLineSource(stdin func() []byte) *lineSource { return &lineSource{stdin: stdin} }

func (s *lineSource) line(file string, n int) (string, bool) {
	f := s.open(file)
	if f.text == nil {
		return "", false
	}
	n = max(n, 1)
	if n > len(f.starts) {
		return "", false
	}
	line := f.text[f.starts[n-1]:]
	if k := bytes.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	return string(line), true
}

func (s *lineSource) open(file string) *sourceFile {
	for i := range s.files {
		if s.files[i].name == file {
			if last := len(s.files) - 1; i != last {
				f := s.files[i]
				s.files = append(append(s.files[:i:i], s.files[i+1:]...), f)
			}
			return &s.files[len(s.files)-1]
		}
	}
	f := sourceFile{name: file}
	if file == "-" {
		f.text = s.stdin()
	} else if b, err := os.ReadFile(file); err == nil {
		f.text = b
	}
	if f.text != nil {
		f.starts = format.LineStarts(f.text)
	}
	if len(s.files) == keptSourceFiles {
		s.files = append(s.files[:0:0], s.files[1:]...)
	}
	s.files = append(s.files, f)
	return &s.files[len(s.files)-1]
}
