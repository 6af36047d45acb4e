package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

// A Stream writes findings as they come, a batch at a time, then the
// summary: glosa check prints each set's findings when the sets before it
// are done, so that memory does not grow with the number of files.
type Stream interface {
	Write(findings []check.Finding) error
	Close(sum Summary) error
}

// NewTextStream writes what TextWith writes, in batches.
func NewTextStream(w io.Writer, p *locales.Printer, opts TextOptions) Stream {
	return &textStream{bw: bufio.NewWriter(w), p: p, opts: opts}
}

type textStream struct {
	bw   *bufio.Writer
	p    *locales.Printer
	opts TextOptions
}

func (s *textStream) Write(findings []check.Finding) error {
	for _, f := range findings {
		writeText(s.bw, f, s.p, s.opts)
	}
	return s.bw.Flush()
}

func (s *textStream) Close(sum Summary) error {
	writeSummary(s.bw, sum, s.p)
	return s.bw.Flush()
}

// NewJSONStream writes what JSON writes, in batches.
func NewJSONStream(w io.Writer, p *locales.Printer) Stream {
	return &jsonStream{bw: bufio.NewWriter(w), p: p}
}

type jsonStream struct {
	bw      *bufio.Writer
	p       *locales.Printer
	started bool // the opening is written
	n       int  // findings written
	buf     bytes.Buffer
}

func (s *jsonStream) open() {
	if !s.started {
		s.bw.WriteString(`{"version":1,"findings":[`)
		s.started = true
	}
}

func (s *jsonStream) Write(findings []check.Finding) error {
	s.open()
	for _, f := range findings {
		if s.n > 0 {
			s.bw.WriteByte(',')
		}
		if err := s.encode(jsonFindingOf(f, s.p)); err != nil {
			return err
		}
		s.n++
	}
	return s.bw.Flush()
}

func (s *jsonStream) Close(sum Summary) error {
	s.open()
	s.bw.WriteString(`],"summary":`)
	if err := s.encode(sum); err != nil {
		return err
	}
	s.bw.WriteString("}\n")
	return s.bw.Flush()
}

// encode writes v as compact JSON, without escaping HTML.
func (s *jsonStream) encode(v any) error {
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := s.bw.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
	return err
}

// NewGitHubStream writes what GitHub writes, in batches.
func NewGitHubStream(w io.Writer, p *locales.Printer) Stream {
	return &githubStream{w: w, p: p}
}

type githubStream struct {
	w io.Writer
	p *locales.Printer
}

func (s *githubStream) Write(findings []check.Finding) error { return GitHub(s.w, findings, s.p) }
func (s *githubStream) Close(Summary) error                  { return nil }
