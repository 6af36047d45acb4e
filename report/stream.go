package report

import (
	"bufio"
	"io"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/locales"
)

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
	return &jsonStream{out: newJSONOut(w), p: p}
}

type jsonStream struct {
	out     *jsonOut
	p       *locales.Printer
	started bool // the opening is written
	n       int  // findings written
}

func (s *jsonStream) open() {
	if !s.started {
		s.out.bw.WriteString(`{"version":1,"findings":[`)
		s.started = true
	}
}

func (s *jsonStream) Write(findings []check.Finding) error {
	s.open()
	for _, f := range findings {
		if s.n > 0 {
			s.out.bw.WriteByte(',')
		}
		if err := s.out.encode(jsonFindingOf(f, s.p)); err != nil {
			return err
		}
		s.n++
	}
	return s.out.bw.Flush()
}

func (s *jsonStream) Close(sum Summary) error {
	s.open()
	s.out.bw.WriteString(`],"summary":`)
	if err := s.out.encode(sum); err != nil {
		return err
	}
	s.out.bw.WriteString("}\n")
	return s.out.bw.Flush()
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

// NewSARIFStream writes what SARIF writes: a SARIF log is one document,
// so the findings are kept until Close, which writes it (of the summary,
// only the inputs that failed are part of it).
func NewSARIFStream(w io.Writer, cfg FindingsConfig) Stream {
	return &sarifStream{w: w, cfg: cfg}
}

type sarifStream struct {
	w        io.Writer
	cfg      FindingsConfig
	findings []check.Finding
}

func (s *sarifStream) Write(findings []check.Finding) error {
	s.findings = append(s.findings, findings...)
	return nil
}

func (s *sarifStream) Close(sum Summary) error {
	return SARIF(s.w, s.findings, s.cfg, sum)
}
