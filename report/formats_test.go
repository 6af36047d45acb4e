package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"sync"
	"testing"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

// countStream is an output written the way a new one plugs in: one
// RegisterFindings call, nothing else edited.
type countStream struct {
	w io.Writer
	n int
}

func (s *countStream) Write(f []check.Finding) error { s.n += len(f); return nil }
func (s *countStream) Close(Summary) error           { _, err := fmt.Fprintln(s.w, s.n); return err }

var registerCount sync.Once

func TestFindingsFormats(t *testing.T) {
	registerCount.Do(func() {
		RegisterFindings("count-test", func(w io.Writer, _ FindingsConfig) Stream { return &countStream{w: w} })
	})
	if got := FindingsFormats(); !slices.Equal(got, []string{"text", "count-test", "github", "json", "sarif"}) {
		t.Errorf("formats %v", got)
	}
	var b bytes.Buffer
	s, ok := NewFindings("count-test", &b, FindingsConfig{Printer: locales.English()})
	if !ok {
		t.Fatal("the registered format is not found")
	}
	s.Write([]check.Finding{{Rule: "punctuation"}, {Rule: "term-missing"}})
	s.Close(Summary{})
	if b.String() != "2\n" {
		t.Errorf("count-test wrote %q", b.String())
	}
	if _, ok := NewFindings("nope", &b, FindingsConfig{}); ok {
		t.Error("an unknown format was made")
	}
}
