package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/atomicfile"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

var alignFormats = map[string]struct {
	ext   string
	write func(io.Writer, align.Result) error
}{
	"tsv":      {".tsv", align.WriteTSV},
	"json":     {".json", align.WriteJSON},
	"tmx":      {".tmx", align.WriteTMX},
	"vecalign": {".vecalign", align.WriteVecalign},
}

func (a *app) align(args []string) int {
	fs := a.flags("align")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	a.cacheFlag(fs)
	preseg := fs.Bool("presegmented", false, "")
	outFormat := fs.String("format", "tsv", "")
	srcLang := fs.String("source-lang", "", "")
	tgtLang := fs.String("target-lang", "", "")
	batch := fs.String("batch", "", "")
	outDir := fs.String("o", "", "")
	files, code := a.parse(fs, args, "UsageAlign")
	if code >= 0 {
		return code
	}
	fm, ok := alignFormats[*outFormat]
	if !ok {
		a.errorf("ErrBadFormat", map[string]any{"Format": *outFormat, "Allowed": "tsv, json, tmx, vecalign"})
		return exitError
	}
	for _, l := range append([]string{*srcLang}, splitLangs(*tgtLang)...) {
		if l != "" && !validTag(l) {
			a.errorf("ErrBadLang", map[string]any{"Lang": l})
			return exitError
		}
	}
	var ix *termmatch.Index
	if len(glossaries) > 0 {
		var g *glossary.Glossary
		if g, ix = a.loadIndex(glossaries); g == nil {
			return exitError
		}
	}
	if *batch != "" {
		if *outDir == "" || len(files) > 0 {
			a.errorf("ErrAlignBatchUsage", nil)
			return exitError
		}
		return a.alignBatch(*batch, *outDir, *preseg, *outFormat, *srcLang, *tgtLang, ix, glossaries)
	}
	if len(files) < 2 || len(files) > 3 {
		a.errorf("ErrAlignFiles", nil)
		return exitError
	}
	tgtLangs := splitLangs(*tgtLang)
	if len(tgtLangs) > 0 && len(tgtLangs) != len(files)-1 {
		a.errorf("ErrAlignLangs", map[string]any{"Count": len(files) - 1})
		return exitError
	}
	if *outFormat == "vecalign" && len(files) == 3 {
		a.errorf("ErrAlignVecalign", nil)
		return exitError
	}
	read := make([]*format.File, len(files))
	for k, f := range files {
		lang := *srcLang
		if k > 0 && len(tgtLangs) > 0 {
			lang = tgtLangs[k-1]
		}
		fl, _, err := a.readFile(f, pipeline.ReadOptions{Lang: lang, Presegmented: *preseg})
		if err != nil {
			a.inputError(f, err)
			return exitError
		}
		read[k] = &format.File{Name: fl.Name, Docs: fl.Docs[:1], LintSource: true} // a document each
	}
	// Each target aligned with the source (pipeline.Set.Beads), then lined up.
	set := pipeline.New(ix, read[0], read[1:]...)
	r := align.Result{Source: alignDoc(set.Source)}
	var beads [][]align.Bead
	for k, t := range set.Targets {
		r.Targets = append(r.Targets, alignDoc(t))
		beads = append(beads, set.Beads(k))
	}
	r.Beads = align.Merge(len(r.Source.Segments), beads)
	out := bufio.NewWriter(a.stdout)
	if err := fm.write(out, r); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	out.Flush()
	return exitOK
}

func splitLangs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// readDocument reads a file as align's output shows it: its lines when
// presegmented, else its segments.
func (a *app) readDocument(file, lang string, preseg bool) (align.Document, error) {
	f, _, err := a.readFile(file, pipeline.ReadOptions{Lang: lang, Presegmented: preseg})
	if err != nil {
		return align.Document{}, err
	}
	return alignDoc(pipeline.NewDoc(f.Docs[0], nil)), nil
}

// alignDoc is a document as align's output shows it.
func alignDoc(d *pipeline.Doc) align.Document {
	out := align.Document{File: d.File, Lang: d.Lang, Segments: []align.Segment{}}
	for _, s := range d.Segments() {
		out.Segments = append(out.Segments, align.Segment{Text: s.Text, Line: s.Line, Column: s.Col, Para: s.Para})
	}
	return out
}

func texts(d align.Document) []string {
	out := make([]string, len(d.Segments))
	for i, s := range d.Segments {
		out[i] = s.Text
	}
	return out
}

