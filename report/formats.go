package report

import (
	"io"
	"slices"
	"sync"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

// FindingsConfig is what a writer of findings may need.
type FindingsConfig struct {
	Printer *locales.Printer
	Rules   []check.RuleInfo // every rule, for formats that describe them (SARIF)
	Version string           // glosa's version
	Text    TextOptions      // for people: colour and source lines on a terminal
	// Root is the directory SARIF's artifact URIs are relative to (the
	// repository's root); "" is the working directory.
	Root string
}

var (
	findingsMu      sync.RWMutex
	findingsFormats = map[string]func(io.Writer, FindingsConfig) Stream{}
)

// RegisterFindings adds an output format of check's findings under a name
// (--format NAME). An output is one file of this package that registers
// itself from init. It panics if the name is taken.
func RegisterFindings(name string, newStream func(io.Writer, FindingsConfig) Stream) {
	findingsMu.Lock()
	defer findingsMu.Unlock()
	if findingsFormats[name] != nil {
		panic("report: findings format " + name + " registered twice")
	}
	findingsFormats[name] = newStream
}

// FindingsFormats lists the output formats of findings, text first, then
// sorted.
func FindingsFormats() []string {
	findingsMu.RLock()
	defer findingsMu.RUnlock()
	var out []string
	for name := range findingsFormats {
		if name != "text" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return append([]string{"text"}, out...)
}

// NewFindings returns the writer of findings in the named format.
func NewFindings(name string, w io.Writer, cfg FindingsConfig) (Stream, bool) {
	findingsMu.RLock()
	newStream := findingsFormats[name]
	findingsMu.RUnlock()
	if newStream == nil {
		return nil, false
	}
	return newStream(w, cfg), true
}

func init() {
	RegisterFindings("text", func(w io.Writer, c FindingsConfig) Stream { return NewTextStream(w, c.Printer, c.Text) })
	RegisterFindings("json", func(w io.Writer, c FindingsConfig) Stream { return NewJSONStream(w, c.Printer) })
	RegisterFindings("github", func(w io.Writer, c FindingsConfig) Stream { return NewGitHubStream(w, c.Printer) })
	RegisterFindings("sarif", func(w io.Writer, c FindingsConfig) Stream {
		return NewSARIFStream(w, c)
	})
}
