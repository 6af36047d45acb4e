package report

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/internal/atomicfile"
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

// WriteBaseline records findings in path ({"version":1,"findings":[…]}),
// atomically: through a temporary file in the same directory and a rename.
func WriteBaseline(path string, findings []check.Finding) error {
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
	return atomicfile.Write(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Version  int             `json:"version"`
			Findings []BaselineEntry `json:"findings"`
		}{1, entries})
	})
}

// Baseline is a set of known findings.
type Baseline map[baselineKey]int

// ReadBaseline reads a file written by WriteBaseline.
func ReadBaseline(r io.Reader, name string) (Baseline, error) {
	var doc struct {
		Version  int             `json:"version"`
		Findings []BaselineEntry `json:"findings"`
	}
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if doc.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want 1", name, doc.Version)
	}
	b := Baseline{}
	for _, e := range doc.Findings {
		b[baselineKey{e.Rule, e.Concept, e.File, e.Text}] += max(e.Count, 1)
	}
	return b, nil
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
