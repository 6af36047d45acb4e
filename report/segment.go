package report

import (
	"io"
	"strings"
	"unicode"

	"github.com/glosa-dev/glosa/segment"
)

// A Segment is one element of a file's "segments" in segment's JSON
// (contract, version 1).
type Segment struct {
	Text   string `json:"text"` // as in the file, line breaks kept
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// SegmentOf is the record of a segment.
func SegmentOf(s segment.Segment) Segment {
	return Segment{Text: s.Text, Line: s.Line, Column: s.Col}
}

// A SegmentWriter writes the segments of one file after another: File
// starts a file (ending the one before), Write adds segments to it. Its
// summary is empty: segment prints none.
type SegmentWriter interface {
	Writer[Segment, struct{}]
	File(name, lang string) error
}

// NewTextSegments writes each segment on one line, line breaks inside it
// (with the white space around them) replaced by a space. It buffers as
// NewTextMatches does.
func NewTextSegments(w io.Writer) SegmentWriter {
	return &textSegments{out: newJSONOut(w)}
}

type textSegments struct {
	out *jsonOut // only its buffered writer
}

func (s *textSegments) File(string, string) error { return nil }

func (s *textSegments) Write(segs []Segment) error {
	for _, sg := range segs {
		s.out.bw.WriteString(oneLine(sg.Text))
		if err := s.out.bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

func (s *textSegments) Close(struct{}) error { return s.out.bw.Flush() }

// NewJSONSegments writes segment's JSON (contract, version 1):
// {"version":1,"files":[{"file":…,"lang":…,"segments":[…]}]}, a file and
// a segment a line. It buffers as NewTextMatches does.
func NewJSONSegments(w io.Writer) SegmentWriter {
	s := &jsonSegments{out: newJSONOut(w)}
	s.out.bw.WriteString(`{"version":1,"files":[`)
	return s
}

type jsonSegments struct {
	out   *jsonOut
	files int  // files started
	open  bool // a file is started and not ended
	n     int  // segments in the file
}

// end ends the file started, if one is.
func (s *jsonSegments) end() {
	if !s.open {
		return
	}
	if s.n > 0 {
		s.out.bw.WriteByte('\n')
	}
	s.out.bw.WriteString("]}")
	s.open = false
}

func (s *jsonSegments) File(name, lang string) error {
	s.end()
	bw := s.out.bw
	if s.files > 0 {
		bw.WriteByte(',')
	}
	bw.WriteString("\n{\"file\":")
	if err := s.out.encode(name); err != nil {
		return err
	}
	bw.WriteString(`,"lang":`)
	if err := s.out.encode(lang); err != nil {
		return err
	}
	bw.WriteString(`,"segments":[`)
	s.files++
	s.open, s.n = true, 0
	return nil
}

func (s *jsonSegments) Write(segs []Segment) error {
	for i := range segs {
		if s.n > 0 {
			s.out.bw.WriteByte(',')
		}
		s.out.bw.WriteByte('\n')
		if err := s.out.encode(&segs[i]); err != nil {
			return err
		}
		s.n++
	}
	return nil
}

func (s *jsonSegments) Close(struct{}) error {
	s.end()
	if s.files > 0 {
		s.out.bw.WriteByte('\n')
	}
	s.out.bw.WriteString("]}\n")
	return s.out.bw.Flush()
}

// oneLine replaces each line break in s, with the white space around it,
// by one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\u2028\u2029\u0085") {
		return s
	}
	var b strings.Builder
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085'
	})
	for i, f := range fields {
		if i > 0 {
			f = strings.TrimLeftFunc(f, unicode.IsSpace)
			b.WriteByte(' ')
		}
		if i < len(fields)-1 {
			f = strings.TrimRightFunc(f, unicode.IsSpace)
		}
		b.WriteString(f)
	}
	return b.String()
}
