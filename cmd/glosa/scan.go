package main

import (
	"bufio"
	"fmt"
	"github.com/glosa-dev/glosa/pipeline"
	"io"

	"github.com/glosa-dev/glosa/langid"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

func (a *app) scan(args []string) int {
	fs := a.flags("scan")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	a.cacheFlag(fs)
	lang := fs.String("lang", "", "")
	encoding := fs.String("encoding", "", "")
	format := fs.String("format", "text", "")
	files, code := a.parse(fs, args, "UsageScan")
	if code >= 0 {
		return code
	}
	if !a.operands("scan", files, *format, textOrJSON, *lang) {
		return exitError
	}
	g, ix := a.loadIndex(glossaries)
	if g == nil {
		return exitError
	}
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	var w report.Writer[report.Match, report.ScanSummary]
	if *format == "json" {
		w = report.NewJSONMatches(out)
	} else {
		w = report.NewTextMatches(out, a.p)
	}
	scanned := 0
	failed := false
	matchers := map[string]*termmatch.Matcher{}
	for _, file := range files {
		if *encoding != "" || !pipeline.IsText(file, "") {
			// A catalog, a message file or Markdown is read whole, each
			// language's text scanned.
			opts := pipeline.ReadOptions{Lang: *lang, Known: g.Languages, Encoding: *encoding, Detected: a.noteDetected(file)}
			f, _, err := a.readFile(file, opts)
			if err != nil {
				out.Flush()
				a.inputError(file, err)
				failed = true
				continue
			}
			scanned++
			pipeline.FillLanguages(f, "", opts)
			for _, d := range pipeline.New(ix, f).Docs() {
				for _, mt := range d.Outer() {
					if err := w.Write([]report.Match{report.MatchOf(file, d.Placed(mt))}); err != nil {
						a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
						return exitError
					}
				}
			}
			continue
		}
		err := a.withDocument(file, *lang, g.Languages, func(r io.Reader, docLang string) error {
			m := matchers[docLang]
			if m == nil {
				m = ix.Matcher(docLang)
				matchers[docLang] = m
			}
			scanned++
			return m.Scan(r, func(mt termmatch.Match) error {
				return w.Write([]report.Match{report.MatchOf(file, mt)})
			})
		})
		if err != nil {
			out.Flush()
			a.fileError(file, err)
			failed = true
		}
	}
	if err := w.Close(report.ScanSummary{Files: scanned}); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	if failed {
		return exitError
	}
	return exitOK
}

// withDocument opens a file ("-" is standard input), decides its language
// (the --lang flag, else the file name, else detection, which is reported
// on stderr) and calls fn with a reader positioned at its start. A file
// name names a language when its base language is es, en, ru or one of
// known (the glossary's languages, for scan).
func (a *app) withDocument(file, tag string, known []string, fn func(io.Reader, string) error) error {
	f, done, err := a.open(file)
	if err != nil {
		return err
	}
	defer done()
	br := bufio.NewReaderSize(f, 64<<10)
	if tag == "" {
		head, err := br.Peek(64 << 10)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return err
		}
		tag = pipeline.Language(file, head, pipeline.ReadOptions{Known: known, Detected: a.noteDetected(file)})
	}
	return fn(br, tag)
}

var reasonID = map[langid.Reason]string{
	langid.ByScript:  "LangByScript",
	langid.ByWords:   "LangByWords",
	langid.ByDefault: "LangByDefault",
}

// notef prints an informational "glosa: message" on stderr.
func (a *app) notef(id string, data map[string]any) {
	fmt.Fprintf(a.stderr, "glosa: %s\n", a.p.T(id, data))
}
