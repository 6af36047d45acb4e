package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/glosa-dev/glosa/extract"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/report"
	"github.com/glosa-dev/glosa/termmatch"
)

var extractFormats = []string{"text", "json", "toml", "tbx"}

func (a *app) extract(args []string) int {
	fs := a.flags("extract")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	lang := fs.String("source-lang", "", "")
	minCount := fs.Int("min-count", extract.DefaultMinCount, "")
	top := fs.Int("top", 0, "")
	outFormat := fs.String("format", "text", "")
	out := fs.String("o", "", "")
	files, code := a.parse(fs, args, "UsageExtract")
	if code >= 0 {
		return code
	}
	if !a.operands("extract", files, *outFormat, extractFormats, *lang) || !a.stdinOnce(files) {
		return exitError
	}
	if *minCount < 1 || *top < 0 {
		a.errorf("ErrExtractCount", nil)
		return exitError
	}
	if *out != "" && isInput(*out, append(append([]string{}, files...), glossaries...)) {
		a.errorf("ErrWriteInput", map[string]any{"File": *out})
		return exitError
	}
	g := &glossary.Glossary{}
	if len(glossaries) > 0 {
		if g = a.loadGlossary(glossaries, false); g == nil {
			return exitError
		}
	}
	jobs, ok := a.extractJobs(files, *lang)
	if !ok {
		return exitError
	}
	c := &checker{a: a, ix: termmatch.NewIndex(g), known: g.Languages}
	e := extract.NewExtractor(extract.Options{SourceLang: *lang, MinCount: *minCount, Top: *top})
	var sum report.Summary
	failed := false
	progress := c.progress(len(jobs))
	// One set at a time: memory follows the vocabulary, not the corpus.
	for i, j := range jobs {
		sets, ok := c.load(j, &sum)
		failed = failed || !ok
		for _, s := range sets {
			if len(s.Targets) == 0 {
				a.notef("ExtractNoTranslation", map[string]any{"File": j.files[0]})
				continue
			}
			if !e.Add(s) {
				a.notef("ExtractOtherSource", map[string]any{"File": j.files[0], "Lang": s.Source.Lang})
			}
		}
		progress(i + 1)
	}
	if failed {
		return exitError
	}
	r := e.Result()
	write := func(w io.Writer) error {
		switch *outFormat {
		case "json":
			return extract.WriteJSON(w, r)
		case "toml":
			return extract.WriteTOML(w, r)
		case "tbx":
			// The candidates as a glossary, written by the TBX writer
			// glossary import/export use.
			g, diags := r.Glossary()
			if g == nil {
				return diags.Err()
			}
			for _, f := range glossary.Formats() {
				if f.Name == "tbx" && f.Write != nil {
					return f.Write(w, g)
				}
			}
		}
		return a.extractText(w, r)
	}
	return a.writeOutput(*out, write)
}

// extractJobs are check's sets (checkJobs), and, for more than three
// documents that are not catalogs, sets found by their names
// (pipeline.Groups: UN.1.en with UN.1.es and UN.1.ru): a corpus is many
// files.
func (a *app) extractJobs(files []string, lang string) ([]checkJob, bool) {
	expanded, walked, ok := a.expandDirs(files)
	if !ok {
		return nil, false
	}
	if walked || len(expanded) <= 3 {
		return a.checkJobs(files, lang)
	}
	for _, f := range expanded {
		if fm, err := pipeline.FormatOf(f, ""); err == nil && (fm.Catalog || fm.Keyed) {
			return a.checkJobs(files, lang)
		}
	}
	var jobs []checkJob
	for _, g := range pipeline.Groups(expanded, lang, nil, nil) {
		j := checkJob{files: g.Files, langs: g.Langs, source: lang}
		if j.langs[0] == "" {
			j.langs[0] = lang
		}
		jobs = append(jobs, j)
	}
	return jobs, true
}

// extractText writes the candidates as a table: rank, count, score, the
// source term, each target's translations with their shares, an example.
func (a *app) extractText(w io.Writer, r *extract.Result) error {
	if len(r.Candidates) == 0 {
		_, err := fmt.Fprintln(w, a.p.T("ExtractNone", nil))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	head := []string{"#", a.p.T("ExtractCount", nil), a.p.T("ExtractScore", nil)}
	head = append(head, r.Languages...)
	head = append(head, a.p.T("ExtractExample", nil))
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for i, c := range r.Candidates {
		row := []string{fmt.Sprint(i + 1), fmt.Sprint(c.Count), fmt.Sprintf("%.1f", c.Score), c.Terms[r.Languages[0]]}
		if c.Concept != "" {
			row[3] += " " + a.p.T("ExtractVariantInUse", map[string]any{"Concept": c.Concept})
		}
		for _, l := range r.Languages[1:] {
			row = append(row, cmpOrDash(extract.Shares(c, l)))
		}
		ex := ""
		if len(c.Examples) > 0 {
			ex = fmt.Sprintf("%s:%d", c.Examples[0].File, c.Examples[0].Line)
		}
		fmt.Fprintln(tw, strings.Join(append(row, ex), "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, a.p.N("ExtractSummary", len(r.Candidates), nil))
	return err
}

func cmpOrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
