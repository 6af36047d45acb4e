package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"

	"github.com/glosa-dev/glosa/langid"
	"github.com/glosa-dev/glosa/termmatch"
)

// jsonMatch is one element of scan's "matches" array (a documented contract).
type jsonMatch struct {
	File      string `json:"file"`
	Lang      string `json:"lang"`
	Concept   string `json:"concept"`
	Term      string `json:"term"`
	Status    string `json:"status"`
	Text      string `json:"text"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
}

type conceptCount struct {
	Concept string `json:"concept"`
	Count   int    `json:"count"`
}

type scanSummary struct {
	Files    int            `json:"files"`
	Matches  int            `json:"matches"`
	Concepts []conceptCount `json:"concepts"`
}

func (a *app) scan(args []string) int {
	fs := a.flags("scan")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	lang := fs.String("lang", "", "")
	format := fs.String("format", "text", "")
	files, code := a.parse(fs, args, "UsageScan")
	if code >= 0 {
		return code
	}
	if !a.operands("scan", files, *format, textOrJSON, *lang) {
		return exitError
	}
	g := a.loadGlossary(glossaries, false)
	if g == nil {
		return exitError
	}
	ix := termmatch.NewIndex(g)
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	defer out.Flush()
	counts := map[string]int{}
	total, scanned := 0, 0
	failed := false
	if *format == "json" {
		out.WriteString(`{"version":1,"matches":[`)
	}
	matchers := map[string]*termmatch.Matcher{}
	for _, file := range files {
		err := a.withDocument(file, *lang, g.Languages, func(r io.Reader, docLang string) error {
			m := matchers[docLang]
			if m == nil {
				m = ix.Matcher(docLang)
				matchers[docLang] = m
			}
			scanned++
			return m.Scan(r, func(mt termmatch.Match) error {
				counts[mt.Concept.ID]++
				total++
				if *format == "json" {
					if total > 1 {
						out.WriteByte(',')
					}
					out.WriteByte('\n')
					b, err := marshal(toJSONMatch(file, mt))
					out.Write(b)
					return err
				}
				_, err := fmt.Fprintf(out, "%s:%d:%d %s %s %s\n", file, mt.Line, mt.Col, mt.Concept.ID, mt.Term.Lang, strconv.Quote(mt.Text))
				return err
			})
		})
		if err != nil {
			out.Flush()
			a.fileError(file, err)
			failed = true
		}
	}
	sum := scanSummary{Files: scanned, Matches: total, Concepts: []conceptCount{}}
	for id, n := range counts {
		sum.Concepts = append(sum.Concepts, conceptCount{id, n})
	}
	sort.Slice(sum.Concepts, func(i, j int) bool {
		x, y := sum.Concepts[i], sum.Concepts[j]
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Concept < y.Concept
	})
	if *format == "json" {
		if total > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(`],"summary":`)
		b, _ := marshal(sum)
		out.Write(b)
		out.WriteString("}\n")
	} else {
		if total > 0 {
			fmt.Fprintln(out)
		}
		for _, c := range sum.Concepts {
			fmt.Fprintf(out, "%6d  %s\n", c.Count, c.Concept)
		}
		fmt.Fprintln(out, a.p.T("ScanSummary", map[string]any{
			"Terms": a.p.N("TermsFound", total, nil),
			"Files": a.p.N("InFiles", scanned, nil),
		}))
	}
	if failed {
		return exitError
	}
	return exitOK
}

// marshal is json.Marshal without HTML escaping and without the newline.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}

func toJSONMatch(file string, mt termmatch.Match) jsonMatch {
	return jsonMatch{
		File: file, Lang: mt.Term.Lang, Concept: mt.Concept.ID, Term: mt.Term.Canonical,
		Status: mt.Term.Status.String(), Text: mt.Text,
		Line: mt.Line, Column: mt.Col, EndLine: mt.EndLine, EndColumn: mt.EndCol,
		Offset: mt.Start, EndOffset: mt.End,
	}
}

// withDocument opens a file ("-" is standard input), decides its language
// (the --lang flag, else the file name, else detection, which is reported
// on stderr) and calls fn with a reader positioned at its start. A file
// name names a language when its base language is es, en, ru or one of
// known (the glossary's languages, for scan).
func (a *app) withDocument(file, lang string, known []string, fn func(io.Reader, string) error) error {
	var f io.Reader
	if file == "-" {
		f = a.stdin
	} else {
		fh, err := os.Open(file)
		if err != nil {
			return unwrapPathError(err)
		}
		defer fh.Close()
		if st, err := fh.Stat(); err == nil && st.IsDir() {
			return errIsDir
		}
		f = fh
	}
	br := bufio.NewReaderSize(f, 64<<10)
	if lang == "" {
		bases := map[string]bool{"es": true, "en": true, "ru": true}
		for _, l := range known {
			bases[baseOf(l)] = true
		}
		var ok bool
		if lang, ok = langid.FromPath(file, bases); !ok {
			head, err := br.Peek(64 << 10)
			if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
				return err
			}
			var how langid.Reason
			lang, how = langid.Detect(head)
			a.notef("LangDetected", map[string]any{"File": file, "Lang": lang, "How": a.p.T(reasonID[how], nil)})
		}
	}
	return fn(br, lang)
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