// alignBatch aligns the pairs listed in a file (source<TAB>target per line)
// as one batch, writing one output per pair into dir.
// Outputs are checked before any aligning: two pairs must not write one
// file, no output may be an input (the list, a text, a glossary), and
// each output's temporary file is created first.
func (a *app) alignBatch(list, dir string, preseg bool, format, srcLang, tgtLang string, ix *termmatch.Index, glossaries []string) int {
	data, err := os.ReadFile(list)
	if err != nil {
		a.fileError(list, unwrapPathError(err))
		return exitError
	}
	var jobs []batchJob
	for n, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, t, ok := strings.Cut(line, "\t")
		if !ok || strings.Contains(t, "\t") {
			a.errorf("ErrAlignBatchLine", map[string]any{"File": list, "Line": n + 1})
			return exitError
		}
		sd, err := a.readDocument(s, srcLang, preseg)
		if err != nil {
			a.fileError(s, err)
			return exitError
		}
		td, err := a.readDocument(t, tgtLang, preseg)
		if err != nil {
			a.fileError(t, err)
			return exitError
		}
		jobs = append(jobs, batchJob{sd, td})
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	fm := alignFormats[format]
	outs, ok := a.batchOutputs(list, dir, fm.ext, jobs, glossaries)
	if !ok {
		return exitError
	}
	defer func() {
		for _, o := range outs {
			o.Abort()
		}
	}()
	// One batch per language pair: what is learnt is shared within it.
	groups := map[[2]string][]int{}
	var order [][2]string
	for i, j := range jobs {
		k := [2]string{j.src.Lang, j.tgt.Lang}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		var pairs []align.Pair
		for _, i := range groups[k] {
			pairs = append(pairs, align.Pair{Source: texts(jobs[i].src), Target: texts(jobs[i].tgt)})
		}
		res := align.Align(align.Config{SourceLang: k[0], TargetLang: k[1], Glossary: ix}, pairs)
		for n, i := range groups[k] {
			j := jobs[i]
			r := align.Result{Source: j.src, Targets: []align.Document{j.tgt},
				Beads: align.Merge(len(j.src.Segments), [][]align.Bead{res[n]})}
			if err := outs[i].Commit(func(w io.Writer) error { return fm.write(w, r) }); err != nil {
				a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
				return exitError
			}
		}
	}
	return exitOK
}

// A batchJob is one pair of align --batch.
type batchJob struct{ src, tgt align.Document }

// batchOutputs creates the temporary files of align --batch's outputs, one
// per job, after checking that no two jobs write one file and that no
// output is an input.
func (a *app) batchOutputs(list, dir, ext string, jobs []batchJob, glossaries []string) ([]*atomicfile.File, bool) {
	inputs := append([]string{list}, glossaries...)
	for _, j := range jobs {
		inputs = append(inputs, j.src.File, j.tgt.File)
	}
	known := newInputSet(inputs)
	names := make([]string, len(jobs))
	first := map[string]int{}
	for i, j := range jobs {
		names[i] = filepath.Join(dir, outputName(j.src.File, j.src.Lang)+ext)
		if k, dup := first[names[i]]; dup {
			a.errorf("ErrWriteTwice", map[string]any{"File": names[i], "First": jobs[k].src.File, "Second": j.src.File})
			return nil, false
		}
		first[names[i]] = i
		if known.has(names[i]) {
			a.errorf("ErrWriteInput", map[string]any{"File": names[i]})
			return nil, false
		}
		if st, err := os.Stat(names[i]); err == nil && st.IsDir() {
			a.fileError(names[i], errIsDir)
			return nil, false
		}
	}
	outs := make([]*atomicfile.File, 0, len(jobs))
	for _, name := range names {
		o, ok := a.createOutput(name)
		if !ok {
			for _, o := range outs {
				o.Abort()
			}
			return nil, false
		}
		outs = append(outs, o)
	}
	return outs, true
}

// outputName is a source file's base name without its language suffix:
// data/bible/GEN.001.en -> GEN.001, x.es.txt -> x.
func outputName(file, tag string) string {
	base := filepath.Base(file)
	parts := strings.Split(base, ".")
	for i := len(parts) - 1; i > 0; i-- {
		if strings.EqualFold(parts[i], tag) || strings.EqualFold(parts[i], lang.Base(tag)) {
			return strings.Join(parts[:i], ".")
		}
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}
