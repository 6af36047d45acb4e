package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/diag"
)

// BaselineEntry identifies known findings by what they are, not where: rule,
// concept, file and text, so that edits elsewhere in a file do not bring
// them back. Count is how many such findings were recorded.
type BaselineEntry struct {
	Rule    string `json:"rule"`
	Concept string `json:"concept,omitempty"`
	File    string `json:"file"`
	Text    string `json:"text"`
	Count   int    `json:"count"`
}

type baselineKey struct{ rule, concept, file, text string }

func keyOf(f check.Finding) baselineKey {
	return baselineKey{f.Rule, f.Concept, filepath.ToSlash(f.File), f.Text}
}

// WriteBaseline writes findings as a baseline ({"version":1,"findings":[…]}).
func WriteBaseline(w io.Writer, findings []check.Finding) error {
	counts := map[baselineKey]int{}
	for _, f := range findings {
		counts[keyOf(f)]++
	}
	entries := make([]BaselineEntry, 0, len(counts))
	for k, n := range counts {
		entries = append(entries, BaselineEntry{k.rule, k.concept, k.file, k.text, n})
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Concept != b.Concept {
			return a.Concept < b.Concept
		}
		return a.Text < b.Text
	})
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Version  int             `json:"version"`
		Findings []BaselineEntry `json:"findings"`
	}{1, entries})
}

// Baseline is a set of known findings.
type Baseline map[baselineKey]int

// ReadBaseline reads a file written by WriteBaseline. What is not a
// baseline is an error, a diag.List with the position of the problem
// (IDs BaselineSyntax, BaselineType, BaselineUnknownKey, BaselineVersion).
func ReadBaseline(r io.Reader, name string) (Baseline, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var doc struct {
		Version  *int            `json:"version"`
		Findings []BaselineEntry `json:"findings"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	err = dec.Decode(&doc)
	if err == nil && dec.More() {
		err = &json.SyntaxError{Offset: dec.InputOffset() + 1}
	}
	if err != nil {
		return nil, baselineError(name, b, err)
	}
	if doc.Version == nil || *doc.Version != 1 {
		v := "none"
		if doc.Version != nil {
			v = fmt.Sprint(*doc.Version)
		}
		return nil, baselineDiag(name, b, keyOffset(b, "version"), "BaselineVersion", map[string]any{"Version": v})
	}
	known := Baseline{}
	for _, e := range doc.Findings {
		known[baselineKey{e.Rule, e.Concept, e.File, e.Text}] += max(e.Count, 1)
	}
	return known, nil
}

// baselineError places a JSON decoding error in the file.
func baselineError(name string, b []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return baselineDiag(name, b, syn.Offset-1, "BaselineSyntax", map[string]any{"Err": strings.TrimPrefix(syn.Error(), "json: ")})
	case errors.As(err, &typ):
		// Offset is just after the value; its start is the key's value.
		return baselineDiag(name, b, valueStart(b, typ.Offset), "BaselineType", map[string]any{"Key": typ.Field, "Value": typ.Value})
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return baselineDiag(name, b, int64(len(b)), "BaselineSyntax", map[string]any{"Err": "unexpected end of JSON input"})
	}
	if key, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		key, _ = strconv.Unquote(key)
		return baselineDiag(name, b, keyOffset(b, key), "BaselineUnknownKey", map[string]any{"Key": key})
	}
	return baselineDiag(name, b, 0, "BaselineSyntax", map[string]any{"Err": err.Error()})
}

// valueStart returns where the value that ends at end begins: after the
// ':' or ',' or '[' before it.
func valueStart(b []byte, end int64) int64 {
	end = min(end, int64(len(b)))
	i := bytes.LastIndexAny(b[:end], ":,[")
	for i++; i < int(end) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r'); i++ {
	}
	return int64(i)
}

// keyOffset finds the key "key" (followed by a colon) in b, or 0.
func keyOffset(b []byte, key string) int64 {
	q, _ := json.Marshal(key)
	for off := 0; ; {
		i := bytes.Index(b[off:], q)
		if i < 0 {
			return 0
		}
		rest := bytes.TrimLeft(b[off+i+len(q):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return int64(off + i)
		}
		off += i + len(q)
	}
}

// baselineDiag is a diagnostic at byte off of b.
func baselineDiag(name string, b []byte, off int64, id string, data map[string]any) error {
	off = max(0, min(off, int64(len(b))))
	head := b[:off]
	line := bytes.Count(head, []byte("\n")) + 1
	col := utf8.RuneCount(head[bytes.LastIndexByte(head, '\n')+1:]) + 1
	var l diag.List
	l.Add(diag.Diagnostic{File: name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
	return l
}

// Filter returns the findings the baseline does not know; each recorded
// finding excuses one occurrence.
func (b Baseline) Filter(findings []check.Finding) []check.Finding {
	return b.NewFilter().Keep(findings)
}

// A BaselineFilter filters findings that come in batches, each recorded
// finding excusing one occurrence over all of them.
type BaselineFilter struct {
	left map[baselineKey]int
}

// NewFilter returns a filter with the baseline's counts (a nil baseline
// keeps everything).
func (b Baseline) NewFilter() *BaselineFilter {
	left := make(map[baselineKey]int, len(b))
	for k, n := range b {
		left[k] = n
	}
	return &BaselineFilter{left}
}

// Keep returns the findings of a batch the baseline does not excuse.
func (f *BaselineFilter) Keep(findings []check.Finding) []check.Finding {
	if len(f.left) == 0 {
		return findings
	}
	var out []check.Finding
	for _, fd := range findings {
		if k := keyOf(fd); f.left[k] > 0 {
			f.left[k]--
			continue
		}
		out = append(out, fd)
	}
	return out
}
