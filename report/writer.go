package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/glosa-dev/glosa/check"
)

// A Writer writes a command's results as they come, a batch at a time,
// then the summary: glosa prints each batch as soon as it has it, so that
// memory does not grow with the input. Every command's streamed output
// (check's findings, scan's matches, segment's segments) goes through one;
// the constructors are per command and format. A Writer is not safe for
// concurrent use.
type Writer[T, S any] interface {
	// Write writes items (none is fine).
	Write(items []T) error
	// Close writes the summary and flushes; the Writer is done.
	Close(summary S) error
}

// Stream is check's Writer of findings.
type Stream = Writer[check.Finding, Summary]

// jsonOut writes JSON values, compact and without HTML escaping, to a
// buffered writer through one reused buffer and encoder.
type jsonOut struct {
	bw  *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONOut(w io.Writer) *jsonOut {
	j := &jsonOut{bw: bufio.NewWriterSize(w, 64<<10)}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	return j
}

// encode writes v without the encoder's newline.
func (j *jsonOut) encode(v any) error {
	j.buf.Reset()
	if err := j.enc.Encode(v); err != nil {
		return err
	}
	_, err := j.bw.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	return err
}

// writeIndented writes one whole document, indented by two spaces, as
// lookup and glossary stats print it.
func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
